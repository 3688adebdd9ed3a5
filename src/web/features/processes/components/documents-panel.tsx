import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../../components/alert.js";
import { formatDateTime } from "../../../components/format.js";
import { Icon } from "../../../components/icon.js";
import { currentLanguage } from "../../../i18n/i18n.js";
import { formatBytes, typeLabel } from "../model/files.js";
import type { ProcessDetail } from "../../../../domain/process/views.js";
import { DocumentUploadForm } from "./document-upload-form.js";

/** The process's documents: upload (with a confidentiality choice for company material), list and download. */
export function DocumentsPanel({ process, onChanged }: { process: ProcessDetail; onChanged: () => void }) {
  const { t } = useTranslation("processes");
  const language = currentLanguage();
  const [notice, setNotice] = useState("");
  return (
    <>
      <p>{t("documents.intro")}</p>
      {process.documents.length === 0 ? (
        <div className="empty-state">
          <p>{t("documents.empty")}</p>
        </div>
      ) : (
        <div className="process-table-wrap">
          <table className="table table--zebra table--responsive-headers document-table">
            <caption className="sr-only">{t("documents.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("documents.colName")}</th>
                <th scope="col">{t("documents.colType")}</th>
                <th scope="col">{t("documents.colSize")}</th>
                <th scope="col">{t("documents.colUploaded")}</th>
                <th scope="col">{t("documents.colAccess")}</th>
              </tr>
            </thead>
            <tbody>
              {process.documents.map((document) => (
                <tr key={document.id}>
                  <td data-title={t("documents.colName")}>
                    <a
                      href={`/api/processes/${process.id}/documents/${document.id}`}
                      download={document.filename}
                      className="document-link"
                    >
                      <Icon name="download" />
                      {document.filename}
                    </a>
                  </td>
                  <td data-title={t("documents.colType")}>{typeLabel(document.contentType)}</td>
                  <td className="nowrap" data-title={t("documents.colSize")}>
                    {formatBytes(document.sizeBytes, language)}
                  </td>
                  <td data-title={t("documents.colUploaded")}>
                    {document.uploadedBy ?? t("documents.unknownUploader")}
                    <br />
                    <span className="text-muted">{formatDateTime(document.uploadedAt, language)}</span>
                  </td>
                  <td data-title={t("documents.colAccess")}>
                    {document.confidentialFor ? (
                      <span className="badge badge-warning">
                        <Icon name="lock" />
                        {t("documents.confidentialFor", { name: document.confidentialForName ?? "" })}
                      </span>
                    ) : (
                      t("documents.allParticipants")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div role="status">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      <DocumentUploadForm
        process={process}
        onUploaded={(text) => {
          setNotice(text);
          onChanged();
        }}
      />
    </>
  );
}
