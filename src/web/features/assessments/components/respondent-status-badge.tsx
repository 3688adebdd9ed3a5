import { useTranslation } from "react-i18next";
import type { RespondentStatus } from "../../../../domain/assessment/views.js";

const CLASSES: Record<RespondentStatus, string> = {
  invited: "badge",
  started: "badge badge-info",
  submitted: "badge badge-success",
  expired: "badge badge-warning",
};

export function RespondentStatusBadge({ status }: { status: RespondentStatus }) {
  const { t } = useTranslation("assessments");
  return <span className={CLASSES[status]}>{t(`respondentStatus.${status}`)}</span>;
}
