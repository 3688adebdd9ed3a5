import { visibleRecipients, type DisclosureViewer } from "../../../domain/disclosures/rules.js";
import type { Disclosure, DisclosureOrganisation } from "../../../domain/disclosures/views.js";
import type { DisclosureRow } from "./disclosures.repo.js";

/** A record as the viewer may see it: a company is told only that it received it itself. */
export function presentDisclosure(
  row: DisclosureRow,
  recipients: DisclosureOrganisation[],
  contextTitle: string,
  viewer: DisclosureViewer,
): Disclosure {
  return {
    id: row.id,
    context: { kind: row.context_kind, id: row.context_id, title: contextTitle },
    publicOrganisation: { id: row.public_organisation_id, name: row.public_organisation_name },
    title: row.title,
    description: row.description,
    file:
      row.filename && row.content_type && row.size_bytes !== null
        ? { filename: row.filename, contentType: row.content_type, sizeBytes: row.size_bytes }
        : null,
    givenAt: row.given_at.toISOString(),
    recipients: visibleRecipients(viewer, recipients),
    confidential: row.confidential,
    source: row.source,
    recordedByName: row.recorded_by_name,
    recordedAt: row.recorded_at.toISOString(),
  };
}
