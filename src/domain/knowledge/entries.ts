import { z } from "zod";
import { CARE_AREAS } from "../care-areas.js";
import { queryFilter, requiredText, text } from "../text-schemas.js";
import {
  ENTRY_KINDS,
  CASE_STATUSES,
  EDITORIAL_STATES,
  SIDES,
  PARTY_ROLES,
  KNOWLEDGE_PHASES,
  DANISH_PHASE_NAMES,
  COLLABORATION_MODELS,
  INNOVATION_TYPES,
  NOVELTIES,
  VALUE_TYPES,
  ADOPTION_LEVELS,
} from "./kinds.js";
import type { EntryKind } from "./kinds.js";

/** The plain constants and their types live in kinds.ts (no Zod, for the public pages); re-exported here. */
export * from "./kinds.js";

const longText = text(10_000).default("");

export const CaseParty = z
  .object({
    /** Null for a party Samspil does not know as an organisation (a foundation named in a source). */
    organisationId: z.uuid().nullable().default(null),
    name: requiredText(200),
    side: z.enum(SIDES),
    role: z.enum(PARTY_ROLES),
  })
  .strict();
export type CaseParty = z.infer<typeof CaseParty>;

export const CaseResult = z
  .object({ valueType: z.enum(VALUE_TYPES), text: requiredText(2_000), evidence: text(2_000).default("") })
  .strict();
export type CaseResult = z.infer<typeof CaseResult>;

/**
 * A key figure of a business case. `confidential` with `ownerOrganisationId`: a company's figure that
 * reaches readers only when that company approved the case and shared its figures (see publication.ts).
 */
export const KeyFigure = z
  .object({
    label: requiredText(200),
    value: requiredText(100),
    ownerOrganisationId: z.uuid().nullable().default(null),
    confidential: z.boolean().default(false),
  })
  .strict();
export type KeyFigure = z.infer<typeof KeyFigure>;

export const CaseFacts = z
  .object({
    status: z.enum(CASE_STATUSES),
    need: longText,
    needEvidence: longText,
    solution: longText,
    parties: z.array(CaseParty).max(50).default([]),
    phase: z.enum(KNOWLEDGE_PHASES).nullable().default(null),
    model: z.enum(COLLABORATION_MODELS).nullable().default(null),
    careArea: z.enum(CARE_AREAS).nullable().default(null),
    innovationType: z.enum(INNOVATION_TYPES).nullable().default(null),
    novelty: z.enum(NOVELTIES).nullable().default(null),
    technology: text(500).default(""),
    funding: text(1_000).default(""),
    publicResults: z.array(CaseResult).max(20).default([]),
    companyResult: text(2_000).default(""),
    companyEvidence: text(2_000).default(""),
    keyFigures: z.array(KeyFigure).max(30).default([]),
    phasesAndGates: longText,
    testSummary: longText,
    lessons: longText,
    conditions: longText,
    suppliedBy: text(300).default(""),
    licence: text(100).default("CC BY 4.0"),
    sources: z.array(z.url().max(1_000)).max(20).default([]),
  })
  .strict();
export type CaseFacts = z.infer<typeof CaseFacts>;

export const MethodFacts = z
  .object({
    whenToUse: longText,
    steps: z.array(requiredText(1_000)).max(30).default([]),
    pitfalls: z.array(requiredText(1_000)).max(30).default([]),
    phase: z.enum(KNOWLEDGE_PHASES).nullable().default(null),
    sides: z.array(z.enum(SIDES)).max(3).default([]),
    sources: z.array(z.url().max(1_000)).max(20).default([]),
  })
  .strict();
export type MethodFacts = z.infer<typeof MethodFacts>;

export const ToolChange = z.object({ version: requiredText(20), date: z.iso.date(), note: requiredText(500) }).strict();

export const ToolFacts = z
  .object({
    author: requiredText(200),
    version: requiredText(20),
    targetSides: z.array(z.enum(SIDES)).min(1).max(3),
    phase: z.enum(KNOWLEDGE_PHASES),
    changes: z.array(ToolChange).max(100).default([]),
    /** Where Samspil itself does what the template describes (the business-case tool → /business-cases). */
    samspilLink: text(200).default(""),
  })
  .strict();
export type ToolFacts = z.infer<typeof ToolFacts>;

const common = {
  title: requiredText(200),
  titleEn: text(200).default(""),
  summary: requiredText(500),
  summaryEn: text(500).default(""),
};

/** An entry as written by an editor: its kind decides its facts. */
export const EntryInput = z.discriminatedUnion("kind", [
  z.object({ ...common, kind: z.literal("case"), facts: CaseFacts }).strict(),
  z.object({ ...common, kind: z.literal("method"), facts: MethodFacts }).strict(),
  z.object({ ...common, kind: z.literal("tool"), facts: ToolFacts }).strict(),
]);
export type EntryInput = z.infer<typeof EntryInput>;
export type EntryFacts = CaseFacts | MethodFacts | ToolFacts;

/** An edit: the whole entry again (facts are one document) with the version comment. */
export const EntryUpdate = z
  .object({
    title: requiredText(200),
    titleEn: text(200).default(""),
    summary: requiredText(500),
    summaryEn: text(500).default(""),
    facts: z.record(z.string(), z.unknown()),
    comment: requiredText(500),
  })
  .strict();
export type EntryUpdate = z.infer<typeof EntryUpdate>;

const phaseParam = z
  .string()
  .transform((value) => DANISH_PHASE_NAMES[value] ?? value)
  .pipe(z.enum(KNOWLEDGE_PHASES));

export const KnowledgeQuery = z
  .object({
    q: text(200).optional(),
    kind: queryFilter(z.enum(ENTRY_KINDS)),
    phase: queryFilter(phaseParam),
    side: queryFilter(z.enum(SIDES)),
    careArea: queryFilter(z.enum(CARE_AREAS)),
    model: queryFilter(z.enum(COLLABORATION_MODELS)),
    status: queryFilter(z.enum(CASE_STATUSES)),
    /** Staff and members: include the drafts they may see. */
    drafts: z.enum(["true", "false"]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type KnowledgeQuery = z.infer<typeof KnowledgeQuery>;

export const StateChange = z.object({ to: z.enum(EDITORIAL_STATES), comment: text(500).default("") }).strict();
export type StateChange = z.infer<typeof StateChange>;

export const ApprovalInput = z
  .object({
    /** The company lets its confidential business-case figures into the published case. */
    sharesConfidential: z.boolean().default(false),
    /** Agents record an approval given outside Samspil (a signed e-mail), saying how. */
    note: text(500).default(""),
  })
  .strict();
export type ApprovalInput = z.infer<typeof ApprovalInput>;

export const AdoptionInput = z
  .object({
    /** A municipality code (0101) or a region code (1084). */
    areaCode: requiredText(4),
    level: z.enum(ADOPTION_LEVELS),
    note: text(500).default(""),
  })
  .strict();
export type AdoptionInput = z.infer<typeof AdoptionInput>;

export const FromProcessInput = z.object({ processId: z.uuid() }).strict();

export const LinkInput = z.object({ targetKind: z.enum(["process", "method", "tool"]), targetId: z.uuid() }).strict();
export type LinkInput = z.infer<typeof LinkInput>;

/** Parses an entry's stored facts by kind (throws on a mismatch: stored facts are always valid). */
export function parseFacts(kind: EntryKind, facts: unknown): EntryFacts {
  if (kind === "case") {
    return CaseFacts.parse(facts);
  }
  return kind === "method" ? MethodFacts.parse(facts) : ToolFacts.parse(facts);
}
