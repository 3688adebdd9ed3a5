import type { ImportJob as ImportJobView, ImportPreview } from "../../../domain/organisation-views.js";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { inTransaction } from "../../db/transaction.js";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { CARE_AREAS, type CareArea } from "../../../domain/care-areas.js";
import {
  isSme,
  PARENT_KINDS,
  type OrganisationKind,
  type OrganisationCreate,
  type OrganisationPatch,
  type OrganisationQuery,
} from "../../../domain/organisation.js";
import {
  EXPORT_ONLY_COLUMNS,
  parseTransferRow,
  TRANSFER_COLUMNS,
  type RowResult,
} from "../../../domain/organisation-transfer.js";
import { BAND_LABELS, CARE_AREA_LABELS, KIND_LABELS } from "../../../domain/organisation-labels.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import type { ServiceContext } from "../../http/context.js";
import { HttpError } from "../../http/errors.js";
import { writeAuditMany } from "../audit/audit.service.js";
import {
  listAllOrganisationIds,
  listCompetencesOf,
  listOrganisationsByIds,
  vacuumOrganisations,
} from "./organisations.repo.js";
import { getOrganisations, insertCheckedOrganisations, updateOrganisation } from "./organisations.service.js";
import type { SheetRow } from "./transfer.parse.js";
import { listOrganisationCvrs, readTransferLookups } from "./transfer.repo.js";

/** A national data set is about 100,000 organisations (issue 16); the export streams, so this is a guard only. */
export const MAX_EXPORT_ROWS = 250_000;

/** Rows checked, or written, between two turns of the event loop / statements of an import. */
const YIELD_EVERY_ROWS = 200;
const INSERT_BATCH_ROWS = 250;

type CheckedRow = { rowNumber: number; name: string; present: SheetRow } & (
  | { action: "create" | "update"; input: Extract<RowResult, { ok: true }>["input"]; existingId?: string }
  | { action: "error"; errors: Record<string, string> }
);

async function loadLookups(db: Db) {
  const [competences, organisations, db07] = await readTransferLookups(db);
  const competenceIdByName = new Map<string, string>();
  for (const item of competences) {
    competenceIdByName.set(item.slug, item.id);
    competenceIdByName.set(item.name_da.toLowerCase(), item.id);
    competenceIdByName.set(item.name_en.toLowerCase(), item.id);
  }
  const organisationIdByCvr = new Map(
    organisations.filter((item) => item.cvr).map((item) => [item.cvr as string, item.id]),
  );
  const organisationIdByName = new Map(
    organisations.map((item) => [`${item.kind}:${item.name.toLowerCase()}`, item.id]),
  );
  const parents = organisations.filter((item) => PARENT_KINDS.includes(item.kind as OrganisationKind));
  const parentIdByName = new Map(parents.map((item) => [item.name.toLowerCase(), item.id]));
  const municipalityIdByCode = new Map(
    parents
      .filter((item) => item.kind === "municipality" && item.municipality_code)
      .map((item) => [item.municipality_code as string, item.id]),
  );
  return {
    competenceIdByName,
    organisationIdByCvr,
    organisationIdByName,
    parentIdByName,
    municipalityIdByCode,
    db07: new Set(db07.map((row) => row.code)),
  };
}

/**
 * Validates every row without writing: the schema, known industry codes, CVR repeated within the
 * file. A row whose CVR (or, without CVR, kind and name) is already registered becomes an update.
 */
async function checkImportRows(
  db: Db,
  rows: SheetRow[],
  language: Language,
  onProgress: (checked: number) => void,
): Promise<CheckedRow[]> {
  const lookups = await loadLookups(db);
  const seenCvr = new Map<string, number>();
  const checked: CheckedRow[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    if (index > 0 && index % YIELD_EVERY_ROWS === 0) {
      // 100,000 rows take seconds of schema checks: let other requests in between.
      onProgress(index);
      await yieldToEventLoop();
    }
    checked.push(checkRow(rows[index], index, lookups, seenCvr, language));
  }
  onProgress(rows.length);
  return checked;
}

