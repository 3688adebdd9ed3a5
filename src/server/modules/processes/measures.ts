import { pilotCount, type PilotCategory } from "../../../domain/programme/pilot.js";
import {
  shareQuery,
  type EvidenceRow,
  type Measure,
  type MeasurePeriod,
  type SharedQueries,
} from "../../platform/measures.js";
import type { Db } from "../../db/database.js";
import { listPilotParticipants, listProcessesPassed, listProcessesStarted } from "./stats.repo.js";

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
  { code: "pilot_municipalities", evidence: (db, period, shared) => pilotEvidence(db, period, "municipality", shared) },
  {
    code: "pilot_regional_institutions",
    evidence: (db, period, shared) => pilotEvidence(db, period, "region", shared),
  },
  {
    code: "pilot_state_institutions",
    evidence: (db, period, shared) => pilotEvidence(db, period, "state_institution", shared),
  },
  { code: "pilot_smes", evidence: (db, period, shared) => pilotEvidence(db, period, "sme", shared) },
  { code: "processes_started_individual", evidence: (db, period) => startedEvidence(db, period, "individual") },
  { code: "processes_started_network", evidence: (db, period) => startedEvidence(db, period, "network") },
  { code: "tests_completed", evidence: (db, period) => passedEvidence(db, period, "test") },
  { code: "processes_implemented", evidence: (db, period) => passedEvidence(db, period, "evaluation") },
];
