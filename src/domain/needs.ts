import { z } from "zod";
import { PagingQuery } from "./paging.js";
import { CARE_AREAS } from "./care-areas.js";
import { DIMENSIONS } from "./dimensions.js";
import { csvList, requiredText, text } from "./text-schemas.js";

export const NEED_STATUSES = ["new", "qualified", "matched", "in_process", "solved", "parked"] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_PRIORITIES = ["low", "medium", "high"] as const;
export const NEED_SOURCES = ["direct", "assessment", "seminar"] as const;

/** Needs still looking for a solution: these are matched and shown to partners. */
export const ACTIVE_NEED_STATUSES: readonly NeedStatus[] = ["new", "qualified", "matched"];

/**
 * Why a need's status moves: its owner edits it, an agent shortlists a partner, or a process starts
 * from it. Each cause has its own allowed moves; the needs module applies them and logs each one.
 */
export const NEED_STATUS_CAUSES = ["edit", "shortlist", "process_start"] as const;
export type NeedStatusCause = (typeof NEED_STATUS_CAUSES)[number];

/** The status each automatic cause moves a need to. */
export const NEED_STATUS_TARGET = { shortlist: "matched", process_start: "in_process" } as const;

/**
 * Whether a need may move from `from` to `to` for `cause`. Staying put is never a move. The owner may
 * set any status; a shortlist marks only a need still being qualified as matched (a need already in a
 * process, solved or parked keeps its status); starting a process takes the need into the process
 * whatever it was.
 */
export function canMoveNeedStatus(from: NeedStatus, to: NeedStatus, cause: NeedStatusCause): boolean {
  if (from === to) {
    return false;
  }
  switch (cause) {
    case "edit":
      return true;
    case "shortlist":
      return to === NEED_STATUS_TARGET.shortlist && (from === "new" || from === "qualified");
    case "process_start":
      return to === NEED_STATUS_TARGET.process_start;
  }
}

const nonNegative = (max: number) => z.number({ message: "number_required" }).finite().min(0, "not_negative").max(max);

const needFields = {
  ownerOrganisationId: z.uuid(),
  careArea: z.enum(CARE_AREAS),
  dimension: z.enum(DIMENSIONS).nullable(),
  title: requiredText(200),
  description: requiredText(10_000),
  affected: text(1000),
  staffHoursPerYear: nonNegative(10_000_000).nullable(),
  citizensAffected: nonNegative(10_000_000).int().nullable(),
  qualityPotential: text(2000),
  priority: z.enum(NEED_PRIORITIES),
  status: z.enum(NEED_STATUSES),
  source: z.enum(NEED_SOURCES),
  competenceIds: z.array(z.uuid()).max(30),
  /** Other public organisations that own the need jointly (a joint need of several municipalities). */
  coOwnerIds: z.array(z.uuid()).max(98),
  /** The estimated budget of solving the need, in kroner, for funding advice. */
  budgetDkk: nonNegative(1e12).nullable(),
};

export const NeedCreate = z
  .object({
    ownerOrganisationId: needFields.ownerOrganisationId,
    careArea: needFields.careArea,
    dimension: needFields.dimension.optional().default(null),
    title: needFields.title,
    description: needFields.description,
    affected: needFields.affected.optional().default(""),
    staffHoursPerYear: needFields.staffHoursPerYear.optional().default(null),
    citizensAffected: needFields.citizensAffected.optional().default(null),
    qualityPotential: needFields.qualityPotential.optional().default(""),
    priority: needFields.priority.optional().default("medium"),
    status: needFields.status.optional().default("new"),
    source: needFields.source.optional().default("direct"),
    competenceIds: needFields.competenceIds.optional().default([]),
    coOwnerIds: needFields.coOwnerIds.optional().default([]),
    budgetDkk: needFields.budgetDkk.optional().default(null),
  })
  .strict();
export type NeedCreate = z.infer<typeof NeedCreate>;
export type NeedCreateInput = z.input<typeof NeedCreate>;

export const NeedPatch = z
  .object({
    careArea: needFields.careArea.optional(),
    dimension: needFields.dimension.optional(),
    title: needFields.title.optional(),
    description: needFields.description.optional(),
    affected: needFields.affected.optional(),
    staffHoursPerYear: needFields.staffHoursPerYear.optional(),
    citizensAffected: needFields.citizensAffected.optional(),
    qualityPotential: needFields.qualityPotential.optional(),
    priority: needFields.priority.optional(),
    status: needFields.status.optional(),
    competenceIds: needFields.competenceIds.optional(),
    coOwnerIds: needFields.coOwnerIds.optional(),
    budgetDkk: needFields.budgetDkk.optional(),
  })
  .strict();
export type NeedPatch = z.infer<typeof NeedPatch>;

export const NeedQuery = z
  .object({
    q: text(200).optional(),
    status: csvList.pipe(z.array(z.enum(NEED_STATUSES))).optional(),
    careArea: z.enum(CARE_AREAS).optional(),
    dimension: z.enum(DIMENSIONS).optional(),
    priority: z.enum(NEED_PRIORITIES).optional(),
    ownerOrganisationId: z.uuid().optional(),
    ...PagingQuery.shape,
  })
  .strict();
export type NeedQuery = z.infer<typeof NeedQuery>;

export const MatchDecision = z
  .object({
    organisationId: z.uuid(),
    decision: z.enum(["shortlisted", "dismissed"]),
    reason: text(1000),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.decision === "dismissed" && value.reason.length === 0) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "reason_required" });
    }
  });
export type MatchDecision = z.infer<typeof MatchDecision>;

export interface NeedSummary {
  id: string;
  title: string;
  ownerOrganisationId: string;
  ownerName: string;
  careArea: string;
  dimension: string | null;
  priority: string;
  status: NeedStatus;
  staffHoursPerYear: number | null;
  createdAt: string;
}

export interface Need extends NeedSummary {
  description: string;
  affected: string;
  citizensAffected: number | null;
  qualityPotential: string;
  source: string;
  competences: { id: string; nameDa: string; nameEn: string }[];
  ownerRegionCode: string | null;
  /** Public organisations that own the need together with the owner. */
  coOwners: { id: string; name: string }[];
  budgetDkk: number | null;
  updatedAt: string;
}
