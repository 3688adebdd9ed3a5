import { useTranslation } from "react-i18next";
import type { ProcessStatus } from "../../../../domain/process/phases.js";

const VARIANT: Record<ProcessStatus, string> = {
  active: "badge badge-info",
  // A stop is a legitimate outcome: shown calmly, never in warning colours.
  stopped: "badge process-badge-stopped",
  completed: "badge badge-success",
};

export function StatusBadge({ status }: { status: ProcessStatus }) {
  const { t } = useTranslation("processes");
  return <span className={VARIANT[status]}>{t(`status.${status}`)}</span>;
}
