import type { AdoptionInput, AdoptionLevel } from "../../../domain/knowledge/entries.js";
import { resolveArea, summariseSpread } from "../../../domain/knowledge/spread.js";
import type { KnowledgeAdoption, KnowledgeSpread } from "../../../domain/knowledge/views.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { isStaff, type Actor } from "../../platform/actor.js";
import { writeAudit } from "../audit/audit.service.js";
import { knowledgeError } from "./knowledge.errors.js";
import { findEntry, listAdoptions, listAdoptionsOfArea, upsertAdoption } from "./knowledge.repo.js";

/** The adoptions of an entry and how far it has spread. */
export async function describeSpread(
  db: Db,
  entryId: string,
): Promise<{ adoptions: KnowledgeAdoption[]; spread: KnowledgeSpread }> {
  const rows = await listAdoptions(db, entryId);
  const adoptions = rows.flatMap((row) => {
    const area = resolveArea(row.area_code);
    return area
      ? [
          {
            areaCode: row.area_code,
            areaName: area.name,
            areaKind: row.area_kind,
            regionCode: area.regionCode,
            level: row.level,
            note: row.note,
            recordedAt: row.recorded_at.toISOString(),
          },
        ]
      : [];
  });
  return {
    adoptions,
    spread: summariseSpread(adoptions.map((item) => ({ areaCode: item.areaCode, level: item.level }))),
  };
}

/** Records (or moves) how far a municipality or region has adopted a published case. */
export async function recordAdoption(ctx: ServiceContext, entryId: string, input: AdoptionInput): Promise<void> {
  const area = resolveArea(input.areaCode);
  if (!area) {
    throw knowledgeError(
      400,
      "areaCode",
      ctx.language,
      "Koden er hverken en af de 98 kommuner eller en af de 5 regioner",
      "The code is neither one of the 98 municipalities nor one of the 5 regions",
    );
  }
  await inTransaction(ctx.db, async (trx) => {
    const entry = await findEntry(trx, entryId);
    if (!entry) {
      throw notFound("knowledge entry");
    }
    if (entry.kind !== "case" || entry.state !== "published") {
      throw knowledgeError(
        409,
        "entryId",
        ctx.language,
        "Kun en publiceret case kan tages i brug",
        "Only a published case can be adopted",
      );
    }
    await upsertAdoption(trx, {
      entry_id: entryId,
      area_code: area.code,
      area_kind: area.kind,
      level: input.level,
      note: input.note,
      recorded_by: ctx.actor.id,
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "knowledge_entry",
      entityId: entryId,
      action: "adoption",
      after: { areaCode: area.code, level: input.level },
      requestId: ctx.requestId,
    });
  });
}

/** The cases a municipality or region has adopted (for its organisation page): published ones, all for staff. */
export async function listAreaAdoptions(
  db: Db,
  actor: Actor | null,
  code: string,
  language: ServiceContext["language"],
) {
  const area = resolveArea(code);
  if (!area) {
    throw knowledgeError(
      400,
      "code",
      language,
      "Ukendt kommune- eller regionskode",
      "Unknown municipality or region code",
    );
  }
  const rows = await listAdoptionsOfArea(db, area.code);
  return {
    area: { code: area.code, name: area.name, kind: area.kind },
    items: rows
      .filter((row) => row.state === "published" || isStaff(actor))
      .map((row) => ({
        entryId: row.id,
        title: row.title,
        level: row.level as AdoptionLevel,
        recordedAt: row.recorded_at.toISOString(),
      })),
  };
}
