/**
 * Matching quality and speed (issue: needs and matching).
 * 1. Precision@5 and recall@5 on a labelled set made from the real cases (bench/matching-labels.ts),
 *    ranked among the demo organisations.
 * 2. Time to rank the top-20 partners for a need among 20,000 organisations, p50/p95 over repeated
 *    runs, on PGlite and on PostgreSQL (target p95 ≤ 300 ms on PGlite, ≤ 100 ms on PostgreSQL).
 *    For information, not a target: the same needs without their competences (ranking then reads
 *    beyond the holders of a competence) and the reverse view (the needs an organisation fits).
 * Run alone with `npm run bench:matching`; `npm run bench` runs it after the load benchmark.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { NeedCreate } from "../src/domain/needs.js";
import { OrganisationCreate } from "../src/domain/organisation.js";
import { migrateToLatest, openDatabase, type Database, type Db } from "../src/server/db/database.js";
import type { Actor } from "../src/server/platform/actor.js";
import { partnerRanking, rankNeedsFor, rankPartners } from "../src/server/modules/matching/matching.service.js";
import { insertNeedRecord } from "../src/server/modules/needs/needs.service.js";
import { insertCheckedOrganisation } from "../src/server/modules/organisations/organisations.service.js";
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
  public_partners?: string[];
  /** How many municipalities the sources say took part (a joint need), where stated. */
  municipalities_taking_part?: number;
}

export async function agentActor(db: Db): Promise<Actor> {
  const user = await db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", "agent@samspil.example")
    .executeTakeFirstOrThrow();
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organisationId: null,
    sessionId: "bench",
    csrfToken: "bench",
    language: "da",
  };
}

/**
 * Refuses labels that name an organisation or programme the seed does not have: a misspelt name would otherwise
 * just never be found and quietly lower every figure.
 */
async function checkLabelNames(db: Db): Promise<void> {
  const organisations = new Set((await db.selectFrom("organisations").select("name").execute()).map((row) => row.name));
  const programmes = new Set(
    (await db.selectFrom("funding_programmes").select("name").execute()).map((row) => row.name),
  );
  const unknown = MATCHING_LABELS.flatMap((label) => [
    ...[label.owner, ...label.relevant, ...label.plausible].filter((name) => !organisations.has(name)),
    ...(label.funding && !programmes.has(label.funding) ? [label.funding] : []),
  ]);
  if (unknown.length > 0) {
    throw new Error(`bench/matching-labels.ts names what the seed lacks: ${[...new Set(unknown)].join("; ")}`);
  }
}

/** Inserts the labelled needs from the raw case texts; returns case id → need id. */
export async function insertLabelledNeeds(db: Db, actor: Actor): Promise<Map<string, string>> {
  await checkLabelNames(db);
  const cases = (JSON.parse(readFileSync(path.join(ROOT, "data/demo_cases.json"), "utf8")) as { cases: CaseText[] })
    .cases;
  const ids = new Map<string, string>();
  for (const label of MATCHING_LABELS) {
    const source = cases.find((item) => item.id === label.caseId);
    const owner = await db
      .selectFrom("organisations")
      .select("id")
      .where("name", "=", label.owner)
      .executeTakeFirstOrThrow();
    if (!source) {
      throw new Error(`case ${label.caseId} missing from data/demo_cases.json`);
    }
    const input = NeedCreate.parse({
      ownerOrganisationId: owner.id,
      coOwnerIds: await jointOwners(db, source, owner.id),
      careArea: label.careArea,
      title: source.title.slice(0, 200),
      description: source.need_description_da,
    });
    ids.set(label.caseId, await insertNeedRecord(db, input, actor.id));
  }
  return ids;
}

/**
 * A joint need, as an agent records one: the case's other public partners become co-owners. Partners the
 * seed has by name are used; where the source only counts them («syv andre nordjyske kommuner»), the
 * number it states is made up with municipalities of the owner's region (then of the country) added as
 * organisations for the bench — the funding rules count municipalities and their places, not names.
 */
