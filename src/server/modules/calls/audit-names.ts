import type { AuditSubject } from "../../platform/audit-subjects.js";
import { listCallNames, listOfferNames } from "./audit-names.repo.js";
import { canViewOffer } from "./calls.policy.js";

/** Calls are public. */
export const callAuditSubject: AuditSubject = {
  entity: "open_call",
  async names(db, _actor, ids) {
    const rows = await listCallNames(db, ids);
    return new Map(rows.map((row) => [row.id, { label: row.title, href: `/opslag/${row.id}` }]));
  },
};

/** An offer is named only to its company, the call's institution and staff: never to another company. */
export const offerAuditSubject: AuditSubject = {
  entity: "offer",
  async names(db, actor, ids) {
    const rows = await listOfferNames(db, ids);
    return new Map(
      rows
        .filter((row) =>
          canViewOffer(
            actor,
            { ownerOrganisationId: row.owner_organisation_id, ownerParentId: row.owner_parent_id },
            row.company_id,
          ),
        )
        .map((row) => [row.id, { label: `${row.company_name} – ${row.call_title}`, href: `/opslag/${row.call_id}` }]),
    );
  },
};