function checkRow(
  record: SheetRow,
  index: number,
  lookups: Awaited<ReturnType<typeof loadLookups>>,
  seenCvr: Map<string, number>,
  language: Language,
): CheckedRow {
  const rowNumber = index + 2;
  const present = record;
  const name = record.name ?? "";
  const result = parseTransferRow(record, lookups, language);
  if (!result.ok) {
    return { rowNumber, name, present, action: "error", errors: result.errors };
  }
  const { input } = result;
  const unknownCode = input.db07Codes.find((code) => !lookups.db07.has(code));
  if (unknownCode) {
    return {
      rowNumber,
      name,
      present,
      action: "error",
      errors: { db07Codes: `${language === "da" ? "Ukendt branchekode" : "Unknown industry code"}: ${unknownCode}` },
    };
  }
  if (input.cvr) {
    const earlier = seenCvr.get(input.cvr);
    if (earlier) {
      const message = language === "da" ? `CVR står også i række ${earlier}` : `CVR also in row ${earlier}`;
      return { rowNumber, name, present, action: "error", errors: { cvr: message } };
    }
    seenCvr.set(input.cvr, rowNumber);
  }
  const existingId = input.cvr
    ? lookups.organisationIdByCvr.get(input.cvr)
    : lookups.organisationIdByName.get(`${input.kind}:${input.name.toLowerCase()}`);
  return existingId
    ? { rowNumber, name, present, action: "update", input, existingId }
    : { rowNumber, name, present, action: "create", input };
}

function summariseRows(rows: CheckedRow[]): ImportPreview {
  return {
    total: rows.length,
    create: rows.filter((row) => row.action === "create").length,
    update: rows.filter((row) => row.action === "update").length,
    invalid: rows.filter((row) => row.action === "error").length,
    rows: rows.slice(0, 2000).map((row) => ({
      row: row.rowNumber,
      name: row.name,
      action: row.action,
      errors: row.action === "error" ? row.errors : undefined,
    })),
  };
}

export interface ImportJob extends ImportJobView {
  ownerId: string;
  finishedAt?: number;
}

const jobs = new Map<string, ImportJob>();
const JOB_TTL_MS = 60 * 60 * 1000;

export function findImportJob(id: string): ImportJob | undefined {
  return jobs.get(id);
}

function forgetOldJobs(): void {
  for (const [id, job] of jobs) {
    if (job.finishedAt && Date.now() - job.finishedAt > JOB_TTL_MS) {
      jobs.delete(id);
    }
  }
}

/**
 * Starts checking a parsed file's rows in the background and answers at once with the job; the upload's request
 * then ends right after parsing (issue 16: checking 100,000 rows could outlast the HTTP request under load). A
 * preview job stops after the check with its summary; an import job then applies the valid rows in ONE
 * transaction (all of them or none), rows with errors skipped and reported. Progress is readable while it runs.
 */
export function startImport(ctx: ServiceContext, rows: SheetRow[], kind: ImportJob["kind"]): ImportJob {
  forgetOldJobs();
  const job: ImportJob = {
    id: randomUUID(),
    ownerId: ctx.actor.id,
    kind,
    status: "running",
    phase: "checking",
    total: rows.length,
    processed: 0,
    created: 0,
    updated: 0,
    skipped: 0,
  };
  jobs.set(job.id, job);
  const done = runImportJob(ctx, job, rows).then(
    () => {
      job.status = "done";
    },
    (error: unknown) => {
      ctx.log.error({ err: error, jobId: job.id }, `${kind} failed; rolled back`);
      job.status = "failed";
      job.created = 0;
      job.updated = 0;
      job.message =
        error instanceof HttpError
          ? error.message
          : kind === "import"
            ? "The import failed; nothing was saved"
            : "The check of the file failed";
    },
  );
  void done.finally(() => {
    job.finishedAt = Date.now();
  });
  return job;
}

async function runImportJob(ctx: ServiceContext, job: ImportJob, rows: SheetRow[]): Promise<void> {
  const checked = await checkImportRows(ctx.db, rows, ctx.language, (count) => {
    job.processed = count;
  });
  job.preview = summariseRows(checked);
  job.skipped = job.preview.invalid;
  if (job.kind === "preview") {
    return;
  }
  const valid = checked.filter((row) => row.action !== "error");
  job.phase = "writing";
  job.total = valid.length;
  job.processed = 0;
  await applyImport(ctx, job, valid);
}

