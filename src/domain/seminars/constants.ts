/**
 * Seminars' sides and states as plain constants without Zod, so the public seminar pages can name them
 * without loading the schema library (issue 17); schemas.ts holds the schemas and re-exports these.
 */

/** The four sides of an OPI seminar; each has its own capacity, reserved places and wait list. */
export const SIDES = ["public", "company", "knowledge", "other"] as const;
export type Side = (typeof SIDES)[number];

export const SEMINAR_STATES = ["draft", "published", "held", "closed", "cancelled"] as const;
export type SeminarState = (typeof SEMINAR_STATES)[number];

export const REGISTRATION_STATES = ["registered", "waitlisted", "offered", "cancelled", "attended", "no_show"] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

export const OUTCOME_KINDS = ["idea", "need", "match_lead"] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const INVITATION_STATES = ["sent", "accepted", "declined"] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

/** The side an organisation registers on, from its kind in the registry. */
export function sideOfOrganisationKind(kind: string): Side {
  switch (kind) {
    case "municipality":
    case "region":
    case "state_institution":
    case "public_unit":
      return "public";
    case "company":
      return "company";
    case "knowledge_institution":
      return "knowledge";
    default:
      return "other";
  }
}
