import { canAnswerCalls, isPublicKind } from "../../../domain/organisation-kinds.js";
import type { Organisation } from "../../../domain/organisation.js";
import { useApi } from "../../api/use-api.js";
import { useAuth } from "../../auth/auth-context.js";

export interface OwnOrganisation {
  /** false while the signed-in member's organisation is still loading */
  isKnown: boolean;
  organisation: Organisation | null;
  /** A company or a knowledge institution: it may answer an open call. */
  canAnswerCalls: boolean;
  isPublic: boolean;
}

/** The signed-in member's own organisation (its kind decides what they may do here); null for staff and visitors. */
export function useOwnOrganisation(): OwnOrganisation {
  const { me } = useAuth();
  const id = me?.role === "member" ? me.organisationId : null;
  const { data, error } = useApi<Organisation>(id ? `/api/organisations/${id}` : null);
  const organisation = id && data?.id === id ? data : null;
  return {
    isKnown: me !== undefined && (!id || organisation !== null || Boolean(error)),
    organisation,
    canAnswerCalls: canAnswerCalls(organisation?.kind),
    isPublic: organisation ? isPublicKind(organisation.kind) : false,
  };
}
