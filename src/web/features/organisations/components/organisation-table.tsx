import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { OrganisationSummary } from "../../../../domain/organisation.js";

export function OrganisationTable({ items }: { items: readonly OrganisationSummary[] }) {
  const { t } = useTranslation(["translation", "organisations"]);
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="results-heading">
      <table className="table table--zebra organisation-table">
        <caption className="sr-only">{t("organisations:organisations.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("organisations:organisation.name")}</th>
            <th scope="col">{t("organisations:organisation.kind")}</th>
            <th scope="col">{t("organisations:organisation.cvr")}</th>
            <th scope="col">{t("organisations:organisation.municipality")}</th>
            <th scope="col">{t("organisations:organisation.region")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/organisationer/${item.id}`}>{item.name}</Link>
                {item.isSme ? (
                  <>
                    {" "}
                    <span className="badge badge-info">{t("organisations:organisation.smeBadge")}</span>
                  </>
                ) : null}
                {item.archived ? (
                  <>
                    {" "}
                    <span className="badge badge-warning">{t("organisations:organisation.archivedBadge")}</span>
                  </>
                ) : null}
              </td>
              <td>{t(`kinds.${item.kind}`)}</td>
              <td>{item.cvr ?? <span className="sr-only">{t("common.none")}</span>}</td>
              <td>{item.municipalityName ?? ""}</td>
              <td>{item.regionName ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
