import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { PageHeading } from "../../../components/page-heading.js";

type Problem = "link_unknown" | "link_expired" | "assessment_closed" | "other";

function problemOf(error: unknown): Problem {
  if (
    error instanceof ApiError &&
    (error.code === "link_unknown" || error.code === "link_expired" || error.code === "assessment_closed")
  ) {
    return error.code;
  }
  return error instanceof ApiError && error.status === 404 ? "link_unknown" : "other";
}

/** A link that leads nowhere: what happened, whether answers are lost (never), and what to do. */
export function LinkProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation("assessments");
  const problem = problemOf(error);
  if (problem === "other") {
    const isOffline = !(error instanceof ApiError);
    return (
      <div className="respond-page">
        <PageHeading title={t("respond.problem.otherTitle")} />
        <Alert variant="error" heading={isOffline ? t("respond.problem.offline") : t("respond.problem.server")} live>
          <p>{t("respond.problem.answersSafe")}</p>
          <button type="button" className="button button-secondary mt-3" onClick={onRetry}>
            {t("respond.problem.retry")}
          </button>
        </Alert>
      </div>
    );
  }
  return (
    <div className="respond-page">
      <PageHeading title={t(`respond.problem.${problem}.title`)} />
      <Alert
        variant={problem === "link_unknown" ? "error" : "warning"}
        heading={t(`respond.problem.${problem}.heading`)}
        live
      >
        <p>{t(`respond.problem.${problem}.text`)}</p>
      </Alert>
      <h2 className="h4">{t("respond.problem.whatNow")}</h2>
      <p>{t(`respond.problem.${problem}.next`)}</p>
    </div>
  );
}
