import type { Db } from "../../db/database.js";
import type { MeasurePeriod } from "../../platform/measures.js";
import {
  aggregateFunnel,
  countNeedSources,
  countProcessSources,
  groupCollaboration,
  listCollaborationFacts,
  listNeedStageDates,
  listProcessOrigins,
  listStoppedProcesses,
} from "./stats.repo.js";

/*
 * The facts the programme's funnel and collaboration statistics are computed from (read-only; the
 * programme module calls these, never the repo). The rules are pure functions in src/domain/programme.
 */

export async function loadFunnelFacts(db: Db, period: MeasurePeriod) {
  const [needs, processOrigins, stopped] = await Promise.all([
    listNeedStageDates(db, period),
    listProcessOrigins(db, period),
    listStoppedProcesses(db, period),
  ]);
  return { needs, processOrigins, stopped };
}

export function loadCollaborationFacts(db: Db, period: MeasurePeriod) {
  return listCollaborationFacts(db, period);
}

/** The funnel's figures as aggregates (the dashboard's figure-only path): counts, medians, origins, stops. */
export async function loadFunnelFigures(db: Db, period: MeasurePeriod) {
  const [stages, needSources, processSources, stopped] = await Promise.all([
    aggregateFunnel(db, period),
    countNeedSources(db, period),
    countProcessSources(db, period),
    listStoppedProcesses(db, period),
  ]);
  return { stages, needSources, processSources, stopped };
}

/** The collaboration statistics' facts as groups of alike processes (the dashboard's figure-only path). */
export function loadCollaborationGroups(db: Db, period: MeasurePeriod) {
  return groupCollaboration(db, period);
}
