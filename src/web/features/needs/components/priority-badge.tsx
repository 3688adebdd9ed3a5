import { useTranslation } from "react-i18next";
import { priorityBadgeClass, priorityLabel } from "../labels.js";

/** Says "Prioritet: Høj", so the badge is not read as a bare word. */
export function PriorityBadge({ priority }: { priority: string }) {
  const { t } = useTranslation("needs");
  return (
    <span className={priorityBadgeClass(priority)}>{t("priorityLabel", { priority: priorityLabel(t, priority) })}</span>
  );
}
