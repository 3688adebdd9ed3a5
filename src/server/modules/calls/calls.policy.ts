import type { Actor } from "../../platform/actor.js";
import { canEditNeed, type NeedOwnership } from "../needs/needs.policy.js";

/** The institution that owns the call (its members), agents and the programme manager. */
export const canManageCall = (actor: Actor, ownership: NeedOwnership): boolean => canEditNeed(actor, ownership);

/**
 * An offer is visible to the offering company, the call's institution, agents and the programme
 * manager — never to another company.
 */
export function canViewOffer(actor: Actor, ownership: NeedOwnership, offerCompanyId: string): boolean {
  return canManageCall(actor, ownership) || actor.organisationId === offerCompanyId;
}
