import { inTransaction } from "../../db/transaction.js";
import { slugify, type Competence, type CompetenceCreate, type CompetencePatch } from "../../../domain/competence.js";
import type { Db07Code } from "../../../domain/reference-views.js";
import type { Db } from "../../db/database.js";
import type { ServiceContext } from "../../http/context.js";
import { HttpError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { refreshOrganisationSearch } from "../organisations/organisations.service.js";
import {
  findCompetence,
  findCompetenceIdBySlug,
  insertCompetence,
  listCompetenceHolderIds,
  listCompetencesWithCounts,
  searchDb07Codes,
  updateCompetenceNames,
} from "./reference.repo.js";

export async function searchDb07(db: Db, q: string): Promise<Db07Code[]> {
  return searchDb07Codes(db, q);
}

export async function listCompetences(db: Db): Promise<Competence[]> {
  const rows = await listCompetencesWithCounts(db);
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    nameDa: row.name_da,
    nameEn: row.name_en,
    organisationCount: Number(row.count),
  }));
}

export async function createCompetence(ctx: ServiceContext, input: CompetenceCreate): Promise<Competence> {
  const slug = slugify(input.nameDa);
  return inTransaction(ctx.db, async (trx) => {
    const existing = await findCompetenceIdBySlug(trx, slug);
    if (existing) {
      throw new HttpError(409, "conflict", "nameDa: the competence already exists", {
        nameDa: "Kompetencen findes allerede",
      });
    }
    const row = await insertCompetence(trx, { slug, name_da: input.nameDa, name_en: input.nameEn });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "competence",
      entityId: row.id,
      action: "create",
      after: input,
      requestId: ctx.requestId,
    });
    return { id: row.id, slug: row.slug, nameDa: row.name_da, nameEn: row.name_en, organisationCount: 0 };
  });
}

export async function renameCompetence(ctx: ServiceContext, id: string, patch: CompetencePatch): Promise<Competence> {
  return inTransaction(ctx.db, async (trx) => {
    const before = await findCompetence(trx, id);
    if (!before) {
      throw notFound("competence");
    }
    const after = await updateCompetenceNames(trx, id, {
      name_da: patch.nameDa ?? before.name_da,
      name_en: patch.nameEn ?? before.name_en,
    });
    const holders = await listCompetenceHolderIds(trx, id);
    await refreshOrganisationSearch(trx, holders);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "competence",
      entityId: id,
      action: "update",
      before: { nameDa: before.name_da, nameEn: before.name_en },
      after: { nameDa: after.name_da, nameEn: after.name_en },
      requestId: ctx.requestId,
    });
    const count = holders.length;
    return { id: after.id, slug: after.slug, nameDa: after.name_da, nameEn: after.name_en, organisationCount: count };
  });
}
