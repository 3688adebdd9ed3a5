import type { AuditSubject } from "../../platform/audit-subjects.js";
import { listProcessNames } from "./audit-names.repo.js";
import { canViewProcess } from "./processes.policy.js";

export const processAuditSubject: AuditSubject = {
  entity: "process",
  async names(db, actor, ids) {
    const rows = await listProcessNames(db, ids);
    return new Map(
      rows
        .filter((row) =>
          canViewProcess(actor, {
            organisationIds: row.member_ids.filter((id): id is string => id !== null),
            needOwnerIds: [],
          }),
        )
        .map((row) => [row.id, { label: row.title, href: `/forloeb/${row.id}` }]),
    );
  },
};
