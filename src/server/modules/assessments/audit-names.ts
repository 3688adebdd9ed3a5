import type { AuditSubject } from "../../platform/audit-subjects.js";
import { listAssessmentNames } from "./audit-names.repo.js";
import { canViewAssessment } from "./assessments.policy.js";

export const assessmentAuditSubject: AuditSubject = {
  entity: "assessment",
  async names(db, actor, ids) {
    const rows = await listAssessmentNames(db, ids);
    return new Map(
      rows
        .filter((row) => canViewAssessment(actor, { organisationId: row.organisation_id, parentId: row.parent_id }))
        .map((row) => [row.id, { label: `${row.title} (${row.organisation_name})`, href: `/vurderinger/${row.id}` }]),
    );
  },
};
