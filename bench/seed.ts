import { sql } from "kysely";
import { migrateToLatest, type Db } from "../src/server/db/database.js";
import { refreshSearchVectors } from "../src/server/modules/organisations/organisations.repo.js";
import { compoundWords } from "../src/server/platform/lexicon.js";
import { loadDemoData } from "../src/server/seed/demo.js";
import { loadReferenceData } from "../src/server/seed/reference.js";
import { createOrganisationGenerator } from "./seed-data.js";

const BATCH_SIZE = 500;

export interface SeedSummary {
  organisations: number;
  inserted: number;
  ms: number;
}

async function countOrganisations(db: Db): Promise<number> {
  const row = await db
    .selectFrom("organisations")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Brings the database to `target` organisations: the app's migrations, reference and demo
 * data (for the login users), then generated organisations in batches, each batch with its
 * competences and the app's own full-text document (refreshSearchVectors), one transaction
 * per batch. Finishes with VACUUM ANALYZE: the steady state autovacuum reaches on a server a
 * minute later. Without it the GIN indexes still hold their pending lists (and the table the
 * dead rows of refreshSearchVectors), which makes some searches several times slower; PGlite
 * has no autovacuum, so the app would have to do this itself.
 */
export async function seedBenchData(db: Db, target: number, options: { skewed?: boolean } = {}): Promise<SeedSummary> {
  const startedAt = performance.now();
  await migrateToLatest(db);
  await loadReferenceData(db);
  await loadDemoData(db);

  const existing = await countOrganisations(db);
  const missing = Math.max(0, target - existing);
  if (missing > 0) {
    const parents = await db
      .selectFrom("organisations")
      .select(["id", "municipality_code"])
      .where("kind", "=", "municipality")
      .execute();
    const competences = await db.selectFrom("competences").select(["id", "slug"]).execute();
    const competenceId = new Map(competences.map((row) => [row.slug, row.id]));
    const maxCvr = await db
      .selectFrom("organisations")
      .select((eb) => eb.fn.max("cvr").as("cvr"))
      .where("cvr", "like", "98%")
      .executeTakeFirst();
    const next = createOrganisationGenerator({
      seed: 20_261_123 + existing,
      parentIds: parents.map((row) => row.id),
      competenceSlugs: competences.map((row) => row.slug),
      lastCvr: Number(maxCvr?.cvr ?? 0),
      parentByMunicipality: options.skewed
        ? new Map(parents.flatMap((row) => (row.municipality_code ? [[row.municipality_code, row.id] as const] : [])))
        : undefined,
    });

    for (let done = 0; done < missing; done += BATCH_SIZE) {
      const batch = Array.from({ length: Math.min(BATCH_SIZE, missing - done) }, next);
      const links = batch.flatMap((item) =>
        item.competenceSlugs.map((slug) => ({
          organisation_id: item.row.id,
          competence_id: competenceId.get(slug) as string,
        })),
      );
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("organisations")
          .values(
            batch.map((item) => ({
              ...item.row,
              search_extra: compoundWords(item.row.name, item.row.description ?? ""),
            })),
          )
          .execute();
        if (links.length > 0) {
          await trx.insertInto("organisation_competences").values(links).execute();
        }
        await refreshSearchVectors(
          trx,
          batch.map((item) => item.row.id),
        );
      });
    }
  }
  await sql`vacuum (analyze) organisations, organisation_competences`.execute(db);
  return {
    organisations: await countOrganisations(db),
    inserted: missing,
    ms: Math.round(performance.now() - startedAt),
  };
}
