import { isPublicKind } from "../../../domain/organisation.js";
import type { DisclosureContextKind } from "../../../domain/disclosures/schemas.js";
import type { DisclosureOrganisation } from "../../../domain/disclosures/views.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { fieldError, forbidden } from "../../http/errors.js";
import type { Actor } from "../../platform/actor.js";
import { canManageCall } from "../calls/calls.policy.js";
import { loadCall } from "../calls/calls.service.js";
import { canEditNeed } from "../needs/needs.policy.js";
import { getVisibleNeed } from "../needs/needs.service.js";
import { canSteerProcess } from "../processes/processes.policy.js";
import { loadVisibleProcess } from "../processes/processes.service.js";
import { describeSeminarParties, loadVisibleSeminar } from "../seminars/seminars.service.js";
import {
  listCallCompanies,
  listCallIdsForNeeds,
  listProcessCompanies,
  listProcessIdsForNeed,
} from "./disclosures.repo.js";

/** A context as the caller meets it: what it is called, whether they manage its record, who is around it. */
export interface ResolvedContext {
  kind: DisclosureContextKind;
  id: string;
  title: string;
  /** The owning public organisation's members, agents and the programme manager. */
  canManage: boolean;
  /** Companies a record here may name, for the form (and, in a process, the only ones allowed). */
  companies: DisclosureOrganisation[];
  /** Public organisations that may be named as the giver; the first is the default. */
  publicOrganisations: DisclosureOrganisation[];
}

/**
 * Loads a context as the caller may see it, with each owning module's own rule: a need as its owner sees it
 * (404 otherwise; companies never see needs), a call (public) and a process (its participants; 404 otherwise).
 */
export async function resolveContext(
  db: Db,
  actor: Actor,
  kind: DisclosureContextKind,
  id: string,
  language: Language,
): Promise<ResolvedContext> {
  switch (kind) {
    case "need": {
      const need = await getVisibleNeed(db, actor, id);
      const processCompanies = await listProcessCompanies(db, await listProcessIdsForNeed(db, id));
      const callCompanies = await listCallCompanies(db, await listCallIdsForNeeds(db, [id]));
      return {
        kind,
        id,
        title: need.title,
        canManage: canEditNeed(actor, need),
        companies: mergeOrganisations(processCompanies, callCompanies),
        publicOrganisations: [{ id: need.ownerOrganisationId, name: need.ownerName }, ...need.coOwners],
      };
    }
    case "call": {
      const call = await loadCall(db, id);
      const ownership = { ownerOrganisationId: call.owner_organisation_id, ownerParentId: call.owner_parent_id };
      return {
        kind,
        id,
        title: call.title,
        canManage: canManageCall(actor, ownership),
        companies: await listCallCompanies(db, [id]),
        publicOrganisations: [{ id: call.owner_organisation_id, name: call.owner_name }],
      };
    }
    case "process": {
      const { process, participants, membership } = await loadVisibleProcess(db, actor, id);
      const pick = (test: (row: (typeof participants)[number]) => boolean) =>
        mergeOrganisations(participants.filter(test).map((row) => ({ id: row.organisation_id, name: row.name })));
      return {
        kind,
        id,
        title: process.title,
        canManage: canSteerProcess(actor, membership),
        companies: pick((row) => row.kind === "company"),
        // The need owners first: they are who normally gives material in a process.
        publicOrganisations: mergeOrganisations(
          pick((row) => row.role === "need_owner"),
          pick((row) => isPublicKind(row.kind)),
        ),
      };
    }
    case "seminar": {
      // Seminars are run by the programme: staff keep their record; the giver is a public organisation
      // whose need the seminar is about, and the receivers the companies registered for it.
      const seminar = await loadVisibleSeminar(db, actor, id);
      const parties = await describeSeminarParties(db, id);
      return {
        kind,
        id,
        title: seminar.title,
        canManage: actor.role === "admin" || actor.role === "agent",
        companies: parties.companies,
        publicOrganisations: parties.publicOrganisations,
      };
    }
  }
}

/** A context the caller manages: 404 when they cannot see it, 403 when they only take part. */
export async function resolveManagedContext(
  db: Db,
  actor: Actor,
  kind: DisclosureContextKind,
  id: string,
  language: Language,
): Promise<ResolvedContext> {
  const context = await resolveContext(db, actor, kind, id, language);
  if (!context.canManage) {
    throw forbidden();
  }
  return context;
}

function mergeOrganisations(...lists: DisclosureOrganisation[][]): DisclosureOrganisation[] {
  const byId = new Map<string, DisclosureOrganisation>();
  for (const item of lists.flat()) {
    byId.set(item.id, byId.get(item.id) ?? { id: item.id, name: item.name });
  }
  return [...byId.values()];
}
