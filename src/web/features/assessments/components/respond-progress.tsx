import { useTranslation } from "react-i18next";

/** «12 af 30 besvaret» with a bar; the text is the accessible name, so the figures are read out. */
export function RespondProgress({ answered, total, id }: { answered: number; total: number; id: string }) {
  const { t } = useTranslation("assessments");
  return (
    <div className="respond-progress">
      <span id={id} className="respond-progress-text">
        {t("respond.progress", { answered, total })}
      </span>
      <progress className="respond-progress-bar" max={total} value={answered} aria-labelledby={id} />
    </div>
  );
}
