import { useTranslation } from "react-i18next";
import type { DisclosureContextKind } from "../../../../domain/disclosures/schemas.js";
import type { DisclosureList } from "../../../../domain/disclosures/views.js";
import { formatDate } from "../../../components/format.js";
import { Icon } from "../../../components/icon.js";
import { currentLanguage } from "../../../i18n/i18n.js";

/** The records, oldest first; the context column only where a page gathers several (a need, a process). */
export function DisclosureTable({
  list,
  kind,
  contextId,
}: {
  list: DisclosureList;
  kind: DisclosureContextKind;
  contextId: string;
}) {
  const { t } = useTranslation("disclosures");
  const language = currentLanguage();
  if (list.items.length === 0) {
    return (
      <div className="empty-state">
        <p>{t("empty")}</p>
      </div>
    );
  }
  const showContext = list.items.some((item) => item.context.kind !== kind || item.context.id !== contextId);
  return (
    <div className="process-table-wrap">
      <table className="table table--zebra table--responsive-headers disclosure-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colGiven")}</th>
            <th scope="col">{t("colWhat")}</th>
            <th scope="col">{t("colGiver")}</th>
            <th scope="col">{t("colRecipients")}</th>
            {showContext ? <th scope="col">{t("colContext")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {list.items.map((item) => (
            <tr key={item.id}>
              <td className="nowrap" data-title={t("colGiven")}>
                {formatDate(item.givenAt, language)}
              </td>
              <td data-title={t("colWhat")}>
                <span className="weight-semibold">{item.title}</span>
                {item.confidential ? (
                  <>
                    {" "}
                    <span className="badge badge-warning">
                      <Icon name="lock" />
                      {t("confidential")}
                    </span>
                  </>
                ) : null}
                {item.description ? <p className="mt-2 mb-0">{item.description}</p> : null}
                {item.file ? (
                  <p className="mt-2 mb-0">
                    <a
                      href={`/api/disclosures/${kind}/${contextId}/${item.id}/file`}
                      download={item.file.filename}
                      className="document-link"
                    >
                      <Icon name="download" />
                      {t("download", { name: item.file.filename })}
                    </a>
                  </p>
                ) : null}
                {item.source !== "manual" ? <p className="form-hint mt-2 mb-0">{t("automatic")}</p> : null}
              </td>
              <td data-title={t("colGiver")}>{item.publicOrganisation.name}</td>
              <td data-title={t("colRecipients")}>{item.recipients.map((r) => r.name).join(", ")}</td>
              {showContext ? (
                <td data-title={t("colContext")}>
                  {t(`kinds.${item.context.kind}`)}: {item.context.title}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
