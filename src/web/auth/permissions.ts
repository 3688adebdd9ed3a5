import type { Me } from "../../domain/auth.js";

/** Mirrors the server's organisation policy so the UI only offers what the server allows. */
export function isStaff(me: Me): boolean {
  return me.role === "admin" || me.role === "agent";
}

export function canEditOrganisation(me: Me, organisationId: string): boolean {
  return isStaff(me) || me.organisationId === organisationId;
}
