/**
 * npm run bench:scale (issue 16): the national-scale data set (bench/scale-data.ts, cached between runs) and
 * its scenarios on PostgreSQL. BENCH_SCALE=10000 (default) or 100000, or both ("10000,100000").
 *
 * Per scenario: one client's p50/p95 through the app's service or repo function (20 runs after 3 warm-ups),
 * the database time of each statement from pg_stat_statements (mean execution time per call, which on an
 * otherwise idle database is its CPU) and the EXPLAIN (ANALYZE, BUFFERS) plan of the slowest statement.
 * Searches also compare their top 20 with ranking every match. Then, over HTTP against the real server,
 * 50 connections on a broad one-word search and the organisations export with the server's peak RSS.
 * Each size's figures go to .cache/bench-scale/results-<size>.json; when both sizes are there, the ratio
 * 100,000 / 10,000 is printed per scenario (a search that costs 10× for 10× the data fails).
 * BENCH_SCALE_HTTP=false skips the HTTP part; BENCH_DURATION sets its seconds of load (default 10);
 * BENCH_SCALE_ONLY=<regular expression> runs only the scenarios whose names match (in-process and HTTP:
 * «search» runs the searches and their 50-connection loads, each beside the bare baseline, without the exports).
 *
 * BENCH_SCALE_ENGINE=pglite measures the embedded database instead (issue 16: up to which size it serves
 * well): the same data set through the same SQL into a cached PGlite data folder per size, the same scenarios
 * (per-statement figures from EXPLAIN ANALYZE of the slowest, PGlite has no pg_stat_statements), plus the time
 * to open and migrate the folder, its size on disk, and the server's start time and peak RSS. Figures go to
 * .cache/bench-scale/results-pglite-<size>.json and a table of p95 per size is printed.
 * BENCH_SCALE_RUNS sets the measured runs per scenario (default 20).
 * Last, the import scenario (bench/scale-import.ts) on a fresh database: BENCH_SCALE_IMPORT_ROWS rows (default
 * 100,000; 0 skips it). BENCH_SCALE_IMPORT_ONLY=1 runs only that, on DATABASE_URL's server when it is set.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { CompiledQuery, sql } from "kysely";
import { AuditQuery } from "../src/domain/audit-views.js";
import { KnowledgeQuery } from "../src/domain/knowledge/entries.js";
import { NeedQuery } from "../src/domain/needs.js";
import { OrganisationQuery } from "../src/domain/organisation.js";
import { ProcessQuery } from "../src/server/../domain/process/schemas.js";
import { migrateToLatest, openDatabase, type Db, type DatabaseOptions } from "../src/server/db/database.js";
import { readAuditLog } from "../src/server/modules/audit/audit.service.js";
import { searchKnowledge } from "../src/server/modules/knowledge/knowledge.service.js";
import { partnerRanking, rankNeedsFor } from "../src/server/modules/matching/matching.service.js";
import { getVisibleNeed, listVisibleNeeds } from "../src/server/modules/needs/needs.service.js";
import { searchOrganisations } from "../src/server/modules/organisations/organisations.repo.js";
import { getOrganisation } from "../src/server/modules/organisations/organisations.service.js";
import {
  listProcessPage,
  listVisibleProcesses,
  loadVisibleProcess,
} from "../src/server/modules/processes/processes.service.js";
import { buildDashboard, allEvidence } from "../src/server/modules/programme/programme.service.js";
import { buildProgrammeWorkbook } from "../src/server/modules/programme/programme-export.js";
import { describeSeminar, listSeminars } from "../src/server/modules/seminars/seminars.service.js";
import type { Actor } from "../src/server/platform/actor.js";
import { Cleanups } from "./cleanup.js";
import { captureStatements } from "./profile.js";
import { readNumber, ROOT } from "./config.js";
import { LOGIN } from "./database-run.js";
import { logIn } from "./http.js";
import { runLoad } from "./load.js";
import { findFreePort, readTreeCpuTimeMs, startServer } from "./processes.js";
import { CACHE_DIR, ensureScaleDatabase, ensureScalePglite } from "./scale-data.js";
import { runImportScenario } from "./scale-import.js";

const RUNS = readNumber(process.env, "BENCH_SCALE_RUNS", 20, 3, 1000);
const ENGINE = process.env.BENCH_SCALE_ENGINE === "pglite" ? "pglite" : "postgres";
const WARMUPS = 3;

interface StatementFigure {
  query: string;
  calls: number;
  meanMs: number;
  rowsPerCall: number;
}

interface ScenarioFigure {
  name: string;
  goalMs: number;
  p50: number;
  p95: number;
  /** Database time per run (sum over statements of mean × calls / runs). */
  dbMsPerRun: number | undefined;
  statements: StatementFigure[];
  slowestPlan: string[];
  note?: string;
}

