import { useState } from "react";
import { useLocation, useNavigate, useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDate } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { TemplateDetail } from "../../../../domain/assessment/views.js";
import { TemplateActions, type TemplateChange } from "../components/template-actions.js";
import { TemplateSections } from "../components/template-sections.js";
import { TemplateStatusBadge } from "../components/template-status-badge.js";

type Notice = { variant: "success" | "error"; text: string };

/** One template version: its dimensions and questions; the programme manager's actions. */
export function TemplatePage() {
  const { t } = useTranslation("assessments");
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const language = currentLanguage();
  const { id = "" } = useParams();
  const { data, error, isLoading, reload } = useApi<TemplateDetail>(`/api/assessment-templates/${id}`);
  const arrived = (location.state as { notice?: "newVersion" | "saved" } | null)?.notice;
  const [notice, setNotice] = useState<Notice | null>(
    arrived ? { variant: "success", text: t(`templateView.${arrived}Notice`) } : null,
  );

  const changed = (change: TemplateChange) => {
    if (change.kind === "deleted") {
      const name = t("templates.versionName", {
        title: change.template.title[language],
        version: change.template.version,
      });
      void navigate("/vurderinger/skabeloner", { state: { deleted: name } });
    } else if (change.kind === "failed") {
      setNotice({ variant: "error", text: change.message });
    } else {
      setNotice({ variant: "success", text: t("templateView.publishedNotice") });
      reload();
    }
  };

  return (
    <>
      <BackLink to="/vurderinger/skabeloner" label={t("templateView.back")} />
      <PageHeading
        title={
          data
            ? t("templates.versionName", { title: data.title[language], version: data.version })
            : t("templateView.loadingTitle")
        }
      />
      {!data && isLoading ? <Loading /> : null}
      {!data && error ? <ErrorState error={error} onRetry={reload} /> : null}
      {data ? (
        <>
          {notice ? (
            <Alert variant={notice.variant} live>
              <p>{notice.text}</p>
            </Alert>
          ) : null}
          <dl className="assessment-facts">
            <div>
              <dt>{t("templates.status")}</dt>
              <dd>
                <TemplateStatusBadge status={data.status} />
              </dd>
            </div>
            <div>
              <dt>{t("templateView.key")}</dt>
              <dd>{data.key}</dd>
            </div>
            <div>
              <dt>{t("templates.questions")}</dt>
              <dd>
                {t("templateView.questionCount", {
                  count: data.questionCount,
                  sections: data.definition.sections.length,
                })}
              </dd>
            </div>
            <div>
              <dt>{t("templates.usage")}</dt>
              <dd>
                {data.assessmentCount === 0
                  ? t("templates.unused")
                  : t("templates.usedBy", { count: data.assessmentCount })}
                {data.publishedAt
                  ? ` · ${t("templates.publishedAt", { date: formatDate(data.publishedAt, language) })}`
                  : ""}
              </dd>
            </div>
          </dl>
          {data.status !== "draft" && me.role === "admin" ? <p>{t("templateView.versioningNote")}</p> : null}
          {me.role === "admin" ? <TemplateActions template={data} onChanged={changed} /> : null}
          {data.definition.description?.[language] ? (
            <p className="font-lead">{data.definition.description[language]}</p>
          ) : null}
          <p>{t("templateView.requiredNote")}</p>
          <TemplateSections definition={data.definition} />
        </>
      ) : null}
    </>
  );
}
