import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { useMe } from "../auth/auth-context.js";
import { isStaff } from "../auth/permissions.js";
import { PageHeading } from "../components/page-heading.js";

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const firstName = me.name.split(" ")[0];
  return (
    <>
      <PageHeading title={t("home.title")}>{t("home.welcome", { name: firstName })}</PageHeading>
      <p className="font-lead">{t("home.intro")}</p>
      <div className="home-cards">
        <section className="card" aria-labelledby="home-organisations">
          <div className="card-content">
            <h2 className="h3 card-heading" id="home-organisations">
              {t("home.organisationsTitle")}
            </h2>
            <p>{t("home.organisationsText")}</p>
            <Link to="/organisationer" className="button button-primary">
              {t("home.organisationsLink")}
            </Link>
          </div>
        </section>
        {me.organisationId ? (
          <section className="card" aria-labelledby="home-own">
            <div className="card-content">
              <h2 className="h3 card-heading" id="home-own">
                {t("home.ownTitle")}
              </h2>
              <p>{t("home.ownText", { name: me.organisationName ?? "" })}</p>
              <Link to={`/organisationer/${me.organisationId}`} className="button button-secondary">
                {t("home.ownLink")}
              </Link>
            </div>
          </section>
        ) : null}
        {isStaff(me) ? (
          <section className="card" aria-labelledby="home-import">
            <div className="card-content">
              <h2 className="h3 card-heading" id="home-import">
                {t("home.importTitle")}
              </h2>
              <p>{t("home.importText")}</p>
              <Link to="/organisationer/import" className="button button-secondary">
                {t("home.importLink")}
              </Link>
            </div>
          </section>
        ) : null}
        {me.role === "admin" ? (
          <section className="card" aria-labelledby="home-admin">
            <div className="card-content">
              <h2 className="h3 card-heading" id="home-admin">
                {t("home.adminTitle")}
              </h2>
              <p>{t("home.adminText")}</p>
              <Link to="/admin/brugere" className="button button-secondary">
                {t("home.adminLink")}
              </Link>
            </div>
          </section>
        ) : null}
      </div>
    </>
  );
}