interface ScaleResult {
  size: number;
  at: string;
  engine?: "pglite" | "postgres";
  /** The machine's load average (1, 5, 15 min) when the figures were taken: other work shares the cores. */
  load?: number[];
  /** PGlite: opening the data folder, migrating it (nothing to do when current), its size, the bench's RSS. */
  openMs?: number;
  migrateMs?: number;
  dataMiB?: number;
  benchRssMiB?: number;
  scenarios: ScenarioFigure[];
  ranking: { query: string; area: string; sameTop20: number; sameOrder: boolean; matches: number }[];
  http: {
    name: string;
    requestsPerSec?: number;
    p99?: number;
    /** The bare baseline's figures for the same load (bench/bare-server.ts). */
    bareRequestsPerSec?: number;
    bareP99?: number;
    /** CPU per request sent: the Node process, the PostgreSQL cluster (all backends), app and bare. */
    nodeCpuMsPerRequest?: number;
    databaseCpuMsPerRequest?: number;
    bareNodeCpuMsPerRequest?: number;
    bareDatabaseCpuMsPerRequest?: number;
    load?: number[];
    peakRssMiB?: number;
    ms?: number;
    note?: string;
  }[];
}

function percentile(sorted: number[], share: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] * 10) / 10;
}

async function startCluster(cleanups: Cleanups): Promise<string> {
  const dir = path.join(CACHE_DIR, "pg");
  mkdirSync(CACHE_DIR, { recursive: true });
  const port = await findFreePort();
  const script = path.join(ROOT, "scripts/pg-cluster.sh");
  const start = () => execFileSync("bash", [script, "start", dir, String(port)], { encoding: "utf8" }).trim();
  let url = start();
  cleanups.add("stop the cached PostgreSQL cluster (its data stays)", () => {
    execFileSync("bash", [script, "stop", dir]);
  });
  // pg_stat_statements needs to be preloaded: set it once, restart, and it stays in postgresql.auto.conf.
  const admin = await openDatabase({ databaseUrl: url });
  const preload = await sql<{ value: string }>`select current_setting('shared_preload_libraries') as value`.execute(
    admin.db,
  );
  await admin.close();
  if (!preload.rows[0].value.includes("pg_stat_statements")) {
    const again = await openDatabase({ databaseUrl: url });
    await sql`alter system set shared_preload_libraries = 'pg_stat_statements'`.execute(again.db);
    await again.close();
    execFileSync("bash", [script, "stop", dir]);
    url = start();
  }
  return url;
}

async function statementsOn(db: Db): Promise<boolean> {
  try {
    await sql`create extension if not exists pg_stat_statements`.execute(db);
    await sql`select pg_stat_statements_reset()`.execute(db);
    return true;
  } catch {
    return false;
  }
}

