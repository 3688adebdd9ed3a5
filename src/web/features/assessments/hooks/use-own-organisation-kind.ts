import type { Me } from "../../../../domain/auth.js";
import { isPublicKind, type Organisation } from "../../../../domain/organisation.js";
import { useApi } from "../../../api/use-api.js";

/**
 * Whether a member's own organisation is public (only public organisations are assessed). `/api/me`
 * does not carry the kind, so it is read from the organisation; null while unknown and for staff.
 */
export function useIsOwnOrganisationPublic(me: Me): boolean | null {
  const id = me.role === "member" ? me.organisationId : null;
  const { data } = useApi<Organisation>(id ? `/api/organisations/${id}` : null);
  return id && data?.id === id ? isPublicKind(data.kind) : null;
}
