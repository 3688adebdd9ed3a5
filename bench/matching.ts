/**
 * Matching quality and speed (issue: needs and matching).
 * 1. Precision@5 and recall@5 on a labelled set made from the real cases (bench/matching-labels.ts),
 *    ranked among the demo organisations.
 * 2. Time to rank the top-20 partners for a need among 20,000 organisations, p50/p95 over repeated
 *    runs, on PGlite and on PostgreSQL (target p95 ≤ 300 ms on PGlite, ≤ 100 ms on PostgreSQL).
 * Run alone with `npm run bench:matching`; `npm run bench` runs it after the load benchmark.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { NeedCreate } from "../src/domain/needs.js";
import { migrateToLatest, openDatabase, type Database, type Db } from "../src/server/db/database.js";
import type { Actor } from "../src/server/modules/auth/actor.js";
import { rankPartners } from "../src/server/modules/matching/matching.service.js";
import { insertNeed } from "../src/server/modules/needs/needs.repo.js";
import { loadDemoData } from "../src/server/seed/demo.js";
import { loadReferenceData } from "../src/server/seed/reference.js";
import { ROOT } from "./config.js";
import { MATCHING_LABELS } from "./matching-labels.js";
import { startPgCluster } from "./processes.js";
import { seedBenchData } from "./seed.js";

const ORGANISATIONS = Number(process.env.BENCH_MATCHING_ORGANISATIONS ?? 20_000);
const RUNS = Number(process.env.BENCH_MATCHING_RUNS ?? 40);

interface CaseText {
  id: string;
  title: string;
  need_description_da: string;
}

async function agentActor(db: Db): Promise<Actor> {
  const user = await db.selectFrom("users").selectAll().where("email", "=", "agent@samspil.example").executeTakeFirstOrThrow();
  return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: null, sessionId: "bench", csrfToken: "bench" };
}

/** Inserts the labelled needs from the raw case texts; returns case id → need id. */
async function insertLabelledNeeds(db: Db, actor: Actor): Promise<Map<string, string>> {
  const cases = (JSON.parse(readFileSync(path.join(ROOT, "data/demo_cases.json"), "utf8")) as { cases: CaseText[] }).cases;
  const ids = new Map<string, string>();
  for (const label of MATCHING_LABELS) {
    const source = cases.find((item) => item.id === label.caseId);
    const owner = await db.selectFrom("organisations").select("id").where("name", "=", label.owner).executeTakeFirstOrThrow();
    if (!source) {
      throw new Error(`case ${label.caseId} missing from data/demo_cases.json`);
    }
    const input = NeedCreate.parse({ ownerOrganisationId: owner.id, careArea: label.careArea, title: source.title.slice(0, 200), description: source.need_description_da });
    ids.set(label.caseId, await insertNeed(db, input, actor.id));
  }
  return ids;
}

async function evaluateQuality(): Promise<{ precisionAt5: number; recallAt5: number; rows: string[] }> {
  const database = await openDatabase({});
  try {
    await migrateToLatest(database.db);
    await loadReferenceData(database.db);
    await loadDemoData(database.db);
    const actor = await agentActor(database.db);
    const needIds = await insertLabelledNeeds(database.db, actor);
    let precision = 0;
    let recall = 0;
    const rows: string[] = [];
    for (const label of MATCHING_LABELS) {
      const ranked = await rankPartners(database.db, actor, needIds.get(label.caseId) as string, 5);
      const hits = ranked.filter((item) => label.relevant.includes(item.name)).length;
      precision += hits / 5;
      recall += hits / Math.min(5, label.relevant.length);
      rows.push(`  ${label.caseId}  ${hits}/5 relevant  top: ${ranked.slice(0, 3).map((item) => item.name).join(", ")}`);
    }
    return { precisionAt5: precision / MATCHING_LABELS.length, recallAt5: recall / MATCHING_LABELS.length, rows };
  } finally {
    await database.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timeRanking(database: Database): Promise<{ p50: number; p95: number; organisations: number }> {
  await seedBenchData(database.db, ORGANISATIONS);
  const actor = await agentActor(database.db);
  const needs = await database.db.selectFrom("needs").select("id").execute();
  for (const need of needs) {
    await rankPartners(database.db, actor, need.id, 20);
  }
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const need = needs[run % needs.length];
    const started = performance.now();
    await rankPartners(database.db, actor, need.id, 20);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const count = await database.db.selectFrom("organisations").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return { p50: percentile(times, 50), p95: percentile(times, 95), organisations: Number(count.n) };
}

export async function runMatchingBench(): Promise<string> {
  const lines: string[] = ["Matching (needs → partners)"];
  const quality = await evaluateQuality();
  const attainable = MATCHING_LABELS.reduce((sum, label) => sum + Math.min(5, label.relevant.length) / 5, 0) / MATCHING_LABELS.length;
  lines.push(
    `Quality on ${MATCHING_LABELS.length} labelled real cases: precision@5 = ${quality.precisionAt5.toFixed(2)} ` +
      `(the most this set allows: ${attainable.toFixed(2)}, as most cases have fewer than 5 right partners), recall@5 = ${quality.recallAt5.toFixed(2)}`,
  );
  lines.push(...quality.rows);

  const pglite = await openDatabase({});
  try {
    const result = await timeRanking(pglite);
    lines.push(`PGlite: top-20 partners among ${result.organisations} organisations: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (target ≤ 300 ms): ${result.p95 <= 300 ? "PASS" : "FAIL"}`);
  } finally {
    await pglite.close();
  }

  const cluster = process.env.BENCH_DATABASE_URL ? null : await startPgCluster();
  try {
    const postgres = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL ?? cluster?.url });
    try {
      const result = await timeRanking(postgres);
      lines.push(`PostgreSQL: top-20 partners among ${result.organisations} organisations: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (target ≤ 100 ms): ${result.p95 <= 100 ? "PASS" : "FAIL"}`);
    } finally {
      await postgres.close();
    }
  } finally {
    cluster?.stop();
  }
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runMatchingBench().then(
    (report) => process.stdout.write(`${report}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