/** From this many rows an import is followed by VACUUM ANALYZE (see applyImport). */
const LARGE_IMPORT_ROWS = 500;

async function applyImport(ctx: ServiceContext, job: ImportJob, rows: CheckedRow[]): Promise<void> {
  await writeImport(ctx, job, rows);
  if (rows.length >= LARGE_IMPORT_ROWS) {
    // Many new rows leave the full-text and trigram indexes with long pending lists and the planner
    // with stale statistics: searches get several times slower until a vacuum. PostgreSQL's
    // autovacuum gets there within minutes; PGlite has none. The import itself is already saved.
    await vacuumOrganisations(ctx.db).catch((error: unknown) => {
      ctx.log.warn({ err: error, jobId: job.id }, "VACUUM ANALYZE after the import failed");
    });
  }
}

/**
 * Writes the valid rows in one transaction (all or none, as before), new organisations a batch at a time:
 * one statement per batch for the rows, their competences, search documents and audit rows (issue 16:
 * 100,000 rows one by one took a dozen statements each). Updates stay one by one, through updateOrganisation.
 */
async function writeImport(ctx: ServiceContext, job: ImportJob, rows: CheckedRow[]): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const trxCtx = { ...ctx, db: trx };
    let creates: OrganisationCreate[] = [];
    const flush = async () => {
      if (creates.length === 0) {
        return;
      }
      const ids = await insertCheckedOrganisations(trx, ctx.language, creates);
      // Their parents are organisations that existed before the import (the lookups), so none has units yet.
      const created = await getOrganisations(trx, ids, true);
      await writeAuditMany(
        trx,
        created.map((organisation) => ({
          actorId: ctx.actor.id,
          entity: "organisation",
          entityId: organisation.id,
          action: "import",
          after: organisation,
          requestId: ctx.requestId,
        })),
      );
      job.created += ids.length;
      job.processed += ids.length;
      creates = [];
    };
    for (const row of rows) {
      if (row.action === "create") {
        creates.push(row.input);
        if (creates.length >= INSERT_BATCH_ROWS) {
          await flush();
        }
      } else if (row.action === "update" && row.existingId) {
        // In file order: an update after a create of the same batch sees it written.
        await flush();
        await updateOrganisation(trxCtx, row.existingId, patchFromColumns(row.input, row.present));
        job.updated += 1;
        job.processed += 1;
      }
    }
    await flush();
  });
}

/** An update changes only the columns the file has; contact persons are never touched by an import. */
function patchFromColumns(input: OrganisationCreate, present: SheetRow): OrganisationPatch {
  const has = (key: keyof SheetRow) => present[key] !== undefined;
  return {
    kind: input.kind,
    name: input.name,
    ...(has("cvr") ? { cvr: input.cvr } : {}),
    ...(has("parentCvr") || has("parentName") ? { parentId: input.parentId } : {}),
    ...(has("municipalityCode") ? { municipalityCode: input.municipalityCode } : {}),
    ...(has("address") ? { address: input.address } : {}),
    ...(has("website") ? { website: input.website } : {}),
    ...(has("employeeBand") ? { employeeBand: input.employeeBand } : {}),
    ...(has("db07Codes") ? { db07Codes: input.db07Codes } : {}),
    ...(has("careAreas") ? { careAreas: input.careAreas } : {}),
    ...(has("competences") ? { competenceIds: input.competenceIds } : {}),
    ...(has("description") ? { description: input.description } : {}),
  };
}

function csvEscapeFormula(value: string): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const EXPORT_BATCH_ROWS = 1_000;

/**
 * The filtered list as sheet rows (no contact persons: personal data stays in the app), a batch at a time:
 * the ids in order first, then each batch's rows and competences (issue 16: 100,000 organisations at once
 * took the process past its memory).
 */
