import type { StoryItem } from "../../../domain/organisation-story-views.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { canViewOffer } from "./calls.policy.js";
import { listOffersInvolving } from "./story.repo.js";

const SCAN_LIMIT = 500;

/**
 * An organisation's offers for its page: a company's own offers, and a public organisation's received ones,
 * each only where the reader may see the offer (its company, the call's institution, staff) — never another
 * company's offer.
 */
export async function listOffersForStory(db: Db, actor: Actor, organisationId: string): Promise<StoryItem[]> {
  const rows = await listOffersInvolving(db, organisationId, SCAN_LIMIT);
  return rows
    .filter((row) =>
      canViewOffer(
        actor,
        { ownerOrganisationId: row.owner_organisation_id, ownerParentId: row.owner_parent_id },
        row.company_id,
      ),
    )
    .map((row) => ({
      id: row.id,
      title: row.call_title,
      href: `/opslag/${row.call_id}`,
      date: row.updated_at.toISOString(),
      status: row.call_status,
      detail: row.company_id === organisationId ? row.owner_name : row.company_name,
    }));
}
