import { useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, apiRequest } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { describedBy } from "../../../forms/field-id.js";
import { FieldError, FieldHint } from "../../../forms/field-message.js";
import { ErrorSummary, type SummaryItem } from "../../../forms/error-summary.js";
import { TextareaField } from "../../../forms/textarea-field.js";
import { useSummaryFocus } from "../../../forms/use-summary-focus.js";
import type { BulkRespondentPreview, BulkRowError } from "../../../../domain/assessment/respondent-list.js";
import type { GroupRate } from "../../../../domain/assessment/views.js";
import { bulkRowId, listAsText } from "../model/bulk-list.js";
import { BulkPreviewTable } from "./bulk-preview-table.js";

type Source = "paste" | "file";
const TEXT_ID = "bulk-text";
const FILE_ID = "bulk-file";
const ACCEPT = ".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** «row37.group» from a refused invitation back into a row's problem. */
function rowErrorsOf(fields: Record<string, string>): BulkRowError[] {
  return Object.entries(fields).map(([path, message]) => {
    const match = /^row(\d+)\.(name|email|group)$/.exec(path);
    return match
      ? { row: Number(match[1]), field: match[2] as BulkRowError["field"], message }
      : { row: 0, field: "file", message };
  });
}

/**
 * Many respondents at once (issue 15, point 6): a pasted list or a CSV/XLSX file is read by the server
 * and shown row by row with each row's problems; everyone is invited, one mail each, only when no row
 * is wrong. The personal links travel only by mail and are never shown here.
 */
