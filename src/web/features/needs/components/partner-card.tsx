import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../components/format.js";
import { Icon } from "../../../components/icon.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import type { Decision, RankedPartner } from "../../../../domain/matching-views.js";
import { kindLabel } from "../labels.js";
import { ScoreBar } from "./score-bar.js";
import { ScoreParts } from "./score-parts.js";

/** One ranked partner: why it scored as it did, the agent's decision, and (for agents) the actions. */
export function PartnerCard({
  partner,
  rank,
  needCareArea,
  canDecide,
  onDecide,
  headingPrefix = "partner",
}: {
  partner: RankedPartner;
  rank: number;
  needCareArea: string;
  canDecide: boolean;
  onDecide: (decision: Decision) => void;
  /** An institution is on both lists: each card's heading needs its own id. */
  headingPrefix?: string;
}) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation(["translation", "organisations"]);
  const decision = partner.decision;
  const headingId = `${headingPrefix}-${partner.organisationId}`;
  return (
    <article className="partner-card" aria-labelledby={headingId}>
      <div className="partner-head">
        <span className="partner-rank">{t("partners.rank", { rank })}</span>
        <h3 className="partner-name h4">
          <Link to={`/organisationer/${partner.organisationId}`} id={headingId}>
            {partner.name}
          </Link>
        </h3>
        <p className="partner-badges">
          <span className="badge badge-neutral">{kindLabel(tc, partner.kind)}</span>
          {partner.isSme ? <span className="badge badge-info">{tc("organisations:organisation.smeBadge")}</span> : null}
          {decision?.decision === "shortlisted" ? (
            <span className="badge badge-success">{t("partners.shortlisted")}</span>
          ) : null}
          {decision?.decision === "dismissed" ? (
            <span className="badge badge-warning">{t("partners.dismissed")}</span>
          ) : null}
        </p>
      </div>
      <ScoreBar score={partner.match.score} />
      <ScoreParts
        parts={partner.match.parts}
        needCareArea={needCareArea}
        label={t("partners.partsLabel", { name: partner.name })}
      />
      {decision ? (
        <p className="partner-decision">
          {decision.reason ? t("partners.reasonLabel", { reason: decision.reason }) : null}
          {decision.reason ? <br /> : null}
          <span className="text-muted">
            {t("partners.decidedBy", {
              who: decision.decidedBy ?? "",
              when: formatDateTime(decision.decidedAt, currentLanguage()),
            })}
          </span>
        </p>
      ) : null}
      {canDecide ? (
        <div className="button-group partner-actions">
          {decision?.decision !== "shortlisted" ? (
            <button type="button" className="button button-secondary" onClick={() => onDecide("shortlisted")}>
              <Icon name="check" />
              {decision ? t("partners.shortlistAgain") : t("partners.shortlist")}
              <span className="sr-only"> {partner.name}</span>
            </button>
          ) : null}
          {decision?.decision !== "dismissed" ? (
            <button type="button" className="button button-tertiary" onClick={() => onDecide("dismissed")}>
              <Icon name="close" />
              {t("partners.dismiss")}
              <span className="sr-only"> {partner.name}</span>
            </button>
          ) : null}
          <Link to={`/organisationer/${partner.organisationId}/behov-match`} className="function-link">
            {t("partners.seeNeeds", { name: partner.name })}
          </Link>
        </div>
      ) : null}
    </article>
  );
}