async function measureScenario(
  db: Db,
  withStatements: boolean,
  name: string,
  goalMs: number,
  call: (db: Db) => Promise<unknown>,
): Promise<ScenarioFigure> {
  for (let run = 0; run < WARMUPS; run += 1) {
    await call(db);
  }
  if (withStatements) {
    await sql`select pg_stat_statements_reset()`.execute(db);
  }
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await call(db);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  let statements: StatementFigure[] = [];
  if (withStatements) {
    const rows = await sql<{ query: string; calls: string; mean: number; rows: string }>`
      select query, calls::text, mean_exec_time as mean, rows::text from pg_stat_statements
      where query not like '%pg_stat_statements%'
        and dbid = (select oid from pg_database where datname = current_database())
      order by total_exec_time desc limit 8`.execute(db);
    statements = rows.rows.map((row) => ({
      query: row.query.replace(/\s+/g, " ").slice(0, 160),
      calls: Number(row.calls),
      meanMs: Math.round(row.mean * 100) / 100,
      rowsPerCall: Math.round(Number(row.rows) / Math.max(1, Number(row.calls))),
    }));
  }
  // The slowest statement's plan, EXPLAIN ANALYZE (its Execution Time is the fallback per-statement figure).
  let slowestPlan: string[] = [];
  let slowestMs = -1;
  for (const statement of await captureStatements(db, call)) {
    if (!/^\s*(select|with)\b/i.test(statement.sql)) {
      // A setting or a write has no plan worth showing (and EXPLAIN of a SET fails).
      continue;
    }
    const plan = await db.executeQuery<Record<string, string>>(
      CompiledQuery.raw(`explain (analyze, buffers) ${statement.sql}`, [...statement.parameters]),
    );
    const lines = plan.rows.map((row) => String(Object.values(row)[0]));
    const executionMs = Number(/Execution Time: ([\d.]+)/.exec(lines.join("\n"))?.[1] ?? 0);
    if (executionMs > slowestMs) {
      slowestMs = executionMs;
      slowestPlan = lines;
    }
  }
  return {
    name,
    goalMs,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    dbMsPerRun: withStatements
      ? Math.round((statements.reduce((sum, item) => sum + item.meanMs * item.calls, 0) / RUNS) * 10) / 10
      : slowestMs,
    statements,
    slowestPlan,
  };
}

/** A bench search: its text and the list's filters (as the query string gives them). */
interface OrganisationSearch {
  label: string;
  query: { q: string; kind?: string; regionCode?: string; municipalityCode?: string };
}

/** Ranking every match (the design before ADR 0020), for the comparison of the top 20; filters as the list's. */
async function referenceOrganisationTop(
  db: Db,
  { q, kind, regionCode, municipalityCode }: OrganisationSearch["query"],
): Promise<{ ids: string[]; matches: number }> {
  const words = (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `${word}:*`).join(" & ");
  const result = await sql<{ id: string; matches: string }>`
    select id, count(*) over ()::text as matches from organisations o
    where archived_at is null and (o.name % ${q} or o.cvr = ${q.replace(/\s/g, "")}
      or o.search_vector @@ to_tsquery('danish', ${words}))
      and (${kind ?? null}::text is null or o.kind = any(string_to_array(${kind ?? null}::text, ',')))
      and (${municipalityCode ?? null}::text is null or o.municipality_code = ${municipalityCode ?? null})
      and (${regionCode ?? null}::text is null or o.municipality_code in (
        select code from municipalities where region_code = ${regionCode ?? null}))
    order by ts_rank(o.search_vector, to_tsquery('danish', ${words})) + similarity(o.name, ${q}) desc, o.name, o.id
    limit 20`.execute(db);
  return { ids: result.rows.map((row) => row.id), matches: Number(result.rows[0]?.matches ?? 0) };
}

async function referenceNeedTop(db: Db, q: string): Promise<{ ids: string[]; matches: number }> {
  const words = (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => `${word}:*`).join(" & ");
  const result = await sql<{ id: string; matches: string }>`
    select id, count(*) over ()::text as matches from needs n
    where n.search_vector @@ to_tsquery('danish', ${words})
    order by ts_rank(n.search_vector, to_tsquery('danish', ${words})) desc, n.created_at desc, n.id
    limit 20`.execute(db);
  return { ids: result.rows.map((row) => row.id), matches: Number(result.rows[0]?.matches ?? 0) };
}

function compareTop(ours: string[], reference: string[]) {
  const theirs = new Set(reference);
  return {
    sameTop20: ours.filter((id) => theirs.has(id)).length,
    sameOrder: ours.length === reference.length && ours.every((id, index) => id === reference[index]),
  };
}

const ORGANISATION_QUERIES: OrganisationSearch[] = [
  ...["robot", "velfærdsteknologi", "hjemmeplejen", "sensor", "demens", "Bornholms robotics", "demens aarhus"].map(
    (q) => ({ label: q, query: { q } }),
  ),
  // Two words that seldom meet in a name (companies named for one, with the other in their text).
  { label: "robot sensor", query: { q: "robot sensor" } },
  { label: "robot, companies", query: { q: "robot", kind: "company" } },
  { label: "demens, Region Hovedstaden", query: { q: "demens", regionCode: "1084" } },
  { label: "sensor, Aarhus", query: { q: "sensor", municipalityCode: "0751" } },
];
const NEED_QUERIES = ["forflytning", "demens", "robot", "medicin"];

