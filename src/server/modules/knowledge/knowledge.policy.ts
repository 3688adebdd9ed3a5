import type { Reader } from "../../../domain/knowledge/publication.js";
import { isStaff, type Actor } from "../../platform/actor.js";
import type { EntryScope } from "./knowledge.repo.js";

/** The reader the publication rules see: anonymous callers are a reader without organisation. */
export function readerOf(actor: Actor | null): Reader {
  return { isStaff: isStaff(actor), organisationId: actor?.organisationId ?? null };
}

/** Writing, reviewing, publishing, files, links and adoptions are the agents' and programme manager's work. */
export const canEditKnowledge = (actor: Actor): boolean => isStaff(actor);

/** What a list shows: published entries, and with `drafts` the unpublished ones this caller may see. */
export function scopeOf(actor: Actor | null, drafts: boolean): EntryScope {
  if (!actor || !drafts) {
    return { kind: "public" };
  }
  if (isStaff(actor)) {
    return { kind: "staff" };
  }
  return actor.organisationId ? { kind: "member", organisationId: actor.organisationId } : { kind: "public" };
}
