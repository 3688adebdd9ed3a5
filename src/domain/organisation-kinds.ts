/**
 * Organisation kinds and employee bands as plain constants without Zod, so public pages (open calls) can
 * name them without loading the schema library (issue 17); organisation.ts holds the schemas and re-exports these.
 */
export const ORGANISATION_KINDS = [
  "municipality",
  "region",
  "state_institution",
  "public_unit",
  "company",
  "knowledge_institution",
  // An industry cluster or innovation facilitator (Welfare Tech, Odense Robotics): brings a network together.
  "cluster",
  "other",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PUBLIC_KINDS: readonly OrganisationKind[] = ["municipality", "region", "state_institution", "public_unit"];
export const PARENT_KINDS: readonly OrganisationKind[] = ["municipality", "region", "state_institution"];

export function isPublicKind(kind: string): boolean {
  return (PUBLIC_KINDS as readonly string[]).includes(kind);
}

/** Employee bands; an SME (SMV) has fewer than 250 employees. */
export const EMPLOYEE_BANDS = ["1-9", "10-49", "50-249", "250+"] as const;
export type EmployeeBand = (typeof EMPLOYEE_BANDS)[number];

/** The bands of an SME; a company of unknown size is not counted as one. */
export const SME_BANDS: readonly EmployeeBand[] = ["1-9", "10-49", "50-249"];

export function isSme(kind: string, band: string | null): boolean {
  return kind === "company" && band !== null && (SME_BANDS as readonly string[]).includes(band);
}

/**
 * Who may answer an open call: a company, and a knowledge institution (a university, a GTS institute) that
 * offers its own solution or service. Either sees only its own answer, never another bidder's.
 */
export const OFFERING_KINDS = ["company", "knowledge_institution"] as const;

export function canAnswerCalls(kind: string | null | undefined): boolean {
  return (OFFERING_KINDS as readonly (string | null | undefined)[]).includes(kind);
}
