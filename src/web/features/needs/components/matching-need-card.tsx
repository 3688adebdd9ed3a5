import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { careAreaLabel } from "../../../components/care-area-label.js";
import type { MatchingNeed } from "../../../../domain/matching-views.js";
import { ScoreBar } from "./score-bar.js";
import { ScoreParts } from "./score-parts.js";
import { StatusBadge } from "./status-badge.js";

/** One need in the reverse view, with the same readable score parts as the partner list. */
export function MatchingNeedCard({ item, rank }: { item: MatchingNeed; rank: number }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const headingId = `need-${item.needId}`;
  return (
    <article className="partner-card" aria-labelledby={headingId}>
      <div className="partner-head">
        <span className="partner-rank">{t("partners.rank", { rank })}</span>
        <h2 className="partner-name h4">
          <Link to={`/behov/${item.needId}?fane=partnere`} id={headingId}>
            {item.title}
          </Link>
        </h2>
        <p className="partner-badges">
          <StatusBadge status={item.status} />
          <span className="badge badge-neutral">{careAreaLabel(tc, item.careArea)}</span>
        </p>
      </div>
      <p className="text-muted">{t("match.owner", { name: item.ownerName })}</p>
      <ScoreBar score={item.match.score} />
      <ScoreParts
        parts={item.match.parts}
        needCareArea={item.careArea}
        label={t("partners.partsLabel", { name: item.title })}
      />
    </article>
  );
}
