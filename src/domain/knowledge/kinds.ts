import { OPI_GUIDE_STAGES } from "../process/phases.js";

/**
 * The knowledge base's entries: cases (what a collaboration did and learnt), methods (how to work) and
 * tools (templates to download). A case's facts follow OECD-OPSI's case sections and the Danish
 * Innovationsbarometer's terms, so cases compare across the library.
 *
 * Plain constants without Zod, so the public knowledge portal can name them without loading the schema
 * library (issue 17); the schemas are in entries.ts, which re-exports these.
 */
export const ENTRY_KINDS = ["case", "method", "tool"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const CASE_STATUSES = ["pilot", "implemented", "scaled", "stopped"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const EDITORIAL_STATES = ["draft", "in_review", "published", "archived"] as const;
export type EditorialState = (typeof EDITORIAL_STATES)[number];

/** The three sides of public-private innovation; OPIguide guides each of them. */
export const SIDES = ["public", "company", "knowledge"] as const;
export type Side = (typeof SIDES)[number];

export const PARTY_ROLES = ["initiator", "collaborator", "test_site", "evaluator", "funder"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** The five phases of OPIguide (Idé, Opstart, Innovation, Markedsmodning, Implementering). */
export const KNOWLEDGE_PHASES = OPI_GUIDE_STAGES;
export type KnowledgePhase = (typeof KNOWLEDGE_PHASES)[number];

/** How the tool manifest (and Danish URLs) name the phases. */
export const DANISH_PHASE_NAMES: Record<string, KnowledgePhase> = {
  ide: "idea",
  opstart: "startup",
  innovation: "innovation",
  markedsmodning: "market_maturation",
  implementering: "implementation",
};

export const COLLABORATION_MODELS = [
  "mini_trial",
  "udbudsfri_opi",
  "innovation_partnership",
  "strategic_partnership",
] as const;
export type KnowledgeModel = (typeof COLLABORATION_MODELS)[number];

/** The Innovationsbarometer's kinds of innovation and its novelty: first, adapted from others, copied. */
export const INNOVATION_TYPES = ["service", "process", "organisation", "communication"] as const;
export const NOVELTIES = ["first", "adapted", "copied"] as const;

/** The five public value types of the Innovationsbarometer. */
export const VALUE_TYPES = [
  "quality",
  "efficiency",
  "citizen_involvement",
  "employee_satisfaction",
  "political_goals",
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export const ADOPTION_LEVELS = ["considering", "piloting", "implemented"] as const;
export type AdoptionLevel = (typeof ADOPTION_LEVELS)[number];
