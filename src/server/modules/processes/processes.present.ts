import type { OrganisationKind } from "../../../domain/organisation.js";
import { opiGuideStage, type AgreementItem, type AgreementStatus, type Phase } from "../../../domain/process/phases.js";
import type { ParticipantRole } from "../../../domain/process/schemas.js";
import type {
  CollaborationModel,
  ProcessAgreement,
  ProcessDocument,
  ProcessGate,
  ProcessPerson,
  ProcessSummary,
  ProcessTask,
  ProcessTestPlan,
  TaskKind,
} from "../../../domain/process/views.js";
import type { Actor } from "../../platform/actor.js";
import type {
  listAgreements,
  listDocuments,
  listGates,
  listTasks,
  listTestPlans,
  ParticipantRow,
  ProcessPersonRow,
  ProcessRow,
} from "./processes.repo.js";

type RowOf<T extends (...args: never[]) => unknown> = Awaited<ReturnType<T>> extends (infer R)[] ? R : never;

const isoDay = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

export function presentProcessSummary(
  process: Pick<
    ProcessRow,
    "id" | "title" | "kind" | "theme" | "phase" | "status" | "collaboration_model" | "updated_at"
  >,
  participants: Pick<ParticipantRow, "organisation_id" | "name" | "kind" | "role">[],
): ProcessSummary {
  return {
    id: process.id,
    title: process.title,
    kind: process.kind,
    theme: process.theme,
    phase: process.phase as Phase,
    opiGuideStage: opiGuideStage(process.phase as Phase),
    status: process.status,
    collaborationModel: process.collaboration_model as CollaborationModel | null,
    participants: participants.map((row) => ({
      organisationId: row.organisation_id,
      name: row.name,
      kind: row.kind as OrganisationKind,
      role: row.role as ParticipantRole,
    })),
    updatedAt: process.updated_at.toISOString(),
  };
}

export function presentGate(row: RowOf<typeof listGates>): ProcessGate {
  return {
    id: row.id,
    phase: row.phase as Phase,
    decision: row.decision,
    rationale: row.rationale,
    lessons: row.lessons,
    decidedAt: row.decided_at.toISOString(),
    decidedBy: row.decided_by_name,
  };
}

/** The linked document is named only when the reader may see it (`visibleDocumentIds`). */
export function presentAgreement(
  row: RowOf<typeof listAgreements>,
  visibleDocumentIds: ReadonlySet<string>,
): ProcessAgreement {
  const isVisible = row.document_id !== null && visibleDocumentIds.has(row.document_id);
  return {
    item: row.item as AgreementItem,
    status: row.status as AgreementStatus,
    note: row.note,
    documentId: isVisible ? row.document_id : null,
    documentName: isVisible ? row.document_name : null,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentTask(row: RowOf<typeof listTasks>): ProcessTask {
  return {
    id: row.id,
    kind: row.kind as TaskKind,
    title: row.title,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name ?? row.owner_text,
    startsOn: isoDay(row.starts_on),
    dueOn: isoDay(row.due_on),
    done: row.done_at !== null,
  };
}

export function presentTestPlan(row: RowOf<typeof listTestPlans>): ProcessTestPlan {
  return {
    id: row.id,
    what: row.what,
    hypothesis: row.hypothesis,
    siteOrganisationId: row.site_organisation_id,
    siteName: row.site_name,
    startsOn: isoDay(row.starts_on),
    endsOn: isoDay(row.ends_on),
    participants: row.participants,
    measures: row.measures,
  };
}

export function presentDocument(row: RowOf<typeof listDocuments>): ProcessDocument {
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    confidentialFor: row.confidential_for,
    confidentialForName: row.confidential_for_name,
    uploadedAt: row.uploaded_at.toISOString(),
    uploadedBy: row.uploaded_by_name,
  };
}

/**
 * A person who may own a task. The e-mail is shown only to agents, the programme manager and the
 * person's own colleagues: a company never learns another company's people's addresses.
 */
export function presentPerson(actor: Actor, row: ProcessPersonRow): ProcessPerson {
  const isStaffViewer = actor.role === "admin" || actor.role === "agent";
  const isColleague = actor.organisationId !== null && actor.organisationId === row.organisation_id;
  return {
    id: row.id,
    name: row.name,
    organisationName: row.organisation_name,
    role: row.role,
    email: isStaffViewer || isColleague || row.id === actor.id ? row.email : null,
  };
}