function folderMiB(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    }
  }
  return Math.round(bytes / 1024 / 1024);
}

async function runInProcess(options: DatabaseOptions, size: number): Promise<Omit<ScaleResult, "http">> {
  const opening = performance.now();
  const database = await openDatabase(options);
  const openMs = Math.round(performance.now() - opening);
  const db = database.db;
  try {
    const migrating = performance.now();
    await migrateToLatest(db);
    const migrateMs = Math.round(performance.now() - migrating);
    const storage =
      database.kind === "pglite" && options.dataDir ? { openMs, migrateMs, dataMiB: folderMiB(options.dataDir) } : {};
    if (database.kind === "pglite") {
      process.stdout.write(`PGlite: opened in ${openMs} ms, migrated in ${migrateMs} ms, ${storage.dataMiB} MiB\n`);
    }
    const withStatements = await statementsOn(db);
    process.stdout.write(
      withStatements
        ? "per-statement figures: pg_stat_statements\n"
        : "per-statement figures: pg_stat_statements not available, EXPLAIN ANALYZE of the slowest only\n",
    );
    const admin = await db
      .selectFrom("users")
      .select(["id", "email", "name"])
      .where("email", "=", LOGIN.email)
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      id: admin.id,
      email: admin.email,
      name: admin.name,
      role: "admin",
      organisationId: null,
      sessionId: "bench",
      csrfToken: "bench",
      language: "da",
    };
    const need = await db
      .selectFrom("needs")
      .select("id")
      .where("status", "=", "qualified")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const company = await db
      .selectFrom("organisations")
      .select("id")
      .where("kind", "=", "company")
      .where("archived_at", "is", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const processRow = await db.selectFrom("processes").select("id").orderBy("id").executeTakeFirstOrThrow();
    const seminar = await db.selectFrom("seminars").select("id").orderBy("id").executeTakeFirstOrThrow();
    const busyActor = await db
      .selectFrom("audit_log")
      .select("actor_id")
      .where("actor_id", "is not", null)
      .groupBy("actor_id")
      .orderBy(sql`count(*)`, "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    const someEntity = await db
      .selectFrom("audit_log")
      .select("entity_id")
      .where("entity", "=", "need")
      .orderBy("id", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    const today = new Date().toISOString().slice(0, 10);
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    const audit = (query: Record<string, string>) => AuditQuery.parse({ pageSize: "50", ...query });

    let secondPage: string | undefined;
    const scenarios: [string, number, (db: Db) => Promise<unknown>][] = [
      ...ORGANISATION_QUERIES.map(({ label, query }): [string, number, (db: Db) => Promise<unknown>] => [
        `organisation search «${label}»`,
        50,
        (d) => searchOrganisations(d, OrganisationQuery.parse(query)),
      ]),
      ...NEED_QUERIES.map((q): [string, number, (db: Db) => Promise<unknown>] => [
        `need search «${q}»`,
        50,
        (d) => listVisibleNeeds(d, actor, NeedQuery.parse({ q })),
      ]),
      ["knowledge search «robot»", 50, (d) => searchKnowledge(d, actor, KnowledgeQuery.parse({ q: "robot" }))],
      ["knowledge search «demens»", 50, (d) => searchKnowledge(d, actor, KnowledgeQuery.parse({ q: "demens" }))],
      ["matching top-20 for a need", 100, (d) => partnerRanking(d, actor, need.id)],
      ["reverse view: needs for a company", 100, (d) => rankNeedsFor(d, actor, company.id)],
      ["programme dashboard", 500, (d) => buildDashboard(d, "da", today)],
      [
        "programme XLSX export",
        10_000,
        async (d) => {
          const { programme, indicators } = await allEvidence(d, "da", today);
          return buildProgrammeWorkbook(programme.name, indicators, "da", "http://localhost");
        },
      ],
      ["organisation list", 30, (d) => searchOrganisations(d, OrganisationQuery.parse({}))],
      ["organisation detail", 30, (d) => getOrganisation(d, company.id)],
      ["need list", 30, (d) => listVisibleNeeds(d, actor, NeedQuery.parse({}))],
      ["need detail", 30, (d) => getVisibleNeed(d, actor, need.id)],
      // The board's first page (100, issue 16), a later page, and the 500 newest active that home reads.
      ["process list", 30, (d) => listProcessPage(d, actor, ProcessQuery.parse({}))],
      [
        "process list next page",
        30,
        async (d) => {
          secondPage ??= (await listProcessPage(d, actor, ProcessQuery.parse({}))).nextCursor ?? undefined;
          return listProcessPage(d, actor, ProcessQuery.parse({ cursor: secondPage }));
        },
      ],
      ["process summaries (500 active, home)", 30, (d) => listVisibleProcesses(d, actor, { status: ["active"] })],
      ["process detail", 30, (d) => loadVisibleProcess(d, actor, processRow.id)],
      ["seminar list", 30, (d) => listSeminars(d, actor)],
      ["seminar detail", 30, (d) => describeSeminar(d, actor, seminar.id)],
      ["audit log newest", 100, (d) => readAuditLog(d, actor, audit({}))],
      ["audit log by who", 100, (d) => readAuditLog(d, actor, audit({ actorId: busyActor.actor_id as string }))],
      ["audit log by entity type", 100, (d) => readAuditLog(d, actor, audit({ entity: "process" }))],
      [
        "audit log by one entity",
        100,
        (d) => readAuditLog(d, actor, audit({ entity: "need", entityId: someEntity.entity_id })),
      ],
      ["audit log by period", 100, (d) => readAuditLog(d, actor, audit({ from: daysAgo(372), to: daysAgo(365) }))],
      [
        "audit log who + type",
        100,
        (d) => readAuditLog(d, actor, audit({ actorId: busyActor.actor_id as string, entity: "organisation" })),
      ],
      [
        "audit log who + type + period",
        100,
        (d) =>
          readAuditLog(
            d,
            actor,
            audit({ actorId: busyActor.actor_id as string, entity: "process", from: daysAgo(400), to: daysAgo(300) }),
          ),
      ],
    ];
    const figures: ScenarioFigure[] = [];
    const only = process.env.BENCH_SCALE_ONLY ? new RegExp(process.env.BENCH_SCALE_ONLY, "i") : undefined;
    for (const [name, goalMs, call] of scenarios.filter(([name]) => !only || only.test(name))) {
      try {
        const figure = await measureScenario(db, withStatements, name, goalMs, call);
        figures.push(figure);
        process.stdout.write(
          `${name}: p50 ${figure.p50} ms, p95 ${figure.p95} ms ` +
            `(goal ≤ ${goalMs}: ${figure.p95 <= goalMs ? "met" : "NOT met"}), ` +
            `database ${figure.dbMsPerRun ?? "?"} ms per call\n`,
        );
        for (const statement of figure.statements.slice(0, 3)) {
          process.stdout.write(
            `    ${statement.meanMs} ms × ${statement.calls}, ${statement.rowsPerCall} rows: ${statement.query}\n`,
          );
        }
      } catch (error) {
        process.stdout.write(`${name}: failed (${(error as Error).message})\n`);
        figures.push({
          name,
          goalMs,
          p50: NaN,
          p95: NaN,
          dbMsPerRun: undefined,
          statements: [],
          slowestPlan: [],
          note: (error as Error).message,
        });
      }
    }
    const slowest = [...figures].sort((a, b) => (b.dbMsPerRun ?? 0) - (a.dbMsPerRun ?? 0)).slice(0, 3);
    for (const figure of slowest) {
      process.stdout.write(
        `\nplan of the slowest statement in «${figure.name}»:\n  ${figure.slowestPlan.join("\n  ")}\n`,
      );
    }

    const ranking: ScaleResult["ranking"] = [];
    for (const { label, query } of ORGANISATION_QUERIES) {
      const ours = await searchOrganisations(db, OrganisationQuery.parse({ ...query, pageSize: "20" }));
      const reference = await referenceOrganisationTop(db, query);
      ranking.push({
        query: label,
        area: "organisations",
        matches: reference.matches,
        ...compareTop(
          ours.rows.map((row) => row.id),
          reference.ids,
        ),
      });
    }
    for (const q of NEED_QUERIES) {
      const ours = await listVisibleNeeds(db, actor, NeedQuery.parse({ q, pageSize: "20" }));
      const reference = await referenceNeedTop(db, q);
      ranking.push({
        query: q,
        area: "needs",
        matches: reference.matches,
        ...compareTop(
          ours.items.map((row) => row.id),
          reference.ids,
        ),
      });
    }
    process.stdout.write("\nranking against ranking every match (top 20):\n");
    for (const row of ranking) {
      process.stdout.write(
        `  ${row.area} «${row.query}» (${row.matches} matches): ${row.sameTop20}/20 the same, ` +
          `${row.sameOrder ? "same order" : "order differs"}\n`,
      );
    }
    return {
      size,
      at: new Date().toISOString(),
      engine: database.kind,
      load: loadavg().map((value) => Math.round(value * 10) / 10),
      ...storage,
      benchRssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024),
      scenarios: figures,
      ranking,
    };
  } finally {
    await database.close();
  }
}

/** The cached cluster's CPU time so far (the postmaster and its backends), or undefined (PGlite, not running). */
function readClusterCpuMs(): number | undefined {
  try {
    return readTreeCpuTimeMs(Number(readFileSync(path.join(CACHE_DIR, "pg", "postmaster.pid"), "utf8").split("\n")[0]));
  } catch {
    return undefined;
  }
}

async function runHttp(env: Record<string, string>, cleanups: Cleanups): Promise<ScaleResult["http"]> {
  const port = await findFreePort();
  const server = await startServer({
    name: "app",
    entry: "src/server/main.ts",
    port,
    env,
    readyTimeoutMs: 600_000,
  });
  cleanups.add("stop the server", server.stop);
  // The app's own figure (open, migrate, reference data, listen) without tsx compiling the sources.
  const appReadyMs = Number(/klar på (\d+) ms/.exec(server.output())?.[1] ?? NaN);
  const figures: ScaleResult["http"] = [
    { name: "server start until ready", ms: Math.round(server.readyMs), peakRssMiB: server.peakRssMiB() },
    { name: "app start (open, migrate, reference data)", ms: appReadyMs },
  ];
  process.stdout.write(
    `server ready in ${Math.round(server.readyMs)} ms (the app's own start ${appReadyMs} ms), ` +
      `RSS ${server.peakRssMiB() ?? "?"} MiB\n`,
  );
  const cookie = await logIn(server.baseUrl, LOGIN.email, LOGIN.password);
  const headers = { cookie };
  const durationS = readNumber(process.env, "BENCH_DURATION", 10, 1, 600);
  const only = process.env.BENCH_SCALE_ONLY ? new RegExp(process.env.BENCH_SCALE_ONLY, "i") : undefined;
  const loads = (
    [
      ["50 connections: organisation search «robot»", "/api/organisations?q=robot"],
      ["50 connections: need search «demens»", "/api/needs?q=demens"],
    ] as const
  ).filter(([name]) => !only || only.test(name));
  // The bare baseline (bench/bare-server.ts: the same queries without sessions, hooks or plugins) on the same
  // database, each load right after the app's, so drift on the machine hits both alike.
  const bare =
    loads.length > 0
      ? await startServer({
          name: "bare",
          entry: "bench/bare-server.ts",
          port: await findFreePort(),
          env,
          readyTimeoutMs: 120_000,
        })
      : undefined;
  if (bare) {
    cleanups.add("stop the bare server", bare.stop);
  }
  for (const [name, pathAndQuery] of loads) {
    const measure = (target: { baseUrl: string; cpuTimeMs: () => number | undefined }, withHeaders: boolean) =>
      runLoad({
        readDatabaseCpuMs: readClusterCpuMs,
        url: `${target.baseUrl}${pathAndQuery}`,
        connections: 50,
        durationS,
        warmupS: 2,
        headers: withHeaders ? headers : {},
        drainUrl: `${target.baseUrl}/ready`,
        readServerCpuMs: target.cpuTimeMs,
      });
    const load = await measure(server, true);
    const baseline = bare ? await measure(bare, false) : undefined;
    const perSec = Math.round(load.requestsPerSec);
    const cpu = (ms: number | undefined) => (ms === undefined ? "?" : ms.toFixed(1));
    figures.push({
      name,
      requestsPerSec: perSec,
      p99: load.latencyMs.p99,
      bareRequestsPerSec: baseline ? Math.round(baseline.requestsPerSec) : undefined,
      bareP99: baseline?.latencyMs.p99,
      nodeCpuMsPerRequest: load.serverCpuMsPerRequest,
      databaseCpuMsPerRequest: load.databaseCpuMsPerRequest,
      bareNodeCpuMsPerRequest: baseline?.serverCpuMsPerRequest,
      bareDatabaseCpuMsPerRequest: baseline?.databaseCpuMsPerRequest,
      load: loadavg().map((value) => Math.round(value * 10) / 10),
    });
    process.stdout.write(
      `${name}: ${perSec} answers/s (goal ≥ 200: ${perSec >= 200 ? "met" : "NOT met"}), ` +
        `p99 ${load.latencyMs.p99} ms, ${load.non2xx} non-2xx, CPU per request: Node ` +
        `${cpu(load.serverCpuMsPerRequest)} ms, PostgreSQL ${cpu(load.databaseCpuMsPerRequest)} ms; ` +
        `bare ${baseline ? Math.round(baseline.requestsPerSec) : "?"} answers/s, ` +
        `p99 ${baseline?.latencyMs.p99 ?? "?"} ms, ` +
        `${baseline?.non2xx ?? "?"} non-2xx, CPU per request: Node ${cpu(baseline?.serverCpuMsPerRequest)} ms, ` +
        `PostgreSQL ${cpu(baseline?.databaseCpuMsPerRequest)} ms (load ${loadavg()[0].toFixed(1)})\n`,
    );
  }
  await bare?.stop();
  await server.stop();
  // Each export on a fresh server, so its peak RSS is the export's own, not the load's before it.
  for (const format of (["csv", "xlsx"] as const).filter((f) => !only || only.test(`organisations export ${f}`))) {
    const fresh = await startServer({
      name: "export",
      entry: "src/server/main.ts",
      port: await findFreePort(),
      env,
      readyTimeoutMs: 120_000,
    });
    cleanups.add("stop the export server", fresh.stop);
    const freshHeaders = { cookie: await logIn(fresh.baseUrl, LOGIN.email, LOGIN.password) };
    const started = performance.now();
    const response = await fetch(`${fresh.baseUrl}/api/organisations/export?format=${format}`, {
      headers: freshHeaders,
    });
    const body = await response.arrayBuffer();
    const ms = Math.round(performance.now() - started);
    const rss = fresh.peakRssMiB();
    figures.push({ name: `organisations export (${format.toUpperCase()})`, ms, peakRssMiB: rss });
    process.stdout.write(
      `organisations export (${format.toUpperCase()}): ${response.status}, ${Math.round(body.byteLength / 1024)} KiB ` +
        `in ${ms} ms, server peak RSS ${rss ?? "?"} MiB ` +
        `(goal < 500 MiB: ${rss !== undefined && rss < 500 ? "met" : "NOT met"})\n`,
    );
    await fresh.stop();
  }
  return figures;
}

/** PGlite: p95 per scenario across the sizes measured so far, with the load of each run. */
function printPgliteTable(): void {
  const results = readdirSync(CACHE_DIR)
    .filter((name) => /^results-pglite-\d+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(path.join(CACHE_DIR, name), "utf8")) as ScaleResult)
    .sort((a, b) => a.size - b.size);
  if (results.length === 0) {
    return;
  }
  process.stdout.write(`\nPGlite, p95 ms per size (${results.map((r) => r.size).join(" / ")}):\n`);
  process.stdout.write(`  load average (1 min): ${results.map((r) => r.load?.[0] ?? "?").join(" / ")}\n`);
  process.stdout.write(`  data folder MiB: ${results.map((r) => r.dataMiB ?? "?").join(" / ")}\n`);
  process.stdout.write(`  open + migrate ms: ${results.map((r) => `${r.openMs}+${r.migrateMs}`).join(" / ")}\n`);
  for (const figure of results[results.length - 1].scenarios) {
    const row = results.map((r) => r.scenarios.find((item) => item.name === figure.name)?.p95 ?? "–");
    process.stdout.write(`  ${figure.name} (goal ${figure.goalMs}): ${row.join(" / ")}\n`);
  }
  for (const figure of results[results.length - 1].http) {
    const row = results.map((r) => {
      const item = r.http.find((h) => h.name === figure.name);
      return item
        ? [
            item.requestsPerSec && `${Math.round(item.requestsPerSec * 10) / 10}/s`,
            item.ms && `${item.ms} ms`,
            item.peakRssMiB && `${item.peakRssMiB} MiB`,
          ]
            .filter(Boolean)
            .join(" ")
        : "–";
    });
    process.stdout.write(`  ${figure.name}: ${row.join(" / ")}\n`);
  }
}

