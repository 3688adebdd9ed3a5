import autocannon from "autocannon";
import { setTimeout as sleep } from "node:timers/promises";
import { drain, runLoad } from "./load.js";
import { buildMix, countAnswers, type MixCounts, type MixSession } from "./mix.js";
import { judgePlateau, rssGrowth, startResourceSampler, type Plateau, type ResourceSample } from "./resources.js";
import type { ServerProcess } from "./processes.js";

/** L2: p99 and RSS growth limits from RELIABILITY.md. */
export const L2_MAX_P99_MS = 200;
export const L2_MAX_RSS_GROWTH = 0.1;
/** The fixed rate counts as held when autocannon got this share of it answered. */
const MIN_RATE_SHARE = 0.95;
/** L3: GET /api/me must answer 200 this soon after the overload stops. */
export const L3_RECOVERY_MS = 10_000;

export interface MixTarget {
  server: ServerProcess;
  session: MixSession;
  readIds: string[];
  writeIds: string[];
  /** The database the app uses, to count its connections; undefined for PGlite. */
  databaseUrl: string | undefined;
}

export interface MixRunResult {
  rate: number;
  connections: number;
  durationS: number;
  requests: number;
  achievedPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  counts: MixCounts;
  samples: ResourceSample[];
  sampleIntervalMs: number;
  drainMs: number;
}

export interface L2Result extends MixRunResult {
  rssGrowth: ReturnType<typeof rssGrowth>;
  pass: boolean;
  failures: string[];
}

export interface L4Result extends MixRunResult {
  /** L1 (GET by id, 10 connections, unthrottled) measured just before, when the rate was derived from it. */
  l1PerSec: number | undefined;
  plateaus: Plateau[];
  pass: boolean;
  failures: string[];
}

export interface L3Result {
  path: string;
  connections: number;
  durationS: number;
  requests: number;
  latencyMs: { p50: number; p99: number; max: number };
  statuses: Record<number, number>;
  shed: number;
  shedWithoutRetryAfter: number;
  errors: number;
  timeouts: number;
  /** From the end of the overload until GET /api/me answered 200 (undefined: not within the wait). */
  recoveryMs: number | undefined;
  pass: boolean;
  failures: string[];
}

function sendsToLoopback(url: string): void {
  if (!url.startsWith("http://127.0.0.1:")) {
    throw new Error(`Load goes to 127.0.0.1 only, not ${url}`);
  }
}

async function fireMix(
  target: MixTarget,
  rate: number,
  connections: number,
  durationS: number,
): Promise<{ result: autocannon.Result; counts: MixCounts }> {
  sendsToLoopback(target.server.baseUrl);
  const mix = buildMix(target.readIds, target.writeIds, target.session);
  const result = await autocannon({
    url: target.server.baseUrl,
    connections,
    overallRate: rate,
    duration: durationS,
    timeout: 10,
    requests: mix.requests,
  });
  return { result, counts: mix.counts };
}

/** Warm-up (discarded), then the measured fixed-rate mix with the app process sampled throughout. */
async function runMix(
  target: MixTarget,
  rate: number,
  connections: number,
  durationS: number,
  warmupS: number,
  sampleIntervalMs: number,
): Promise<MixRunResult> {
  const drainUrl = `${target.server.baseUrl}/ready`;
  if (warmupS > 0) {
    await fireMix(target, rate, connections, warmupS);
    await drain(drainUrl);
  }
  const sampler = await startResourceSampler(target.server.pid, sampleIntervalMs, target.databaseUrl);
  let samples: ResourceSample[] = [];
  let run: Awaited<ReturnType<typeof fireMix>>;
  try {
    run = await fireMix(target, rate, connections, durationS);
  } finally {
    samples = await sampler.stop();
  }
  const drainMs = await drain(drainUrl);
  const { result, counts } = run;
  return {
    rate,
    connections,
    durationS: result.duration,
    requests: result.requests.total,
    achievedPerSec: result.requests.total / result.duration,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    counts,
    samples,
    sampleIntervalMs,
    drainMs,
  };
}

function commonFailures(run: MixRunResult): string[] {
  const failures: string[] = [];
  if (run.errors > 0 || run.non2xx > 0) {
    failures.push(`${run.errors} errors (${run.timeouts} timeouts), ${run.non2xx} non-2xx`);
  }
  const writes = countAnswers(run.counts, "write");
  if (writes === 0 || writes !== (run.counts.statuses.write[200] ?? 0)) {
    failures.push(`writes not all 200 (${writes} answered)`);
  }
  if (run.achievedPerSec < run.rate * MIN_RATE_SHARE) {
    failures.push(`rate not held: ${run.achievedPerSec.toFixed(0)} of ${run.rate} req/s`);
  }
  return failures;
}

export async function runL2(
  target: MixTarget,
  rate: number,
  connections: number,
  durationS: number,
  warmupS: number,
): Promise<L2Result> {
  const run = await runMix(target, rate, connections, durationS, warmupS, 1_000);
  const failures = commonFailures(run);
  if (run.latencyMs.p99 > L2_MAX_P99_MS) {
    failures.push(`p99 ${run.latencyMs.p99} ms > ${L2_MAX_P99_MS} ms`);
  }
  const growth = rssGrowth(run.samples);
  if (!growth) {
    failures.push("RSS growth not measurable");
  } else if (growth.growth >= L2_MAX_RSS_GROWTH) {
    failures.push(`RSS grew ${(growth.growth * 100).toFixed(1)} % ≥ ${L2_MAX_RSS_GROWTH * 100} %`);
  }
  return { ...run, rssGrowth: growth, pass: failures.length === 0, failures };
}

