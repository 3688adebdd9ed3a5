import { useParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../../domain/organisation.js";
import type { ItemList } from "../../../../domain/list-views.js";
import { useApi } from "../../../api/use-api.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import type { MatchingNeed } from "../../../../domain/matching-views.js";
import { MatchingNeedCard } from "../components/matching-need-card.js";
import { kindLabel } from "../labels.js";

const PARTNER_KINDS = ["company", "knowledge_institution"];

/** For agents: the active needs a company or knowledge institution fits best (the partner list turned around). */
export function OrganisationMatchPage() {
  const { t } = useTranslation("needs");
  const { t: tc } = useTranslation();
  const { id = "" } = useParams();
  const organisation = useApi<Organisation>(`/api/organisations/${id}`);
  const isPartner = organisation.data ? PARTNER_KINDS.includes(organisation.data.kind) : false;
  const needs = useApi<ItemList<MatchingNeed>>(isPartner ? `/api/organisations/${id}/matching-needs` : null);
  const name = organisation.data?.name;
  const items = needs.data?.items;

  return (
    <>
      <BackLink
        to={`/organisationer/${id}`}
        label={name ? t("match.backToOrganisation", { name }) : t("match.backShort")}
      />
      <PageHeading title={name ? t("match.titleFor", { name }) : t("match.title")} />
      <p className="font-lead">{t("match.intro")}</p>
      {organisation.error ? <ErrorState error={organisation.error} onRetry={organisation.reload} /> : null}
      {needs.error ? <ErrorState error={needs.error} onRetry={needs.reload} /> : null}
      {organisation.isLoading || (isPartner && needs.isLoading && !items) ? (
        <Loading label={t("match.loading")} />
      ) : null}
      {organisation.data && !isPartner ? (
        <Alert variant="info">
          <p>
            {t("match.wrongKind", {
              name: organisation.data.name,
              kind: kindLabel(tc, organisation.data.kind).toLocaleLowerCase(),
            })}
          </p>
        </Alert>
      ) : null}
      {items && items.length === 0 ? <p className="empty-state">{t("match.empty")}</p> : null}
      {items && items.length > 0 ? (
        <ol className="partner-list" aria-label={t("match.listLabel")}>
          {items.map((item, index) => (
            <li key={item.needId}>
              <MatchingNeedCard item={item} rank={index + 1} />
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
