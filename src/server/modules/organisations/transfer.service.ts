import type { ImportPreview } from "../../../domain/organisation-views.js";
import { inTransaction } from "../../db/transaction.js";
import { randomUUID } from "node:crypto";
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
import { writeAudit } from "../audit/audit.service.js";
import { listAllOrganisations, listCompetencesOf, vacuumOrganisations } from "./organisations.repo.js";
import { getOrganisation, insertCheckedOrganisation, updateOrganisation } from "./organisations.service.js";
import type { SheetRow } from "./transfer.parse.js";
import { listOrganisationCvrs, readTransferLookups } from "./transfer.repo.js";

export const MAX_EXPORT_ROWS = 50_000;

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
export async function checkImportRows(db: Db, rows: SheetRow[], language: Language): Promise<CheckedRow[]> {
  const lookups = await loadLookups(db);
  const seenCvr = new Map<string, number>();
  return rows.map((record, index): CheckedRow => {
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
  });
}

export function summariseRows(rows: CheckedRow[]): ImportPreview {
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

export interface ImportJob {
  id: string;
  ownerId: string;
  status: "running" | "done" | "failed";
  total: number;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  message?: string;
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
 * Starts applying the valid rows in ONE transaction (all of them or none); rows with errors are
 * skipped and reported. Progress is readable while it runs.
 */
export async function startImport(ctx: ServiceContext, rows: SheetRow[]): Promise<ImportJob> {
  forgetOldJobs();
  const checked = await checkImportRows(ctx.db, rows, ctx.language);
  const valid = checked.filter((row) => row.action !== "error");
  const job: ImportJob = {
    id: randomUUID(),
    ownerId: ctx.actor.id,
    status: "running",
    total: valid.length,
    processed: 0,
    created: 0,
    updated: 0,
    skipped: checked.length - valid.length,
  };
  jobs.set(job.id, job);
  const done = applyImport(ctx, job, valid).then(
    () => {
      job.status = "done";
    },
    (error: unknown) => {
      ctx.log.error({ err: error, jobId: job.id }, "import failed; rolled back");
      job.status = "failed";
      job.created = 0;
      job.updated = 0;
      job.message = error instanceof HttpError ? error.message : "The import failed; nothing was saved";
    },
  );
  void done.finally(() => {
    job.finishedAt = Date.now();
  });
  return job;
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

async function writeImport(ctx: ServiceContext, job: ImportJob, rows: CheckedRow[]): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const trxCtx = { ...ctx, db: trx };
    for (const row of rows) {
      if (row.action === "create") {
        const id = await insertCheckedOrganisation(trx, ctx.language, row.input);
        await writeAudit(trx, {
          actorId: ctx.actor.id,
          entity: "organisation",
          entityId: id,
          action: "import",
          after: await getOrganisation(trx, id),
          requestId: ctx.requestId,
        });
        job.created += 1;
      } else if (row.action === "update" && row.existingId) {
        await updateOrganisation(trxCtx, row.existingId, patchFromColumns(row.input, row.present));
        job.updated += 1;
      }
      job.processed += 1;
    }
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

/** The filtered list as sheet rows (no contact persons: personal data stays in the app). */
async function exportRows(db: Db, query: Omit<OrganisationQuery, "page" | "pageSize">) {
  const rows = await listAllOrganisations(db, query, MAX_EXPORT_ROWS);
  const competences = await listCompetencesOf(
    db,
    rows.map((row) => row.id),
  );
  const byOrganisation = new Map<string, string[]>();
  for (const item of competences) {
    byOrganisation.set(item.organisation_id, [...(byOrganisation.get(item.organisation_id) ?? []), item.name_da]);
  }
  const parentById = new Map(rows.map((row) => [row.id, { cvr: row.cvr, name: row.name }]));
  const missingParents = rows
    .filter((row) => row.parent_id && !parentById.has(row.parent_id))
    .map((row) => row.parent_id as string);
  if (missingParents.length > 0) {
    const parents = await listOrganisationCvrs(db, missingParents);
    parents.forEach((parent) => parentById.set(parent.id, { cvr: parent.cvr, name: parent.name }));
  }
  const parentOf = (row: { parent_id: string | null }) => (row.parent_id ? parentById.get(row.parent_id) : undefined);
  // Labels as the import reads them (in Danish), so the sheet reads naturally and imports again unchanged.
  return rows.map((row) => ({
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

const ALL_COLUMNS = [...TRANSFER_COLUMNS, ...EXPORT_ONLY_COLUMNS];

export async function exportCsv(db: Db, query: Omit<OrganisationQuery, "page" | "pageSize">): Promise<string> {
  const rows = await exportRows(db, query);
  const data = rows.map((row) => ALL_COLUMNS.map((column) => csvEscapeFormula(row[column.key])));
  return "\uFEFF" + Papa.unparse({ fields: ALL_COLUMNS.map((column) => column.header), data }, { delimiter: ";" });
}

export async function exportXlsx(db: Db, query: Omit<OrganisationQuery, "page" | "pageSize">): Promise<Buffer> {
  const rows = await exportRows(db, query);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samspil";
  const sheet = workbook.addWorksheet("Organisationer", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = ALL_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.key === "description" ? 60 : 22,
  }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row) => sheet.addRow(row));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ALL_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
