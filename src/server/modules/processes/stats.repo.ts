import { sql } from "kysely";
import { countByUtcDay } from "../../platform/day-count.repo.js";
import type { DayCount, MeasurePeriod } from "../../platform/measures.js";
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
 * The figure-only path of the four pilot measures: per category, how many distinct organisations
 * first counted on each day. The same rule as `pilotCount` in src/domain/programme/pilot.ts (a public
 * unit counts its municipality, region or state institution; a company counts when it is an SME),
 * and the same first date as the evidence (the earliest partnership «go» of its processes).
 */
export async function countPilotOrganisationsByDay(
  db: Db,
  period: MeasurePeriod,
): Promise<{ category: string; at: string; count: number }[]> {
  const result = await sql<{ category: string; at: string; count: number }>`
    select c.category, to_char(c.at at time zone 'UTC', 'YYYY-MM-DD') as at, count(*)::int as count
    from (
      select p.category, p.counted_id, min(p.at) as at
      from (
        select g.at,
          case
            when o.kind = 'company' then
              case when o.employee_band is not null and o.employee_band <> '250+' then 'sme' end
            when o.kind in ('municipality', 'region', 'state_institution') then o.kind
            when o.kind = 'public_unit' and o.parent_id is not null
              and parent.kind in ('municipality', 'region', 'state_institution') then parent.kind
          end as category,
          case when o.kind = 'public_unit' then o.parent_id else o.id end as counted_id
        from (${firstGo(db, "partnership", period)}) g
        join process_participants pp on pp.process_id = g.process_id
        join organisations o on o.id = pp.organisation_id
        left join organisations parent on parent.id = o.parent_id
      ) p
      where p.category is not null
      group by p.category, p.counted_id
    ) c
    group by 1, 2
    order by 2`.execute(db);
  return result.rows;
}

/** The figure-only path of «processes started»: processes of a kind created in the period, by day. */
export function countProcessesStartedByDay(
  db: Db,
  kind: "individual" | "network",
  period: MeasurePeriod,
): Promise<DayCount[]> {
  return countByUtcDay(
    db,
    db
      .selectFrom("processes")
      .select("created_at as at")
      .where("kind", "=", kind)
      .where("created_at", ">=", dayStart(period.from))
      .where("created_at", "<", dayAfter(period.to)),
  );
}

/** The figure-only path of «tests completed» and «implemented»: first «go» at the phase's gate, by day. */
export function countProcessesPassedByDay(
  db: Db,
  phase: "test" | "evaluation",
  period: MeasurePeriod,
): Promise<DayCount[]> {
  return countByUtcDay(db, firstGo(db, phase, period));
}

/**
 * Each counted process's participants and their parents, as text ids: whose part it is. A subquery per
 * output row over the participants' primary key (process_id first): a grouped pass over all
 * participants, joined back, was planned as a nested loop re-aggregating per row (the «first go»
 * groups are estimated at one row), 1 s for 150 processes on PostgreSQL.
 */
const organisationIdsOf = sql<string[]>`coalesce((
  select array_agg(distinct ids.x) from (
    select pp.organisation_id::text as x from process_participants pp where pp.process_id = p.id
    union all
    select o.parent_id::text from process_participants pp
      join organisations o on o.id = pp.organisation_id
      where pp.process_id = p.id and o.parent_id is not null
  ) ids
), '{}')`;

export function listProcessesStarted(db: Db, kind: "individual" | "network", period: MeasurePeriod) {
  return db
    .selectFrom("processes as p")
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
    .select(["p.id", "p.title", "p.kind", "g.at", organisationIdsOf.as("organisation_ids")])
    .orderBy("g.at")
    .execute();
}

/**
 * The needs recorded in the period (`n`) with their first shortlisting (`m.matched_at`) and the dates
 * their processes reached each stage (`s.*`): one pass over the processes and gates, grouped by need.
 */
