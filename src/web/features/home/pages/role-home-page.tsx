import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { EmbeddedSizeNotice } from "../../../../domain/home/embedded-size.js";
import type { HomePage, HomeSection, HomeSectionKey } from "../../../../domain/home/views.js";
import { useApi } from "../../../api/use-api.js";
import { useMe } from "../../../auth/auth-context.js";
import type { MySignup } from "../../../../domain/signup.js";
import { Alert } from "../../../components/alert.js";
import { ErrorState } from "../../../components/error-state.js";
import { formatDate, formatNumber } from "../../../components/format.js";
import { Loading } from "../../../components/loading.js";
import { PageHeading } from "../../../components/page-heading.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/** Where each section's whole list is, and where to go when it is empty. */
const SECTION_LINKS: Record<HomeSectionKey, string> = {
  followUpsDue: "/kontaktlog/ny",
  needsWithoutPartners: "/behov",
  gatesDue: "/forloeb",
  tasksDue: "/forloeb",
  seminarsComing: "/seminarer",
  ownNeeds: "/behov/ny",
  assessmentsOpen: "/vurderinger",
  ownProcesses: "/forloeb",
  fittingCalls: "/opslag",
  ownOffers: "/opslag",
  openCalls: "/opslag",
};

function Section({ section }: { section: HomeSection }) {
  const { t } = useTranslation("home");
  const language = currentLanguage();
  // «17. november 2026», not the ISO date (the day part only: a follow-up or deadline is a date).
  const day = (value: string) => formatDate(`${value.slice(0, 10)}T12:00:00`, language);
  const id = `home-${section.key}`;
  return (
    <section className="home-section" aria-labelledby={id}>
      <h2 className="h3" id={id}>
        {t(`sections.${section.key}.title`)}
        {section.total > 0 ? ` (${section.total})` : ""}
      </h2>
      {section.items.length === 0 ? (
        <p className="home-empty">{t(`sections.${section.key}.empty`)}</p>
      ) : (
        <ul className="nobullet-list home-items">
          {section.items.map((item) => (
            <li key={item.id}>
              <Link to={item.href}>{item.title}</Link>
              <span className="home-item-meta">
                {item.date ? ` · ${t(`sections.${section.key}.date`, { date: day(item.date) })}` : ""}
                {item.status ? ` · ${t(`offerStatus.${item.status}`)}` : ""}
                {item.detail ? ` · ${item.detail}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={SECTION_LINKS[section.key]}>{t(`sections.${section.key}.link`)}</Link>
      </p>
    </section>
  );
}

/**
 * A member without an organisation signed up themselves and waits for staff to approve the link (or was
 * refused): until then they act for nobody, and the home page says so.
 */
function NoOrganisationNotice() {
  const { t } = useTranslation("home");
  const { data } = useApi<{ request: MySignup | null }>("/api/signup/mine");
  if (!data) {
    return null;
  }
  const request = data.request;
  const state = request?.status === "rejected" ? "rejected" : request ? "pending" : "none";
  return (
    <Alert variant={state === "rejected" ? "warning" : "info"} heading={t(`noOrganisation.${state}.heading`)}>
      <p>
        {t(`noOrganisation.${state}.text`, {
          organisation: request?.organisationName ?? "",
          reason: request?.reason ?? "",
        })}
      </p>
    </Alert>
  );
}

/**
 * The programme manager's notice that the embedded database (PGlite) has grown past the size it serves well,
 * with the move to a PostgreSQL server in three commands (docs/moving-to-postgresql.md).
 */
function EmbeddedSizeAlert({ notice }: { notice: EmbeddedSizeNotice }) {
  const { t } = useTranslation("home");
  const language = currentLanguage();
  return (
    <Alert variant="warning" heading={t("embeddedSize.heading")}>
      <p>
        {t("embeddedSize.text", {
          organisations: formatNumber(notice.organisations, language),
          limit: formatNumber(notice.limit, language),
        })}
      </p>
      <p>{t("embeddedSize.steps")}</p>
      <ol className="home-move-steps">
        <li>
          {t("embeddedSize.backup")} <code>npm run backup</code>
        </li>
        <li>
          {t("embeddedSize.restore")} <code>DATABASE_URL=postgres://… npm run restore -- backups/…</code>
        </li>
        <li>{t("embeddedSize.restart")}</li>
      </ol>
      <p>{t("embeddedSize.guide")}</p>
    </Alert>
  );
}

export function RoleHomePage() {
  const { t } = useTranslation("home");
  const me = useMe();
  const { data, error, isLoading, reload } = useApi<HomePage>("/api/me/home");
  const firstName = me.name.split(" ")[0];
  return (
    <>
      <PageHeading title={t("title")}>{t("welcome", { name: firstName })}</PageHeading>
      {me.role === "member" && !me.organisationId ? <NoOrganisationNotice /> : null}
      {error ? <ErrorState error={error} onRetry={reload} /> : null}
      {isLoading && !data ? <Loading /> : null}
      {data ? (
        <>
          {data.embeddedSize ? <EmbeddedSizeAlert notice={data.embeddedSize} /> : null}
          <p className="font-lead">{t(`intro.${data.audience}`)}</p>
          {data.organisation ? (
            <p>
              <Link to={`/organisationer/${data.organisation.id}`}>{t("ownOrganisation")}</Link>
            </p>
          ) : null}
          {data.figures.length > 0 ? (
            <section aria-labelledby="home-summary">
              <h2 className="h3" id="home-summary">
                {t("summary")}
              </h2>
              <ul className="nobullet-list home-figures">
                {data.figures.map((figure) => (
                  <li key={figure.key}>
                    <Link to={figure.href}>
                      <span className="home-figure-value">{figure.value}</span> {t(`figures.${figure.key}`)}
                    </Link>
                  </li>
                ))}
              </ul>
              <p>
                <Link className="button button-primary" to="/program">
                  {t("dashboard")}
                </Link>
              </p>
            </section>
          ) : null}
          {data.audience === "agent" ? (
            <p>
              <Link className="button button-primary" to="/kontaktlog/ny">
                {t("logContact")}
              </Link>
            </p>
          ) : null}
          <div className="home-sections">
            {data.sections.map((section) => (
              <Section key={section.key} section={section} />
            ))}
          </div>
        </>
      ) : null}
    </>
  );
}
