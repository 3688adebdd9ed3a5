/**
 * The rankings themselves, to check that a change to retrieval leaves them alone: for every need of a kept database
 * (DATABASE_URL, or PGlite in memory seeded to BENCH_MATCHING_ORGANISATIONS), the partner view's three lists and the
 * reverse view of the first BENCH_MATCHING_RUNS partners, as ids and scores, in a JSON file to compare with `diff`.
 * `DATABASE_URL=… npx tsx bench/matching-snapshot.ts out.json`
 */
import { writeFileSync } from "node:fs";
import { openDatabase } from "../src/server/db/database.js";
import { partnerRanking, rankNeedsFor, rankPartners } from "../src/server/modules/matching/matching.service.js";
import { agentActor, insertNeedsWithoutCompetences } from "./matching.js";
import { seedBenchData } from "./seed.js";

const ORGANISATIONS = Number(process.env.BENCH_MATCHING_ORGANISATIONS ?? 20_000);
const RUNS = Number(process.env.BENCH_MATCHING_RUNS ?? 20);
const out = process.argv[2] ?? "matching-snapshot.json";

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
try {
  await seedBenchData(database.db, ORGANISATIONS);
  const actor = await agentActor(database.db);
  const needIds = (await database.db.selectFrom("needs").select("id").orderBy("id").execute()).map((row) => row.id);
  const snapshot: Record<string, unknown> = {};
  const brief = (items: { organisationId?: string; needId?: string; match: { score: number } }[]) =>
    items.map((item) => `${item.organisationId ?? item.needId} ${item.match.score}`);
  for (const id of needIds) {
    const ranking = await partnerRanking(database.db, actor, id);
    snapshot[`need ${id}`] = {
      partners: brief(ranking.items),
      institutions: brief(ranking.knowledgeInstitutions),
      clusters: brief(ranking.clusters),
    };
  }
  // The same needs without their competences: their ranking reads beyond the competence holders.
  for (const id of needIds) {
    const [copy] = await insertNeedsWithoutCompetences(database.db, actor, [id]);
    try {
      snapshot[`need ${id} without competences`] = brief(await rankPartners(database.db, actor, copy, 20));
    } finally {
      await database.db.deleteFrom("needs").where("id", "=", copy).execute();
    }
  }
  const partners = await database.db
    .selectFrom("organisations")
    .select("id")
    .where("kind", "in", ["company", "knowledge_institution"])
    .where("archived_at", "is", null)
    .orderBy("id")
    .limit(RUNS)
    .execute();
  for (const { id } of partners) {
    snapshot[`organisation ${id}`] = brief(await rankNeedsFor(database.db, actor, id, 20));
  }
  writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`);
  process.stdout.write(`${Object.keys(snapshot).length} rankings written to ${out}\n`);
} finally {
  await database.close();
}
