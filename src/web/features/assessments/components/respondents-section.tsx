import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import type { AssessmentDetail, IssuedLink as Issued, Respondent } from "../../../../domain/assessment/views.js";
import { BulkRespondents } from "./bulk-respondents.js";
import { EraseRespondentDialog } from "./erase-respondent-dialog.js";
import { InviteForm } from "./invite-form.js";
import { IssuedLink } from "./issued-link.js";
import { RespondentsTable } from "./respondents-table.js";

/** For agents: invite respondents, see who has answered, give a new link. */
export function RespondentsSection({ detail, onChanged }: { detail: AssessmentDetail; onChanged: () => void }) {
  const { t } = useTranslation(["assessments", "translation"]);
  const respondents = useApi<{ items: Respondent[] }>(`/api/assessments/${detail.id}/respondents`);
  const [issued, setIssued] = useState<{ link: Issued; isRenewal: boolean } | null>(null);
  const [renewing, setRenewing] = useState<Respondent | null>(null);
  const [erasing, setErasing] = useState<Respondent | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const isOpen = detail.status === "open";
  const groups = detail.responseRate.groups;

  const showIssued = (link: Issued, isRenewal: boolean) => {
    setIssued({ link, isRenewal });
    respondents.reload();
    onChanged();
  };

  const renew = async () => {
    if (!renewing) {
      return;
    }
    setIsBusy(true);
    setProblem(null);
    try {
      const link = await api.post<Issued>(`/api/assessments/${detail.id}/respondents/${renewing.id}/link`);
      setRenewing(null);
      showIssued(link, true);
    } catch (error) {
      setRenewing(null);
      const fields = error instanceof ApiError ? Object.values(error.fields) : [];
      setProblem(fields[0] ?? (error instanceof ApiError ? error.message : t("translation:errors.saveFailed")));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <>
      {isOpen ? (
        <section className="assessment-section" aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t("invite.heading")}</h2>
          <p>{t("invite.intro")}</p>
          <InviteForm assessmentId={detail.id} groups={groups} onIssued={(link) => showIssued(link, false)} />
          {issued ? (
            <IssuedLink issued={issued.link} isRenewal={issued.isRenewal} onDone={() => setIssued(null)} />
          ) : null}
          <BulkRespondents
            assessmentId={detail.id}
            groups={groups}
            onInvited={() => {
              respondents.reload();
              onChanged();
            }}
          />
        </section>
      ) : null}

      <section className="assessment-section" aria-labelledby="respondents-heading">
        <h2 id="respondents-heading">{t("respondents.heading")}</h2>
        {problem ? (
          <Alert variant="error" live>
            <p>{problem}</p>
          </Alert>
        ) : null}
        {respondents.error ? <ErrorState error={respondents.error} onRetry={respondents.reload} /> : null}
        {respondents.isLoading && !respondents.data ? <Loading /> : null}
        {respondents.data && respondents.data.items.length === 0 ? (
          <div className="empty-state">
            <p>{isOpen ? t("respondents.emptyOpen") : t("respondents.emptyClosed")}</p>
          </div>
        ) : null}
        {respondents.data && respondents.data.items.length > 0 ? (
          <RespondentsTable
            items={respondents.data.items}
            groups={groups}
            canRenew={isOpen}
            onRenew={setRenewing}
            onErase={setErasing}
          />
        ) : null}
      </section>

      <ConfirmDialog
        isOpen={renewing !== null}
        title={t("renew.title", { name: renewing?.name ?? "" })}
        confirmLabel={t("renew.confirm")}
        isBusy={isBusy}
        onConfirm={() => void renew()}
        onCancel={() => setRenewing(null)}
      >
        <p>{t("renew.text")}</p>
        {renewing?.email ? <p>{t("renew.emailed", { email: renewing.email })}</p> : null}
      </ConfirmDialog>

      <EraseRespondentDialog
        assessmentId={detail.id}
        respondent={erasing}
        onCancel={() => setErasing(null)}
        onProblem={setProblem}
        onDone={() => {
          setErasing(null);
          setProblem(null);
          respondents.reload();
          onChanged();
        }}
      />
    </>
  );
}
