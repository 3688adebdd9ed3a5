import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { SeminarSummary } from "../../../../domain/seminars/views.js";
import { useApi } from "../../../api/use-api.js";
import { useAuth } from "../../../auth/auth-context.js";
import { careAreaLabel } from "../../../components/care-area-label.js";
import { ErrorState } from "../../../components/error-state.js";
import { ListPageHeader } from "../../../components/list-page-header.js";
import { Loading } from "../../../components/loading.js";
import { formatSpan, PlacesList, useLanguage } from "../shared.js";

/** Public: the upcoming published seminars, with free places per side. */
export function SeminarsPage() {
  const { t } = useTranslation("seminars");
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const { me } = useAuth();
  const isStaff = me?.role === "admin" || me?.role === "agent";
  const seminars = useApi<{ items: SeminarSummary[] }>("/api/seminars");
  const now = Date.now();
  const items = seminars.data?.items.filter(
    (item) => Date.parse(item.endsAt) > now && (item.status === "published" || item.status === "draft"),
  );
  // Held seminars stay readable: their outcomes and trail are part of the programme's story.
  const past = seminars.data?.items.filter((item) => item.status === "held" || item.status === "closed").reverse();

  return (
    <>
      <ListPageHeader
        title={t("list.title")}
        intro={t("list.intro")}
        create={isStaff ? { to: "/seminarer/ny", label: t("plan.newButton") } : undefined}
      />
      {seminars.error ? <ErrorState error={seminars.error} onRetry={seminars.reload} /> : null}
      {seminars.isLoading && !items ? <Loading label={t("list.loading")} /> : null}
      {items && items.length === 0 ? <p className="empty-state">{t("list.empty")}</p> : null}
      {items && items.length > 0 ? (
        <ul className="seminar-list nobullet-list" aria-label={t("list.listLabel")}>
          {items.map((item) => (
            <li key={item.id} className="card seminar-card">
              <div className="card-content">
                <h2 className="h3 mt-0">
                  <Link to={`/seminarer/${item.id}`}>{item.title}</Link>
                </h2>
                {item.status === "draft" ? (
                  // Only staff see drafts: say so, as a draft is not yet visible to anyone else.
                  <p className="mb-2">
                    <strong>{t("states.draft")}</strong>
                  </p>
                ) : null}
                {item.careAreas.length > 0 ? (
                  <p className="text-muted mb-2">
                    {item.careAreas.map((area) => careAreaLabel(tCommon, area)).join(", ")}
                  </p>
                ) : null}
                <p className="mb-2">
                  <strong>{formatSpan(item.startsAt, item.endsAt, language)}</strong>
                  <br />
                  {[item.placeAddress, item.isOnline ? t("list.online") : ""].filter(Boolean).join(" · ")}
                </p>
                <PlacesList places={item.places} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {past && past.length > 0 ? (
        <>
          <h2>{t("list.pastHeading")}</h2>
          <ul className="seminar-past-list">
            {past.map((item) => (
              <li key={item.id}>
                <Link to={`/seminarer/${item.id}`}>{item.title}</Link> –{" "}
                {formatSpan(item.startsAt, item.endsAt, language)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
