import autocannon from "autocannon";
import { setTimeout as sleep } from "node:timers/promises";

const DRAIN_TIMEOUT_MS = 120_000;
/** Enough to open the database pool and warm the JIT; fewer dropped requests to drain after. */
const WARMUP_MAX_CONNECTIONS = 10;
const DRAINED_BELOW_MS = 50;

export interface LoadSpec {
  url: string;
  connections: number;
  durationS: number;
  warmupS: number;
  headers?: Record<string, string>;
  /** A cheap URL that queues behind the database work (GET /ready), to wait until the server is idle. */
  drainUrl: string;
  /** The server process's CPU time so far (ms), to charge it per request. */
  readServerCpuMs?: () => number | undefined;
  /** The PostgreSQL cluster's CPU time so far (ms), when it is ours to watch. */
  readDatabaseCpuMs?: () => number | undefined;
}

export interface LoadResult {
  connections: number;
  durationS: number;
  requests: number;
  requestsPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** Connection errors and timeouts (autocannon's `errors` includes timeouts). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** How long the server kept working on dropped requests after the run. */
  drainMs: number;
  /**
   * Server process CPU per request sent (ms), counted over the run and its drain. With PGlite
   * this includes the database; with PostgreSQL the database's own processes are not counted.
   */
  serverCpuMsPerRequest: number | undefined;
  /** PostgreSQL processes' CPU per request sent (ms); undefined for PGlite or a given database. */
  databaseCpuMsPerRequest: number | undefined;
}

function fire(spec: LoadSpec, durationS: number, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url: spec.url,
    connections,
    duration: durationS,
    headers: spec.headers,
    timeout: 10,
  });
}

/**
 * autocannon stops at the deadline and drops its in-flight requests, but the server still
 * finishes them: a slow endpoint leaves a queue that would slow the next run. Waits until the
 * drain URL answers 200 quickly again (bounded); returns the milliseconds waited.
 */
export async function drain(url: string): Promise<number> {
  const startedAt = performance.now();
  while (performance.now() - startedAt < DRAIN_TIMEOUT_MS) {
    const askedAt = performance.now();
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      if (response.status === 200 && performance.now() - askedAt < DRAINED_BELOW_MS) {
        return Math.round(performance.now() - startedAt);
      }
    } catch {
      // still busy
    }
    await sleep(50);
  }
  throw new Error(`${url} still busy ${DRAIN_TIMEOUT_MS / 1000} s after the load stopped`);
}

/** Starts a CPU meter; calling the result gives the ms used since (undefined when unreadable). */
function measureCpu(read: (() => number | undefined) | undefined): () => number | undefined {
  const before = read?.();
  return () => {
    const after = read?.();
    return before !== undefined && after !== undefined ? after - before : undefined;
  };
}

/** Warms up (results discarded), then measures, with autocannon in this process; drains after each. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  for (const url of [spec.url, spec.drainUrl]) {
    if (!url.startsWith("http://127.0.0.1:")) {
      throw new Error(`Load goes to 127.0.0.1 only, not ${url}`);
    }
  }
  if (spec.warmupS > 0) {
    await fire(spec, spec.warmupS, Math.min(spec.connections, WARMUP_MAX_CONNECTIONS));
    await drain(spec.drainUrl);
  }
  const serverCpu = measureCpu(spec.readServerCpuMs);
  const databaseCpu = measureCpu(spec.readDatabaseCpuMs);
  const result = await fire(spec, spec.durationS, spec.connections);
  const drainMs = await drain(spec.drainUrl);
  const perRequest = (used: number | undefined) =>
    used !== undefined && result.requests.sent > 0 ? used / result.requests.sent : undefined;
  return {
    connections: spec.connections,
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSec: result.requests.total / result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.mean,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    drainMs,
    serverCpuMsPerRequest: perRequest(serverCpu()),
    databaseCpuMsPerRequest: perRequest(databaseCpu()),
  };
}
