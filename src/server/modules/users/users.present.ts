import type { Invitation, UserRow } from "../../../domain/user-views.js";
import type { listUsers } from "./users.repo.js";
import type { findValidInvitation } from "./users.service.js";

type ListedUser = Awaited<ReturnType<typeof listUsers>>[number];
type InvitationRow = NonNullable<Awaited<ReturnType<typeof findValidInvitation>>>;

export function presentUser(row: ListedUser): UserRow {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    disabled: row.disabled_at !== null,
    invitationPending: row.password_hash === null && row.erased_at === null,
    erased: row.erased_at !== null,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
  };
}

export function presentInvitation(invitation: InvitationRow, now = Date.now()): Invitation {
  const status = invitation.used_at ? "used" : invitation.expires_at.getTime() < now ? "expired" : "valid";
  return { email: invitation.email, name: invitation.name, status };
}
