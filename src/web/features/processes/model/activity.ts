import {
  AGREEMENT_ITEMS,
  AGREEMENT_STATUSES,
  PHASES,
  type AgreementItem,
  type AgreementStatus,
  type Phase,
} from "../../../../domain/process/phases.js";
import { PARTICIPANT_ROLES, type ParticipantRole } from "../../../../domain/process/schemas.js";
import type { ActivityEntry } from "../../../../domain/process/views.js";

/** An activity entry in a form the page can translate: what happened, and the one detail worth showing. */
export type ActivityLine =
  | { kind: "start" | "update"; title: string | null }
  | { kind: "participant_add" | "participant_remove"; role: ParticipantRole | null; organisationId: string | null }
  /** `phase` is where the decision left the process (for «go» the next phase); `isCompleted` after the last gate. */
  | {
      kind: "gate";
      decision: "go" | "adjust" | "stop";
      rationale: string | null;
      phase: Phase | null;
      isCompleted: boolean;
    }
  | { kind: "agreement"; item: AgreementItem; status: AgreementStatus | null }
  | { kind: "task_add" | "task_update" | "task_done"; title: string | null }
  | { kind: "test_plan_add"; what: string | null }
  | { kind: "document_upload"; filename: string | null; isHidden: boolean }
  | { kind: "pack_export" }
  | { kind: "other"; action: string };

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  (values as readonly unknown[]).includes(value) ? (value as T) : null;

export function describeActivity(entry: ActivityEntry): ActivityLine {
  const detail = entry.detail;
  const [verb, object] = entry.action.split(":");
  if (entry.action === "start" || entry.action === "update") {
    return { kind: entry.action, title: text(detail.title) };
  }
  if (verb === "participant" && (object === "add" || object === "remove")) {
    return {
      kind: object === "add" ? "participant_add" : "participant_remove",
      role: oneOf(PARTICIPANT_ROLES, detail.role),
      organisationId: text(detail.organisationId),
    };
  }
  if (verb === "gate" && (object === "go" || object === "adjust" || object === "stop")) {
    return {
      kind: "gate",
      decision: object,
      rationale: text(detail.rationale),
      phase: oneOf(PHASES, detail.phase),
      isCompleted: detail.status === "completed",
    };
  }
  const item = oneOf(AGREEMENT_ITEMS, object);
  if (verb === "agreement" && item) {
    return { kind: "agreement", item, status: oneOf(AGREEMENT_STATUSES, detail.status) };
  }
  if (verb === "task" && (object === "add" || object === "update" || object === "done")) {
    return { kind: `task_${object}`, title: text(detail.title) };
  }
  if (entry.action === "test_plan:add") {
    return { kind: "test_plan_add", what: text(detail.what) };
  }
  if (entry.action === "document:upload") {
    return {
      kind: "document_upload",
      filename: text(detail.filename),
      isHidden: detail.confidential === true && !text(detail.filename),
    };
  }
  if (entry.action === "disclosures:pack") {
    return { kind: "pack_export" };
  }
  return { kind: "other", action: entry.action };
}
