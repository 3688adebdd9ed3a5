import { z } from "zod";
import { PagingQuery } from "../paging.js";
import { CARE_AREAS } from "../care-areas.js";
import { NEED_PRIORITIES } from "../needs.js";
import { requiredText, text } from "../text-schemas.js";
import { RESPONDENT_GROUPS } from "./groups.js";

export const ASSESSMENT_STATUSES = ["open", "closed"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const LANGUAGES = ["da", "en"] as const;

export const AssessmentCreate = z
  .object({
    organisationId: z.uuid(),
    templateId: z.uuid(),
    title: requiredText(200),
  })
  .strict();
export type AssessmentCreate = z.infer<typeof AssessmentCreate>;

export const AssessmentQuery = z
  .object({
    organisationId: z.uuid().optional(),
    status: z.enum(ASSESSMENT_STATUSES).optional(),
    ...PagingQuery.shape,
  })
  .strict();
export type AssessmentQuery = z.infer<typeof AssessmentQuery>;

/** Days a personal link stays valid, unless the agent chooses otherwise. */
export const DEFAULT_LINK_DAYS = 30;

export const RespondentInvite = z
  .object({
    audience: z.enum(RESPONDENT_GROUPS),
    name: requiredText(120),
    email: z.union([z.literal(""), z.email().max(254)]).optional(),
    /** The respondent's language; without it, the language of the request that invites them. */
    language: z.enum(LANGUAGES).optional(),
    expiresInDays: z.number().int().min(1).max(180).default(DEFAULT_LINK_DAYS),
  })
  .strict();
export type RespondentInvite = z.infer<typeof RespondentInvite>;

export const LinkRenewal = z
  .object({ expiresInDays: z.number().int().min(1).max(180).default(DEFAULT_LINK_DAYS) })
  .strict();
export type LinkRenewal = z.infer<typeof LinkRenewal>;

/** Saving answers: `answers` is checked against the respondent's own form (see buildAnswerSchema). */
export const AnswersBody = z.object({ answers: z.record(z.string().max(60), z.unknown()) }).strict();

export const RespondQuery = z.object({ language: z.enum(LANGUAGES).optional() }).strict();

/** Turning a gap into a need: everything has a default drawn from the assessment. */
export const GapNeedInput = z
  .object({
    careArea: z.enum(CARE_AREAS).optional(),
    title: text(200).optional(),
    priority: z.enum(NEED_PRIORITIES).optional(),
  })
  .strict();
export type GapNeedInput = z.infer<typeof GapNeedInput>;
