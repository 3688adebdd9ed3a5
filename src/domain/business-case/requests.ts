import { z } from "zod";
import { PagingQuery } from "../paging.js";
import { requiredText } from "../text-schemas.js";
import { CompanySideInputs, DiscountRate, HorizonYears, PublicSideInputs } from "./inputs.js";
import { OwnScenarios } from "./own-scenarios.js";

/** The model's fields a create or a patch may carry; each side is sent whole. */
const modelFields = {
  horizonYears: HorizonYears.optional(),
  discountRate: DiscountRate.optional(),
  publicSide: PublicSideInputs.optional(),
  companySide: CompanySideInputs.nullable().optional(),
};

/** The need or innovation process the case belongs to; both may be empty (a standalone case). */
const linkFields = {
  needId: z.uuid().nullable().optional(),
  processId: z.uuid().nullable().optional(),
};

/**
 * A new case for a public organisation, with or without a company. Model fields left out start
 * blank: ten years, the Ministry of Finance's rate, every amount 0, and a company side only when
 * there is a company.
 */
export const BusinessCaseCreate = z
  .object({
    title: requiredText(200),
    publicOrganisationId: z.uuid(),
    companyOrganisationId: z.uuid().nullable().optional().default(null),
    needId: linkFields.needId.default(null),
    processId: linkFields.processId.default(null),
    ...modelFields,
  })
  .strict();
export type BusinessCaseCreate = z.infer<typeof BusinessCaseCreate>;
export type BusinessCaseCreateInput = z.input<typeof BusinessCaseCreate>;

/** Autosave of the draft: each field sent replaces the current value; null unlinks a need or process. */
export const BusinessCasePatch = z
  .object({ title: requiredText(200).optional(), ...linkFields, ...modelFields, scenarios: OwnScenarios.optional() })
  .strict();
export type BusinessCasePatch = z.infer<typeof BusinessCasePatch>;

/** The model fields of a create or a patch. */
export type ModelFields = Pick<BusinessCasePatch, "horizonYears" | "discountRate" | "publicSide" | "companySide">;

export const VersionCreate = z.object({ comment: requiredText(1000) }).strict();
export type VersionCreate = z.infer<typeof VersionCreate>;

/** A saved version's number, or "current" for the draft. */
export const VersionRef = z.string().regex(/^(current|[1-9][0-9]{0,6})$/, "version_ref");

export const VersionCompareQuery = z.object({ a: VersionRef, b: VersionRef }).strict();
export type VersionCompareQuery = z.infer<typeof VersionCompareQuery>;

export const BusinessCaseListQuery = PagingQuery.strict();
export type BusinessCaseListQuery = z.infer<typeof BusinessCaseListQuery>;
