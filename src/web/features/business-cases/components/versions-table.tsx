import { useTranslation } from "react-i18next";
import type { BusinessCaseVersion } from "../../../../domain/business-case/views.js";
import { formatDateTime } from "../../../components/format.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/** The saved versions, newest first. */
export function VersionsTable({ versions }: { versions: readonly BusinessCaseVersion[] }) {
  const { t } = useTranslation("businessCases");
  const language = currentLanguage();
  if (versions.length === 0) {
    return <p className="empty-state">{t("versions.none")}</p>;
  }
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="versions-heading">
      <table className="table table--zebra bc-versions-table">
        <caption className="sr-only">{t("versions.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("versions.number")}</th>
            <th scope="col">{t("versions.comment")}</th>
            <th scope="col">{t("versions.by")}</th>
            <th scope="col">{t("versions.at")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.number}>
              <th scope="row">{version.number}</th>
              <td>{version.comment}</td>
              <td>{version.createdBy?.name ?? t("versions.unknownUser")}</td>
              <td className="nowrap">{formatDateTime(version.createdAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