function printRatios(): void {
  const small = path.join(CACHE_DIR, "results-10000.json");
  const large = path.join(CACHE_DIR, "results-100000.json");
  if (!existsSync(small) || !existsSync(large)) {
    return;
  }
  const a = JSON.parse(readFileSync(small, "utf8")) as ScaleResult;
  const b = JSON.parse(readFileSync(large, "utf8")) as ScaleResult;
  process.stdout.write("\n100,000 / 10,000 per scenario (p95, database ms per call):\n");
  for (const figure of b.scenarios) {
    const base = a.scenarios.find((item) => item.name === figure.name);
    if (!base) {
      continue;
    }
    const ratio = (x: number | undefined, y: number | undefined) =>
      x !== undefined && y !== undefined && y > 0 ? `${Math.round((x / y) * 10) / 10}×` : "?";
    process.stdout.write(
      `  ${figure.name}: p95 ${base.p95} → ${figure.p95} ms (${ratio(figure.p95, base.p95)}), ` +
        `database ${base.dbMsPerRun} → ${figure.dbMsPerRun} ms (${ratio(figure.dbMsPerRun, base.dbMsPerRun)})\n`,
    );
  }
}

const sizes = (process.env.BENCH_SCALE || "10000").split(",").map((value) => {
  const size = Number(value.trim());
  if (!Number.isInteger(size) || size < 1000 || size > 200_000) {
    throw new Error(`BENCH_SCALE takes organisation counts from 1000 to 200000, got "${value}"`);
  }
  return size;
});
const cleanups = new Cleanups();
const importRowCount = readNumber(process.env, "BENCH_SCALE_IMPORT_ROWS", 100_000, 0, 100_000);
try {
  if (process.env.BENCH_SCALE_IMPORT_ONLY) {
    const serverUrl = process.env.DATABASE_URL ?? (await startCluster(cleanups));
    process.stdout.write(`\n== import of ${importRowCount.toLocaleString("en")} organisations ==\n`);
    await runImportScenario(serverUrl, importRowCount, cleanups);
  } else {
    if (ENGINE === "pglite") {
      mkdirSync(CACHE_DIR, { recursive: true });
      for (const size of sizes) {
        process.stdout.write(
          `\n== PGlite, ${size.toLocaleString("en")} organisations (load ${loadavg()
            .map((v) => v.toFixed(1))
            .join(" ")}) ==\n`,
        );
        const built = await ensureScalePglite(size);
        process.stdout.write(
          built.builtS > 0 ? `built ${built.name} in ${built.builtS} s\n` : `cached: ${built.name}\n`,
        );
        const result = await runInProcess({ dataDir: built.dataDir }, size);
        const http =
          process.env.BENCH_SCALE_HTTP === "false" ? [] : await runHttp({ DATA_DIR: built.dataDir }, cleanups);
        writeFileSync(
          path.join(CACHE_DIR, `results-pglite-${size}.json`),
          JSON.stringify({ ...result, builtS: built.builtS || undefined, http }, null, 2),
        );
      }
      printPgliteTable();
    }
    const serverUrl = ENGINE === "postgres" ? await startCluster(cleanups) : "";
    for (const size of ENGINE === "postgres" ? sizes : []) {
      process.stdout.write(`\n== ${size.toLocaleString("en")} organisations ==\n`);
      const built = await ensureScaleDatabase(serverUrl, size);
      process.stdout.write(built.builtS > 0 ? `built ${built.name} in ${built.builtS} s\n` : `cached: ${built.name}\n`);
      const result = await runInProcess({ databaseUrl: built.url }, size);
      const http = process.env.BENCH_SCALE_HTTP === "false" ? [] : await runHttp({ DATABASE_URL: built.url }, cleanups);
      writeFileSync(path.join(CACHE_DIR, `results-${size}.json`), JSON.stringify({ ...result, http }, null, 2));
    }
    if (ENGINE === "postgres") {
      printRatios();
    }
    if (ENGINE === "postgres" && importRowCount > 0) {
      process.stdout.write(`\n== import of ${importRowCount.toLocaleString("en")} organisations ==\n`);
      const figures = await runImportScenario(serverUrl, importRowCount, cleanups);
      writeFileSync(path.join(CACHE_DIR, `results-import.json`), JSON.stringify(figures, null, 2));
    }
  }
} finally {
  await cleanups.runAll();
}
