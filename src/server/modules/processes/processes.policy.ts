import type { Actor } from "../../platform/actor.js";

/** Who takes part: participant organisations, with the parent of a participating unit. */
export interface ProcessMembership {
  /** Organisation ids that take part, and their parents. */
  organisationIds: string[];
  /** Organisation ids with the need-owner role, and their parents. */
  needOwnerIds: string[];
}

const isStaff = (actor: Actor) => actor.role === "admin" || actor.role === "agent";
const isIn = (actor: Actor, ids: string[]) => actor.organisationId !== null && ids.includes(actor.organisationId);

/** Participants see their process; agents and the programme manager see all. */
export const canViewProcess = (actor: Actor, membership: ProcessMembership): boolean =>
  isStaff(actor) || isIn(actor, membership.organisationIds);

/** Steering — participants, agreements, gate decisions — is for agents and the need owner. */
export const canSteerProcess = (actor: Actor, membership: ProcessMembership): boolean =>
  isStaff(actor) || isIn(actor, membership.needOwnerIds);

/** Every participant works in the process: tasks, test plans, documents. */
export const canWorkInProcess = canViewProcess;

/** Starting a process is the agents' work. */
export const canStartProcess = (actor: Actor): boolean => isStaff(actor);

/**
 * A document marked confidential for a company is visible to that company, the need owner's
 * members, agents and the programme manager — never to other companies in a network.
 */
export function canViewDocument(actor: Actor, membership: ProcessMembership, confidentialFor: string | null): boolean {
  if (!canViewProcess(actor, membership)) {
    return false;
  }
  return (
    confidentialFor === null ||
    isStaff(actor) ||
    isIn(actor, membership.needOwnerIds) ||
    actor.organisationId === confidentialFor
  );
}
