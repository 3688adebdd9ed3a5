import { z } from "zod";
import { MAX_PAGE_SIZE } from "../organisation.js";
import { requiredText } from "../validation.js";
import { BusinessCaseInputs, CompanySideInputs, DiscountRate, HorizonYears, PublicSideInputs } from "./inputs.js";

export const BusinessCaseCreate = z
  .object({
    title: requiredText(200),
    publicOrganisationId: z.uuid(),
    companyOrganisationId: z.uuid().nullable().optional().default(null),
    /** The need or innovation process the case belongs to; both may be empty (a standalone case). */
    needId: z.uuid().nullable().optional().default(null),
    processId: z.uuid().nullable().optional().default(null),
    /** Left out: a blank model (ten years, the Ministry of Finance's rate, every amount 0). */
    inputs: BusinessCaseInputs.optional(),
  })
  .strict();
export type BusinessCaseCreate = z.infer<typeof BusinessCaseCreate>;
export type BusinessCaseCreateInput = z.input<typeof BusinessCaseCreate>;

/** Autosave of the draft: each field sent replaces the current value; a side is sent whole. */
export const BusinessCasePatch = z
  .object({
    title: requiredText(200).optional(),
    horizonYears: HorizonYears.optional(),
    discountRate: DiscountRate.optional(),
    publicSide: PublicSideInputs.optional(),
    companySide: CompanySideInputs.nullable().optional(),
  })
  .strict();
export type BusinessCasePatch = z.infer<typeof BusinessCasePatch>;

export const VersionCreate = z.object({ comment: requiredText(1000) }).strict();
export type VersionCreate = z.infer<typeof VersionCreate>;

/** A saved version's number, or "current" for the draft. */
export const VersionRef = z.string().regex(/^(current|[1-9][0-9]{0,6})$/, "version_ref");

export const VersionCompareQuery = z.object({ a: VersionRef, b: VersionRef }).strict();
export type VersionCompareQuery = z.infer<typeof VersionCompareQuery>;

export const BusinessCaseListQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .transform((value) => Math.min(value, MAX_PAGE_SIZE))
      .default(25),
  })
  .strict();
export type BusinessCaseListQuery = z.infer<typeof BusinessCaseListQuery>;
