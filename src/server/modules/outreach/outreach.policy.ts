import type { Role } from "../../../domain/auth.js";
import type { Actor } from "../../platform/actor.js";

/** The outreach log is the agents' working tool: agents and the programme manager; members never see it. */
export const OUTREACH_ROLES: Role[] = ["admin", "agent"];

export const canUseOutreachLog = (actor: Actor): boolean => OUTREACH_ROLES.includes(actor.role);

/** A contact is changed by the agent who logged it, or by the programme manager (a colleague may be away). */
export function canEditContact(actor: Actor, contact: { recorded_by: string | null }): boolean {
  return actor.role === "admin" || (actor.role === "agent" && contact.recorded_by === actor.id);
}
