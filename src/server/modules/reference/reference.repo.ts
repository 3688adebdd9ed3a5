import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/** DB07 industry codes (level 3 and deeper) whose code starts with, or whose title contains, `q`. */
export function searchDb07Codes(db: Db, q: string) {
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

/** Every competence with the number of organisations that hold it. */
export function listCompetencesWithCounts(db: Db) {
  return db
    .selectFrom("competences as c")
    .leftJoin("organisation_competences as oc", "oc.competence_id", "c.id")
    .select(["c.id", "c.slug", "c.name_da", "c.name_en", (eb) => eb.fn.count<number>("oc.organisation_id").as("count")])
    .groupBy(["c.id", "c.slug", "c.name_da", "c.name_en"])
    .orderBy("c.name_da")
    .execute();
}

export function findCompetenceIdBySlug(db: Db, slug: string) {
  return db.selectFrom("competences").select("id").where("slug", "=", slug).executeTakeFirst();
}

export function findCompetence(db: Db, id: string) {
  return db.selectFrom("competences").selectAll().where("id", "=", id).executeTakeFirst();
}

export function insertCompetence(db: Db, values: { slug: string; name_da: string; name_en: string }) {
  return db.insertInto("competences").values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateCompetenceNames(db: Db, id: string, names: { name_da: string; name_en: string }) {
  return db.updateTable("competences").set(names).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

/** The organisations that hold a competence. */
export async function listCompetenceHolderIds(db: Db, competenceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("organisation_competences")
    .select("organisation_id")
    .where("competence_id", "=", competenceId)
    .execute();
  return rows.map((row) => row.organisation_id);
}
