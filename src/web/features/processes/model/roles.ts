import type { OrganisationKind } from "../../../../domain/organisation.js";
import { PUBLIC_KINDS } from "../../../../domain/organisation.js";
import type { ParticipantRole } from "../../../../domain/process/schemas.js";

/**
 * Which organisations may hold a role (the server's rule): need owners and test sites are public,
 * the developer/supplier is a company; the other roles are open to anyone.
 */
export function kindsForRole(role: ParticipantRole | ""): readonly OrganisationKind[] | undefined {
  if (role === "need_owner" || role === "test_site") {
    return PUBLIC_KINDS;
  }
  if (role === "developer") {
    return ["company"];
  }
  return undefined;
}
