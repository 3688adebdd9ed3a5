import type { DayCount } from "../../domain/programme/progress.js";
import type { Db } from "../db/database.js";

export type { DayCount };

/**
 * One row of evidence behind a programme indicator: the organisation, process, seminar, need or case
 * that makes the figure, with a link to it. An indicator's actual value is the number of distinct rows,
 * so every figure opens to exactly the things it counts.
 */
export interface EvidenceRow {
  /** The counted thing's id (an organisation counts once, however many processes it is in). */
  id: string;
  /** What a reader sees: the organisation's, seminar's or process's name. */
  label: string;
  /** Where the web app shows it, e.g. `/organisationer/<id>`. */
  href: string;
  /** When it started to count (ISO date): for progress over time and milestones. */
  at: string;
  /** A short fact on why it counts, e.g. the process it takes part in. */
  detail?: string;
  /**
   * The organisations the row concerns (e.g. the participants of a counted process): a member sees
   * only the rows of their own organisation. Never shown to a reader.
   */
  organisationIds?: string[];
}

/** The period an indicator is counted over (ISO dates, both inclusive). */
export interface MeasurePeriod {
  from: string;
  to: string;
}

/**
 * One request's shared query results: measures that stand on the same query (the four pilot counts
 * read the same participants) run it once per dashboard or export, not once each.
 */
export type SharedQueries = Map<string, Promise<unknown>>;

/** The result of `run` under `key`, run at most once per request (`shared` absent: run it). */
export function shareQuery<T>(shared: SharedQueries | undefined, key: string, run: () => Promise<T>): Promise<T> {
  if (!shared) {
    return run();
  }
  const known = shared.get(key);
  if (known) {
    return known as Promise<T>;
  }
  const started = run();
  shared.set(key, started);
  return started;
}

/**
 * A measure a module offers the programme follow-up: a code (named by indicator definitions in
 * `src/domain`) and the query for its evidence, which lives in the module's own repo. `shared` is
 * the request's memo for a query several of the module's measures read (see `shareQuery`).
 */
export interface Measure {
  code: string;
  evidence: (db: Db, period: MeasurePeriod, shared?: SharedQueries) => Promise<EvidenceRow[]>;
  /**
   * The figure-only path: the same rows counted by their `at` day in SQL (a grouped count, no rows
   * read out), for the dashboard. Absent: the dashboard counts `evidence`'s rows.
   */
  tally?: (db: Db, period: MeasurePeriod, shared?: SharedQueries) => Promise<DayCount[]>;
}
