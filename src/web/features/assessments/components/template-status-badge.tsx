import { useTranslation } from "react-i18next";
import type { TemplateStatus } from "../../../../domain/assessment/index.js";

const CLASSES: Record<TemplateStatus, string> = {
  draft: "badge badge-warning",
  published: "badge badge-success",
  retired: "badge",
};

export function TemplateStatusBadge({ status }: { status: TemplateStatus }) {
  const { t } = useTranslation("assessments");
  return <span className={CLASSES[status]}>{t(`templateStatus.${status}`)}</span>;
}
