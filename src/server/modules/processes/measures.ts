import { pilotCount, type PilotCategory } from "../../../domain/programme/pilot.js";
import {
  shareQuery,
  type DayCount,
  type EvidenceRow,
  type Measure,
  type MeasurePeriod,
  type SharedQueries,
} from "../../platform/measures.js";
import type { Db } from "../../db/database.js";
import {
  countPilotOrganisationsByDay,
  countProcessesPassedByDay,
  countProcessesStartedByDay,
  listPilotParticipants,
  listProcessesPassed,
  listProcessesStarted,
} from "./stats.repo.js";

const isoDay = (value: Date | string) => new Date(value).toISOString().slice(0, 10);

/** Each organisation counted once, from the first process that brought it past the partnership gate. */
async function pilotEvidence(
  db: Db,
  period: MeasurePeriod,
  category: PilotCategory,
  shared: SharedQueries | undefined,
): Promise<EvidenceRow[]> {
  const rows = new Map<string, EvidenceRow & { processes: string[] }>();
  const participants = await shareQuery(shared, `processes.pilot:${period.from}:${period.to}`, () =>
    listPilotParticipants(db, period),
  );
  for (const row of participants) {
    const counted = pilotCount({
      organisationId: row.organisation_id,
      name: row.name,
      kind: row.kind,
      employeeBand: row.employee_band,
      parentId: row.parent_id,
      parentName: row.parent_name,
      parentKind: row.parent_kind,
    });
    if (!counted || counted.category !== category) {
      continue;
    }
    const existing = rows.get(counted.id) ?? {
      id: counted.id,
      label: counted.name,
      href: `/organisationer/${counted.id}`,
      at: isoDay(row.at),
      organisationIds: [counted.id],
      processes: [],
    };
    if (!existing.processes.includes(row.title)) {
      existing.processes.push(row.title);
    }
    if (!existing.organisationIds?.includes(row.organisation_id)) {
      existing.organisationIds?.push(row.organisation_id);
    }
    rows.set(counted.id, existing);
  }
  return [...rows.values()].map(({ processes, ...row }) => ({ ...row, detail: processes.join("; ") }));
}

/** The pilot figure by day: one grouped query for the four categories, shared by their measures. */
async function pilotTally(
  db: Db,
  period: MeasurePeriod,
  category: PilotCategory,
  shared: SharedQueries | undefined,
): Promise<DayCount[]> {
  const counts = await shareQuery(shared, `processes.pilot-tally:${period.from}:${period.to}`, () =>
    countPilotOrganisationsByDay(db, period),
  );
  return counts.filter((row) => row.category === category).map(({ at, count }) => ({ at, count }));
}

const pilotMeasure = (code: string, category: PilotCategory): Measure => ({
  code,
  evidence: (db, period, shared) => pilotEvidence(db, period, category, shared),
  tally: (db, period, shared) => pilotTally(db, period, category, shared),
});

async function startedEvidence(db: Db, period: MeasurePeriod, kind: "individual" | "network") {
  return (await listProcessesStarted(db, kind, period)).map((row): EvidenceRow => ({
    id: row.id,
    label: row.title,
    href: `/forloeb/${row.id}`,
    at: isoDay(row.at),
    detail: `${row.phase} · ${row.status}`,
    organisationIds: row.organisation_ids,
  }));
}

async function passedEvidence(db: Db, period: MeasurePeriod, phase: "test" | "evaluation") {
  return (await listProcessesPassed(db, phase, period)).map((row): EvidenceRow => ({
    id: row.id,
    label: row.title,
    href: `/forloeb/${row.id}`,
    at: isoDay(row.at),
    detail: row.kind,
    organisationIds: row.organisation_ids,
  }));
}

/** The processes module's measures for the programme's indicators (codes in src/domain/programme/measures.ts). */
export const processMeasures: Measure[] = [
  pilotMeasure("pilot_municipalities", "municipality"),
  pilotMeasure("pilot_regional_institutions", "region"),
  pilotMeasure("pilot_state_institutions", "state_institution"),
  pilotMeasure("pilot_smes", "sme"),
  {
    code: "processes_started_individual",
    evidence: (db, period) => startedEvidence(db, period, "individual"),
    tally: (db, period) => countProcessesStartedByDay(db, "individual", period),
  },
  {
    code: "processes_started_network",
    evidence: (db, period) => startedEvidence(db, period, "network"),
    tally: (db, period) => countProcessesStartedByDay(db, "network", period),
  },
  {
    code: "tests_completed",
    evidence: (db, period) => passedEvidence(db, period, "test"),
    tally: (db, period) => countProcessesPassedByDay(db, "test", period),
  },
  {
    code: "processes_implemented",
    evidence: (db, period) => passedEvidence(db, period, "evaluation"),
    tally: (db, period) => countProcessesPassedByDay(db, "evaluation", period),
  },
];
