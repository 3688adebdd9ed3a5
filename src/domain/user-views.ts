import type { Role } from "./auth.js";

/** The API's answers about users and invitations (src/server/modules/users), shared with the browser. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
  disabled: boolean;
  invitationPending: boolean;
  /** The person was erased: name and e-mail are a pseudonym. */
  erased: boolean;
  lastLoginAt: string | null;
}

export interface Invitation {
  email: string;
  name: string;
  status: "valid" | "used" | "expired";
}
