import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../components/format.js";
import { Icon } from "../../../components/icon.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { fundingGroup } from "../../../../domain/funding.js";
import type { FundingMatch } from "../../../../domain/funding-views.js";
import { describeFundingRule } from "../funding-rule-text.js";
import { ProgrammeFacts, programmeAmountText } from "./programme-facts.js";
import { ProgrammeLink } from "./programme-link.js";
import { ProgrammeState } from "./programme-state.js";

const RULE_ICONS = { met: "check", guidance: "info", unmet: "close" } as const;
const RULE_LABELS = { met: "funding.met", guidance: "funding.guidance", unmet: "funding.notMet" } as const;

/** A programme checked against the need: whether it fits, and ✓/✗ for every rule it states (under the panel's h3). */
export function FundingMatchCard({ item, budgetDkk }: { item: FundingMatch; budgetDkk: number | null }) {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const language = currentLanguage();
  const headingId = `programme-${item.id}`;
  const programmeAmount = programmeAmountText(item, t, language);
  // An expired programme says so (and what is next) in ProgrammeState, never «fits»; a fit that rests on arguing a
  // guideline the need does not meet says so, apart from the fits whose rules are all met.
  const group = fundingGroup(item.fit);
  const badge = item.fit.expired ? null : group === "fits" ? (
    <span className="badge badge-success">{t("funding.fits")}</span>
  ) : group === "fits_if_justified" ? (
    <span className="badge badge-info">{t("funding.fitsIfJustified")}</span>
  ) : (
    <span className="badge badge-neutral">{t("funding.notFits")}</span>
  );
  return (
    <article
      className={item.fit.expired ? "programme-card programme-expired" : "programme-card"}
      aria-labelledby={headingId}
    >
      <h4 className="h4 programme-name" id={headingId}>
        {item.name}
      </h4>
      {badge ? <p className="programme-badges">{badge}</p> : null}
      <ProgrammeState programme={item} state={item.fit.state} />
      {item.fit.amountDkk === null && !item.fit.expired && programmeAmount !== null ? (
        // Without the need's budget (or the programme's own share) there is no figure for this need, but what
        // the programme grants per project still tells the agent whether it is worth applying.
        <p className="programme-amount">
          <strong>{t("funding.programmeAmount", { amount: programmeAmount })}</strong>
        </p>
      ) : null}
      {item.fit.amountDkk !== null && !item.fit.expired ? (
        <p className="programme-amount">
          <strong>{t("funding.amount", { amount: formatNumber(item.fit.amountDkk, language) })}</strong>
          {budgetDkk !== null && item.cofinancingPct !== null ? (
            <span className="form-hint">
              {" "}
              {t("funding.amountHint", {
                budget: formatNumber(budgetDkk, language),
                pct: formatNumber(item.cofinancingPct, language),
              })}
            </span>
          ) : null}
        </p>
      ) : null}
      {item.purpose ? <p className="programme-purpose">{item.purpose}</p> : null}
      {item.fit.rules.length > 0 ? (
        <ul className="funding-rules" aria-label={t("funding.rulesLabel", { name: item.name })}>
          {item.fit.rules.map((rule) => {
            // A guideline not met does not rule the programme out: marked as a point to argue, not a ✗.
            const state = rule.met ? "met" : rule.guidance ? "guidance" : "unmet";
            return (
              <li key={rule.key} className={`funding-rule funding-rule-${state}`}>
                <Icon name={RULE_ICONS[state]} className="funding-rule-icon" />
                <span>
                  <span className="sr-only">{t(RULE_LABELS[state])}: </span>
                  {describeFundingRule(rule, t, tc, language)}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-muted">{t("funding.noRules")}</p>
      )}
      <details className="details programme-details">
        <summary className="details-summary">{t("programme.factsLabel", { name: item.name })}</summary>
        <div className="details-text">
          <ProgrammeFacts programme={item} />
          {item.notes ? <p className="pre-line">{item.notes}</p> : null}
        </div>
      </details>
      <ProgrammeLink href={item.link} name={item.name} />
    </article>
  );
}
