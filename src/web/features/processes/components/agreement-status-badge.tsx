import { useTranslation } from "react-i18next";
import type { AgreementStatus } from "../../../../domain/process/phases.js";

const VARIANT: Record<AgreementStatus, string> = {
  open: "badge badge-warning",
  in_progress: "badge badge-info",
  settled: "badge badge-success",
  not_relevant: "badge",
};

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation("processes");
  return <span className={VARIANT[status]}>{t(`agreementStatuses.${status}`)}</span>;
}
