import { useTranslation } from "react-i18next";
import type { BulkRespondentPreview, BulkRowError } from "../../../../domain/assessment/respondent-list.js";
import type { GroupRate } from "../../../../domain/assessment/views.js";
import { bulkRowId, previewLines } from "../model/bulk-list.js";

/** The list as the server read it: each person with row number and group, each wrong row with its problems. */
export function BulkPreviewTable({
  preview,
  groups,
  fieldLabel,
  lineOf,
}: {
  preview: BulkRespondentPreview;
  groups: readonly GroupRate[];
  fieldLabel: (field: BulkRowError["field"]) => string;
  /** A pasted list's line as written, so a wrong row can be recognised (a file's cells are not sent back). */
  lineOf?: (row: number) => string | undefined;
}) {
  const { t } = useTranslation("assessments");
  const { lines } = previewLines(preview);
  const groupLabel = (key: string) => groups.find((group) => group.audience === key)?.label ?? key;
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="bulk-preview-heading">
      <table className="table table--zebra bulk-preview-table">
        <caption className="sr-only">{t("bulk.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("bulk.row")}</th>
            <th scope="col">{t("bulk.nameAndEmail")}</th>
            <th scope="col">{t("bulk.fields.group")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr
              key={line.row}
              id={bulkRowId(line.row)}
              tabIndex={-1}
              className={line.problems.length > 0 ? "bulk-row-error" : undefined}
            >
              <th scope="row" className="weight-normal nowrap">
                {line.row}
              </th>
              {line.person ? (
                <>
                  <td>
                    {line.person.name}
                    <span className="table-subtext bulk-email">{line.person.email}</span>
                  </td>
                  <td>{groupLabel(line.person.audience)}</td>
                </>
              ) : (
                <td colSpan={2}>
                  {lineOf?.(line.row) ? <span className="bulk-line">{lineOf(line.row)}</span> : null}
                  <ul className="nobullet-list bulk-problems">
                    {line.problems.map((problem) => (
                      <li key={`${problem.field}-${problem.message}`}>
                        <span className="sr-only">{t("bulk.errorPrefix")} </span>
                        <strong>{fieldLabel(problem.field)}:</strong> {problem.message}
                      </li>
                    ))}
                  </ul>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
