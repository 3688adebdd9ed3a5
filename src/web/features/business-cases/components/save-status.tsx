import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";
import type { IconName } from "../../../components/icon-names.js";
import type { SaveStatus } from "../hooks/use-autosave.js";

function formatTime(at: Date, language: string): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "da-DK", { hour: "2-digit", minute: "2-digit" }).format(
    at,
  );
}

/** "Gemt kl. 14.32", "Gemmer …", or why the draft is not saved. */
export function describeSaveStatus(t: TFunction<"businessCases">, status: SaveStatus, language: string): string {
  switch (status.kind) {
    case "saved":
      return status.at ? t("save.savedAt", { time: formatTime(status.at, language) }) : t("save.saved");
    case "saving":
      return t("save.saving");
    case "invalid":
      return t("save.invalid");
    case "failed":
      return t("save.failed");
  }
}

export const SAVE_ICONS: Record<SaveStatus["kind"], IconName> = {
  saved: "check",
  saving: "sync",
  invalid: "error",
  failed: "error",
};

/**
 * "Gemt" / "Gemmer …" / why not, in a live region so screen readers hear it. A failed save is
 * an alert shown as a DKFDS toast in the corner of the window, so it is seen wherever the person
 * is in the form, with a button to try again.
 */
export function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t, i18n } = useTranslation("businessCases");
  const text = describeSaveStatus(t, status, i18n.language);
  return (
    <div className={`bc-save-status bc-save-${status.kind}`}>
      <p role="status" className="bc-save-text">
        <Icon name={SAVE_ICONS[status.kind]} />
        {/* A failure is announced once, by the alert below. */}
        <span aria-hidden={status.kind === "failed" || undefined}>{text}</span>
      </p>
      <div role="alert" className="toast-container bc-save-alert">
        {status.kind === "failed" ? (
          <div className="toast toast-error show">
            <div className="toast-icon" />
            <div className="toast-message">
              <p>
                <strong>{text}</strong>
              </p>
              {status.message ? <p>{status.message}</p> : null}
              <button type="button" className="button button-secondary" onClick={onRetry}>
                {t("save.retry")}
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
