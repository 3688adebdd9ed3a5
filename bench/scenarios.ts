import type { OrganisationQuery } from "../src/domain/organisation.js";

export interface Target {
  /** App throughput as a share of the bare server's. */
  minRatio?: number;
  minRequestsPerSec?: number;
  maxP99Ms?: number;
  description: string;
}

export interface Scenario {
  key: string;
  label: string;
  path: string;
  connections: number;
  target: Target;
  /** The same request as a repo query, for the query profile (undefined: not a list query). */
  query?: OrganisationQuery;
  /** Request headers on top of the session's (e.g. Accept-Encoding, as a browser sends it). */
  headers?: Record<string, string>;
}

const LIST_TARGET: Target = { minRatio: 0.5, maxP99Ms: 50, description: "≥50 % of bare, p99 ≤50 ms, 0 errors" };
const DIAGNOSTIC: Target = { description: "diagnostic: no target, 0 errors" };
const L1_TARGET: Target = { minRequestsPerSec: 500, maxP99Ms: 50, description: "≥500 req/s, p99 ≤50 ms, 0 errors" };

/** `withDiagnostics` adds GET /health (framework overhead only; the same on every database). */
export function buildScenarios(organisationId: string, withDiagnostics: boolean): Scenario[] {
  const scenarios: Scenario[] = [
    {
      key: "list",
      label: "list page 1",
      path: "/api/organisations?page=1&pageSize=25",
      connections: 50,
      target: LIST_TARGET,
      query: { page: 1, pageSize: 25 },
    },
    {
      // As a browser asks: the answer (some 6 KB of JSON) comes back brotli-compressed (ADR 0014);
      // against "list page 1" (no Accept-Encoding, sent plain) this is the cost of compressing.
      key: "list-br",
      label: "list page 1, br",
      path: "/api/organisations?page=1&pageSize=25",
      connections: 50,
      target: LIST_TARGET,
      headers: { "accept-encoding": "gzip, deflate, br" },
    },
    {
      key: "list-filter",
      label: "list kind+region",
      path: "/api/organisations?kind=company&regionCode=1082&page=1&pageSize=25",
      connections: 50,
      target: LIST_TARGET,
      query: { kind: ["company"], regionCode: "1082", page: 1, pageSize: 25 },
    },
    {
      key: "search-robot",
      label: "search q=robot",
      path: "/api/organisations?q=robot",
      connections: 50,
      target: LIST_TARGET,
      query: { q: "robot", page: 1, pageSize: 25 },
    },
    {
      key: "search-prefix",
      label: "search q=teknologisk inst",
      path: "/api/organisations?q=teknologisk%20inst",
      connections: 50,
      target: LIST_TARGET,
      query: { q: "teknologisk inst", page: 1, pageSize: 25 },
    },
    {
      key: "l1-get-by-id",
      label: "L1 GET by id",
      path: `/api/organisations/${organisationId}`,
      connections: 10,
      target: L1_TARGET,
    },
  ];
  if (withDiagnostics) {
    scenarios.push({
      key: "health",
      label: "GET /health (no database)",
      path: "/health",
      connections: 50,
      target: DIAGNOSTIC,
    });
  }
  return scenarios;
}
