import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useMe } from "../auth/auth-context.js";
import { isStaff } from "../auth/permissions.js";
import { PageHeading } from "../components/page-heading.js";

/** One card on the home page: a heading, a sentence and the link to go there. */
function HomeCard({
  id,
  title,
  text,
  to,
  link,
  isPrimary = false,
}: {
  id: string;
  title: string;
  text: string;
  to: string;
  link: string;
  isPrimary?: boolean;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <div className="card-content">
        <h2 className="h3 card-heading" id={id}>
          {title}
        </h2>
        <p>{text}</p>
        <Link to={to} className={isPrimary ? "button button-primary" : "button button-secondary"}>
          {link}
        </Link>
      </div>
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const firstName = me.name.split(" ")[0];
  return (
    <>
      <PageHeading title={t("home.title")}>{t("home.welcome", { name: firstName })}</PageHeading>
      <p className="font-lead">{t("home.intro")}</p>
      <div className="home-cards">
        <HomeCard
          id="home-organisations"
          title={t("home.organisationsTitle")}
          text={t("home.organisationsText")}
          to="/organisationer"
          link={t("home.organisationsLink")}
          isPrimary
        />
        {me.organisationId ? (
          <HomeCard
            id="home-own"
            title={t("home.ownTitle")}
            text={t("home.ownText", { name: me.organisationName ?? "" })}
            to={`/organisationer/${me.organisationId}`}
            link={t("home.ownLink")}
          />
        ) : null}
        {isStaff(me) ? (
          <HomeCard
            id="home-import"
            title={t("home.importTitle")}
            text={t("home.importText")}
            to="/organisationer/import"
            link={t("home.importLink")}
          />
        ) : null}
        {me.role === "admin" ? (
          <HomeCard
            id="home-admin"
            title={t("home.adminTitle")}
            text={t("home.adminText")}
            to="/admin/brugere"
            link={t("home.adminLink")}
          />
        ) : null}
      </div>
    </>
  );
}
