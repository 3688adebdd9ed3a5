import type { AuditSubject } from "../../platform/audit-subjects.js";
import { listOrganisationNames } from "./audit-names.repo.js";
import { canViewOrganisations } from "./organisations.policy.js";

/** The registry is shared knowledge: every signed-in reader sees an organisation's name. */
export const organisationAuditSubject: AuditSubject = {
  entity: "organisation",
  async names(db, actor, ids) {
    if (!canViewOrganisations(actor)) {
      return new Map();
    }
    const rows = await listOrganisationNames(db, ids);
    return new Map(rows.map((row) => [row.id, { label: row.name, href: `/organisationer/${row.id}` }]));
  },
};
