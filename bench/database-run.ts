import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { openDatabase, type DatabaseOptions } from "../src/server/db/database.js";
import { DEMO_PASSWORD } from "../src/server/seed/demo-content.js";
import { DEMO_USERS } from "../src/server/seed/demo.js";
import type { Cleanups } from "./cleanup.js";
import type { BenchConfig, DatabaseKind } from "./config.js";
import { getJson, logIn, readTotal } from "./http.js";
import { runLoad } from "./load.js";
import { measureForeignCpuBusy, waitForQuietCpu } from "./machine.js";
import { findFreePort, startPgCluster, startServer, type ServerProcess } from "./processes.js";
import { profileDatabase, type DatabaseProfile } from "./profile.js";
import {
  formatCpu,
  formatShare,
  judge,
  type DatabaseResult,
  type Measured,
  type PageCapResult,
  type ScenarioResult,
} from "./report.js";
import { buildScenarios, type Scenario } from "./scenarios.js";
import { seedBenchData, type SeedSummary } from "./seed.js";
import { measureStartup } from "./startup.js";

export const LOGIN = { email: DEMO_USERS[0].email, password: DEMO_PASSWORD };
const PAGE_CAP_REQUEST = 100_000;

export interface Target {
  env: Record<string, string>;
  open: DatabaseOptions;
  label: string;
  /** PGlite allows one process per folder: the bare server gets a copy made after seeding. */
  dataDir?: string;
  /** CPU time of our throwaway PostgreSQL cluster. */
  databaseCpuMs?: () => number | undefined;
}

interface PreparedData {
  seed: SeedSummary;
  version: string;
  scenarios: Scenario[];
  profile: DatabaseProfile;
}

export interface RunningServer {
  name: "app" | "bare";
  server: ServerProcess;
  headers: Record<string, string>;
}

export async function prepareTarget(kind: DatabaseKind, config: BenchConfig, cleanups: Cleanups): Promise<Target> {
  if (kind === "postgres") {
    if (config.databaseUrl) {
      return {
        env: { DATABASE_URL: config.databaseUrl },
        open: { databaseUrl: config.databaseUrl },
        label: "given database",
      };
    }
    const cluster = await startPgCluster();
    cleanups.add("stop the throwaway PostgreSQL cluster", cluster.stop);
    return {
      env: { DATABASE_URL: cluster.url },
      open: { databaseUrl: cluster.url },
      label: "throwaway cluster, fsync off",
      databaseCpuMs: cluster.cpuTimeMs,
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "samspil-bench-pglite-"));
  cleanups.add("delete the PGlite folder", () => rmSync(dir, { recursive: true, force: true }));
  return { env: { DATA_DIR: dir }, open: { dataDir: dir }, label: "embedded, data folder on disk", dataDir: dir };
}

function bareEnv(target: Target, cleanups: Cleanups): Record<string, string> {
  if (!target.dataDir) {
    return target.env;
  }
  const copy = mkdtempSync(path.join(tmpdir(), "samspil-bench-pglite-bare-"));
  cleanups.add("delete the bare server's PGlite copy", () => rmSync(copy, { recursive: true, force: true }));
  cpSync(target.dataDir, copy, { recursive: true, filter: (source) => path.basename(source) !== "samspil.lock" });
  return { DATA_DIR: copy };
}

/** Seeds, picks an organisation for GET by id, and profiles the statements; closes the database after. */
async function prepareData(target: Target, config: BenchConfig, withDiagnostics: boolean): Promise<PreparedData> {
  const database = await openDatabase(target.open);
  try {
    const db = database.db;
    const seed = await seedBenchData(db, config.organisations);
    const version = await sql<{ server_version: string }>`show server_version`.execute(db);
    const organisation = await db
      .selectFrom("organisations")
      .select("id")
      .where("kind", "=", "company")
      .where("name", "ilike", "%robot%")
      .orderBy("name")
      .executeTakeFirstOrThrow();
    const scenarios = buildScenarios(organisation.id, withDiagnostics);
    const profile = await profileDatabase(db, scenarios, organisation.id, LOGIN.email);
    return { seed, version: version.rows[0]?.server_version ?? "?", scenarios, profile };
  } finally {
    await database.close();
  }
}

export async function launch(
  name: "app" | "bare",
  entry: string,
  env: Record<string, string>,
  cleanups: Cleanups,
): Promise<RunningServer> {
  const server = await startServer({ name, entry, port: await findFreePort(), env });
  cleanups.add(`stop the ${name} server`, server.stop);
  const headers: Record<string, string> =
    name === "app" ? { cookie: await logIn(server.baseUrl, LOGIN.email, LOGIN.password) } : {};
  return { name, server, headers };
}

async function checkPageCap(running: RunningServer): Promise<PageCapResult> {
  const { status, body } = await getJson(
    `${running.server.baseUrl}/api/organisations?pageSize=${PAGE_CAP_REQUEST}`,
    running.headers,
  );
  const page = typeof body === "object" && body !== null ? (body as { pageSize?: unknown; items?: unknown }) : {};
  const pageSize = typeof page.pageSize === "number" ? page.pageSize : -1;
  const items = Array.isArray(page.items) ? page.items.length : -1;
  return {
    requestedPageSize: PAGE_CAP_REQUEST,
    pageSize,
    items,
    pass: status === 200 && pageSize === 100 && items === 100,
  };
}

