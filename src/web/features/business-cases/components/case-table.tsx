import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import type { BusinessCaseSummary } from "../../../../domain/business-case/views.js";
import { formatDate } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { useFigures } from "../hooks/use-figures.js";

function SideBadge({ item }: { item: BusinessCaseSummary }) {
  const { t } = useTranslation("businessCases");
  if (!item.companyOrganisation) {
    return <span className="text-muted">{t("list.noCompany")}</span>;
  }
  return item.companySharedAt ? (
    <span className="badge badge-success">{t("list.shared")}</span>
  ) : (
    <span className="badge badge-info">{t("list.confidential")}</span>
  );
}

/** The cases the reader is a party to, with each side's net present value. */
export function CaseTable({ items }: { items: readonly BusinessCaseSummary[] }) {
  const { t } = useTranslation("businessCases");
  const figures = useFigures();
  const language = currentLanguage();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="results-heading">
      <table className="table table--zebra bc-case-table">
        <caption className="sr-only">{t("list.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("list.columns.title")}</th>
            <th scope="col">{t("list.columns.publicOrganisation")}</th>
            <th scope="col">{t("list.columns.company")}</th>
            <th scope="col">{t("list.columns.companySide")}</th>
            <th scope="col" className="bc-num">
              {t("list.columns.publicNpv")}
            </th>
            <th scope="col" className="bc-num">
              {t("list.columns.companyNpv")}
            </th>
            <th scope="col">{t("list.columns.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/business-cases/${item.id}`}>{item.title}</Link>
              </th>
              <td>{item.publicOrganisation.name}</td>
              <td>{item.companyOrganisation?.name ?? <span className="text-muted">{t("editor.none")}</span>}</td>
              <td>
                <SideBadge item={item} />
              </td>
              <td className="bc-num">{figures.kr(item.publicNpv)}</td>
              <td className="bc-num">
                {item.companyNpv !== null ? (
                  figures.kr(item.companyNpv)
                ) : item.companyOrganisation ? (
                  t("list.confidential")
                ) : (
                  <span className="text-muted">–</span>
                )}
              </td>
              <td className="nowrap">{formatDate(item.updatedAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
