import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../../../domain/organisation.js";
import { FactTable, type Fact } from "../../../components/fact-table.js";

/** The organisation's single-valued fields as a DKFDS structured list. */
export function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation(["translation", "organisations"]);
  const none = <span className="text-muted">{t("common.notGiven")}</span>;
  const rows: Fact[] = [
    [t("organisations:organisation.kind"), t(`kinds.${organisation.kind}`)],
    [t("organisations:organisation.cvr"), organisation.cvr ?? none],
    [
      t("organisations:organisation.parent"),
      organisation.parentId ? (
        <Link to={`/organisationer/${organisation.parentId}`}>{organisation.parentName}</Link>
      ) : (
        none
      ),
    ],
    [t("organisations:organisation.municipality"), organisation.municipalityName ?? none],
    [t("organisations:organisation.region"), organisation.regionName ?? none],
    [t("organisations:organisation.address"), organisation.address || none],
    [
      t("organisations:organisation.website"),
      organisation.website ? (
        <a href={organisation.website} rel="noopener noreferrer" target="_blank">
          {organisation.website}
          <span className="sr-only"> ({t("common.opensInNewWindow")})</span>
        </a>
      ) : (
        none
      ),
    ],
    [
      t("organisations:organisation.employeeBand"),
      organisation.employeeBand ? t(`bands.${organisation.employeeBand}`) : none,
    ],
    [
      t("organisations:organisation.sme"),
      organisation.kind === "company"
        ? organisation.isSme
          ? t("common.yes")
          : t("common.no")
        : t("organisations:organisation.smeNotRelevant"),
    ],
  ];
  return (
    <>
      <h2 className="h3">{t("organisations:organisation.factsHeading")}</h2>
      <FactTable facts={rows} className="organisation-facts" />
      <h2 className="h3">{t("organisations:organisation.description")}</h2>
      {organisation.description ? (
        <p className="organisation-description">{organisation.description}</p>
      ) : (
        <p>{none}</p>
      )}
    </>
  );
}