async function measure(
  running: RunningServer,
  scenario: Scenario,
  config: BenchConfig,
  target: Target,
): Promise<Measured> {
  const { server, name } = running;
  const headers = { ...running.headers, ...scenario.headers };
  const url = `${server.baseUrl}${scenario.path}`;
  const first = await getJson(url, headers);
  if (first.status !== 200) {
    throw new Error(
      `${name} ${scenario.path} answered ${first.status}: ` +
        `${JSON.stringify(first.body).slice(0, 300)}\n${server.output()}`,
    );
  }
  const load = await runLoad({
    url,
    connections: scenario.connections,
    durationS: config.durationS,
    warmupS: config.warmupS,
    headers,
    drainUrl: `${server.baseUrl}/ready`,
    readServerCpuMs: server.cpuTimeMs,
    readDatabaseCpuMs: target.databaseCpuMs,
  });
  process.stdout.write(
    `  ${name.padEnd(4)} ${scenario.label.padEnd(26)} c=${String(scenario.connections).padEnd(3)} ` +
      `${load.requestsPerSec.toFixed(0).padStart(6)} req/s  p99 ${load.latencyMs.p99} ms  ` +
      `errors ${load.errors}  non-2xx ${load.non2xx}` +
      `  CPU/req server ${formatCpu(load.serverCpuMsPerRequest)} ms, PostgreSQL ` +
      `${formatCpu(load.databaseCpuMsPerRequest)} ms` +
      `  (drained ${load.drainMs} ms)\n`,
  );
  return { ...load, total: readTotal(first.body) };
}

/** Each scenario on bare, then on app, back to back, so drift on the machine hits both alike. */
async function runScenarios(
  bare: RunningServer,
  app: RunningServer,
  scenarios: Scenario[],
  config: BenchConfig,
  target: Target,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    const bareResult = await measure(bare, scenario, config, target);
    const appResult = await measure(app, scenario, config, target);
    // Throughput of answers that served the page (2xx): a shed 503 is quick but serves nobody.
    const served = (result: typeof appResult) =>
      result.durationS > 0 ? (result.requests - result.non2xx) / result.durationS : 0;
    const ratio = served(bareResult) > 0 ? served(appResult) / served(bareResult) : undefined;
    const failures = judge(scenario.target, appResult, ratio);
    if (appResult.total !== bareResult.total) {
      failures.push(`total differs from bare (${appResult.total} vs ${bareResult.total})`);
    }
    results.push({
      key: scenario.key,
      label: scenario.label,
      path: scenario.path,
      target: scenario.target,
      bare: bareResult,
      app: appResult,
      ratio,
      pass: failures.length === 0,
      failures,
    });
  }
  return results;
}

export async function benchmarkDatabase(
  kind: DatabaseKind,
  config: BenchConfig,
  cleanups: Cleanups,
  withDiagnostics: boolean,
): Promise<DatabaseResult> {
  const target = await prepareTarget(kind, config, cleanups);
  process.stdout.write(`\n[${kind}] seeding ${config.organisations} organisations and profiling queries ...\n`);
  const data = await prepareData(target, config, withDiagnostics);
  const bare = await launch("bare", "bench/bare-server.ts", bareEnv(target, cleanups), cleanups);
  const app = await launch("app", "src/server/main.ts", target.env, cleanups);
  if (config.quietWaitS > 0) {
    process.stdout.write(`[${kind}] waiting up to ${config.quietWaitS} s for other processes to leave the CPU ...\n`);
  }
  const quiet = await waitForQuietCpu(config.quietWaitS);
  const foreignCpuBefore = quiet.share;
  process.stdout.write(
    `[${kind}] seeded in ${(data.seed.ms / 1000).toFixed(1)} s; CPU busy with other ` +
      `processes: ${formatShare(foreignCpuBefore)}; load runs:\n`,
  );
  const pageCap = await checkPageCap(app);
  const scenarios = await runScenarios(bare, app, data.scenarios, config, target);
  const peakRssMiB = { app: app.server.peakRssMiB(), bare: bare.server.peakRssMiB() };
  const foreignCpuAfter = await measureForeignCpuBusy();
  await app.server.stop();
  await bare.server.stop();

  process.stdout.write(`[${kind}] start-up on the existing database, ${config.startupRuns} runs ...\n`);
  const startup = await measureStartup(target.env, config.startupRuns);
  const name = kind === "postgres" ? "PostgreSQL" : "PGlite";
  return {
    kind,
    description: `${name} ${data.version} (${target.label})`,
    seed: data.seed,
    profile: data.profile,
    scenarios,
    pageCap,
    startup,
    peakRssMiB,
    foreignCpuBusy: { before: foreignCpuBefore, after: foreignCpuAfter },
    quietWaitMs: quiet.waitedMs,
  };
}
