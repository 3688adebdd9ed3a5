/**
 * npm run bench:soak: RELIABILITY L2 (fixed-rate read/list/write mix), L4 (bounded soak with the
 * app's RSS, file descriptors and database connections sampled) and L3 (overload: shed with 503 +
 * Retry-After, then recover), against the real app on the seeded database. Reuses the seeding,
 * launching and cleanup of `npm run bench`. See docs/decisions/0006-benchmarks.md.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { openDatabase } from "../src/server/db/database.js";
import { Cleanups } from "./cleanup.js";
import type { DatabaseKind } from "./config.js";
import { launch, prepareTarget } from "./database-run.js";
import { getJson } from "./http.js";
import { waitForQuietCpu } from "./machine.js";
import { seedBenchData } from "./seed.js";
import { readSoakConfig, SOAK_RESULTS_FILE, type SoakConfig } from "./soak-config.js";
import { formatSoakDatabase, isAllMet, type SoakDatabaseResult } from "./soak-report.js";
import { measureL1, runL2, runL3, runL4, type MixTarget } from "./soak-runs.js";

/** Organisations the mix reads one by one, and those it writes to (generated ones, not the demo's). */
const READ_IDS = 500;
const WRITE_IDS = 200;

let active: Cleanups | undefined;

async function prepare(kind: DatabaseKind, config: SoakConfig, cleanups: Cleanups) {
  const target = await prepareTarget(kind, config.base, cleanups);
  const database = await openDatabase(target.open);
  try {
    const seed = await seedBenchData(database.db, config.base.organisations);
    const version = await sql<{ server_version: string }>`show server_version`.execute(database.db);
    const rows = await database.db
      .selectFrom("organisations")
      .select("id")
      .where("archived_at", "is", null)
      .where("cvr", "like", "98%")
      .orderBy("id")
      .limit(READ_IDS + WRITE_IDS)
      .execute();
    if (rows.length < READ_IDS + WRITE_IDS) {
      throw new Error(`Only ${rows.length} generated organisations to read and write; raise BENCH_ORGANISATIONS`);
    }
    const ids = rows.map((row) => row.id);
    return {
      target,
      seed,
      version: version.rows[0]?.server_version ?? "?",
      readIds: ids.slice(0, READ_IDS),
      writeIds: ids.slice(READ_IDS),
    };
  } finally {
    await database.close();
  }
}

async function benchmark(kind: DatabaseKind, config: SoakConfig, cleanups: Cleanups): Promise<SoakDatabaseResult> {
  process.stdout.write(`\n[${kind}] seeding ${config.base.organisations} organisations ...\n`);
  const data = await prepare(kind, config, cleanups);
  const app = await launch("app", "src/server/main.ts", data.target.env, cleanups);
  const me = await getJson(`${app.server.baseUrl}/api/me`, app.headers);
  const csrfToken =
    typeof me.body === "object" && me.body !== null && "csrfToken" in me.body ? me.body.csrfToken : undefined;
  if (me.status !== 200 || typeof csrfToken !== "string") {
    throw new Error(`GET /api/me answered ${me.status} without a CSRF token`);
  }
  const mixTarget: MixTarget = {
    server: app.server,
    session: { cookie: app.headers.cookie, csrfToken },
    readIds: data.readIds,
    writeIds: data.writeIds,
    databaseUrl: data.target.env.DATABASE_URL,
  };
  const quiet = await waitForQuietCpu(config.base.quietWaitS);
  const name = kind === "postgres" ? "PostgreSQL" : "PGlite";
  const result: SoakDatabaseResult = {
    kind,
    description: `${name} ${data.version} (${data.target.label})`,
    organisations: data.seed.organisations,
    foreignCpuBusy: quiet.share,
  };
  const { warmupS } = config.base;
  if (config.runs.includes("l2")) {
    process.stdout.write(
      `[${kind}] L2: ${warmupS} s warm-up, then -R ${config.l2Rate} for ${config.l2Seconds} s ...\n`,
    );
    result.l2 = await runL2(mixTarget, config.l2Rate, config.mixConnections, config.l2Seconds, warmupS);
  }
  if (config.runs.includes("l4")) {
    let rate = config.soakRate;
    let l1PerSec: number | undefined;
    if (rate === undefined) {
      process.stdout.write(
        `[${kind}] L4: measuring L1 (GET by id, -c 10, ${config.base.durationS} s) for the soak rate ...\n`,
      );
      l1PerSec = await measureL1(mixTarget, config.base.durationS, warmupS);
      rate = Math.max(1, Math.round(l1PerSec / 2));
    }
    const endsAt = new Date(Date.now() + (warmupS + config.soakMinutes * 60) * 1_000);
    process.stdout.write(
      `[${kind}] L4: soak at ${rate} req/s for ${config.soakMinutes} min (until about ` +
        `${endsAt.toTimeString().slice(0, 8)}) ...\n`,
    );
    result.l4 = await runL4(mixTarget, rate, l1PerSec, config.mixConnections, config.soakMinutes, warmupS);
  }
  if (config.runs.includes("l3")) {
    process.stdout.write(
      `[${kind}] L3: GET ${config.overloadPath} at -c ${config.overloadConnections} for ` +
        `${config.overloadSeconds} s ...\n`,
    );
    result.l3 = await runL3(mixTarget, config.overloadPath, config.overloadConnections, config.overloadSeconds);
  }
  await app.server.stop();
  return result;
}

async function main(): Promise<number> {
  const config = readSoakConfig();
  const { databaseUrl, ...base } = config.base;
  process.stdout.write(
    `Samspil soak and overload benchmark (RELIABILITY L2, L4, L3) on ${cpus().length} CPU ` +
      `cores, Node ${process.version}.\n` +
      `Load generator, app and database share these cores. Databases: ` +
      `${config.databases.join(", ")}${databaseUrl ? " (PostgreSQL from BENCH_DATABASE_URL/DATABASE_URL)" : ""}; ` +
      `runs: ${config.runs.join(", ")}; BENCH_L2_SECONDS=${config.l2Seconds}, ` +
      `BENCH_SOAK_MINUTES=${config.soakMinutes}, ` +
      `BENCH_OVERLOAD_SECONDS=${config.overloadSeconds}.\n`,
  );
  const results = {
    startedAt: new Date().toISOString(),
    config: { ...config, base },
    databases: [] as SoakDatabaseResult[],
  };
  for (const kind of config.databases) {
    const cleanups = new Cleanups();
    active = cleanups;
    try {
      results.databases.push(await benchmark(kind, config, cleanups));
    } finally {
      await cleanups.runAll();
      active = undefined;
    }
    mkdirSync(path.dirname(SOAK_RESULTS_FILE), { recursive: true });
    writeFileSync(SOAK_RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  }
  process.stdout.write(
    `\n${results.databases.map(formatSoakDatabase).join("\n\n")}\n\nResults (with every ` +
      `reading) written to ${SOAK_RESULTS_FILE}\n`,
  );
  const isMet = results.databases.every(isAllMet);
  process.stdout.write(isMet ? "Targets: all met.\n" : "Targets: NOT all met (see FAIL lines).\n");
  return 0;
}

async function abort(signal: NodeJS.Signals): Promise<void> {
  process.stderr.write(`\n${signal}: stopping the app and the database ...\n`);
  await active?.runAll();
  process.exit(130);
}

process.once("SIGINT", (signal) => void abort(signal));
process.once("SIGTERM", (signal) => void abort(signal));

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    process.stderr.write(
      `Soak benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await active?.runAll();
    process.exit(1);
  },
);