function needStagesFrom(period: MeasurePeriod) {
  return sql`from needs n
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
    where n.created_at >= ${dayStart(period.from)} and n.created_at < ${dayAfter(period.to)}`;
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
    ${needStagesFrom(period)}`
    .execute(db)
    .then((result) => result.rows);
}

/**
 * The funnel's figures as aggregates over the same per-need stage dates: each stage's date is the
 * need's own or, for a skipped stage, the next reached stage's (as `effectiveDates` in
 * src/domain/programme/funnel.ts); per stage the number of needs that reached it and the median
 * whole days to the next stage over those that went on. Six counts and five medians come back.
 */
export async function aggregateFunnel(db: Db, period: MeasurePeriod) {
  const days = (column: string) => sql.raw(`(${column} at time zone 'UTC')::date`);
  const result = await sql<{
    counts: number[];
    medians: (number | null)[];
  }>`
    with stages as (
      select ${days("n.created_at")} as d1, ${days("m.matched_at")} as d2, ${days("s.in_process_at")} as d3,
        ${days("s.tested_at")} as d4, ${days("s.implemented_at")} as d5, ${days("s.spread_at")} as d6
      ${needStagesFrom(period)}
    ),
    e as (
      select d1 as e1, coalesce(d2, d3, d4, d5, d6) as e2, coalesce(d3, d4, d5, d6) as e3,
        coalesce(d4, d5, d6) as e4, coalesce(d5, d6) as e5, d6 as e6
      from stages
    )
    select
      array[count(e1), count(e2), count(e3), count(e4), count(e5), count(e6)]::int[] as counts,
      array[
        percentile_cont(0.5) within group (order by greatest(0, e2 - e1)) filter (where e2 is not null),
        percentile_cont(0.5) within group (order by greatest(0, e3 - e2)) filter (where e3 is not null),
        percentile_cont(0.5) within group (order by greatest(0, e4 - e3)) filter (where e4 is not null),
        percentile_cont(0.5) within group (order by greatest(0, e5 - e4)) filter (where e5 is not null),
        percentile_cont(0.5) within group (order by greatest(0, e6 - e5)) filter (where e6 is not null)
      ]::float8[] as medians
    from e`.execute(db);
  return result.rows[0];
}

/** Needs recorded in the period, counted by source (for attribution). */
export function countNeedSources(db: Db, period: MeasurePeriod) {
  return db
    .selectFrom("needs")
    .select(["source", sql<number>`count(*)::int`.as("count")])
    .where("created_at", ">=", dayStart(period.from))
    .where("created_at", "<", dayAfter(period.to))
    .groupBy("source")
    .execute();
}

/** Processes started in the period, grouped by whether a need of theirs came from a seminar or an assessment. */
export function countProcessSources(db: Db, period: MeasurePeriod) {
  const perProcess = db
    .selectFrom("processes as p")
    .leftJoin("process_needs as pn", "pn.process_id", "p.id")
    .leftJoin("needs as n", "n.id", "pn.need_id")
    .select([
      sql<boolean>`coalesce(bool_or(n.source = 'seminar'), false)`.as("seminar"),
      sql<boolean>`coalesce(bool_or(n.source = 'assessment'), false)`.as("assessment"),
    ])
    .where("p.created_at", ">=", dayStart(period.from))
    .where("p.created_at", "<", dayAfter(period.to))
    .groupBy("p.id");
  return db
    .selectFrom(perProcess.as("s"))
    .select(["s.seminar", "s.assessment", sql<number>`count(*)::int`.as("count")])
    .groupBy(["s.seminar", "s.assessment"])
    .execute();
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

/**
 * The collaboration statistics' facts as groups of alike processes: per process started in the period,
 * whether it has a company, a knowledge institution, two public entities at one level of government
 * (a unit counts as its municipality, region or state institution, as `publicEntity` in
 * src/domain/programme/collaboration.ts), two levels; then counted by those and the tags.
 */
export async function groupCollaboration(db: Db, period: MeasurePeriod) {
  const result = await sql<{
    with_private_companies: boolean;
    with_knowledge_institutions: boolean;
    within_same_sector: boolean;
    across_sectors: boolean;
    novelty: string | null;
    evaluation: string | null;
    initiator: string | null;
    count: number;
  }>`
    with p as (
      select id, novelty, evaluation, initiator from processes
      where created_at >= ${dayStart(period.from)} and created_at < ${dayAfter(period.to)}
    ),
    pe as (
      select pp.process_id, o.kind,
        case
          when o.kind = 'public_unit' then
            case when o.parent_id is not null and parent.kind in ('municipality', 'region', 'state_institution')
              then parent.kind end
          when o.kind in ('municipality', 'region', 'state_institution') then o.kind
        end as level,
        case when o.kind = 'public_unit' then o.parent_id else o.id end as entity_id
      from p
      join process_participants pp on pp.process_id = p.id
      join organisations o on o.id = pp.organisation_id
      left join organisations parent on parent.id = o.parent_id
    ),
    levels as (
      select process_id, level, count(distinct entity_id) as entities from pe where level is not null
      group by process_id, level
    ),
    kinds as (
      select process_id, bool_or(kind = 'company') as companies, bool_or(kind = 'knowledge_institution') as knowledge
      from pe group by process_id
    ),
    spread as (
      select process_id, max(entities) >= 2 as same_level, count(*) >= 2 as two_levels from levels group by process_id
    ),
    per_process as (
      select p.novelty, p.evaluation, p.initiator,
        coalesce(k.companies, false) as with_private_companies,
        coalesce(k.knowledge, false) as with_knowledge_institutions,
        coalesce(s.same_level, false) as within_same_sector,
        coalesce(s.two_levels, false) as across_sectors
      from p
      left join kinds k on k.process_id = p.id
      left join spread s on s.process_id = p.id
    )
    select with_private_companies, with_knowledge_institutions, within_same_sector, across_sectors,
      novelty, evaluation, initiator, count(*)::int as count
    from per_process
    group by 1, 2, 3, 4, 5, 6, 7`.execute(db);
  return result.rows;
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
