import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/** The score as a bar (decoration) and as text (what is read out). */
export function ScoreBar({ score }: { score: number }) {
  const { t } = useTranslation("needs");
  const width = `${Math.max(0, Math.min(100, score))}%`;
  return (
    <div className="score">
      <span className="score-bar" aria-hidden="true">
        <span className="score-bar-fill" style={{ width }} />
      </span>
      <span className="score-text">{t("partners.score", { score: formatNumber(score, currentLanguage()) })}</span>
    </div>
  );
}
