import { useTranslation } from "react-i18next";
import { Icon } from "../../../components/icon.js";

/** The workbook with live formulas and the printable report, both built by the server from the saved draft. */
export function ExportLinks({ caseId }: { caseId: string }) {
  const { t } = useTranslation("businessCases");
  const { t: tc } = useTranslation();
  return (
    <div className="bc-export">
      <div className="button-group">
        <a className="button button-secondary" href={`/api/business-cases/${caseId}/export.xlsx`} download>
          <Icon name="file-excel" />
          {t("editor.export.xlsx")}
        </a>
        <a
          className="button button-secondary"
          href={`/api/business-cases/${caseId}/report`}
          target="_blank"
          rel="noopener"
        >
          <Icon name="print" />
          {t("editor.export.report")}
          <span className="sr-only"> ({tc("common.opensInNewWindow")})</span>
        </a>
      </div>
      <p className="form-hint">{t("editor.export.note")}</p>
    </div>
  );
}
