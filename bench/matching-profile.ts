/**
 * Where a ranking's time goes (issue 10, latency): seeds the database to BENCH_MATCHING_ORGANISATIONS (kept,
 * so a second run starts at once), then times each step of the partner ranking and the reverse view per need.
 * `DATABASE_URL=… npx tsx bench/matching-profile.ts` (PostgreSQL) or without it (PGlite in memory).
 * BENCH_MATCHING_STATEMENTS=N: instead, each statement of the top-20 ranking for N needs, timed alone, with the
 * plan of the slowest.
 */
import { openDatabase, type Db } from "../src/server/db/database.js";
import { partnerRanking, rankNeedsFor, rankPartners } from "../src/server/modules/matching/matching.service.js";
import { agentActor, timeRuns } from "./matching.js";
import { captureStatements, profileStatement, type StatementProfile } from "./profile.js";
import { seedBenchData } from "./seed.js";

const ORGANISATIONS = Number(process.env.BENCH_MATCHING_ORGANISATIONS ?? 20_000);
const RUNS = Number(process.env.BENCH_MATCHING_RUNS ?? 20);
const STATEMENTS = Number(process.env.BENCH_MATCHING_STATEMENTS ?? 0);

async function time(name: string, ids: string[], run: (id: string) => Promise<unknown>): Promise<void> {
  const { p50, p95 } = await timeRuns(ids.slice(0, RUNS), run, RUNS);
  process.stdout.write(`${name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms\n`);
}

/** Each statement a call sends, timed alone; the slowest statement's plan in full. */
async function profileStatements(db: Db, ids: string[], call: (db: Db, id: string) => Promise<unknown>) {
  for (const id of ids) {
    await call(db, id);
    const statements = await captureStatements(db, (captureDb) => call(captureDb, id));
    const profiles: StatementProfile[] = [];
    for (const statement of statements) {
      profiles.push(await profileStatement(db, statement));
    }
    const total = profiles.reduce((sum, item) => sum + item.medianMs, 0);
    process.stdout.write(`need ${id}: ${profiles.length} statements, ${total.toFixed(1)} ms in all\n`);
    for (const item of profiles) {
      const head = item.sql.replace(/\s+/g, " ").slice(0, 90);
      process.stdout.write(`  ${item.medianMs.toFixed(1)} ms (explain ${item.explainMs ?? "?"} ms): ${head}\n`);
    }
    const slowest = [...profiles].sort((a, b) => b.medianMs - a.medianMs)[0];
    if (slowest) {
      process.stdout.write(`${slowest.plan.join("\n")}\n`);
    }
  }
}

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
try {
  const seeded = await seedBenchData(database.db, ORGANISATIONS);
  process.stdout.write(`seeded ${seeded.organisations} (${seeded.inserted} new) in ${seeded.ms.toFixed(0)} ms\n`);
  const actor = await agentActor(database.db);
  const needIds = (await database.db.selectFrom("needs").select("id").orderBy("id").execute()).map((row) => row.id);
  if (STATEMENTS > 0) {
    await profileStatements(database.db, needIds.slice(0, STATEMENTS), (db, id) => rankPartners(db, actor, id, 20));
    process.exit(0);
  }
  await time("rankPartners top-20", needIds, (id) => rankPartners(database.db, actor, id, 20));
  await time("partner view", needIds, (id) => partnerRanking(database.db, actor, id));
  const companies = await database.db
    .selectFrom("organisations")
    .select("id")
    .where("kind", "in", ["company", "knowledge_institution"])
    .where("archived_at", "is", null)
    .orderBy("id")
    .limit(RUNS)
    .execute();
  await time(
    "reverse view",
    companies.map((row) => row.id),
    (id) => rankNeedsFor(database.db, actor, id, 20),
  );
} finally {
  await database.close();
}
