import { useEffect, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { CARE_AREAS } from "../../../../domain/care-areas.js";
import {
  CASE_STATUSES,
  COLLABORATION_MODELS,
  ENTRY_KINDS,
  KNOWLEDGE_PHASES,
  SIDES,
} from "../../../../domain/knowledge/kinds.js";
import type { KnowledgePage } from "../../../../domain/knowledge/views.js";
import { toQuery } from "../../../api/client.js";
import { useApi } from "../../../api/use-api.js";
import { useAuth } from "../../../auth/auth-context.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { ErrorState } from "../../../components/error-state.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { EntryCard } from "../components/entry-card.js";

/** The filters a linkable view keeps in its address (the API's own parameter names). */
const FILTER_KEYS = ["q", "kind", "phase", "side", "careArea", "model", "status"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
type Filters = Record<FilterKey, string>;

function readFilters(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ""])) as Filters;
}

/** An address keeps only what is set: a shorter link, and the same link for the same view. */
function filterLink(filters: Partial<Filters>): string {
  return `/viden${toQuery(filters)}`;
}

/** Public: the knowledge portal in OPIguide's shape — phases, sides, search and filters. */
export function KnowledgePortalPage() {
  const { t } = useTranslation(["knowledge", "translation"]);
  const { t: tc } = useTranslation();
  const { me } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const [draft, setDraft] = useState<Filters>(filters);
  const query = toQuery(filters);
  const hasFilter = FILTER_KEYS.some((key) => key !== "q" && filters[key] !== "");
  useEffect(() => {
    setDraft(readFilters(new URLSearchParams(query)));
  }, [query]);
  const results = useApi<KnowledgePage>(`/api/knowledge${query}`);
  const drafts = useApi<KnowledgePage>(me ? "/api/knowledge?drafts=true&limit=200" : null);
  const ownDrafts = (drafts.data?.items ?? []).filter((entry) => entry.state !== "published");
  const items = results.data?.items;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = draft[key].trim();
      if (value) {
        next.set(key, value);
      }
    }
    setSearchParams(next);
  };

  const filterLabels: Record<FilterKey, string> = {
    q: t("knowledge:portal.searchLabel"),
    kind: t("knowledge:portal.filterKind"),
    phase: t("knowledge:portal.filterPhase"),
    side: t("knowledge:portal.filterSide"),
    careArea: t("knowledge:portal.filterCareArea"),
    model: t("knowledge:portal.filterModel"),
    status: t("knowledge:portal.filterStatus"),
  };

  const select = (key: FilterKey, options: readonly string[], optionLabel: (value: string) => string) => (
    <div className="form-group knowledge-filter">
      <label className="form-label" htmlFor={`knowledge-${key}`}>
        {filterLabels[key]}
      </label>
      <select
        id={`knowledge-${key}`}
        className="form-select"
        value={draft[key]}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
      >
        <option value="">{t("knowledge:portal.filterAll")}</option>
        {options.map((value) => (
          <option key={value} value={value}>
            {optionLabel(value)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="knowledge-portal">
      <PageHeading title={t("knowledge:portal.title")} />
      <p className="font-lead">{t("knowledge:portal.intro")}</p>

      <section aria-labelledby="knowledge-phases">
        <h2 id="knowledge-phases">{t("knowledge:portal.phasesHeading")}</h2>
        <ol className="knowledge-phases">
          {KNOWLEDGE_PHASES.map((phase, index) => (
            <li key={phase}>
              <Link
                to={filterLink({ ...filters, phase })}
                className="knowledge-phase"
                aria-current={filters.phase === phase ? "true" : undefined}
              >
                <span className="knowledge-phase-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="knowledge-phase-name">{t(`knowledge:phases.${phase}`)}</span>
                <span className="knowledge-phase-intro">{t(`knowledge:phaseIntro.${phase}`)}</span>
              </Link>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="knowledge-sides">
        <h2 id="knowledge-sides">{t("knowledge:portal.sidesHeading")}</h2>
        <ul className="knowledge-sides">
          {SIDES.map((side) => (
            <li key={side}>
              <Link
                to={filterLink({ ...filters, side })}
                className="button button-secondary knowledge-side"
                aria-current={filters.side === side ? "true" : undefined}
              >
                {t(`knowledge:portal.sideLinks.${side}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <form className="knowledge-search" role="search" onSubmit={submit}>
        <div className="form-group">
          <label className="form-label" htmlFor="knowledge-q">
            {t("knowledge:portal.searchLabel")}
          </label>
          <span className="form-hint" id="knowledge-q-hint">
            {t("knowledge:portal.searchHint")}
          </span>
          <div className="knowledge-search-row">
            <input
              id="knowledge-q"
              type="search"
              className="form-input"
              aria-describedby="knowledge-q-hint"
              value={draft.q}
              maxLength={200}
              onChange={(event) => setDraft({ ...draft, q: event.target.value })}
            />
            <button type="submit" className="button button-primary">
              {t("knowledge:portal.searchButton")}
            </button>
          </div>
        </div>
        {/* Collapsed until a filter is chosen: on a phone the results come first. */}
        <details className="knowledge-filters-toggle" open={hasFilter}>
          <summary className="h3">{t("knowledge:portal.filtersHeading")}</summary>
          <div className="knowledge-filters">
            {select("phase", KNOWLEDGE_PHASES, (value) =>
              t(`knowledge:phases.${value as (typeof KNOWLEDGE_PHASES)[number]}`),
            )}
            {select("side", SIDES, (value) => t(`knowledge:sides.${value as (typeof SIDES)[number]}`))}
            {select("careArea", CARE_AREAS, (value) => careAreaLabel(tc, value))}
            {select("kind", ENTRY_KINDS, (value) => t(`knowledge:kinds.${value as (typeof ENTRY_KINDS)[number]}`))}
            {select("model", COLLABORATION_MODELS, (value) =>
              t(`knowledge:models.${value as (typeof COLLABORATION_MODELS)[number]}`),
            )}
            {select("status", CASE_STATUSES, (value) =>
              t(`knowledge:statuses.${value as (typeof CASE_STATUSES)[number]}`),
            )}
            <div className="knowledge-filter-actions">
              <button type="submit" className="button button-primary">
                {t("knowledge:portal.apply")}
              </button>
              {query ? (
                <Link to="/viden" className="button button-tertiary">
                  {t("knowledge:portal.clear")}
                </Link>
              ) : null}
            </div>
          </div>
        </details>
      </form>

      <section aria-labelledby="knowledge-results">
        <h2 id="knowledge-results">{t("knowledge:portal.resultsHeading")}</h2>
        <p className="results-status" role="status">
          {items ? t("knowledge:portal.count", { count: results.data?.total ?? items.length }) : ""}
        </p>
        {results.error ? <ErrorState error={results.error} onRetry={results.reload} /> : null}
        {results.isLoading ? <Loading label={t("knowledge:portal.loading")} /> : null}
        {!results.isLoading && items && items.length === 0 ? (
          <p className="empty-state">{t("knowledge:portal.empty")}</p>
        ) : null}
        {!results.isLoading && items && items.length > 0 ? (
          <ul className="knowledge-list">
            {items.map((entry) => (
              <li key={entry.id}>
                <EntryCard entry={entry} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {ownDrafts.length > 0 ? (
        <section aria-labelledby="knowledge-drafts">
          <h2 id="knowledge-drafts">{t("knowledge:portal.drafts")}</h2>
          <ul className="knowledge-list">
            {ownDrafts.map((entry) => (
              <li key={entry.id}>
                <EntryCard entry={entry} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p className="knowledge-open-data">
        <a href="/api/knowledge/feed.atom">{t("knowledge:portal.feed")}</a>
        {" · "}
        <a href={`/api/knowledge${query}`}>{t("knowledge:portal.openData")}</a>
      </p>
    </div>
  );
}