async function* exportBatches(db: Db, ids: string[]) {
  for (let start = 0; start < ids.length; start += EXPORT_BATCH_ROWS) {
    const batchIds = ids.slice(start, start + EXPORT_BATCH_ROWS);
    const [found, competences] = await Promise.all([
      listOrganisationsByIds(db, batchIds),
      listCompetencesOf(db, batchIds),
    ]);
    const byId = new Map(found.map((row) => [row.id, row]));
    const rows = batchIds.flatMap((id) => byId.get(id) ?? []);
    const byOrganisation = new Map<string, string[]>();
    for (const item of competences) {
      byOrganisation.set(item.organisation_id, [...(byOrganisation.get(item.organisation_id) ?? []), item.name_da]);
    }
    const parentById = new Map(rows.map((row) => [row.id, { cvr: row.cvr, name: row.name }]));
    const missingParents = [
      ...new Set(rows.filter((row) => row.parent_id && !parentById.has(row.parent_id)).map((row) => row.parent_id)),
    ] as string[];
    if (missingParents.length > 0) {
      const parents = await listOrganisationCvrs(db, missingParents);
      parents.forEach((parent) => parentById.set(parent.id, { cvr: parent.cvr, name: parent.name }));
    }
    const parentOf = (row: { parent_id: string | null }) => (row.parent_id ? parentById.get(row.parent_id) : undefined);
    // Labels as the import reads them (in Danish), so the sheet reads naturally and imports again unchanged.
    yield rows.map((row) => ({
      name: row.name,
      kind: KIND_LABELS[row.kind as OrganisationKind]?.da ?? row.kind,
      cvr: row.cvr ?? "",
      parentCvr: parentOf(row)?.cvr ?? "",
      parentName: parentOf(row)?.name ?? "",
      municipalityCode: row.municipality_code ?? "",
      address: row.address,
      website: row.website,
      employeeBand: row.employee_band ? BAND_LABELS[row.employee_band as keyof typeof BAND_LABELS].da : "",
      db07Codes: row.db07_codes.join("; "),
      careAreas: row.care_areas
        .filter((area): area is CareArea => (CARE_AREAS as readonly string[]).includes(area))
        .map((area) => CARE_AREA_LABELS[area].da)
        .join("; "),
      competences: (byOrganisation.get(row.id) ?? []).join("; "),
      description: row.description,
      municipalityName: row.municipality_name ?? "",
      regionName: row.region_name ?? "",
      isSme: isSme(row.kind, row.employee_band) ? "ja" : "nej",
    }));
  }
}

const ALL_COLUMNS = [...TRANSFER_COLUMNS, ...EXPORT_ONLY_COLUMNS];

/** The filtered list as CSV, a batch at a time (pull: the next batch is read when the client has taken this one). */
export async function exportCsv(db: Db, query: Omit<OrganisationQuery, "page" | "pageSize">): Promise<Readable> {
  const ids = await listAllOrganisationIds(db, query, MAX_EXPORT_ROWS);
  async function* lines() {
    yield `\uFEFF${Papa.unparse([ALL_COLUMNS.map((column) => column.header)], { delimiter: ";" })}`;
    for await (const rows of exportBatches(db, ids)) {
      const data = rows.map((row) => ALL_COLUMNS.map((column) => csvEscapeFormula(row[column.key])));
      yield `\r\n${Papa.unparse(data, { delimiter: ";" })}`;
    }
  }
  return Readable.from(lines());
}

/**
 * The filtered list as XLSX through exceljs's streaming writer: each row is written out as it is added,
 * and the next batch waits until the client has taken the last one (memory stays flat at 100,000 rows).
 */
export async function exportXlsx(db: Db, query: Omit<OrganisationQuery, "page" | "pageSize">): Promise<Readable> {
  const ids = await listAllOrganisationIds(db, query, MAX_EXPORT_ROWS);
  const stream = new PassThrough();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = "Samspil";
  const sheet = book.addWorksheet("Organisationer", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = ALL_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.key === "description" ? 60 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ALL_COLUMNS.length } };
  const write = async () => {
    for await (const rows of exportBatches(db, ids)) {
      for (const row of rows) {
        sheet.addRow(row).commit();
      }
      if (stream.writableNeedDrain) {
        await once(stream, "drain");
      }
    }
    sheet.commit();
    await book.commit();
  };
  write().catch((error: unknown) => {
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return stream;
}
