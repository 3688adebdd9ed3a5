import { z } from "zod";
import { PagingQuery } from "./paging.js";
import { CARE_AREAS } from "./care-areas.js";
import { isValidCvr } from "./cvr.js";
import { findMunicipality, normaliseMunicipalityCode } from "./geography.js";
import { csvList, requiredText, text } from "./text-schemas.js";
import { ORGANISATION_KINDS, EMPLOYEE_BANDS, isSme } from "./organisation-kinds.js";
import type { OrganisationKind, EmployeeBand } from "./organisation-kinds.js";

/** The plain constants live in organisation-kinds.ts (no Zod, for public pages); re-exported for existing imports. */
export {
  ORGANISATION_KINDS,
  PUBLIC_KINDS,
  PARENT_KINDS,
  isPublicKind,
  EMPLOYEE_BANDS,
  isSme,
} from "./organisation-kinds.js";
export type { OrganisationKind, EmployeeBand } from "./organisation-kinds.js";

export const cvrSchema = z
  .string()
  .trim()
  .refine((value) => /^[0-9]{8}$/.test(value), { message: "cvr_format", abort: true })
  .refine(isValidCvr, { message: "cvr_checksum" });

const municipalityCodeSchema = z
  .string()
  .trim()
  .transform(normaliseMunicipalityCode)
  .refine((code) => findMunicipality(code) !== undefined, { message: "municipality_unknown" });

const websiteSchema = text(300).refine((value) => value === "" || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), {
  message: "url",
});

export const ContactPerson = z
  .object({
    name: requiredText(120),
    title: text(120).default(""),
    email: z.union([z.literal(""), z.email().max(254)]).default(""),
    phone: text(40).default(""),
  })
  .strict();
export type ContactPerson = z.infer<typeof ContactPerson>;

const organisationFields = {
  kind: z.enum(ORGANISATION_KINDS),
  name: requiredText(200),
  cvr: cvrSchema.nullable(),
  parentId: z.uuid().nullable(),
  municipalityCode: municipalityCodeSchema.nullable(),
  address: text(300),
  website: websiteSchema,
  description: text(5000),
  employeeBand: z.enum(EMPLOYEE_BANDS).nullable(),
  db07Codes: z
    .array(text(10).pipe(z.string().regex(/^[0-9]{2}(\.[0-9]{1,2})?(\.[0-9]{2})?$|^[0-9]{6}$/, "db07_unknown")))
    .max(20),
  careAreas: z.array(z.enum(CARE_AREAS)).max(CARE_AREAS.length),
  competenceIds: z.array(z.uuid()).max(50),
  contactPersons: z.array(ContactPerson).max(20),
};

function checkParent(value: { kind?: string; parentId?: string | null }, ctx: z.core.$RefinementCtx): void {
  if (value.kind === "public_unit" && !value.parentId) {
    ctx.addIssue({ code: "custom", path: ["parentId"], message: "parent_required" });
  }
}

export const OrganisationCreate = z
  .object({
    kind: organisationFields.kind,
    name: organisationFields.name,
    cvr: organisationFields.cvr.optional().default(null),
    parentId: organisationFields.parentId.optional().default(null),
    municipalityCode: organisationFields.municipalityCode.optional().default(null),
    address: organisationFields.address.optional().default(""),
    website: organisationFields.website.optional().default(""),
    description: organisationFields.description.optional().default(""),
    employeeBand: organisationFields.employeeBand.optional().default(null),
    db07Codes: organisationFields.db07Codes.optional().default([]),
    careAreas: organisationFields.careAreas.optional().default([]),
    competenceIds: organisationFields.competenceIds.optional().default([]),
    contactPersons: organisationFields.contactPersons.optional().default([]),
  })
  .strict()
  .superRefine(checkParent);
export type OrganisationCreate = z.infer<typeof OrganisationCreate>;
export type OrganisationCreateInput = z.input<typeof OrganisationCreate>;

/** A partial update; fields not sent stay as they are. Unknown fields are refused. */
export const OrganisationPatch = z
  .object({
    kind: organisationFields.kind.optional(),
    name: organisationFields.name.optional(),
    cvr: organisationFields.cvr.optional(),
    parentId: organisationFields.parentId.optional(),
    municipalityCode: organisationFields.municipalityCode.optional(),
    address: organisationFields.address.optional(),
    website: organisationFields.website.optional(),
    description: organisationFields.description.optional(),
    employeeBand: organisationFields.employeeBand.optional(),
    db07Codes: organisationFields.db07Codes.optional(),
    careAreas: organisationFields.careAreas.optional(),
    competenceIds: organisationFields.competenceIds.optional(),
    contactPersons: organisationFields.contactPersons.optional(),
    archived: z.boolean().optional(),
  })
  .strict();
export type OrganisationPatch = z.infer<typeof OrganisationPatch>;

export const OrganisationQuery = z
  .object({
    q: text(200).optional(),
    kind: csvList.pipe(z.array(z.enum(ORGANISATION_KINDS))).optional(),
    regionCode: z.enum(["1081", "1082", "1083", "1084", "1085"]).optional(),
    municipalityCode: municipalityCodeSchema.optional(),
    competenceId: z.uuid().optional(),
    sme: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional(),
    includeArchived: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional(),
    ...PagingQuery.shape,
  })
  .strict();
export type OrganisationQuery = z.infer<typeof OrganisationQuery>;

export interface OrganisationSummary {
  id: string;
  kind: OrganisationKind;
  name: string;
  cvr: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  regionCode: string | null;
  regionName: string | null;
  employeeBand: EmployeeBand | null;
  isSme: boolean;
  archived: boolean;
}

export interface Organisation extends OrganisationSummary {
  parentId: string | null;
  parentName: string | null;
  address: string;
  website: string;
  description: string;
  db07: { code: string; title: string }[];
  careAreas: string[];
  competences: { id: string; slug: string; nameDa: string; nameEn: string }[];
  contactPersons: ContactPerson[];
  units: { id: string; name: string }[];
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationPage {
  items: OrganisationSummary[];
  /** Exact when `isTotalExact`; otherwise there are more than `total` (the count stops at a cap). */
  total: number;
  isTotalExact: boolean;
  page: number;
  pageSize: number;
}
