import { sql } from "kysely";
import type { MeasurePeriod } from "../../platform/measures.js";
import type { Db } from "../../db/database.js";

/*
 * Read-only counting queries for the programme's indicators, funnel and collaboration statistics
 * (the processes module owns processes, participants and gates). Dates are compared as whole days.
 */

const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);
const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** The first «go» at a phase's gate, per process, within the period. */
function firstGo(db: Db, phase: string, period: MeasurePeriod) {
  return db
    .selectFrom("process_gates")
    .select(["process_id", (eb) => eb.fn.min("decided_at").as("at")])
    .where("phase", "=", phase)
    .where("decision", "=", "go")
    .groupBy("process_id")
    .having((eb) => eb.fn.min("decided_at"), ">=", dayStart(period.from))
    .having((eb) => eb.fn.min("decided_at"), "<", dayAfter(period.to));
}

/** The participants of processes past the partnership gate, with the gate's date and each one's parent. */
export function listPilotParticipants(db: Db, period: MeasurePeriod) {
  return db
    .selectFrom(firstGo(db, "partnership", period).as("g"))
    .innerJoin("processes as p", "p.id", "g.process_id")
    .innerJoin("process_participants as pp", "pp.process_id", "p.id")
    .innerJoin("organisations as o", "o.id", "pp.organisation_id")
    .leftJoin("organisations as parent", "parent.id", "o.parent_id")
    .select([
      "g.at",
      "p.id as process_id",
      "p.title",
      "o.id as organisation_id",
      "o.name",
      "o.kind",
      "o.employee_band",
      "o.parent_id",
      "parent.name as parent_name",
      "parent.kind as parent_kind",
    ])
    .orderBy("g.at")
    .execute();
}

/**
 * Each process's participants and their parents, as text ids: whose part a counted process is. One
 * grouped pass over the participants, joined to the processes (not a subquery per process).
 */
const involvedIds = sql<{ process_id: string; organisation_ids: string[] }>`(
  select ids.process_id, array_agg(distinct ids.x) as organisation_ids from (
    select pp.process_id, pp.organisation_id::text as x from process_participants pp
    union all
    select pp.process_id, o.parent_id::text from process_participants pp
      join organisations o on o.id = pp.organisation_id
      where o.parent_id is not null
  ) ids
  group by ids.process_id
)`;

const organisationIdsOf = sql<string[]>`coalesce(inv.organisation_ids, '{}')`;

export function listProcessesStarted(db: Db, kind: "individual" | "network", period: MeasurePeriod) {
  return db
    .selectFrom("processes as p")
    .leftJoin(involvedIds.as("inv"), "inv.process_id", "p.id")
    .select(["p.id", "p.title", "p.phase", "p.status", "p.created_at as at", organisationIdsOf.as("organisation_ids")])
    .where("p.kind", "=", kind)
    .where("p.created_at", ">=", dayStart(period.from))
    .where("p.created_at", "<", dayAfter(period.to))
    .orderBy("p.created_at")
    .execute();
}

/** Processes with a «go» at the gate of `phase` (test → tested, evaluation → taken into use). */
export function listProcessesPassed(db: Db, phase: "test" | "evaluation", period: MeasurePeriod) {
  return db
    .selectFrom(firstGo(db, phase, period).as("g"))
    .innerJoin("processes as p", "p.id", "g.process_id")
    .leftJoin(involvedIds.as("inv"), "inv.process_id", "p.id")
    .select(["p.id", "p.title", "p.kind", "g.at", organisationIdsOf.as("organisation_ids")])
    .orderBy("g.at")
    .execute();
}

/**
 * Every need recorded in the period with the date it reached each stage of the funnel: one pass over
 * the needs' processes and gates, grouped by need (not a subquery per need and stage).
 */
