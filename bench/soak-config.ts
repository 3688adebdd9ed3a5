import path from "node:path";
import { readBenchConfig, readDatabases, readNumber, ROOT, type BenchConfig, type DatabaseKind } from "./config.js";

export const SOAK_RESULTS_FILE = path.join(ROOT, "bench", "results", "soak-latest.json");

export type SoakRun = "l2" | "l3" | "l4";
const RUNS: SoakRun[] = ["l2", "l4", "l3"];

export interface SoakConfig {
  /** Organisations, database URL, warm-up, quiet wait and the L1 measurement time (BENCH_DURATION). */
  base: BenchConfig;
  databases: DatabaseKind[];
  runs: SoakRun[];
  /** autocannon connections for the fixed-rate mix (its default, as `-R 200` alone would use). */
  mixConnections: number;
  l2Rate: number;
  l2Seconds: number;
  soakMinutes: number;
  /** Fixed rate of the soak; undefined = 50 % of the L1 rate measured just before. */
  soakRate: number | undefined;
  overloadConnections: number;
  overloadSeconds: number;
  overloadPath: string;
}

function readRuns(raw: string | undefined): SoakRun[] {
  const names = (raw || RUNS.join(","))
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names) {
    if (!RUNS.includes(name as SoakRun)) {
      throw new Error(`BENCH_SOAK_RUNS takes l2, l3 and/or l4, got "${name}"`);
    }
  }
  // Always in the order L2, L4, L3: the overload run comes last so it cannot disturb the others.
  return RUNS.filter((run) => names.includes(run));
}

export function readSoakConfig(env: NodeJS.ProcessEnv = process.env): SoakConfig {
  const overloadPath = env.BENCH_OVERLOAD_PATH || "/api/organisations?q=robot";
  if (!overloadPath.startsWith("/api/")) {
    throw new Error(`BENCH_OVERLOAD_PATH must start with /api/, got "${overloadPath}"`);
  }
  const soakRate = readNumber(env, "BENCH_SOAK_RATE", 0, 0, 100_000);
  return {
    base: readBenchConfig({ ...env, BENCH_WARMUP: env.BENCH_WARMUP || "5" }),
    databases: readDatabases(env.BENCH_DATABASES, "postgres"),
    runs: readRuns(env.BENCH_SOAK_RUNS),
    mixConnections: Math.round(readNumber(env, "BENCH_MIX_CONNECTIONS", 10, 1, 1_000)),
    l2Rate: Math.round(readNumber(env, "BENCH_L2_RATE", 200, 1, 100_000)),
    l2Seconds: readNumber(env, "BENCH_L2_SECONDS", 60, 5, 3_600),
    soakMinutes: readNumber(env, "BENCH_SOAK_MINUTES", 10, 0.5, 240),
    soakRate: soakRate > 0 ? Math.round(soakRate) : undefined,
    overloadConnections: Math.round(readNumber(env, "BENCH_OVERLOAD_CONNECTIONS", 200, 1, 5_000)),
    overloadSeconds: readNumber(env, "BENCH_OVERLOAD_SECONDS", 20, 3, 600),
    overloadPath,
  };
}
