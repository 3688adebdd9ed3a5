import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useApi } from "../../../api/use-api.js";
import type { AuditPage } from "../../../../domain/audit-views.js";
import { AUDIT_ENTITY_TYPES, describeEntityType } from "../../../../domain/audit/describe.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { AdminTabs } from "../components/admin-tabs.js";
import { AuditRow } from "../components/audit-row.js";
import { ErrorState } from "../../../components/error-state.js";
import { Icon } from "../../../components/icon.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";

const PAGE_SIZE = 25;
/** The URL's filter parameters, as the API takes them. */
const FILTER_KEYS = ["actorId", "entity", "entityId", "from", "to"] as const;

function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value) {
      search.set(key, value);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function AdminAuditPage() {
  const { t } = useTranslation(["translation", "admin"]);
  const language = currentLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, searchParams.get(key) ?? ""])) as Record<
    (typeof FILTER_KEYS)[number],
    string
  >;
  const cursor = searchParams.get("cursor") ?? "";
  const audit = useApi<AuditPage>(`/api/audit${queryString({ ...filters, cursor, pageSize: String(PAGE_SIZE) })}`);
  const [draft, setDraft] = useState({ entity: filters.entity, from: filters.from, to: filters.to });
  const [draftKey, setDraftKey] = useState(`${filters.entity}|${filters.from}|${filters.to}`);
  const currentKey = `${filters.entity}|${filters.from}|${filters.to}`;
  if (draftKey !== currentKey) {
    // The URL changed (a link in a row, back/forward): the form follows it.
    setDraftKey(currentKey);
    setDraft({ entity: filters.entity, from: filters.from, to: filters.to });
  }
  const periodError = draft.from && draft.to && draft.to < draft.from ? t("admin:audit.periodError") : null;

  const filterHref = (change: Record<string, string>) =>
    `/admin/log${queryString({ ...filters, ...change, cursor: undefined })}`;
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!periodError) {
      setSearchParams(queryString({ ...filters, ...draft }).slice(1));
    }
  };
  const items = audit.data?.items ?? [];
  const actorName = items.find((item) => item.actor?.id === filters.actorId)?.actor;
  const entityItem = items.find((item) => item.entity === filters.entity && item.entityId === filters.entityId);
  const entityName = entityItem?.subject
    ? `${describeEntityType(filters.entity, language)}: ${entityItem.subject.label}`
    : filters.entity
      ? describeEntityType(filters.entity, language)
      : t("admin:audit.thisEntity");
  const chips = [
    filters.actorId
      ? {
          key: "actorId",
          text: t("admin:audit.byActor", { name: actorName?.name ?? actorName?.email ?? t("admin:audit.someone") }),
          href: filterHref({ actorId: "" }),
        }
      : null,
    filters.entityId
      ? { key: "entityId", text: t("admin:audit.byEntity", { name: entityName }), href: filterHref({ entityId: "" }) }
      : null,
  ].filter((chip) => chip !== null);
  const types = [...AUDIT_ENTITY_TYPES].sort((a, b) =>
    describeEntityType(a, language).localeCompare(describeEntityType(b, language), language),
  );

  return (
    <>
      <PageHeading title={t("admin:audit.title")} />
      <AdminTabs />
      <p className="font-lead">{t("admin:audit.intro")}</p>
      <form className="audit-filters" role="search" aria-label={t("admin:audit.filters")} onSubmit={apply} noValidate>
        <div className="filters-grid">
          <div className="form-group">
            <label className="form-label" htmlFor="audit-entity">
              {t("admin:audit.entityType")}
            </label>
            <select
              id="audit-entity"
              className="form-select"
              value={draft.entity}
              onChange={(event) => setDraft({ ...draft, entity: event.target.value })}
            >
              <option value="">{t("admin:audit.allTypes")}</option>
              {types.map((entity) => (
                <option key={entity} value={entity}>
                  {describeEntityType(entity, language)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="audit-from">
              {t("admin:audit.from")}
            </label>
            <input
              id="audit-from"
              type="date"
              className="form-input"
              value={draft.from}
              onChange={(event) => setDraft({ ...draft, from: event.target.value })}
            />
          </div>
          <div className={periodError ? "form-group form-error" : "form-group"}>
            <label className="form-label" htmlFor="audit-to">
              {t("admin:audit.to")}
            </label>
            {periodError ? (
              <span className="form-error-message" id="audit-to-error">
                {periodError}
              </span>
            ) : null}
            <input
              id="audit-to"
              type="date"
              className="form-input"
              value={draft.to}
              aria-invalid={periodError ? true : undefined}
              aria-describedby={periodError ? "audit-to-error" : undefined}
              onChange={(event) => setDraft({ ...draft, to: event.target.value })}
            />
          </div>
        </div>
        {chips.length > 0 ? (
          <ul className="chip-list" aria-label={t("admin:audit.activeFilters")}>
            {chips.map((chip) => (
              <li key={chip.key}>
                <Link className="tag tag-icon" to={chip.href}>
                  <span>{chip.text}</span>
                  <span className="sr-only">, {t("admin:audit.removeFilter")}</span>
                  <Icon name="close" />
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="button-group filters-actions">
          <button type="submit" className="button button-primary">
            {t("admin:audit.apply")}
          </button>
          {FILTER_KEYS.some((key) => filters[key]) ? (
            <Link to="/admin/log" className="button button-secondary">
              {t("admin:audit.reset")}
            </Link>
          ) : null}
          <a
            className="button button-tertiary"
            href={`/api/audit/export.csv${queryString(filters)}`}
            download
            aria-describedby="audit-export-hint"
          >
            <Icon name="download" />
            {t("admin:audit.export")}
          </a>
        </div>
        <p className="form-hint" id="audit-export-hint">
          {t("admin:audit.exportHint")}
        </p>
      </form>
      {audit.data ? (
        <p role="status" id="audit-status" tabIndex={-1}>
          {t("admin:audit.shown", { count: audit.data.items.length })}
        </p>
      ) : null}
      {audit.error ? <ErrorState error={audit.error} onRetry={audit.reload} /> : null}
      {audit.isLoading && !audit.data ? <Loading /> : null}
      {audit.data && items.length === 0 ? <p>{t("admin:audit.empty")}</p> : null}
      {audit.data && items.length > 0 ? (
        <div className={audit.isLoading ? "loading-dimmed" : undefined}>
          <div
            className="table--responsive-scroll"
            tabIndex={0}
            role="region"
            aria-label={t("admin:audit.tableCaption")}
          >
            <table className="table audit-table">
              <caption className="sr-only">{t("admin:audit.tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("admin:audit.time")}</th>
                  <th scope="col">{t("admin:audit.who")}</th>
                  <th scope="col">{t("admin:audit.entity")}</th>
                  <th scope="col">{t("admin:audit.action")}</th>
                  <th scope="col">{t("admin:audit.changes")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} filterHref={filterHref} />
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {cursor || audit.data?.nextCursor ? (
        <nav className="button-group audit-paging" aria-label={t("admin:audit.paging")}>
          {cursor ? (
            <Link to={`/admin/log${queryString(filters)}`} className="button button-secondary">
              {t("admin:audit.newest")}
            </Link>
          ) : null}
          {audit.data?.nextCursor ? (
            <Link
              to={`/admin/log${queryString({ ...filters, cursor: audit.data.nextCursor })}`}
              className="button button-secondary"
              onClick={() => document.getElementById("audit-status")?.focus()}
            >
              {t("admin:audit.older")}
              <Icon name="chevron-right" />
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
