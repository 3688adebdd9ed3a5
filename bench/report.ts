import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BenchConfig, DatabaseKind } from "./config.js";
import type { LoadResult } from "./load.js";
import type { DatabaseProfile, Timing } from "./profile.js";
import type { Target } from "./scenarios.js";
import type { SeedSummary } from "./seed.js";
import { STARTUP_TARGET_MS, type StartupResult } from "./startup.js";

export interface Measured extends LoadResult {
  /** `total` of the page answered before the load (same for app and bare = same SQL). */
  total: number | undefined;
}

export interface ScenarioResult {
  key: string;
  label: string;
  path: string;
  target: Target;
  bare: Measured;
  app: Measured;
  ratio: number | undefined;
  pass: boolean;
  failures: string[];
}

export interface PageCapResult {
  requestedPageSize: number;
  pageSize: number;
  items: number;
  pass: boolean;
}

export interface DatabaseResult {
  kind: DatabaseKind;
  description: string;
  seed: SeedSummary;
  profile: DatabaseProfile;
  scenarios: ScenarioResult[];
  pageCap: PageCapResult;
  startup: StartupResult;
  peakRssMiB: { app: number | undefined; bare: number | undefined };
  /** CPU share other processes used just before and after the load runs (ours idle). */
  foreignCpuBusy: { before: number | undefined; after: number | undefined };
  /** Time spent waiting for a quiet CPU (BENCH_QUIET_WAIT) before the load runs. */
  quietWaitMs: number;
}

export interface BenchResults {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; node: string; platform: string };
  config: Omit<BenchConfig, "databaseUrl">;
  databases: DatabaseResult[];
}

/** Checks one app measurement against its target; returns what failed (empty = pass). */
export function judge(target: Target, app: LoadResult, ratio: number | undefined): string[] {
  const failures: string[] = [];
  if (target.minRatio !== undefined && (ratio === undefined || ratio < target.minRatio)) {
    failures.push(`${formatPercent(ratio)} of bare < ${formatPercent(target.minRatio)}`);
  }
  if (target.minRequestsPerSec !== undefined && app.requestsPerSec < target.minRequestsPerSec) {
    failures.push(`${Math.round(app.requestsPerSec)} req/s < ${target.minRequestsPerSec}`);
  }
  if (target.maxP99Ms !== undefined && app.latencyMs.p99 > target.maxP99Ms) {
    failures.push(`p99 ${app.latencyMs.p99} ms > ${target.maxP99Ms} ms`);
  }
  if (app.errors > 0 || app.non2xx > 0) {
    failures.push(`${app.errors} errors, ${app.non2xx} non-2xx`);
  }
  return failures;
}

export function formatCpu(ms: number | undefined): string {
  return ms === undefined ? "-" : ms.toFixed(2);
}

export function formatShare(share: number | undefined): string {
  return share === undefined ? "unknown" : `${Math.round(share * 100)} %`;
}

function formatPercent(value: number | undefined): string {
  return value === undefined ? "n/a" : `${Math.round(value * 100)} %`;
}

