import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../domain/organisation.js";

/** The organisation's single-valued fields as a DKFDS structured list. */
export function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const none = <span className="text-muted">{t("common.notGiven")}</span>;
  const rows: [string, ReactNode][] = [
    [t("organisation.kind"), t(`kinds.${organisation.kind}`)],
    [t("organisation.cvr"), organisation.cvr ?? none],
    [
      t("organisation.parent"),
      organisation.parentId ? (
        <Link to={`/organisationer/${organisation.parentId}`}>{organisation.parentName}</Link>
      ) : (
        none
      ),
    ],
    [t("organisation.municipality"), organisation.municipalityName ?? none],
    [t("organisation.region"), organisation.regionName ?? none],
    [t("organisation.address"), organisation.address || none],
    [
      t("organisation.website"),
      organisation.website ? (
        <a href={organisation.website} rel="noopener noreferrer" target="_blank">
          {organisation.website}
          <span className="sr-only"> ({t("common.opensInNewWindow")})</span>
        </a>
      ) : (
        none
      ),
    ],
    [t("organisation.employeeBand"), organisation.employeeBand ? t(`bands.${organisation.employeeBand}`) : none],
    [
      t("organisation.sme"),
      organisation.kind === "company"
        ? organisation.isSme
          ? t("common.yes")
          : t("common.no")
        : t("organisation.smeNotRelevant"),
    ],
  ];
  return (
    <>
      <h2 className="h3">{t("organisation.factsHeading")}</h2>
      <table className="table table--borderless structured-list organisation-facts">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="h3">{t("organisation.description")}</h2>
      {organisation.description ? (
        <p className="organisation-description">{organisation.description}</p>
      ) : (
        <p>{none}</p>
      )}
    </>
  );
}