export function listNeedStageDates(db: Db, period: MeasurePeriod) {
  return sql<{
    id: string;
    source: string;
    created_at: Date;
    matched_at: Date | null;
    in_process_at: Date | null;
    tested_at: Date | null;
    implemented_at: Date | null;
    spread_at: Date | null;
  }>`
    select n.id, n.source, n.created_at, m.matched_at, s.in_process_at, s.tested_at, s.implemented_at, s.spread_at
    from needs n
    left join (
      select need_id, min(decided_at) as matched_at from need_matches where decision = 'shortlisted' group by need_id
    ) m on m.need_id = n.id
    left join (
      select pn.need_id,
        min(p.created_at) as in_process_at,
        min(g.decided_at) filter (where g.phase = 'test' and g.decision = 'go') as tested_at,
        min(g.decided_at) filter (where g.phase = 'evaluation' and g.decision = 'go') as implemented_at,
        min(g.decided_at) filter (where g.phase = 'implementation' and g.decision = 'go') as spread_at
      from process_needs pn
      join processes p on p.id = pn.process_id
      left join process_gates g on g.process_id = p.id
      group by pn.need_id
    ) s on s.need_id = n.id
    where n.created_at >= ${dayStart(period.from)} and n.created_at < ${dayAfter(period.to)}`
    .execute(db)
    .then((result) => result.rows);
}

/** Processes started in the period, with their needs' sources (for attribution): one grouped join. */
export function listProcessOrigins(db: Db, period: MeasurePeriod) {
  return db
    .selectFrom("processes as p")
    .leftJoin("process_needs as pn", "pn.process_id", "p.id")
    .leftJoin("needs as n", "n.id", "pn.need_id")
    .select([
      "p.id",
      sql<string[]>`coalesce(array_agg(distinct n.source) filter (where n.source is not null), '{}')`.as("sources"),
    ])
    .where("p.created_at", ">=", dayStart(period.from))
    .where("p.created_at", "<", dayAfter(period.to))
    .groupBy("p.id")
    .execute();
}

/** Stopped processes with the reason given at the stop gate: an outcome, not a failure. */
export function listStoppedProcesses(db: Db, period: MeasurePeriod) {
  return db
    .selectFrom("processes as p")
    .innerJoin("process_gates as g", (join) => join.onRef("g.process_id", "=", "p.id").on("g.decision", "=", "stop"))
    .select(["p.id", "p.title", "g.phase", "g.rationale", "g.lessons", "g.decided_at"])
    .where("p.status", "=", "stopped")
    .where("g.decided_at", ">=", dayStart(period.from))
    .where("g.decided_at", "<", dayAfter(period.to))
    .orderBy("g.decided_at", "desc")
    .execute();
}

/** Processes started in the period with their tags, and every participant with its parent's kind. */
export async function listCollaborationFacts(db: Db, period: MeasurePeriod) {
  const processes = await db
    .selectFrom("processes")
    .select(["id", "novelty", "evaluation", "initiator"])
    .where("created_at", ">=", dayStart(period.from))
    .where("created_at", "<", dayAfter(period.to))
    .execute();
  const participants =
    processes.length === 0
      ? []
      : await db
          .selectFrom("process_participants as pp")
          .innerJoin("organisations as o", "o.id", "pp.organisation_id")
          .leftJoin("organisations as parent", "parent.id", "o.parent_id")
          .innerJoin("processes as p", "p.id", "pp.process_id")
          .select(["pp.process_id", "o.id", "o.kind", "o.parent_id", "parent.kind as parent_kind"])
          .where("p.created_at", ">=", dayStart(period.from))
          .where("p.created_at", "<", dayAfter(period.to))
          .execute();
  return { processes, participants };
}

export function findProcessTags(db: Db, processId: string) {
  return db
    .selectFrom("processes")
    .select(["id", "innovation_type", "novelty", "initiator", "value_types", "evaluation"])
    .where("id", "=", processId)
    .executeTakeFirst();
}

export function updateProcessTags(
  db: Db,
  processId: string,
  tags: {
    innovation_type: string | null;
    novelty: string | null;
    initiator: string | null;
    value_types: string[];
    evaluation: string | null;
  },
) {
  return db
    .updateTable("processes")
    .set({ ...tags, updated_at: new Date() })
    .where("id", "=", processId)
    .execute();
}
