import { useTranslation } from "react-i18next";
import type { AssessmentStatus } from "../../../../domain/assessment/views.js";

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  const { t } = useTranslation("assessments");
  return <span className={status === "open" ? "badge badge-info" : "badge"}>{t(`status.${status}`)}</span>;
}
