import { z } from "zod";

/**
 * Innovationsbarometer-compatible tags on a process, in the categories of the national survey
 * (innovation type, novelty, initiator, value types, evaluation). Partners by kind and role are
 * not tags: they come from the process's participants.
 */
export const INNOVATION_TYPES = ["service_product", "process", "organisation", "communication"] as const;
export const NOVELTIES = ["first", "adapted", "copied", "unknown"] as const;
export const INITIATORS = [
  "public_workplace",
  "company",
  "knowledge_institution",
  "citizens",
  "agent",
  "other",
] as const;
export const VALUE_TYPES = [
  "quality",
  "efficiency",
  "citizen_involvement",
  "staff_satisfaction",
  "political_goals",
] as const;
export const EVALUATIONS = ["external", "internal", "ongoing", "planned", "none"] as const;

export type Novelty = (typeof NOVELTIES)[number];
export type Evaluation = (typeof EVALUATIONS)[number];

export const InnovationTags = z
  .object({
    innovationType: z.enum(INNOVATION_TYPES).nullable(),
    novelty: z.enum(NOVELTIES).nullable(),
    initiator: z.enum(INITIATORS).nullable(),
    valueTypes: z
      .array(z.enum(VALUE_TYPES))
      .max(VALUE_TYPES.length)
      .refine((values) => new Set(values).size === values.length, { message: "choices_duplicate" }),
    evaluation: z.enum(EVALUATIONS).nullable(),
  })
  .strict();
export type InnovationTags = z.infer<typeof InnovationTags>;

export const EMPTY_TAGS: InnovationTags = {
  innovationType: null,
  novelty: null,
  initiator: null,
  valueTypes: [],
  evaluation: null,
};

/** A stored novelty or evaluation, or null for anything else (the database checks the same list). */
export const asNovelty = (value: string | null): Novelty | null =>
  (NOVELTIES as readonly (string | null)[]).includes(value) ? (value as Novelty) : null;
export const asEvaluation = (value: string | null): Evaluation | null =>
  (EVALUATIONS as readonly (string | null)[]).includes(value) ? (value as Evaluation) : null;
