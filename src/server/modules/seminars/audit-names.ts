import type { AuditSubject } from "../../platform/audit-subjects.js";
import { listSeminarNames } from "./audit-names.repo.js";
import { canManageSeminars } from "./seminars.policy.js";

/** Seminars are public once published; a draft's name only for staff. */
export const seminarAuditSubject: AuditSubject = {
  entity: "seminar",
  async names(db, actor, ids) {
    const rows = await listSeminarNames(db, ids);
    return new Map(
      rows
        .filter((row) => row.status !== "draft" || canManageSeminars(actor))
        .map((row) => [row.id, { label: row.title, href: `/seminarer/${row.id}` }]),
    );
  },
};
