import type { Actor } from "../../platform/actor.js";

/** Where a need sits: its owner, and the owner's parent (a municipality above its units). */
export interface NeedOwnership {
  ownerOrganisationId: string;
  ownerParentId: string | null;
  /** Co-owners of a joint need and their parents: their members see the need as the owner's do. */
  coOwnerOrganisationIds?: string[];
}

const isStaff = (actor: Actor) => actor.role === "admin" || actor.role === "agent";

/**
 * Agents and the programme manager see every need; a member sees the needs of their own
 * organisation, and a municipality's members also those of its units. Companies see needs only
 * through open calls.
 */
export function canViewNeed(actor: Actor, need: NeedOwnership): boolean {
  return (
    canEditNeed(actor, need) ||
    (actor.organisationId !== null && (need.coOwnerOrganisationIds ?? []).includes(actor.organisationId))
  );
}

/** Changing a need stays with its owner (and the owner's municipality); co-owners only see it. */
export function canEditNeed(actor: Actor, need: NeedOwnership): boolean {
  return (
    isStaff(actor) ||
    (actor.organisationId !== null && [need.ownerOrganisationId, need.ownerParentId].includes(actor.organisationId))
  );
}

/** Ranking partners and deciding the shortlist is the agents' work. */
export const canMatch = (actor: Actor): boolean => isStaff(actor);
