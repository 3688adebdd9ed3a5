import type { AuditSubject } from "../../platform/audit-subjects.js";
import { listUserNames } from "./audit-names.repo.js";

/** A person's name is for the programme manager (who keeps the user list) and the person themselves. */
export const userAuditSubject: AuditSubject = {
  entity: "user",
  async names(db, actor, ids) {
    const rows = await listUserNames(db, ids);
    return new Map(
      rows
        .filter((row) => actor.role === "admin" || row.id === actor.id)
        .map((row) => [
          row.id,
          { label: row.name || row.email, href: `/admin/brugere?q=${encodeURIComponent(row.email)}` },
        ]),
    );
  },
};
