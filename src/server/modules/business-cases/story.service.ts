import type { StoryItem } from "../../../domain/organisation-story-views.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { describeAccess } from "./business-cases.policy.js";
import { listCasesOfParty } from "./story.repo.js";

/** More than an organisation page ever lists; the count is of what the reader may see. */
const SCAN_LIMIT = 500;

/**
 * The business cases an organisation is a party to, for its page: only those the reader is a party to (or
 * staff), so a competitor never learns a case's title or that it exists. The other party is the detail.
 */
export async function listCasesForStory(db: Db, actor: Actor, organisationId: string): Promise<StoryItem[]> {
  const rows = await listCasesOfParty(db, organisationId, SCAN_LIMIT);
  return rows
    .filter((row) =>
      describeAccess(actor, {
        publicOrganisationId: row.public_organisation_id,
        publicParentId: row.public_parent_id,
        companyOrganisationId: row.company_organisation_id,
        companySharedAt: row.company_shared_at,
      }),
    )
    .map((row) => ({
      id: row.id,
      title: row.title,
      href: `/business-cases/${row.id}`,
      date: row.updated_at.toISOString(),
      status: null,
      detail:
        row.company_organisation_id === organisationId
          ? row.public_organisation_name
          : (row.company_organisation_name ?? row.public_organisation_name),
    }));
}