function formatMs(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** PostgreSQL's "Planning Time" from an EXPLAIN ANALYZE plan: paid again by every unprepared statement. */
function formatPlanning(plan: string[]): string {
  const line = plan.find((item) => item.startsWith("Planning Time:"));
  const ms = line ? Number(/([\d.]+) ms/.exec(line)?.[1]) : Number.NaN;
  return Number.isFinite(ms) ? formatMs(ms) : "?";
}

function formatTiming(timing: Timing): string {
  return `${formatMs(timing.medianMs)} / ${formatMs(timing.p95Ms)}`;
}

export function formatTable(headers: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (rightAligned[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

function measuredRow(label: string, server: string, measured: Measured, extra: string[]): string[] {
  return [
    label,
    server,
    String(measured.connections),
    measured.requestsPerSec.toFixed(0),
    String(measured.latencyMs.p50),
    String(measured.latencyMs.p99),
    String(measured.errors),
    String(measured.non2xx),
    measured.total === undefined ? "" : String(measured.total),
    formatCpu(measured.serverCpuMsPerRequest),
    formatCpu(measured.databaseCpuMsPerRequest),
    ...extra,
  ];
}

function isBusy(result: DatabaseResult): boolean {
  return [result.foreignCpuBusy.before, result.foreignCpuBusy.after].some(
    (share) => share !== undefined && share > 0.1,
  );
}

export function formatDatabase(result: DatabaseResult, config: Omit<BenchConfig, "databaseUrl">): string {
  const rows: string[][] = [];
  for (const scenario of result.scenarios) {
    rows.push(measuredRow(scenario.label, "bare", scenario.bare, ["", ""]));
    const isDiagnostic = scenario.target.maxP99Ms === undefined;
    const verdict = scenario.pass ? (isDiagnostic ? "info" : "PASS") : `FAIL: ${scenario.failures.join("; ")}`;
    rows.push(measuredRow(scenario.label, "app", scenario.app, [formatPercent(scenario.ratio), verdict]));
  }
  const headers = [
    "Scenario",
    "Server",
    "Conn",
    "req/s",
    "p50 ms",
    "p99 ms",
    "errors",
    "non-2xx",
    "total",
    "srv CPU",
    "PG CPU",
    "app/bare",
    "vs target",
  ];
  const right = [false, false, true, true, true, true, true, true, true, true, true, true, false];
  const cap = result.pageCap;
  const startup = result.startup;
  const profile = result.profile;
  const profileRows: string[][] = [
    ["session lookup (every authenticated /api request)", formatTiming(profile.sessionLookup), ""],
    ["GET by id (getOrganisation: 1 + 3 parallel queries)", formatTiming(profile.getById), ""],
  ];
  for (const scenario of profile.scenarios) {
    const label = result.scenarios.find((item) => item.key === scenario.scenario)?.label ?? scenario.scenario;
    profileRows.push([`${label}: whole repo call`, formatTiming(scenario.call), ""]);
    scenario.statements.forEach((statement, index) => {
      profileRows.push([
        `  statement ${index + 1} (planning ${formatPlanning(statement.plan)} ms)`,
        formatTiming(statement),
        statement.explainMs === undefined ? "" : formatMs(statement.explainMs),
      ]);
    });
  }
  return [
    `=== ${result.description}: ${result.seed.organisations.toLocaleString("en")} ` +
      `organisations (seeded ${result.seed.inserted} in ${(result.seed.ms / 1000).toFixed(1)} ` +
      `s) ===`,
    `Each run: ${config.warmupS} s warm-up, then ${config.durationS} s measured, one run at ` +
      `a time, bare then app per scenario.`,
    `CPU busy with other processes while the benchmark was idle: ` +
      `${formatShare(result.foreignCpuBusy.before)} before, ` +
      `${formatShare(result.foreignCpuBusy.after)} after the ` +
      `runs${isBusy(result) ? " — the machine was not quiet: figures are noisy" : ""}.`,
    formatTable(headers, rows, right),
    "",
    "srv CPU / PG CPU: ms of CPU per request sent, in the server process (with PGlite this " +
      "includes the database) and in the" +
      " throwaway PostgreSQL cluster's processes; '-' when not measurable (PGlite, a given database)." +
      " app/bare compares 2xx answers per second: a 503 shed by overload protection serves nobody.",
    `Targets: list/search ${result.scenarios[0]?.target.description ?? ""} (the issue's target applies to PostgreSQL;` +
      " PGlite verdicts are for information). L1 per RELIABILITY.md (run here for BENCH_DURATION, not 30 s).",
    `L5 GET /api/organisations?pageSize=${cap.requestedPageSize} -> pageSize ` +
      `${cap.pageSize}, ${cap.items} items: ` +
      `${cap.pass ? "PASS (capped at 100)" : "FAIL (not capped at 100)"}`,
    `Start-up on the existing database (node --import tsx src/server/main.ts, ` +
      `DEMO_DATA=false, until GET /ready = 200): ` +
      `median ${startup.medianMs} ms of [${startup.runsMs.join(", ")}] — target < ` +
      `${STARTUP_TARGET_MS} ms: ${startup.pass ? "PASS" : "FAIL"}`,
    `  of which main() itself (open database, migrations, reference data, listen) reported ` +
      `[${startup.appReportedMs.map((ms) => ms ?? "?").join(", ")}] ms; the rest is Node + tsx ` +
      `loading the modules.`,
    `Peak RSS: app ${result.peakRssMiB.app ?? "?"} MiB, bare ${result.peakRssMiB.bare ?? "?"} MiB`,
    "",
    "Query profile: each statement alone, no load (median / p95 ms of 15 runs; EXPLAIN ANALYZE execution ms):",
    formatTable(["Statement", "median / p95", "explain"], profileRows, [false, true, true]),
  ].join("\n");
}

export function writeResults(file: string, results: BenchResults): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
