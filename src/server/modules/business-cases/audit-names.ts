import type { AuditSubject } from "../../platform/audit-subjects.js";
import { listBusinessCaseNames } from "./audit-names.repo.js";
import { describeAccess } from "./business-cases.policy.js";

/** Only a party to the case (and staff) learns its name: a competitor sees a neutral label. */
export const businessCaseAuditSubject: AuditSubject = {
  entity: "business_case",
  async names(db, actor, ids) {
    const rows = await listBusinessCaseNames(db, ids);
    return new Map(
      rows
        .filter((row) =>
          describeAccess(actor, {
            publicOrganisationId: row.public_organisation_id,
            publicParentId: row.public_parent_id,
            companyOrganisationId: row.company_organisation_id,
            companySharedAt: row.company_shared_at,
          }),
        )
        .map((row) => [row.id, { label: row.title, href: `/business-cases/${row.id}` }]),
    );
  },
};
