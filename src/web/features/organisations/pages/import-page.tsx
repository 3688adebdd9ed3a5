import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { ApiError, api, apiRequest } from "../../../api/client.js";
import { Alert } from "../../../components/alert.js";
import { BackLink } from "../../../components/back-link.js";
import { Icon } from "../../../components/icon.js";
import type { ImportJob, ImportPreview } from "../../../../domain/organisation-views.js";
import { ImportPreviewTable } from "../components/import-preview-table.js";
import { ImportTemplate } from "../components/import-template.js";
import { PageHeading } from "../../../components/page-heading.js";
import { ErrorSummary } from "../../../forms/error-summary.js";
import { describedBy } from "../../../forms/field-id.js";
import { FieldError } from "../../../forms/field-message.js";

const POLL_MS = 400;

function upload<T>(path: string, file: File): Promise<T> {
  const body = new FormData();
  body.append("file", file);
  return apiRequest<T>(path, { method: "POST", body });
}

/** Follows a running check or import until it ends, as the server answers both right after parsing the file. */
function useFollowJob(job: ImportJob | null, setJob: (job: ImportJob) => void, onPollFailed: () => void) {
  useEffect(() => {
    if (!job || job.status !== "running") {
      return;
    }
    const timer = window.setTimeout(() => {
      api.get<ImportJob>(`/api/organisations/import/${job.id}`).then(setJob, onPollFailed);
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [job, setJob, onPollFailed]);
}

/** Rows checked of all rows, then (an import) rows saved of the valid rows. */
function JobProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation("organisations");
  const label = job.phase === "checking" ? "import.progressChecking" : "import.progressWriting";
  return (
    <div className="import-progress">
      <label htmlFor="import-progress">{t(label, { processed: job.processed, total: job.total })}</label>
      <progress id="import-progress" max={Math.max(job.total, 1)} value={job.processed} />
    </div>
  );
}

export function ImportPage() {
  const { t } = useTranslation(["translation", "organisations"]);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [checkJob, setCheckJob] = useState<ImportJob | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const summary = useRef<HTMLDivElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const onPollFailed = useCallback(() => setFailure(t("organisations:import.pollFailed")), [t]);
  useFollowJob(job, setJob, onPollFailed);
  useFollowJob(checkJob, setCheckJob, onPollFailed);

  useEffect(() => {
    if (!checkJob || checkJob.status === "running") {
      return;
    }
    if (checkJob.status === "done" && checkJob.preview) {
      setPreview(checkJob.preview);
      window.requestAnimationFrame(() => previewHeading.current?.focus());
    } else {
      setFailure(checkJob.message ?? t("organisations:import.checkFailed"));
      window.requestAnimationFrame(() => summary.current?.focus());
    }
    setCheckJob(null);
  }, [checkJob, t]);

  useEffect(() => {
    if (job && job.status !== "running") {
      resultHeading.current?.focus();
    }
  }, [job]);

  const reportError = (error: unknown) => {
    if (error instanceof ApiError && error.fields.file) {
      setFileError(error.fields.file);
    } else {
      setFailure(error instanceof ApiError && error.status < 500 ? error.message : t("errors.server"));
    }
    window.requestAnimationFrame(() => summary.current?.focus());
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setFileError(undefined);
    setFailure(undefined);
    setPreview(null);
    setCheckJob(null);
    setJob(null);
    if (!file) {
      setFileError(t("organisations:import.chooseFileFirst"));
      window.requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setIsBusy(true);
    try {
      setCheckJob(await upload<ImportJob>("/api/organisations/import/preview", file));
    } catch (error) {
      reportError(error);
    } finally {
      setIsBusy(false);
    }
  };

  const runImport = async () => {
    if (!file) {
      return;
    }
    setIsBusy(true);
    setFailure(undefined);
    try {
      setJob(await upload<ImportJob>("/api/organisations/import", file));
    } catch (error) {
      reportError(error);
    } finally {
      setIsBusy(false);
    }
  };

  const startOver = () => {
    setFile(null);
    setPreview(null);
    setCheckJob(null);
    setJob(null);
    setFailure(undefined);
    window.requestAnimationFrame(() => document.getElementById("import-file")?.focus());
  };

  const validCount = preview ? preview.create + preview.update : 0;

  return (
    <>
      <BackLink to="/organisationer" label={t("organisations:organisation.backToList")} />
      <PageHeading title={t("organisations:import.title")} />
      <p className="font-lead">{t("organisations:import.intro")}</p>
      <Alert variant="info" heading={t("organisations:import.rulesHeading")}>
        <ul>
          <li>{t("organisations:import.ruleTransaction")}</li>
          <li>{t("organisations:import.ruleErrors")}</li>
          <li>{t("organisations:import.ruleCvr")}</li>
        </ul>
      </Alert>

      <ErrorSummary
        ref={summary}
        items={fileError ? [{ target: "import-file", label: t("organisations:import.file"), message: fileError }] : []}
        message={failure}
      />

      {!job ? (
        <form onSubmit={(event) => void check(event)} noValidate className="import-form">
          <div className={fileError ? "form-group form-error" : "form-group"}>
            <label className="form-label" htmlFor="import-file">
              {t("organisations:import.file")}
            </label>
            <span className="form-hint" id="import-file-hint">
              {t("organisations:import.fileHint")}
            </span>
            <FieldError id="import-file-error" message={fileError} />
            <input
              id="import-file"
              type="file"
              className="form-file-input"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={describedBy("import-file-hint", fileError && "import-file-error")}
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setPreview(null);
              }}
            />
          </div>
          <button
            type="submit"
            className="button button-secondary mt-5"
            disabled={isBusy || checkJob !== null}
            aria-busy={isBusy || checkJob !== null || undefined}
          >
            <Icon name="checklist" />
            {t("organisations:import.check")}
          </button>
          {checkJob ? (
            <div className="mt-5">
              <JobProgress job={checkJob} />
            </div>
          ) : null}
        </form>
      ) : null}

      {preview && !job ? (
        <section aria-labelledby="preview-heading" className="import-preview-section">
          <h2 id="preview-heading" ref={previewHeading} tabIndex={-1}>
            {t("organisations:import.previewHeading", { file: file?.name ?? "" })}
          </h2>
          <ul className="import-counts nobullet-list">
            <li>
              <strong>{preview.total}</strong> {t("organisations:import.countTotal")}
            </li>
            <li>
              <strong>{preview.create}</strong> {t("organisations:import.countCreate")}
            </li>
            <li>
              <strong>{preview.update}</strong> {t("organisations:import.countUpdate")}
            </li>
            <li>
              <strong>{preview.invalid}</strong> {t("organisations:import.countInvalid")}
            </li>
          </ul>
          <ImportPreviewTable rows={preview.rows} />
          <div className="button-group mt-5">
            <button
              type="button"
              className="button button-primary"
              onClick={() => void runImport()}
              disabled={validCount === 0 || isBusy}
            >
              <Icon name="upload" />
              {t("organisations:import.run", { count: validCount })}
            </button>
            <button type="button" className="button button-secondary" onClick={startOver}>
              {t("organisations:import.chooseAnother")}
            </button>
          </div>
          {validCount === 0 ? <p className="form-hint">{t("organisations:import.nothingValid")}</p> : null}
        </section>
      ) : null}

      {job ? (
        <section aria-labelledby="result-heading" className="import-result">
          <h2 id="result-heading" ref={resultHeading} tabIndex={-1}>
            {job.status === "running"
              ? t("organisations:import.running")
              : job.status === "done"
                ? t("organisations:import.doneHeading")
                : t("organisations:import.failedHeading")}
          </h2>
          {job.status === "running" ? <JobProgress job={job} /> : null}
          {job.status === "done" ? (
            <Alert variant="success" heading={t("organisations:import.doneText")} live>
              <ul>
                <li>{t("organisations:import.created", { count: job.created })}</li>
                <li>{t("organisations:import.updated", { count: job.updated })}</li>
                <li>{t("organisations:import.skipped", { count: job.skipped })}</li>
              </ul>
            </Alert>
          ) : null}
          {job.status === "failed" ? (
            <Alert variant="error" heading={t("organisations:import.failedText")} live>
              <p>{job.message}</p>
            </Alert>
          ) : null}
          {job.status !== "running" ? (
            <div className="button-group mt-5">
              <Link to="/organisationer" className="button button-primary">
                {t("organisations:import.toList")}
              </Link>
              <button type="button" className="button button-secondary" onClick={startOver}>
                {t("organisations:import.another")}
              </button>
            </div>
          ) : null}
        </section>
      ) : null}

      <ImportTemplate />
    </>
  );
}
