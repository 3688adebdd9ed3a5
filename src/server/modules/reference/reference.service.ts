import { inTransaction } from "../../db/transaction.js";
import { sql } from "kysely";
import { slugify, type Competence, type CompetenceCreate, type CompetencePatch } from "../../../domain/competence.js";
import type { Db07Code } from "../../../domain/reference-views.js";
import type { Db } from "../../db/database.js";
import type { ServiceContext } from "../../http/context.js";
import { HttpError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { refreshSearchVectors } from "../organisations/organisations.repo.js";

export async function searchDb07(db: Db, q: string): Promise<Db07Code[]> {
  let query = db.selectFrom("db07_codes").select(["code", "title", "level"]).where("level", ">=", 3);
  if (q) {
    query = query.where((eb) =>
      eb.or([
        eb("code", "like", `${q.replace(/[%_\\]/g, "")}%`),
        sql<boolean>`title ilike ${`%${q.replace(/[%_\\]/g, "")}%`}`,
      ]),
    );
  }
  return query.orderBy("code").limit(30).execute();
}

export async function listCompetences(db: Db): Promise<Competence[]> {
  const rows = await db
    .selectFrom("competences as c")
    .leftJoin("organisation_competences as oc", "oc.competence_id", "c.id")
    .select(["c.id", "c.slug", "c.name_da", "c.name_en", (eb) => eb.fn.count<number>("oc.organisation_id").as("count")])
    .groupBy(["c.id", "c.slug", "c.name_da", "c.name_en"])
    .orderBy("c.name_da")
    .execute();
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
    const existing = await trx.selectFrom("competences").select("id").where("slug", "=", slug).executeTakeFirst();
    if (existing) {
      throw new HttpError(409, "conflict", "nameDa: the competence already exists", {
        nameDa: "Kompetencen findes allerede",
      });
    }
    const row = await trx
      .insertInto("competences")
      .values({ slug, name_da: input.nameDa, name_en: input.nameEn })
      .returningAll()
      .executeTakeFirstOrThrow();
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
    const before = await trx.selectFrom("competences").selectAll().where("id", "=", id).executeTakeFirst();
    if (!before) {
      throw notFound("competence");
    }
    const after = await trx
      .updateTable("competences")
      .set({ name_da: patch.nameDa ?? before.name_da, name_en: patch.nameEn ?? before.name_en })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const holders = await trx
      .selectFrom("organisation_competences")
      .select("organisation_id")
      .where("competence_id", "=", id)
      .execute();
    await refreshSearchVectors(
      trx,
      holders.map((row) => row.organisation_id),
    );
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
