import { signupWarnings, type SignupRequestView } from "../../../domain/signup.js";
import type { SignupRequestRow } from "./signup.repo.js";

export function presentSignupRequest(row: SignupRequestRow): SignupRequestView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    cvr: row.cvr,
    organisationName: row.organisation_name,
    organisation: { id: row.organisation_id, name: row.registry_name, kind: row.registry_kind, verified: row.verified },
    status: row.status,
    warnings: signupWarnings({
      isNewOrganisation: !row.verified,
      otherMembers: Number(row.other_members ?? 0),
      registryKind: row.registry_kind,
      registryName: row.registry_name,
      givenName: row.organisation_name,
    }),
    createdAt: row.created_at.toISOString(),
    confirmedAt: row.confirmed_at?.toISOString() ?? null,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy: row.decided_by_name,
    reason: row.reason,
  };
}
