import { useTranslation } from "react-i18next";

/** The DKFDS spinner with a status text that screen readers announce. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="samspil-loading" role="status">
      <div className="spinner" aria-hidden="true" />
      <p className="spinner-status">{label ?? t("common.loading")}</p>
    </div>
  );
}