/** 50 % of L1: GET one organisation by id at 10 connections, unthrottled, as `npm run bench` measures it. */
export async function measureL1(target: MixTarget, durationS: number, warmupS: number): Promise<number> {
  const load = await runLoad({
    url: `${target.server.baseUrl}/api/organisations/${target.readIds[0]}`,
    connections: 10,
    durationS,
    warmupS: Math.min(warmupS, 2),
    headers: { cookie: target.session.cookie },
    drainUrl: `${target.server.baseUrl}/ready`,
  });
  if (load.errors > 0 || load.non2xx > 0) {
    throw new Error(`L1 measurement had ${load.errors} errors and ${load.non2xx} non-2xx answers`);
  }
  return load.requestsPerSec;
}

export async function runL4(
  target: MixTarget,
  rate: number,
  l1PerSec: number | undefined,
  connections: number,
  minutes: number,
  warmupS: number,
): Promise<L4Result> {
  const durationS = Math.round(minutes * 60);
  // About 120 readings per soak, at most one a second.
  const intervalMs = Math.max(1_000, Math.round((durationS * 1_000) / 120));
  const run = await runMix(target, rate, connections, durationS, warmupS, intervalMs);
  const plateaus = (["rssMiB", "fds", "dbConnections"] as const).map((name) => judgePlateau(run.samples, name));
  const failures = commonFailures(run);
  for (const plateau of plateaus) {
    if (plateau.pass === false) {
      failures.push(`${plateau.name} still rising (${plateau.middleMax} → ${plateau.lastMax})`);
    }
  }
  if (plateaus[0].pass === undefined || plateaus[1].pass === undefined) {
    failures.push("RSS or file descriptors not measurable (no /proc?)");
  }
  return { ...run, l1PerSec, plateaus, pass: failures.length === 0, failures };
}

/** Polls GET /api/me until it answers 200; returns the ms it took, or undefined after `limitMs` × 3. */
async function timeToRecover(baseUrl: string, cookie: string, limitMs: number): Promise<number | undefined> {
  const startedAt = performance.now();
  while (performance.now() - startedAt < limitMs * 3) {
    try {
      const response = await fetch(`${baseUrl}/api/me`, { headers: { cookie }, signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) {
        return Math.round(performance.now() - startedAt);
      }
    } catch {
      // still overloaded
    }
    await sleep(100);
  }
  return undefined;
}

/**
 * L3: `connections` unthrottled connections on a costly page; some answers must be 503 with Retry-After, then
 * recovery.
 */
export async function runL3(
  target: MixTarget,
  path: string,
  connections: number,
  durationS: number,
): Promise<L3Result> {
  sendsToLoopback(target.server.baseUrl);
  const statuses: Record<number, number> = {};
  let shedWithoutRetryAfter = 0;
  const onResponse = (
    status: number,
    _body: string,
    _context: object,
    headers: Record<string, unknown> | undefined,
  ) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status === 503 && !Object.keys(headers ?? {}).some((name) => name.toLowerCase() === "retry-after")) {
      shedWithoutRetryAfter += 1;
    }
  };
  const result = await autocannon({
    url: target.server.baseUrl,
    connections,
    duration: durationS,
    timeout: 10,
    requests: [
      {
        method: "GET",
        path,
        headers: { cookie: target.session.cookie },
        onResponse: onResponse as autocannon.Request["onResponse"],
      },
    ],
  });
  const recoveryMs = await timeToRecover(target.server.baseUrl, target.session.cookie, L3_RECOVERY_MS);
  await drain(`${target.server.baseUrl}/ready`);
  const shed = statuses[503] ?? 0;
  const failures: string[] = [];
  if (shed === 0) {
    failures.push("no 503 during the overload (nothing shed)");
  }
  if (shedWithoutRetryAfter > 0) {
    failures.push(`${shedWithoutRetryAfter} 503s without Retry-After`);
  }
  const otherErrors = Object.entries(statuses).filter(([status]) => Number(status) >= 500 && Number(status) !== 503);
  if (otherErrors.length > 0) {
    failures.push(`other 5xx: ${otherErrors.map(([status, count]) => `${status}×${count}`).join(", ")}`);
  }
  if (recoveryMs === undefined || recoveryMs > L3_RECOVERY_MS) {
    failures.push(
      `GET /api/me not 200 within ${L3_RECOVERY_MS / 1000} s after ` +
        `(${recoveryMs === undefined ? "never" : `${recoveryMs} ms`})`,
    );
  }
  return {
    path,
    connections,
    durationS: result.duration,
    requests: result.requests.total,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    statuses,
    shed,
    shedWithoutRetryAfter,
    errors: result.errors,
    timeouts: result.timeouts,
    recoveryMs,
    pass: failures.length === 0,
    failures,
  };
}
