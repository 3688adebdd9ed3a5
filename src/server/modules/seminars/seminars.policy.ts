import type { Actor } from "../../platform/actor.js";
import { isStaff } from "../../platform/actor.js";

/** Agents and the programme manager plan seminars and see registrations and check-in lists. */
export const canManageSeminars = (actor: Actor | null): boolean => isStaff(actor);
