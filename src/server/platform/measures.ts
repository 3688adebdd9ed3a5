import type { Db } from "../db/database.js";

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
 * A measure a module offers the programme follow-up: a code (named by indicator definitions in
 * `src/domain`) and the query for its evidence, which lives in the module's own repo.
 */
export interface Measure {
  code: string;
  evidence: (db: Db, period: MeasurePeriod) => Promise<EvidenceRow[]>;
}
