import type { Phase } from "../../../domain/process/phases.js";
import type { ActivityEntry, ProcessDetail } from "../../../domain/process/views.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { entityHistory } from "../audit/audit.service.js";
import { listGoBlockers } from "./gates.service.js";
import { canSteerProcess, canViewDocument } from "./processes.policy.js";
import {
  listAgreements,
  listDocuments,
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

const isoDay = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/**
 * The activity log of a process, filtered by the documents rule: an entry about a document the actor
 * may not see is left out entirely (its existence and uploader are confidential too), and a reference
 * to such a document in any other entry (an agreement settled by it) is blanked.
 */
async function listActivity(
  db: Db,
  actor: Actor,
  processId: string,
  membership: Parameters<typeof canViewDocument>[1],
): Promise<ActivityEntry[]> {
  const [rows, documents] = await Promise.all([
    entityHistory(db, "process", processId, 100),
    listDocuments(db, processId),
  ]);
  const hiddenDocumentIds = new Set(
    documents.filter((row) => !canViewDocument(actor, membership, row.confidential_for)).map((row) => row.id),
  );
  return rows.flatMap((row) => {
    const after = (row.after ?? {}) as Record<string, unknown>;
    const confidentialFor = typeof after.confidentialFor === "string" ? after.confidentialFor : null;
    const isAboutDocument = row.action.startsWith("document:");
    if (
      isAboutDocument &&
      (!canViewDocument(actor, membership, confidentialFor) || hiddenDocumentIds.has(String(after.id)))
    ) {
      return [];
    }
    const detail = Object.fromEntries(
      Object.entries(after).map(([key, value]) => [
        key,
        typeof value === "string" && hiddenDocumentIds.has(value) ? null : value,
      ]),
    );
    return [{ id: String(row.id), at: row.at.toISOString(), action: row.action, actor: row.actor_name, detail }];
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
