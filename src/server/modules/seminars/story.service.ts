import type { StoryItem } from "../../../domain/organisation-story-views.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { canManageSeminars } from "./seminars.policy.js";
import { listSeminarsOfOrganisation } from "./story.repo.js";

const SCAN_LIMIT = 200;

/**
 * The seminars an organisation took part in, for its page. Staff and the organisation's own members (or its
 * parent's) see every sign-up; anyone else only seminars where someone from it agreed to be on the public
 * participant list. Drafts only for staff.
 */
export async function listSeminarsForStory(
  db: Db,
  actor: Actor,
  organisation: { id: string; parentId: string | null },
): Promise<StoryItem[]> {
  const rows = await listSeminarsOfOrganisation(db, organisation.id, SCAN_LIMIT);
  const staff = canManageSeminars(actor);
  const own = actor.organisationId !== null && [organisation.id, organisation.parentId].includes(actor.organisationId);
  return rows
    .filter((row) => (staff || row.status !== "draft") && (staff || own || row.is_listed))
    .map((row) => ({
      id: row.id,
      title: row.title,
      href: `/seminarer/${row.id}`,
      date: row.starts_at.toISOString(),
      status: row.status,
      detail: null,
      ...(staff || own ? { count: row.people } : {}),
    }));
}
