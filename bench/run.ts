/**
 * npm run bench: seeds 10,000 organisations and load-tests the organisation list and search
 * (and RELIABILITY L1/L5) through the real app and a bare Fastify baseline, on PostgreSQL and
 * PGlite, then times start-up on the existing data. See docs/decisions/0006-benchmarks.md.
 */
import { cpus, platform } from "node:os";
import { Cleanups } from "./cleanup.js";
import { readBenchConfig, RESULTS_FILE } from "./config.js";
import { benchmarkDatabase } from "./database-run.js";
import { formatDatabase, writeResults, type BenchResults, type DatabaseResult } from "./report.js";

let active: Cleanups | undefined;

async function main(): Promise<number> {
  const startedAt = performance.now();
  const config = readBenchConfig();
  const { databaseUrl, ...shown } = config;
  const cores = cpus();
  const machine = {
    cpus: cores.length,
    cpuModel: cores[0]?.model.trim() ?? "?",
    node: process.version,
    platform: platform(),
  };
  process.stdout.write(
    `Samspil benchmark on ${machine.cpus} CPU cores (${machine.cpuModel}), Node ${machine.node}.\n` +
      `Load generator (autocannon), server and database share these ${machine.cpus} cores: ` +
      `absolute figures are lower than on a server, ratios are comparable.\n` +
      `Databases: ${config.databases.join(", ")}` +
      (databaseUrl ? " (PostgreSQL from BENCH_DATABASE_URL/DATABASE_URL: organisations are added to it)" : "") +
      "; " +
      `BENCH_DURATION=${config.durationS} s, BENCH_WARMUP=${config.warmupS} s.\n`,
  );

  const results: BenchResults = { startedAt: new Date().toISOString(), machine, config: shown, databases: [] };
  const printed: string[] = [];
  for (const kind of config.databases) {
    const cleanups = new Cleanups();
    active = cleanups;
    let result: DatabaseResult;
    try {
      result = await benchmarkDatabase(kind, config, cleanups, results.databases.length === 0);
    } finally {
      await cleanups.runAll();
      active = undefined;
    }
    results.databases.push(result);
    writeResults(RESULTS_FILE, results);
    printed.push(formatDatabase(result, shown));
  }

  const waitedMs = results.databases.reduce((sum, result) => sum + result.quietWaitMs, 0);
  const minutes = ((performance.now() - startedAt - waitedMs) / 60_000).toFixed(1);
  const waited = waitedMs > 1_000 ? `, plus ${Math.round(waitedMs / 1000)} s waiting for a quiet CPU` : "";
  process.stdout.write(
    `\n${printed.join("\n\n")}\n\nResults written to ${RESULTS_FILE} (benchmark took ${minutes} min${waited})\n`,
  );
  const postgres = results.databases.find((result) => result.kind === "postgres");
  if (!postgres) {
    process.stdout.write("PostgreSQL was not benchmarked: the targets are stated for PostgreSQL.\n");
  } else {
    const isMet =
      postgres.scenarios.every((scenario) => scenario.pass) && postgres.pageCap.pass && postgres.startup.pass;
    process.stdout.write(
      isMet ? "PostgreSQL targets: all met.\n" : "PostgreSQL targets: NOT all met (see FAIL lines).\n",
    );
  }
  return 0;
}

async function abort(signal: NodeJS.Signals): Promise<void> {
  process.stderr.write(`\n${signal}: stopping servers and the database ...\n`);
  await active?.runAll();
  process.exit(130);
}

process.once("SIGINT", (signal) => void abort(signal));
process.once("SIGTERM", (signal) => void abort(signal));

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    process.stderr.write(
      `Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await active?.runAll();
    process.exit(1);
  },
);