async function jointOwners(db: Db, source: CaseText, ownerId: string): Promise<string[]> {
  const named = await db
    .selectFrom("organisations")
    .select(["id", "municipality_code"])
    .where("name", "in", ["", ...(source.public_partners ?? [])])
    .where("kind", "in", ["municipality", "region"])
    .where("id", "!=", ownerId)
    .execute();
  const missing = (source.municipalities_taking_part ?? 0) - 1 - named.length;
  if (missing <= 0) {
    return named.map((row) => row.id);
  }
  const owner = await db
    .selectFrom("organisations as o")
    .leftJoin("municipalities as m", "m.code", "o.municipality_code")
    .select(["o.municipality_code", "m.region_code"])
    .where("o.id", "=", ownerId)
    .executeTakeFirstOrThrow();
  const taken = new Set([owner.municipality_code, ...named.map((row) => row.municipality_code)]);
  const candidates = (await db.selectFrom("municipalities").select(["code", "name", "region_code"]).execute())
    .filter((municipality) => !taken.has(municipality.code))
    .sort((a, b) => Number(b.region_code === owner.region_code) - Number(a.region_code === owner.region_code))
    .slice(0, missing);
  const added: string[] = [];
  for (const municipality of candidates) {
    const input = OrganisationCreate.parse({
      kind: "municipality",
      name: `${municipality.name} Kommune (${source.id}, fælles behov)`,
      municipalityCode: municipality.code,
    });
    added.push(await insertCheckedOrganisation(db, "da", input));
  }
  return [...named.map((row) => row.id), ...added];
}

