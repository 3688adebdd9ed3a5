import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { listPackParticipants, selectPackContents } from "../../../domain/disclosures/rules.js";
import type { PackKind } from "../../../domain/disclosures/schemas.js";
import type { Disclosure, PackSummary } from "../../../domain/disclosures/views.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import type { ServiceContext } from "../../http/context.js";
import type { Actor } from "../../platform/actor.js";
import { writeAudit } from "../audit/audit.service.js";
import { resolveManagedContext } from "./disclosure-context.service.js";
import { gatherPackLinks, listScope, loadRecords } from "./disclosures.service.js";
import {
  findOrganisations,
  listDisclosureFiles,
  listOfferingCompanyIds,
  listProcessCompanies,
} from "./disclosures.repo.js";
import { PACK_LABELS, renderIndexHtml, type PackEntry } from "./pack-index.js";

/** What a pack holds, worked out once for the summary and the export. */
async function assemblePack(db: Db, actor: Actor, kind: PackKind, id: string, language: Language) {
  const context = await resolveManagedContext(db, actor, kind, id, language);
  const links = await gatherPackLinks(db, kind, id);
  const records = (await loadRecords(db, await listScope(db, kind, id), { kind: "manager" })).map((r) => r.view);
  const processIds = kind === "process" ? [id] : links.processIds;
  const participantIds = listPackParticipants(kind, {
    processCompanyIds: (await listProcessCompanies(db, processIds)).map((row) => row.id),
    offeringCompanyIds: await listOfferingCompanyIds(db, links.callIds),
    recipientCompanyIds: records.flatMap((record) => record.recipients.map((item) => item.id)),
  });
  const selection = selectPackContents(
    records.map((record) => ({ ...record, recipientIds: record.recipients.map((item) => item.id) })),
    participantIds,
  );
  const participants = (await findOrganisations(db, participantIds)).map(({ id: orgId, name }) => ({
    id: orgId,
    name,
  }));
  return { context, selection, participants };
}

export async function summarisePack(
  db: Db,
  actor: Actor,
  kind: PackKind,
  id: string,
  language: Language,
): Promise<PackSummary> {
  const { context, selection, participants } = await assemblePack(db, actor, kind, id, language);
  return {
    kind,
    id,
    title: context.title,
    included: selection.included.length,
    files: selection.included.filter((record) => record.file).length,
    withheld: selection.withheld.map((record) => ({ id: record.id, title: record.title })),
    participants,
  };
}

/** A file's place in the pack: numbered so two files of the same name never collide. */
const packPath = (index: number, filename: string) => `filer/${String(index + 1).padStart(3, "0")}-${filename}`;

async function buildIndexWorkbook(entries: PackEntry[], language: Language): Promise<Buffer> {
  const labels = PACK_LABELS[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samspil";
  const sheet = workbook.addWorksheet(labels.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: labels.givenAt, key: "givenAt", width: 14 },
    { header: labels.title, key: "title", width: 40 },
    { header: labels.description, key: "description", width: 60 },
    { header: labels.giver, key: "giver", width: 30 },
    { header: labels.context, key: "context", width: 36 },
    { header: labels.recipients, key: "recipients", width: 40 },
    { header: labels.file, key: "file", width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const entry of entries) {
    sheet.addRow({
      givenAt: entry.record.givenAt.slice(0, 10),
      title: entry.record.title,
      description: entry.record.description,
      giver: entry.record.publicOrganisation.name,
      context: `${labels.kinds[entry.record.context.kind]}: ${entry.record.context.title}`,
      recipients: entry.record.recipients.map((item) => item.name).join(", "),
      file: entry.path ?? "",
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The neutralisation pack as a ZIP: an index (HTML to read, XLSX to sort) and every file, ready to give every
 * bidder. Exporting it is written to the audit log: it documents when the head start was neutralised.
 */
export async function exportPack(ctx: ServiceContext, kind: PackKind, id: string) {
  const { context, selection, participants } = await assemblePack(ctx.db, ctx.actor, kind, id, ctx.language);
  const files = await listDisclosureFiles(
    ctx.db,
    selection.included.filter((record) => record.file).map((record) => record.id),
  );
  let fileIndex = 0;
  const entries: PackEntry[] = selection.included.map((record: Disclosure) => {
    const file = files.find((row) => row.id === record.id);
    const path = file?.filename ? packPath(fileIndex++, file.filename) : null;
    return { record, path, bytes: file?.content ? new Uint8Array(file.content) : null };
  });
  const createdAt = new Date();
  const zip: Record<string, Uint8Array> = {
    "index.html": new TextEncoder().encode(
      renderIndexHtml({ title: context.title, kind, entries, participants, createdAt, language: ctx.language }),
    ),
    "index.xlsx": new Uint8Array(await buildIndexWorkbook(entries, ctx.language)),
  };
  for (const entry of entries) {
    if (entry.path && entry.bytes) {
      zip[entry.path] = entry.bytes;
    }
  }
  const bytes = Buffer.from(zipSync(zip, { level: 6, mtime: createdAt }));
  await writeAudit(ctx.db, {
    actorId: ctx.actor.id,
    entity: kind,
    entityId: id,
    action: "disclosures:pack",
    after: {
      included: entries.map((entry) => entry.record.id),
      withheld: selection.withheld.map((record) => record.id),
      participants: participants.map((item) => item.id),
      sizeBytes: bytes.length,
    },
    requestId: ctx.requestId,
  });
  const day = createdAt.toISOString().slice(0, 10);
  return { filename: `${PACK_LABELS[ctx.language].filename}-${day}.zip`, bytes };
}
