import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { SaveState } from "../hooks/use-answer-autosave.js";

const timeOf = (iso: string) =>
  new Intl.DateTimeFormat(currentLanguage() === "da" ? "da-DK" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));

/**
 * Whether the answers are saved. A polite live region: screen readers hear «Gemt» after a save
 * and a problem when there is one, not every keystroke («Gemmer …» is shown, not announced).
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation("assessments");
  const announced =
    state.kind === "saved"
      ? t("respond.saved", { time: timeOf(state.at) })
      : state.kind === "offline"
        ? t("respond.offline")
        : state.kind === "refused"
          ? t("respond.refused")
          : "";
  const shown = state.kind === "saving" || state.kind === "pending" ? t("respond.saving") : announced;
  const tone =
    state.kind === "offline" || state.kind === "refused" ? "respond-save-status is-problem" : "respond-save-status";
  return (
    <p className={tone}>
      <span aria-hidden={announced ? true : undefined}>{shown}</span>
      <span className="sr-only" role="status">
        {announced}
      </span>
    </p>
  );
}
