import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";
import type { SaveStatus } from "../hooks/use-autosave.js";

function formatTime(at: Date, language: string): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "da-DK", { hour: "2-digit", minute: "2-digit" }).format(at);
}

/**
 * "Gemt" / "Gemmer …" / why not, in a live region so screen readers hear it; a failed save
 * says so as an alert and offers to try again.
 */
export function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t, i18n } = useTranslation("businessCases");
  const text =
    status.kind === "saved"
      ? status.at
        ? t("save.savedAt", { time: formatTime(status.at, i18n.language) })
        : t("save.saved")
      : status.kind === "saving"
        ? t("save.saving")
        : status.kind === "invalid"
          ? t("save.invalid")
          : t("save.failed");
  const icon = status.kind === "saved" ? "check" : status.kind === "saving" ? "sync" : "error";
  return (
    <div className={`bc-save-status bc-save-${status.kind}`}>
      <p role="status" className="bc-save-text">
        {status.kind === "failed" ? null : (
          <>
            <Icon name={icon} />
            <span>{text}</span>
          </>
        )}
      </p>
      <div role="alert" className="bc-save-alert">
        {status.kind === "failed" ? (
          <>
            <strong>{text}</strong>
            {status.message ? <span>: {status.message}</span> : null}{" "}
            <button type="button" className="function-link" onClick={onRetry}>
              {t("save.retry")}
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
