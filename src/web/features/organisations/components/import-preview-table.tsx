import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TRANSFER_COLUMNS } from "../../../../domain/organisation-transfer.js";
import type { ImportPreviewRow } from "../../../../domain/organisation-views.js";

const SHOWN_ROWS = 500;

function columnHeader(key: string): string {
  return TRANSFER_COLUMNS.find((column) => column.key === key)?.header ?? key;
}

/** One line per row of the file: what will happen to it, and why not when it has errors. */
export function ImportPreviewTable({ rows }: { rows: readonly ImportPreviewRow[] }) {
  const { t } = useTranslation(["translation", "organisations"]);
  const hasErrors = rows.some((row) => row.action === "error");
  const [isOnlyErrors, setIsOnlyErrors] = useState(false);
  const visible = (isOnlyErrors ? rows.filter((row) => row.action === "error") : rows).slice(0, SHOWN_ROWS);
  return (
    <>
      {hasErrors ? (
        <div className="form-group-checkbox mb-4">
          <input
            id="only-errors"
            type="checkbox"
            className="form-checkbox"
            checked={isOnlyErrors}
            onChange={(event) => setIsOnlyErrors(event.target.checked)}
          />
          <label htmlFor="only-errors" className="form-label">
            {t("organisations:import.onlyErrors")}
          </label>
        </div>
      ) : null}
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="preview-heading">
        <table className="table table--compact import-preview">
          <caption className="sr-only">{t("organisations:import.previewCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("organisations:import.row")}</th>
              <th scope="col">{t("organisations:organisation.name")}</th>
              <th scope="col">{t("organisations:import.action")}</th>
              <th scope="col">{t("organisations:import.errors")}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.row} className={row.action === "error" ? "row-error" : undefined}>
                <td>{row.row}</td>
                <td>{row.name || <span className="text-muted">{t("organisations:import.noName")}</span>}</td>
                <td>
                  <span
                    className={
                      "badge " +
                      (row.action === "error"
                        ? "badge-error"
                        : row.action === "update"
                          ? "badge-info"
                          : "badge-success")
                    }
                  >
                    {t(`organisations:import.actions.${row.action}`)}
                  </span>
                </td>
                <td>
                  {row.errors ? (
                    <ul className="nobullet-list import-errors">
                      {Object.entries(row.errors).map(([field, message]) => (
                        <li key={field}>
                          <strong>{columnHeader(field)}:</strong> {message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN_ROWS && !isOnlyErrors ? (
        <p className="form-hint">{t("organisations:import.truncated", { shown: SHOWN_ROWS, total: rows.length })}</p>
      ) : null}
    </>
  );
}
