import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { fundingGroup, type FundingGroup } from "../../../../domain/funding.js";
import type { FundingMatch, NeedFunding } from "../../../../domain/funding-views.js";
import { FundingMatchCard } from "./funding-match-card.js";

const GROUPS: readonly FundingGroup[] = ["fits", "fits_if_justified", "other"];
const GROUP_HEADINGS = {
  fits: "funding.groupFits",
  fits_if_justified: "funding.groupFitsIfJustified",
  other: "funding.groupOther",
} as const;

/**
 * The funding programmes for a need in three groups, in the API's order within each: those whose rules are all
 * met, those that fit only if the applicants argue a guideline they do not meet, and the rest (expired last).
 */
export function FundingPanel({ needId }: { needId: string }) {
  const { t } = useTranslation("needs");
  const funding = useApi<NeedFunding>(`/api/needs/${needId}/funding`);
  const items = funding.data?.items;
  return (
    <>
      <h2 className="h3 mt-0">{t("funding.heading")}</h2>
      <p>{t("funding.intro")}</p>
      {funding.error ? <ErrorState error={funding.error} onRetry={funding.reload} /> : null}
      {funding.isLoading && !items ? <Loading label={t("funding.loading")} /> : null}
      {items && items.length === 0 ? <p className="empty-state">{t("funding.empty")}</p> : null}
      {items && items.length > 0
        ? GROUPS.map((group) => {
            const members = items.filter((item) => fundingGroup(item.fit) === group);
            return members.length > 0 ? (
              <FundingGroupList
                key={group}
                group={group}
                items={members}
                budgetDkk={funding.data?.context.budgetDkk ?? null}
              />
            ) : null;
          })
        : null}
      <p>
        <Link to="/finansiering">{t("funding.catalogueLink")}</Link>
      </p>
    </>
  );
}

function FundingGroupList(props: { group: FundingGroup; items: FundingMatch[]; budgetDkk: number | null }) {
  const { t } = useTranslation("needs");
  const headingId = `funding-group-${props.group}`;
  return (
    <section className="funding-group" aria-labelledby={headingId}>
      <h3 className="h4" id={headingId}>
        {t(GROUP_HEADINGS[props.group], { count: props.items.length })}
      </h3>
      {props.group === "fits_if_justified" ? (
        <p className="form-hint">{t("funding.groupFitsIfJustifiedHint")}</p>
      ) : null}
      <ul className="programme-list programme-grid no-max-width">
        {props.items.map((item) => (
          <li key={item.id}>
            <FundingMatchCard item={item} budgetDkk={props.budgetDkk} />
          </li>
        ))}
      </ul>
    </section>
  );
}
