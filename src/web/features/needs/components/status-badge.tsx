import { useTranslation } from "react-i18next";
import { statusBadgeClass, statusLabel } from "../labels.js";

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation("needs");
  return <span className={statusBadgeClass(status)}>{statusLabel(t, status)}</span>;
}
