import { useTranslation } from "react-i18next";
import type { ScorePart, SharedWord } from "../../../../domain/matching.js";
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
            {part.key === "text" && part.words && part.words.length > 0 ? (
              <SharedWords words={part.words} />
            ) : (
              <span className="score-part-text">{describePart(part, needCareArea, t, tc)}</span>
            )}{" "}
            <span className="score-part-points">
              {t("partners.points", {
                points: formatNumber(part.points, language),
                max: formatNumber(part.max, language),
              })}
              {part.factor !== undefined
                ? ` (${t("parts.factor", { percent: formatNumber(Math.round(part.factor * 100), language) })})`
                : null}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The text part's words as written in the need and in the partner's text, each pair highlighted. */
function SharedWords({ words }: { words: readonly SharedWord[] }) {
  const { t } = useTranslation("needs");
  return (
    <span className="score-part-text">
      {t("parts.textWords")}{" "}
      {words.map((word, index) => (
        <span key={`${word.need}-${word.partner}`} className="shared-word">
          {index > 0 ? ", " : null}
          <mark>{word.need}</mark>
          {word.via === "related" ? " ~ " : " · "}
          <mark>{word.partner}</mark>
          {word.via === "related" ? ` (${t("parts.viaRelated")})` : null}
          {word.via === "codeTitle" ? ` (${t("parts.viaCodeTitle")})` : null}
        </span>
      ))}
    </span>
  );
}
