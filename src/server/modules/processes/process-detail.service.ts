import type { Phase } from "../../../domain/process/phases.js";
import type { ActivityEntry, ProcessDetail } from "../../../domain/process/views.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { listGoBlockers } from "./gates.service.js";
import { canSteerProcess, canViewDocument } from "./processes.policy.js";
import {
  listAgreements,
  listGates,
  listProcessNeeds,
  listProcessPeople,
  listTasks,
  listTestPlans,
} from "./processes.repo.js";
import {
  presentAgreement,
  presentGate,
  presentPerson,
  presentProcessSummary,
  presentTask,
  presentTestPlan,
} from "./processes.present.js";
import { loadVisibleProcess } from "./processes.service.js";
import { listVisibleDocuments } from "./documents.service.js";

/** The activity log of a process, with confidential document names hidden from those who may not see them. */
async function listActivity(
  db: Db,
  actor: Actor,
  processId: string,
  membership: Parameters<typeof canViewDocument>[1],
): Promise<ActivityEntry[]> {
  const rows = await db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_id")
    .select(["a.id", "a.at", "a.action", "a.after", "u.name as actor_name"])
    .where("a.entity", "=", "process")
    .where("a.entity_id", "=", processId)
    .orderBy("a.at", "desc")
    .orderBy("a.id", "desc")
    .limit(100)
    .execute();
  return rows.map((row) => {
    const after = (row.after ?? {}) as Record<string, unknown>;
    const confidentialFor = typeof after.confidentialFor === "string" ? after.confidentialFor : null;
    const hidden = row.action.startsWith("document:") && !canViewDocument(actor, membership, confidentialFor);
    return {
      id: String(row.id),
      at: row.at.toISOString(),
      action: row.action,
      actor: row.actor_name,
      detail: hidden ? { filename: null, confidential: true } : after,
    };
  });
}

export async function describeProcess(
  db: Db,
  actor: Actor,
  processId: string,
  language: Language,
): Promise<ProcessDetail> {
  const { process, participants, membership } = await loadVisibleProcess(db, actor, processId);
  const [needs, gates, agreements, tasks, testPlans, documents, activity, people] = await Promise.all([
    listProcessNeeds(db, processId),
    listGates(db, processId),
    listAgreements(db, processId),
    listTasks(db, processId),
    listTestPlans(db, processId),
    listVisibleDocuments(db, actor, processId),
    listActivity(db, actor, processId, membership),
    listProcessPeople(db, membership.organisationIds),
  ]);
  const visibleDocumentIds = new Set(documents.map((document) => document.id));
  const goBlockers =
    process.status === "active"
      ? await listGoBlockers(
          db,
          processId,
          participants,
          { phase: process.phase as Phase, status: process.status, kind: process.kind },
          language,
        )
      : [];
  return {
    ...presentProcessSummary(process, participants),
    description: process.description,
    lessonsLearned: process.lessons_learned,
    createdAt: process.created_at.toISOString(),
    canSteer: canSteerProcess(actor, membership),
    needs: needs.map((row) => ({ id: row.id, title: row.title, status: row.status, ownerName: row.owner_name })),
    gates: gates.map(presentGate),
    agreements: agreements.map((row) => presentAgreement(row, visibleDocumentIds)),
    tasks: tasks.map(presentTask),
    testPlans: testPlans.map(presentTestPlan),
    people: people.map((row) => presentPerson(actor, row)),
    documents,
    goBlockers,
    activity,
  };
}
