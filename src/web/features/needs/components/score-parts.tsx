import { useTranslation } from "react-i18next";
import type { ScorePart } from "../../../../domain/matching.js";
import { formatNumber } from "../../../components/format.js";
import { Icon } from "../../../components/icon.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { describePart } from "../score-part-text.js";

/** The parts of a score: what earned points first, each with its points out of the most it could give. */
export function ScoreParts({
  parts,
  needCareArea,
  label,
}: {
  parts: readonly ScorePart[];
  needCareArea: string;
  label: string;
}) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  const ordered = [...parts].sort((a, b) => Number(b.points > 0) - Number(a.points > 0));
  return (
    <ul className="score-parts" aria-label={label}>
      {ordered.map((part) => (
        <li key={part.key} className={part.points > 0 ? "score-part" : "score-part score-part-none"}>
          <Icon name={part.points > 0 ? "check" : "minus"} className="score-part-icon" />
          <span>
            <span className="score-part-text">{describePart(part, needCareArea, t, tc)}</span>{" "}
            <span className="score-part-points">
              {t("partners.points", {
                points: formatNumber(part.points, language),
                max: formatNumber(part.max, language),
              })}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
