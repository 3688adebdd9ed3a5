import type { Actor } from "../../platform/actor.js";

/** Where a need sits: its owner, and the owner's parent (a municipality above its units). */
export interface NeedOwnership {
  ownerOrganisationId: string;
  ownerParentId: string | null;
}

const isStaff = (actor: Actor) => actor.role === "admin" || actor.role === "agent";

/**
 * Agents and the programme manager see every need; a member sees the needs of their own
 * organisation, and a municipality's members also those of its units. Companies see needs only
 * through open calls.
 */
export function canViewNeed(actor: Actor, need: NeedOwnership): boolean {
  return (
    isStaff(actor) ||
    (actor.organisationId !== null && [need.ownerOrganisationId, need.ownerParentId].includes(actor.organisationId))
  );
}

export const canEditNeed = canViewNeed;

/** Ranking partners and deciding the shortlist is the agents' work. */
export const canMatch = (actor: Actor): boolean => isStaff(actor);
