import type { AuditSubject } from "../../platform/audit-subjects.js";
import { listNeedNames } from "./audit-names.repo.js";
import { canViewNeed } from "./needs.policy.js";

export const needAuditSubject: AuditSubject = {
  entity: "need",
  async names(db, actor, ids) {
    const rows = await listNeedNames(db, ids);
    return new Map(
      rows
        .filter((row) =>
          canViewNeed(actor, {
            ownerOrganisationId: row.owner_organisation_id,
            ownerParentId: row.owner_parent_id,
            coOwnerOrganisationIds: row.co_owner_ids.filter((id): id is string => id !== null),
          }),
        )
        .map((row) => [row.id, { label: row.title, href: `/behov/${row.id}` }]),
    );
  },
};
