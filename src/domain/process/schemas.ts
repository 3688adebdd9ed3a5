import { z } from "zod";
import { keysetCursor, UUID_PATTERN } from "../keyset-cursor.js";
import { csvList, requiredText, text } from "../text-schemas.js";
import { AGREEMENT_STATUSES, GATE_DECISIONS, PHASES } from "./phases.js";

export const PARTICIPANT_ROLES = [
  "need_owner",
  "developer",
  "knowledge_partner",
  "test_site",
  "funder",
  "evaluator",
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const COLLABORATION_MODELS = ["udbudsfri_opi", "innovation_partnership", "other"] as const;
export const TASK_KINDS = ["task", "milestone", "training", "instruction", "maintenance", "follow_up"] as const;
/** Task kinds that make up the implementation plan. */
export const IMPLEMENTATION_KINDS = ["training", "instruction", "maintenance", "follow_up"] as const;

export const ParticipantInput = z
  .object({
    organisationId: z.uuid(),
    role: z.enum(PARTICIPANT_ROLES),
  })
  .strict();
export type ParticipantInput = z.infer<typeof ParticipantInput>;

export const ProcessCreate = z
  .object({
    title: requiredText(200),
    kind: z.enum(["individual", "network"]),
    theme: text(100).default(""),
    description: text(10_000).default(""),
    collaborationModel: z.enum(COLLABORATION_MODELS).nullable().default(null),
    needIds: z.array(z.uuid()).min(1, "need_required").max(20),
    participants: z.array(ParticipantInput).max(50).default([]),
  })
  .strict();
export type ProcessCreate = z.infer<typeof ProcessCreate>;

export const ProcessPatch = z
  .object({
    title: requiredText(200).optional(),
    theme: text(100).optional(),
    description: text(10_000).optional(),
    collaborationModel: z.enum(COLLABORATION_MODELS).nullable().optional(),
  })
  .strict();
export type ProcessPatch = z.infer<typeof ProcessPatch>;

export const GateInput = z
  .object({
    phase: z.enum(PHASES),
    decision: z.enum(GATE_DECISIONS),
    rationale: requiredText(5000),
    lessons: text(10_000).nullable().default(null),
  })
  .strict();
export type GateInput = z.infer<typeof GateInput>;

export const AgreementPatch = z
  .object({
    status: z.enum(AGREEMENT_STATUSES),
    note: text(2000).default(""),
    documentId: z.uuid().nullable().default(null),
  })
  .strict();
export type AgreementPatch = z.infer<typeof AgreementPatch>;

const isoDate = z.iso.date();

export const TaskInput = z
  .object({
    kind: z.enum(TASK_KINDS).default("task"),
    title: requiredText(300),
    ownerUserId: z.uuid().nullable().default(null),
    ownerText: text(200).default(""),
    startsOn: isoDate.nullable().default(null),
    dueOn: isoDate.nullable().default(null),
    done: z.boolean().default(false),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.startsOn && value.dueOn && value.dueOn < value.startsOn) {
      ctx.addIssue({ code: "custom", path: ["dueOn"], message: "end_before_start" });
    }
  });
export type TaskInput = z.infer<typeof TaskInput>;

export const TestPlanInput = z
  .object({
    what: requiredText(2000),
    hypothesis: requiredText(2000),
    siteOrganisationId: z.uuid().nullable().default(null),
    startsOn: isoDate,
    endsOn: isoDate,
    participants: text(2000).default(""),
    measures: text(4000).default(""),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.endsOn < value.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "end_before_start" });
    }
  });
export type TestPlanInput = z.infer<typeof TestPlanInput>;

export const ProcessQuery = z
  .object({
    theme: text(100).optional(),
    organisationId: z.uuid().optional(),
    status: csvList.pipe(z.array(z.enum(["active", "stopped", "completed"]))).optional(),
    kind: z.enum(["individual", "network"]).optional(),
    q: text(200).optional(),
    cursor: keysetCursor(UUID_PATTERN).optional(),
  })
  .strict();
export type ProcessQuery = z.infer<typeof ProcessQuery>;
