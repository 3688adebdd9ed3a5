import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const RESULTS_FILE = path.join(ROOT, "bench", "results", "latest.json");

export type DatabaseKind = "postgres" | "pglite";

export interface BenchConfig {
  /** Seconds of measured load per scenario. */
  durationS: number;
  /** Seconds of discarded load before each measured run. */
  warmupS: number;
  /** Organisations in the database (demo data included). */
  organisations: number;
  databases: DatabaseKind[];
  /** An existing PostgreSQL to use instead of a throwaway cluster. */
  databaseUrl: string | undefined;
  startupRuns: number;
  /** Seconds to wait, before each database's load runs, for other processes to leave the CPU. */
  quietWaitS: number;
}

export function readNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") {
    return fallback;
  }
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function readDatabases(raw: string | undefined, fallback = "postgres,pglite"): DatabaseKind[] {
  const names = (raw || fallback)
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  const kinds: DatabaseKind[] = [];
  for (const name of names) {
    if (name !== "postgres" && name !== "pglite") {
      throw new Error(`BENCH_DATABASES takes postgres and/or pglite, got "${name}"`);
    }
    kinds.push(name);
  }
  if (kinds.length === 0) {
    throw new Error("BENCH_DATABASES is empty");
  }
  return kinds;
}

export function readBenchConfig(env: NodeJS.ProcessEnv = process.env): BenchConfig {
  return {
    durationS: readNumber(env, "BENCH_DURATION", 10, 1, 600),
    warmupS: readNumber(env, "BENCH_WARMUP", 2, 0, 60),
    organisations: Math.round(readNumber(env, "BENCH_ORGANISATIONS", 10_000, 100, 200_000)),
    databases: readDatabases(env.BENCH_DATABASES),
    databaseUrl: env.BENCH_DATABASE_URL || env.DATABASE_URL || undefined,
    startupRuns: Math.round(readNumber(env, "BENCH_STARTUP_RUNS", 3, 1, 20)),
    quietWaitS: readNumber(env, "BENCH_QUIET_WAIT", 0, 0, 3_600),
  };
}
