import { countAnswers, formatStatuses, type MixCounts } from "./mix.js";
import { formatShare, formatTable } from "./report.js";
import type { Plateau } from "./resources.js";
import {
  L2_MAX_P99_MS,
  L2_MAX_RSS_GROWTH,
  L3_RECOVERY_MS,
  type L2Result,
  type L3Result,
  type L4Result,
  type MixRunResult,
} from "./soak-runs.js";

export interface SoakDatabaseResult {
  kind: string;
  description: string;
  organisations: number;
  foreignCpuBusy: number | undefined;
  l2?: L2Result;
  l4?: L4Result;
  l3?: L3Result;
}

function verdict(pass: boolean, failures: string[]): string {
  return pass ? "PASS" : `FAIL: ${failures.join("; ")}`;
}

function formatMix(counts: MixCounts): string {
  return (["read", "list", "write"] as const)
    .map((kind) => `${kind} ${countAnswers(counts, kind)} (${formatStatuses(counts.statuses[kind])})`)
    .join(", ");
}

function mixLine(run: MixRunResult): string {
  return (
    `  -R ${run.rate} -c ${run.connections}, ${run.durationS} s: ${run.requests} answers, ` +
    `${run.achievedPerSec.toFixed(0)} req/s; ` +
    `latency p50 ${run.latencyMs.p50} / p90 ${run.latencyMs.p90} / p99 ${run.latencyMs.p99} ` +
    `/ max ${run.latencyMs.max} ms; ` +
    `errors ${run.errors} (timeouts ${run.timeouts}), non-2xx ${run.non2xx}; drained in ${run.drainMs} ms\n` +
    `  mix: ${formatMix(run.counts)}`
  );
}

function value(number: number | undefined): string {
  return number === undefined ? "-" : String(number);
}

function plateauTable(plateaus: Plateau[]): string {
  const names = { rssMiB: "RSS (MiB)", fds: "open fds", dbConnections: "DB connections" };
  const rows = plateaus.map((plateau) => [
    names[plateau.name],
    value(plateau.first),
    value(plateau.min),
    value(plateau.max),
    value(plateau.last),
    value(plateau.middleMax),
    value(plateau.lastMax),
    plateau.pass === undefined ? "n/a" : plateau.pass ? "plateau" : "RISING",
    plateau.rule,
  ]);
  const head = ["Resource", "first", "min", "max", "last", "mid ⅓ max", "last ⅓ max", "verdict", "rule"];
  return formatTable(head, rows, [false, true, true, true, true, true, true, false, false]);
}

export function formatSoakDatabase(result: SoakDatabaseResult): string {
  const lines = [
    `=== ${result.description}: ${result.organisations.toLocaleString("en")} organisations ===`,
    `CPU busy with other processes before the runs: ` +
      formatShare(result.foreignCpuBusy) +
      ((result.foreignCpuBusy ?? 0) > 0.1 ? " — the machine was not quiet: figures are noisy" : "") +
      ".",
  ];
  const { l2, l4, l3 } = result;
  if (l2) {
    const growth = l2.rssGrowth;
    lines.push(
      `L2 fixed-rate mix (70 % GET by id, 20 % list, 10 % PATCH description with CSRF):`,
      mixLine(l2),
      `  RSS ${
        growth
          ? `peak ${growth.firstHalf.max} → ${growth.secondHalf.max} MiB ` +
            `(${growth.growth >= 0 ? "+" : ""}${(growth.growth * 100).toFixed(1)} %, highest reading ` +
            `of the first vs the second half of ${l2.samples.length}); ` +
            `floor ${growth.firstHalf.min} → ${growth.secondHalf.min} MiB`
          : "not measurable"
      }`,
      `  target: p99 ≤${L2_MAX_P99_MS} ms, 0 errors, RSS growth <${L2_MAX_RSS_GROWTH * 100} %: ` +
        `${verdict(l2.pass, l2.failures)}`,
    );
  }
  if (l4) {
    const source =
      l4.l1PerSec === undefined
        ? "BENCH_SOAK_RATE"
        : `50 % of L1 measured just before: ${l4.l1PerSec.toFixed(0)} req/s`;
    lines.push(
      `L4 soak, ${(l4.durationS / 60).toFixed(1)} min of the same mix at ${l4.rate} req/s ` +
        `(${source}); a reading every ${l4.sampleIntervalMs / 1000} s (${l4.samples.length}):`,
      mixLine(l4),
      plateauTable(l4.plateaus),
      `  target: RSS, file descriptors and DB connections plateau, 0 errors: ${verdict(l4.pass, l4.failures)}`,
    );
  }
  if (l3) {
    lines.push(
      `L3 overload: GET ${l3.path} at -c ${l3.connections} for ${l3.durationS} s, signed in:`,
      `  ${l3.requests} answers (${formatStatuses(l3.statuses)}); latency p50 ` +
        `${l3.latencyMs.p50} / p99 ${l3.latencyMs.p99} / max ${l3.latencyMs.max} ms; errors ` +
        `${l3.errors} (timeouts ${l3.timeouts}); 503 without Retry-After: ` +
        `${l3.shedWithoutRetryAfter}`,
      "  GET /api/me answered 200 " +
        (l3.recoveryMs === undefined ? "never (gave up)" : `${l3.recoveryMs} ms`) +
        " after the load stopped",
      `  target: 503 + Retry-After under overload, recovers within ${L3_RECOVERY_MS / 1000} s: ` +
        `${verdict(l3.pass, l3.failures)}`,
    );
  }
  return lines.join("\n");
}

export function isAllMet(result: SoakDatabaseResult): boolean {
  return [result.l2, result.l4, result.l3].every((run) => run === undefined || run.pass);
}
