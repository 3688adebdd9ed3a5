import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { PARENT_KINDS, type Organisation } from "../../../../domain/organisation.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { careAreaLabel } from "../../../components/care-area-label.js";

/** Units, industry codes, care areas, competences and contact persons. */
export function OrganisationLists({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation(["translation", "organisations"]);
  const language = currentLanguage();
  const empty = <p className="text-muted">{t("common.noneRegistered")}</p>;
  return (
    <div className="organisation-lists">
      {organisation.units.length > 0 || PARENT_KINDS.includes(organisation.kind) ? (
        <section aria-labelledby="units-heading">
          <h2 className="h3" id="units-heading">
            {t("organisations:organisation.units")}
          </h2>
          {organisation.units.length > 0 ? (
            <ul>
              {organisation.units.map((unit) => (
                <li key={unit.id}>
                  <Link to={`/organisationer/${unit.id}`}>{unit.name}</Link>
                </li>
              ))}
            </ul>
          ) : (
            empty
          )}
        </section>
      ) : null}
      <section aria-labelledby="db07-heading">
        <h2 className="h3" id="db07-heading">
          {t("organisations:organisation.db07")}
        </h2>
        {organisation.db07.length > 0 ? (
          <ul>
            {organisation.db07.map((code) => (
              <li key={code.code}>
                <strong>{code.code}</strong> {code.title}
              </li>
            ))}
          </ul>
        ) : (
          empty
        )}
      </section>
      <section aria-labelledby="care-heading">
        <h2 className="h3" id="care-heading">
          {t("organisations:organisation.careAreas")}
        </h2>
        {organisation.careAreas.length > 0 ? (
          <ul className="tag-list">
            {organisation.careAreas.map((area) => (
              <li key={area}>
                <span className="badge">{careAreaLabel(t, area)}</span>
              </li>
            ))}
          </ul>
        ) : (
          empty
        )}
      </section>
      <section aria-labelledby="competences-heading">
        <h2 className="h3" id="competences-heading">
          {t("organisations:organisation.competences")}
        </h2>
        {organisation.competences.length > 0 ? (
          <ul className="tag-list">
            {organisation.competences.map((competence) => (
              <li key={competence.id}>
                <span className="badge badge-success">{language === "da" ? competence.nameDa : competence.nameEn}</span>
              </li>
            ))}
          </ul>
        ) : (
          empty
        )}
      </section>
      <section aria-labelledby="contacts-heading">
        <h2 className="h3" id="contacts-heading">
          {t("organisations:organisation.contactPersons")}
        </h2>
        {organisation.contactPersons.length > 0 ? (
          // A phone scrolls the table in its own box (focusable, named by the heading), not the whole page.
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="contacts-heading">
            <table className="table table--compact">
              <caption className="sr-only">{t("organisations:organisation.contactPersons")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("organisations:contact.name")}</th>
                  <th scope="col">{t("organisations:contact.title")}</th>
                  <th scope="col">{t("organisations:contact.email")}</th>
                  <th scope="col">{t("organisations:contact.phone")}</th>
                </tr>
              </thead>
              <tbody>
                {organisation.contactPersons.map((person, index) => (
                  <tr key={`${person.name}-${index}`}>
                    <td>{person.name}</td>
                    <td>{person.title}</td>
                    <td>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : null}</td>
                    <td>{person.phone}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          empty
        )}
      </section>
    </div>
  );
}
