import type { OrganisationPatch } from "../../../domain/organisation.js";
import type { Actor } from "../../platform/actor.js";

/** The registry is shared knowledge: every signed-in user may read it. */
export const canViewOrganisations = (actor: Actor | null): boolean => actor !== null;

/** Agents and the programme manager register organisations and import lists. */
export const canCreateOrganisation = (actor: Actor | null): boolean =>
  actor?.role === "admin" || actor?.role === "agent";

/** Agents and the programme manager edit all; a member edits only their own organisation. */
export function canEditOrganisation(actor: Actor | null, organisationId: string): boolean {
  if (!actor) {
    return false;
  }
  return actor.role === "admin" || actor.role === "agent" || actor.organisationId === organisationId;
}

/** Fields a member may not change on their own organisation: what it is and where it belongs. */
const STAFF_ONLY_FIELDS = ["kind", "parentId", "archived", "cvr"] as const;

export function forbiddenPatchFields(actor: Actor, patch: OrganisationPatch): string[] {
  if (actor.role === "admin" || actor.role === "agent") {
    return [];
  }
  return STAFF_ONLY_FIELDS.filter((field) => patch[field] !== undefined);
}
