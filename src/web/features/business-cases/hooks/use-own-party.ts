import type { Me } from "../../../../domain/auth.js";
import { isPublicKind, type Organisation } from "../../../../domain/organisation.js";
import { useApi } from "../../../api/use-api.js";
import { isStaff } from "../../../auth/permissions.js";

export interface OwnParty {
  /** Which side of a case the reader's organisation can be: staff are neither and may create any case. */
  side: "staff" | "public" | "company" | "none";
  organisation: { id: string; name: string } | null;
  /** The organisation's units: a municipality, region or state institution may create a case for one of them. */
  units: { id: string; name: string }[];
  isLoading: boolean;
  error: unknown;
  reload: () => void;
}

/**
 * The reader's own organisation and the side of a business case it can take (as the server's describeAccess decides
 * for a new case), with its units, which a public member may also choose as the public side.
 */
export function useOwnParty(me: Me): OwnParty {
  const staff = isStaff(me);
  const own = useApi<Organisation>(!staff && me.organisationId ? `/api/organisations/${me.organisationId}` : null);
  const organisation = own.data ? { id: own.data.id, name: own.data.name } : null;
  const side = staff
    ? "staff"
    : !own.data
      ? "none"
      : isPublicKind(own.data.kind)
        ? "public"
        : own.data.kind === "company"
          ? "company"
          : "none";
  return {
    side,
    organisation,
    units: own.data?.units ?? [],
    isLoading: own.isLoading,
    error: own.error,
    reload: own.reload,
  };
}
