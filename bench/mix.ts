import type autocannon from "autocannon";

/**
 * RELIABILITY L2's request mix for autocannon: 70 % GET one organisation by id, 20 % list pages,
 * 10 % real writes (PATCH an organisation's description, signed in as the programme manager,
 * with the session's CSRF token). autocannon walks this 10-request cycle on every connection,
 * so the shares are exact; ids, pages and descriptions vary per request.
 */
export type MixKind = "read" | "list" | "write";

const CYCLE: MixKind[] = ["read", "read", "list", "read", "write", "read", "read", "list", "read", "read"];

const LIST_PATHS = [
  (page: number) => `/api/organisations?page=${page}&pageSize=25`,
  (page: number) => `/api/organisations?kind=company&page=${page}&pageSize=25`,
  (page: number) => `/api/organisations?regionCode=1082&page=${page}&pageSize=25`,
];
const LIST_PAGES = 20;

export interface MixSession {
  cookie: string;
  csrfToken: string;
}

export interface MixCounts {
  /** Answers per kind and status code, e.g. { write: { 200: 118 } }. */
  statuses: Record<MixKind, Record<number, number>>;
  /** 503 answers without a Retry-After header (must stay 0). */
  shedWithoutRetryAfter: number;
}

export interface Mix {
  requests: autocannon.Request[];
  counts: MixCounts;
}

function header(headers: Record<string, unknown> | undefined, name: string): unknown {
  const key = Object.keys(headers ?? {}).find((item) => item.toLowerCase() === name);
  return key === undefined ? undefined : headers?.[key];
}

/** `readIds` for GET by id, `writeIds` for the PATCHes; `session` from POST /api/auth/login and GET /api/me. */
export function buildMix(readIds: string[], writeIds: string[], session: MixSession): Mix {
  if (readIds.length === 0 || writeIds.length === 0) {
    throw new Error("The mix needs organisation ids to read and to write");
  }
  const counts: MixCounts = { statuses: { read: {}, list: {}, write: {} }, shedWithoutRetryAfter: 0 };
  let sequence = 0;
  const next = () => {
    sequence += 1;
    return sequence;
  };
  const record =
    (kind: MixKind) =>
    (status: number, _body: string, _context: object, headers: Record<string, unknown> | undefined) => {
      const byStatus = counts.statuses[kind];
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      if (status === 503 && header(headers, "retry-after") === undefined) {
        counts.shedWithoutRetryAfter += 1;
      }
    };
  const readHeaders = { cookie: session.cookie };
  const writeHeaders = {
    cookie: session.cookie,
    "x-csrf-token": session.csrfToken,
    "content-type": "application/json",
  };

  const requests = CYCLE.map((kind): autocannon.Request => {
    const onResponse = record(kind) as autocannon.Request["onResponse"];
    if (kind === "read") {
      return {
        method: "GET",
        headers: readHeaders,
        setupRequest: (request) => ({ ...request, path: `/api/organisations/${readIds[next() % readIds.length]}` }),
        onResponse,
      };
    }
    if (kind === "list") {
      return {
        method: "GET",
        headers: readHeaders,
        setupRequest: (request) => {
          const n = next();
          const path = LIST_PATHS[n % LIST_PATHS.length]((Math.floor(n / LIST_PATHS.length) % LIST_PAGES) + 1);
          return { ...request, path };
        },
        onResponse,
      };
    }
    return {
      method: "PATCH",
      headers: writeHeaders,
      setupRequest: (request) => {
        const n = next();
        return {
          ...request,
          path: `/api/organisations/${writeIds[n % writeIds.length]}`,
          body: JSON.stringify({ description: `Belastningstest: skrivning nr. ${n} (${new Date().toISOString()})` }),
        };
      },
      onResponse,
    };
  });
  return { requests, counts };
}

/** Answers of one kind, all statuses. */
export function countAnswers(counts: MixCounts, kind: MixKind): number {
  return Object.values(counts.statuses[kind]).reduce((sum, value) => sum + value, 0);
}

/** "200×1234, 503×2" */
export function formatStatuses(byStatus: Record<number, number>): string {
  const entries = Object.entries(byStatus).sort(([a], [b]) => Number(a) - Number(b));
  return entries.length === 0 ? "none" : entries.map(([status, count]) => `${status}×${count}`).join(", ");
}
