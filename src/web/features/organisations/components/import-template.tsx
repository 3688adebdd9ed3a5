import { useTranslation } from "react-i18next";
import { BAND_LABELS, CARE_AREA_LABELS, KIND_LABELS, allowedLabels } from "../../../../domain/organisation-labels.js";
import { TRANSFER_COLUMNS } from "../../../../domain/organisation-transfer.js";
import { Icon } from "../../../components/icon.js";

/** An empty CSV with the import's column headers (semicolon-separated, UTF-8 with BOM, as Excel likes). */
export function templateHref(): string {
  const header = TRANSFER_COLUMNS.map((column) => column.header).join(";");
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${header}\r\n`)}`;
}

/** The template download and what each column may contain. */
export function ImportTemplate() {
  const { t, i18n } = useTranslation(["translation", "organisations"]);
  const language = i18n.language === "en" ? "en" : "da";
  const examples: Record<string, string> = {
    kind: allowedLabels(KIND_LABELS, language),
    employeeBand: allowedLabels(BAND_LABELS, language),
    careAreas: allowedLabels(CARE_AREA_LABELS, language),
  };
  return (
    <section aria-labelledby="template-heading" className="import-template">
      <h2 id="template-heading" className="h3">
        {t("organisations:import.templateHeading")}
      </h2>
      <p>{t("organisations:import.templateText")}</p>
      <p>
        <a className="button button-secondary" href={templateHref()} download="samspil-import-skabelon.csv">
          <Icon name="download" />
          {t("organisations:import.templateDownload")}
        </a>
      </p>
      <details className="details">
        <summary className="details-summary">{t("organisations:import.columnsHeading")}</summary>
        <div className="details-text">
          <table className="table table--compact">
            <caption className="sr-only">{t("organisations:import.columnsHeading")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("organisations:import.column")}</th>
                <th scope="col">{t("organisations:import.columnContent")}</th>
              </tr>
            </thead>
            <tbody>
              {TRANSFER_COLUMNS.map((column) => (
                <tr key={column.key}>
                  <th scope="row">{column.header}</th>
                  <td>
                    {t(`organisations:import.columns.${column.key}`)}
                    {examples[column.key] ? (
                      <>
                        <br />
                        <code>{examples[column.key]}</code>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
