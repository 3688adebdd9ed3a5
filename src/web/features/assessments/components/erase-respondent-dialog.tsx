import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api } from "../../../api/client.js";
import { ConfirmDialog } from "../../../components/confirm-dialog.js";
import type { Respondent } from "../../../../domain/assessment/views.js";

/** Asks before a respondent's name, e-mail and link are erased (GDPR), says what stays, then erases. */
export function EraseRespondentDialog({
  assessmentId,
  respondent,
  onDone,
  onCancel,
  onProblem,
}: {
  assessmentId: string;
  respondent: Respondent | null;
  onDone: () => void;
  onCancel: () => void;
  onProblem: (message: string) => void;
}) {
  const { t } = useTranslation(["assessments", "translation"]);
  const [isBusy, setIsBusy] = useState(false);

  const erase = async () => {
    if (!respondent) {
      return;
    }
    setIsBusy(true);
    try {
      await api.post<Respondent>(`/api/assessments/${assessmentId}/respondents/${respondent.id}/erase`);
      onDone();
    } catch (error) {
      onCancel();
      onProblem(error instanceof ApiError ? error.message : t("translation:errors.saveFailed"));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <ConfirmDialog
      isOpen={respondent !== null}
      title={t("erase.title", { name: respondent?.name ?? "" })}
      confirmLabel={t("erase.confirm")}
      isDanger
      isBusy={isBusy}
      onConfirm={() => void erase()}
      onCancel={onCancel}
    >
      <p>{t("erase.text")}</p>
      <p>{respondent?.submittedAt ? t("erase.submitted") : t("erase.draft")}</p>
    </ConfirmDialog>
  );
}
