import type { Actor } from "../../platform/actor.js";

/** Where an assessment sits: the assessed organisation and its parent (a municipality above its units). */
export interface AssessedOrganisation {
  organisationId: string;
  parentId: string | null;
}

const isStaff = (actor: Actor): boolean => actor.role === "admin" || actor.role === "agent";

/** The programme manager keeps the templates; agents read them to start assessments. */
export const canEditTemplates = (actor: Actor): boolean => actor.role === "admin";
export const canReadTemplates = (actor: Actor): boolean => isStaff(actor);

/** Agents and the programme manager run assessments: start, invite, close, turn gaps into needs. */
export const canManageAssessments = (actor: Actor): boolean => isStaff(actor);

/**
 * An assessment and its scores: agents, the programme manager, members of the assessed
 * organisation and of its parent. Companies and other organisations never (a 404 for them).
 */
export function canViewAssessment(actor: Actor, assessed: AssessedOrganisation): boolean {
  return (
    isStaff(actor) ||
    (actor.organisationId !== null && [assessed.organisationId, assessed.parentId].includes(actor.organisationId))
  );
}

/** Free-text answers and raw answers: agents, the programme manager and the assessed organisation itself. */
export function canViewAnswers(actor: Actor, assessed: AssessedOrganisation): boolean {
  return isStaff(actor) || (actor.organisationId !== null && actor.organisationId === assessed.organisationId);
}