export function BulkRespondents({
  assessmentId,
  groups,
  onInvited,
}: {
  assessmentId: string;
  groups: readonly GroupRate[];
  onInvited: () => void;
}) {
  const { t } = useTranslation(["assessments", "translation"]);
  const [source, setSource] = useState<Source>("paste");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<BulkRespondentPreview | null>(null);
  const [inputError, setInputError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<"reading" | "inviting" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [summaryRef, focusSummary] = useSummaryFocus<HTMLDivElement>();
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const inputId = source === "paste" ? TEXT_ID : FILE_ID;
  const allowed = groups.map((group) => group.label).join(", ");
  const fieldLabel = (field: BulkRowError["field"]) => t(`bulk.fields.${field}`);

  // A changed list makes the preview stale: it must be read again before anyone is invited.
  const changed = () => {
    setPreview(null);
    setInputError(undefined);
    setProblem(undefined);
    setNotice(null);
  };

  const fail = (message: string) => {
    setInputError(message);
    focusSummary();
  };

  const read = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setNotice(null);
    if (source === "paste" && text.trim() === "") {
      fail(t("bulk.pasteMissing"));
      return;
    }
    if (source === "file" && !file) {
      fail(t("bulk.fileMissing"));
      return;
    }
    setBusy("reading");
    try {
      let result: BulkRespondentPreview;
      if (source === "paste") {
        result = await api.post<BulkRespondentPreview>(`/api/assessments/${assessmentId}/respondents/bulk/preview`, {
          text,
        });
      } else {
        const body = new FormData();
        body.append("file", file as File);
        result = await apiRequest<BulkRespondentPreview>(
          `/api/assessments/${assessmentId}/respondents/bulk/preview-file`,
          { method: "POST", body },
        );
      }
      setInputError(undefined);
      setPreview(result);
      if (result.errors.length > 0) {
        focusSummary();
      } else {
        requestAnimationFrame(() => previewHeading.current?.focus());
      }
    } catch (error) {
      const fields = error instanceof ApiError ? Object.values(error.fields) : [];
      fail(fields[0] ?? (error instanceof ApiError ? error.message : t("bulk.readFailed")));
    } finally {
      setBusy(null);
    }
  };

  const invite = async () => {
    if (!preview || preview.errors.length > 0 || preview.rows.length === 0) {
      return;
    }
    setBusy("inviting");
    setProblem(undefined);
    try {
      // A pasted list is sent as pasted (the server reads it again); a file as the rows it was read into.
      const body = { text: source === "paste" ? text : listAsText(preview.rows) };
      const result = await api.post<{ invited: number }>(`/api/assessments/${assessmentId}/respondents/bulk`, body);
      setPreview(null);
      setText("");
      setFile(null);
      if (fileInput.current) {
        fileInput.current.value = "";
      }
      setNotice(t("bulk.invited", { count: result.invited }));
      onInvited();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        const errors = rowErrorsOf(error.fields);
        const bad = new Set(errors.map((item) => item.row));
        setPreview({ rows: preview.rows.filter((row) => !bad.has(row.row)), errors });
      } else {
        setProblem(error instanceof ApiError ? error.message : t("translation:errors.saveFailed"));
      }
      focusSummary();
    } finally {
      setBusy(null);
    }
  };

  const items: SummaryItem[] = [
    ...(inputError ? [{ target: inputId, label: t(`bulk.${source}Label`), message: inputError }] : []),
    ...(preview?.errors ?? []).map((error) =>
      error.row > 0
        ? {
            target: bulkRowId(error.row),
            label: t("bulk.rowField", { row: error.row, field: fieldLabel(error.field) }),
            message: error.message,
          }
        : { target: inputId, label: t(`bulk.${source}Label`), message: error.message },
    ),
  ];
  const count = preview?.rows.length ?? 0;
  const canInvite = preview !== null && preview.errors.length === 0 && count > 0;

  return (
    <section className="bulk-respondents mt-7" aria-labelledby="bulk-heading">
      <h3 id="bulk-heading">{t("bulk.heading")}</h3>
      <p>{t("bulk.intro")}</p>
      <div aria-live="polite">
        {notice ? (
          <Alert variant="success">
            <p>{notice}</p>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary ref={summaryRef} items={items} message={problem} />
      <form onSubmit={(event) => void read(event)} noValidate>
        <div className="form-group">
          <fieldset>
            <legend className="form-label">{t("bulk.source")}</legend>
            {(["paste", "file"] as const).map((option) => (
              <div className="form-group-radio" key={option}>
                <input
                  type="radio"
                  className="form-radio"
                  id={`bulk-source-${option}`}
                  name="bulk-source"
                  value={option}
                  checked={source === option}
                  onChange={() => {
                    setSource(option);
                    changed();
                  }}
                />
                <label className="form-label" htmlFor={`bulk-source-${option}`}>
                  {t(`bulk.source_${option}`)}
                </label>
              </div>
            ))}
          </fieldset>
        </div>
        {source === "paste" ? (
          <TextareaField
            id={TEXT_ID}
            label={t("bulk.pasteLabel")}
            hint={t("bulk.pasteHint", { groups: allowed })}
            value={text}
            onChange={(value) => {
              setText(value);
              changed();
            }}
            error={inputError}
            rows={6}
            maxLength={200_000}
          />
        ) : (
          <div className={inputError ? "form-group form-error" : "form-group"}>
            <label className="form-label" htmlFor={FILE_ID}>
              {t("bulk.fileLabel")}
            </label>
            <FieldHint id={`${FILE_ID}-hint`} hint={t("bulk.fileHint", { groups: allowed })} />
            <FieldError id={`${FILE_ID}-error`} message={inputError} />
            <input
              ref={fileInput}
              id={FILE_ID}
              type="file"
              className="form-file-input"
              accept={ACCEPT}
              aria-invalid={inputError ? true : undefined}
              aria-describedby={describedBy(`${FILE_ID}-hint`, inputError && `${FILE_ID}-error`)}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                changed();
              }}
            />
          </div>
        )}
        <button
          type="submit"
          className="button button-secondary mt-5"
          disabled={busy !== null}
          aria-busy={busy === "reading" || undefined}
        >
          {busy === "reading" ? t("bulk.reading") : t("bulk.read")}
        </button>
      </form>

      {preview && (preview.rows.length > 0 || preview.errors.some((error) => error.row > 0)) ? (
        <div className="bulk-preview mt-6">
          <h4 id="bulk-preview-heading" ref={previewHeading} tabIndex={-1}>
            {preview.errors.length > 0
              ? t("bulk.previewWithErrors", { count: new Set(preview.errors.map((error) => error.row)).size })
              : t("bulk.previewReady", { count })}
          </h4>
          <BulkPreviewTable
            preview={preview}
            groups={groups}
            fieldLabel={fieldLabel}
            lineOf={source === "paste" ? (row) => text.split(/\r\n|\r|\n/)[row - 1]?.trim() : undefined}
          />
          {canInvite ? (
            <button
              type="button"
              className="button button-primary mt-5"
              disabled={busy !== null}
              aria-busy={busy === "inviting" || undefined}
              onClick={() => void invite()}
            >
              {busy === "inviting" ? t("bulk.inviting") : t("bulk.invite", { count })}
            </button>
          ) : (
            <p className="mt-5">{t("bulk.fixFirst")}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