async function evaluateQuality(): Promise<{
  precisionAt5: number;
  recallAt5: number;
  plausiblePrecisionAt5: number;
  rows: string[];
}> {
  const database = await openDatabase({});
  try {
    await migrateToLatest(database.db);
    await loadReferenceData(database.db);
    await loadDemoData(database.db);
    const actor = await agentActor(database.db);
    const needIds = await insertLabelledNeeds(database.db, actor);
    let precision = 0;
    let recall = 0;
    let plausiblePrecision = 0;
    const rows: string[] = [];
    for (const label of MATCHING_LABELS) {
      const ranked = await rankPartners(database.db, actor, needIds.get(label.caseId) as string, 5);
      const hits = ranked.filter((item) => label.relevant.includes(item.name)).length;
      const plausibleHits = ranked.filter((item) => label.plausible.includes(item.name)).length;
      precision += hits / 5;
      recall += hits / Math.min(5, label.relevant.length);
      plausiblePrecision += plausibleHits / 5;
      rows.push(
        `  ${label.caseId}  ${hits}/5 real solvers, ${plausibleHits}/5 plausible  top: ${ranked
          .slice(0, 3)
          .map((item) => item.name)
          .join(", ")}`,
      );
    }
    const count = MATCHING_LABELS.length;
    return {
      precisionAt5: precision / count,
      recallAt5: recall / count,
      plausiblePrecisionAt5: plausiblePrecision / count,
      rows,
    };
  } finally {
    await database.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50/p95 of `runs` calls over `ids` in turn, after one warm-up call per id. */
export async function timeRuns(
  ids: string[],
  run: (id: string) => Promise<unknown>,
  runs = RUNS,
): Promise<{ p50: number; p95: number }> {
  for (const id of ids) {
    await run(id);
  }
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await run(ids[index % ids.length]);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Copies of the needs without their competences, so ranking cannot stop at the competence holders. */
export async function insertNeedsWithoutCompetences(db: Db, actor: Actor, needIds: string[]): Promise<string[]> {
  const needs = await db
    .selectFrom("needs")
    .select(["owner_organisation_id", "care_area", "title", "description"])
    .where("id", "in", needIds)
    .execute();
  const copies: string[] = [];
  for (const need of needs) {
    const input = NeedCreate.parse({
      ownerOrganisationId: need.owner_organisation_id,
      careArea: need.care_area,
      title: need.title,
      description: need.description,
    });
    copies.push(await insertNeedRecord(db, input, actor.id));
  }
  return copies;
}

interface RankingTimes {
  organisations: number;
  partners: { p50: number; p95: number };
  /** What GET /api/needs/:id/partners does: the top-20 partners and the top-5 knowledge institutions. */
  endpoint: { p50: number; p95: number };
  withoutCompetences: { p50: number; p95: number };
  reverse: { p50: number; p95: number };
}

async function timeRanking(database: Database): Promise<RankingTimes> {
  await seedBenchData(database.db, ORGANISATIONS);
  const actor = await agentActor(database.db);
  const needIds = (await database.db.selectFrom("needs").select("id").orderBy("id").execute()).map((row) => row.id);
  const partners = await timeRuns(needIds, (id) => rankPartners(database.db, actor, id, 20));
  const endpoint = await timeRuns(needIds, (id) => partnerRanking(database.db, actor, id));
  const copies = await insertNeedsWithoutCompetences(database.db, actor, needIds);
  let withoutCompetences: { p50: number; p95: number };
  try {
    withoutCompetences = await timeRuns(copies, (id) => rankPartners(database.db, actor, id, 20));
  } finally {
    await database.db.deleteFrom("needs").where("id", "in", copies).execute();
  }
  const companies = await database.db
    .selectFrom("organisations")
    .select("id")
    .where("kind", "in", ["company", "knowledge_institution"])
    .where("archived_at", "is", null)
    .orderBy("id")
    .limit(RUNS)
    .execute();
  const reverse = await timeRuns(
    companies.map((row) => row.id),
    (id) => rankNeedsFor(database.db, actor, id, 20),
  );
  const count = await database.db
    .selectFrom("organisations")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return { organisations: Number(count.n), partners, endpoint, withoutCompetences, reverse };
}

function describeTimes(name: string, result: RankingTimes, targetMs: number): string[] {
  const figures = (times: { p50: number; p95: number }) =>
    `p50 ${times.p50.toFixed(1)} ms, p95 ${times.p95.toFixed(1)} ms`;
  return [
    `${name}: top-20 partners among ${result.organisations} organisations: ` +
      `${figures(result.partners)} (target ≤ ${targetMs} ms): ` +
      `${result.partners.p95 <= targetMs ? "PASS" : "FAIL"}`,
    `  the partner view (top-20 partners and top-5 knowledge institutions): ${figures(result.endpoint)}`,
    `  the same needs without their competences: ${figures(result.withoutCompetences)}`,
    `  reverse view (top-20 needs for a company or institution): ${figures(result.reverse)}`,
  ];
}

export async function runMatchingBench(): Promise<string> {
  const lines: string[] = [
    `Matching (needs → partners): npm run bench:matching, ${ORGANISATIONS} organisations, ${RUNS} timed runs each`,
  ];
  const quality = await evaluateQuality();
  const attainable = (lists: (label: (typeof MATCHING_LABELS)[number]) => string[]) =>
    MATCHING_LABELS.reduce((sum, label) => sum + Math.min(5, lists(label).length) / 5, 0) / MATCHING_LABELS.length;
  lines.push(
    `Quality on ${MATCHING_LABELS.length} labelled real cases: precision@5 on the real solvers = ` +
      `${quality.precisionAt5.toFixed(2)} (the most this set allows: ` +
      `${attainable((label) => label.relevant).toFixed(2)}, as most cases have fewer than 5 ` +
      `real solvers), recall@5 = ${quality.recallAt5.toFixed(2)}; precision@5 on the plausible partners ` +
      `(labelled blind, the issue's target ≥ 0.5) = ${quality.plausiblePrecisionAt5.toFixed(2)} ` +
      `(most: ${attainable((label) => label.plausible).toFixed(2)})`,
  );
  lines.push(...quality.rows);

  const pglite = await openDatabase({});
  try {
    lines.push(...describeTimes("PGlite", await timeRanking(pglite), 300));
  } finally {
    await pglite.close();
  }

  const cluster = process.env.BENCH_DATABASE_URL ? null : await startPgCluster();
  try {
    const postgres = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL ?? cluster?.url });
    try {
      lines.push(...describeTimes("PostgreSQL", await timeRanking(postgres), 100));
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
