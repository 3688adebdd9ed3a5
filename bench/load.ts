import autocannon from "autocannon";
import { setTimeout as sleep } from "node:timers/promises";

const DRAIN_TIMEOUT_MS = 120_000;
const DRAINED_BELOW_MS = 50;

export interface LoadSpec {
  url: string;
  connections: number;
  durationS: number;
  warmupS: number;
  headers?: Record<string, string>;
  /** A cheap URL that queues behind the database work (GET /ready), to wait until the server is idle. */
  drainUrl: string;
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
}

function fire(spec: LoadSpec, durationS: number): Promise<autocannon.Result> {
  return autocannon({
    url: spec.url,
    connections: spec.connections,
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

/** Warms up (results discarded), then measures, with autocannon in this process; drains after each. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  for (const url of [spec.url, spec.drainUrl]) {
    if (!url.startsWith("http://127.0.0.1:")) {
      throw new Error(`Load goes to 127.0.0.1 only, not ${url}`);
    }
  }
  if (spec.warmupS > 0) {
    await fire(spec, spec.warmupS);
    await drain(spec.drainUrl);
  }
  const result = await fire(spec, spec.durationS);
  const drainMs = await drain(spec.drainUrl);
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
  };
}
