import { randomUUID } from "node:crypto";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { groupBy } from "../../../domain/group-by.js";
import { inTransaction } from "../../db/transaction.js";
import {
  PARENT_KINDS,
  type Organisation,
  type OrganisationCreate,
  type OrganisationPatch,
} from "../../../domain/organisation.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { compoundWords } from "../../platform/lexicon.js";
import { presentOrganisation } from "./organisations.present.js";
import {
  countKnownCompetences as countKnownCompetenceRows,
  findOrganisation,
  findOrganisationByCvr,
  findOrganisationIdByCvr,
  findOrganisationKind,
  insertOrganisation,
  listCompetencesOf,
  listDb07Titles,
  listUnits,
  refreshSearchVectors,
  removeContactPersonByEmail,
  setOrganisationVerified,
  replaceCompetences,
  updateOrganisationRow,
} from "./organisations.repo.js";
import { listOrganisationsWithoutSearchExtra, setOrganisationSearchExtras } from "./search-extra.repo.js";
import {
  findOrganisations,
  insertCompetenceLinks,
  insertOrganisationRows,
  listKnownCompetenceIds,
  listOrganisationKinds,
  listTakenCvrs,
  listUnitsOf,
} from "./organisation-batch.repo.js";

/** For other modules: how many of these competence ids exist (duplicates count once). */
export function countKnownCompetences(db: Db, ids: string[]): Promise<number> {
  return countKnownCompetenceRows(db, ids);
}

/** For other modules: an organisation's id and kind, to check the role it may take. */
export function getOrganisationKind(db: Db, id: string) {
  return findOrganisationKind(db, id);
}

/**
 * For other modules: recomputes the search documents of these organisations after something they
 * include changed (a competence's name, an erased person's name).
 */
export function refreshOrganisationSearch(db: Db, organisationIds: string[]): Promise<void> {
  return refreshSearchVectors(db, organisationIds);
}

export async function getOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
  const row = await findOrganisation(db, id);
  if (!row) {
    return undefined;
  }
  const [competences, db07, units] = await Promise.all([
    listCompetencesOf(db, [id]),
    listDb07Titles(db, row.db07_codes),
    listUnits(db, id),
  ]);
  return presentOrganisation(row, { competences, db07, units });
}

type OrganisationValues = Omit<OrganisationCreate, "competenceIds"> & { competenceIds: string[] };

/** What the reference checks need to know about the values being saved, read in one statement per table. */
interface ReferenceFacts {
  cvrOwner: Map<string, string>;
  parentKind: Map<string, string>;
  knownCompetences: Set<string>;
  knownDb07: Set<string>;
}

const unique = <T>(values: T[]) => [...new Set(values)];

async function readReferenceFacts(db: Db, list: OrganisationValues[]): Promise<ReferenceFacts> {
  const [taken, parents, competences, db07] = await Promise.all([
    listTakenCvrs(db, unique(list.flatMap((values) => (values.cvr ? [values.cvr] : [])))),
    listOrganisationKinds(db, unique(list.flatMap((values) => (values.parentId ? [values.parentId] : [])))),
    listKnownCompetenceIds(db, unique(list.flatMap((values) => values.competenceIds))),
    listDb07Titles(db, unique(list.flatMap((values) => values.db07Codes))),
  ]);
  return {
    cvrOwner: new Map(taken.flatMap((row) => (row.cvr ? [[row.cvr, row.id] as const] : []))),
    parentKind: new Map(parents.map((row) => [row.id, row.kind])),
    knownCompetences: new Set(competences.map((row) => row.id)),
    knownDb07: new Set(db07.map((row) => row.code)),
  };
}

/** Checks what the schema cannot: unique CVR, a public parent, known competences and industry codes. */
function checkReferenceFacts(language: Language, values: OrganisationValues, facts: ReferenceFacts, selfId?: string) {
  const cvrOwner = values.cvr ? facts.cvrOwner.get(values.cvr) : undefined;
  if (cvrOwner && cvrOwner !== selfId) {
    throw fieldError(language, 409, "cvr", "cvr_taken");
  }
  if (values.kind === "public_unit" && !values.parentId) {
    throw fieldError(language, 400, "parentId", "parent_required");
  }
  if (values.parentId) {
    const kind = facts.parentKind.get(values.parentId);
    if (values.parentId === selfId || !PARENT_KINDS.includes(kind as (typeof PARENT_KINDS)[number])) {
      throw fieldError(language, 400, "parentId", "parent_invalid");
    }
  }
  if (!values.competenceIds.every((id) => facts.knownCompetences.has(id))) {
    throw fieldError(language, 400, "competenceIds", "competence_unknown");
  }
  if (!values.db07Codes.every((code) => facts.knownDb07.has(code))) {
    throw fieldError(language, 400, "db07Codes", "db07_unknown");
  }
}

async function checkReferences(db: Db, language: Language, values: OrganisationValues, selfId?: string): Promise<void> {
  checkReferenceFacts(language, values, await readReferenceFacts(db, [values]), selfId);
}

function toRow(values: OrganisationValues) {
  return {
    kind: values.kind,
    name: values.name,
    cvr: values.cvr,
    parent_id: values.parentId,
    municipality_code: values.municipalityCode,
    address: values.address,
    website: values.website,
    description: values.description,
    employee_band: values.employeeBand,
    db07_codes: [...new Set(values.db07Codes)],
    care_areas: [...new Set(values.careAreas)],
    contact_persons: JSON.stringify(values.contactPersons),
    search_extra: compoundWords(values.name, values.description),
  };
}

/** Inserts one organisation (already validated by the schema) inside the caller's transaction. */
export async function insertCheckedOrganisation(
  trx: Db,
  language: Language,
  input: OrganisationCreate,
): Promise<string> {
  const [id] = await insertCheckedOrganisations(trx, language, [input]);
  return id;
}

/**
 * Inserts many organisations (an import; one is the single case): the reference checks read one statement per
 * table for the whole batch and throw the first failing row's error, as one by one would.
 */
export async function insertCheckedOrganisations(
  trx: Db,
  language: Language,
  inputs: OrganisationCreate[],
): Promise<string[]> {
  const facts = await readReferenceFacts(trx, inputs);
  for (const input of inputs) {
    checkReferenceFacts(language, input, facts);
  }
  const rows: (ReturnType<typeof toRow> & { id: string; competenceIds: string[] })[] = [];
  for (const input of inputs) {
    if (rows.length > 0 && rows.length % 50 === 0) {
      // toRow splits compound words (about a millisecond a row on a loaded machine): let requests in between.
      await yieldToEventLoop();
    }
    rows.push({ id: randomUUID(), ...toRow(input), competenceIds: unique(input.competenceIds) });
  }
  // Each row's search document is written with it (no second UPDATE of the batch: issue 16).
  await insertOrganisationRows(trx, rows);
  await insertCompetenceLinks(
    trx,
    rows.flatMap((row) =>
      row.competenceIds.map((competenceId) => ({ organisation_id: row.id, competence_id: competenceId })),
    ),
  );
  return rows.map((row) => row.id);
}

/**
 * getOrganisation for many ids, in four statements; in the order of `ids`, missing ones left out. `areNew`: the
 * organisations were just created, so no unit can name them as parent yet and their units are not read (an
 * import's batch: on a fresh table that look-up took 52 ms a batch, 21 of 369 s at 100,000 rows; 0 s on a table
 * analysed before the import).
 */
export async function getOrganisations(db: Db, ids: string[], areNew = false): Promise<Organisation[]> {
  const rows = await findOrganisations(db, ids);
  const [competences, db07, units] = await Promise.all([
    listCompetencesOf(db, ids),
    listDb07Titles(db, [...new Set(rows.flatMap((row) => row.db07_codes))]),
    areNew ? [] : listUnitsOf(db, ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const competencesOf = groupBy(competences, (item) => item.organisation_id);
  const unitsOf = groupBy(units, (item) => item.parent_id);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) {
      return [];
    }
    return [
      presentOrganisation(row, {
        competences: competencesOf.get(id) ?? [],
        db07: db07.filter((item) => row.db07_codes.includes(item.code)),
        units: unitsOf.get(id) ?? [],
      }),
    ];
  });
}

export async function createOrganisation(ctx: ServiceContext, input: OrganisationCreate): Promise<Organisation> {
  return inTransaction(ctx.db, async (trx) => {
    const id = await insertCheckedOrganisation(trx, ctx.language, input);
    const created = await getOrganisation(trx, id);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "organisation",
      entityId: id,
      action: "create",
      after: created,
      requestId: ctx.requestId,
    });
    return created as Organisation;
  });
}

function mergePatch(current: Organisation, patch: OrganisationPatch): OrganisationValues {
  return {
    kind: patch.kind ?? current.kind,
    name: patch.name ?? current.name,
    cvr: patch.cvr === undefined ? current.cvr : patch.cvr,
    parentId: patch.parentId === undefined ? current.parentId : patch.parentId,
    municipalityCode: patch.municipalityCode === undefined ? current.municipalityCode : patch.municipalityCode,
    address: patch.address ?? current.address,
    website: patch.website ?? current.website,
    description: patch.description ?? current.description,
    employeeBand: patch.employeeBand === undefined ? current.employeeBand : patch.employeeBand,
    db07Codes: patch.db07Codes ?? current.db07.map((item) => item.code),
    careAreas: (patch.careAreas ?? current.careAreas) as OrganisationValues["careAreas"],
    competenceIds: patch.competenceIds ?? current.competences.map((item) => item.id),
    contactPersons: patch.contactPersons ?? current.contactPersons,
  };
}

/** Updates the fields sent (archiving is `archived: true`; nothing is ever deleted). */
export async function updateOrganisation(
  ctx: ServiceContext,
  id: string,
  patch: OrganisationPatch,
): Promise<Organisation> {
  return inTransaction(ctx.db, async (trx) => {
    const before = await getOrganisation(trx, id);
    if (!before) {
      throw notFound("organisation");
    }
    const values = mergePatch(before, patch);
    await checkReferences(trx, ctx.language, values, id);
    const archivedAt = patch.archived === undefined ? undefined : patch.archived ? new Date() : null;
    await updateOrganisationRow(trx, id, {
      ...toRow(values),
      ...(archivedAt === undefined || patch.archived === before.archived ? {} : { archived_at: archivedAt }),
    });
    if (patch.competenceIds) {
      await replaceCompetences(trx, id, values.competenceIds);
    }
    await refreshSearchVectors(trx, [id]);
    const after = (await getOrganisation(trx, id)) as Organisation;
    const action =
      patch.archived === true && !before.archived
        ? "archive"
        : patch.archived === false && before.archived
          ? "restore"
          : "update";
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "organisation",
      entityId: id,
      action,
      before,
      after,
      requestId: ctx.requestId,
    });
    return after;
  });
}

/**
 * Erasure of a person (GDPR Art. 17), inside the erasing transaction: removed as a contact person of
 * every organisation (their search documents refreshed). Returns the organisations changed, for the audit log.
 */
export async function eraseContactPerson(trx: Db, email: string): Promise<string[]> {
  const organisationIds = await removeContactPersonByEmail(trx, email);
  await refreshOrganisationSearch(trx, organisationIds);
  return organisationIds;
}

/** Batch size of the compound-word backfill: one transaction and one vector refresh per batch. */
const BACKFILL_BATCH = 500;

/**
 * Computes the compound parts of organisations from before they were indexed (search_extra is
 * null) and refreshes their search documents. Runs at start; does nothing once every row has them.
 * Derived search data like the search vector, so no audit entry. Returns how many rows it filled.
 */
export async function backfillOrganisationSearchExtra(db: Db): Promise<number> {
  let filled = 0;
  for (;;) {
    const done = await inTransaction(db, async (trx) => {
      const rows = await listOrganisationsWithoutSearchExtra(trx, BACKFILL_BATCH);
      await setOrganisationSearchExtras(
        trx,
        rows.map((row) => ({ id: row.id, searchExtra: compoundWords(row.name, row.description) })),
      );
      await refreshSearchVectors(
        trx,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
    filled += done;
    if (done < BACKFILL_BATCH) {
      return filled;
    }
  }
}

/**
 * For sign-up: the registry entry with the CVR, or a new one marked unverified (inside the caller's
 * transaction). Staff verify it when they approve the first person's link to it.
 */
export async function findOrCreateUnverifiedOrganisation(
  trx: Db,
  values: { cvr: string; name: string; kind: "company" | "knowledge_institution" },
): Promise<{ id: string; isNew: boolean }> {
  const existing = await findOrganisationByCvr(trx, values.cvr);
  if (existing) {
    return { id: existing.id, isNew: false };
  }
  const { id } = await insertOrganisation(trx, {
    kind: values.kind,
    name: values.name,
    cvr: values.cvr,
    verified: false,
    contact_persons: "[]",
    search_extra: compoundWords(values.name, ""),
  });
  await refreshSearchVectors(trx, [id]);
  return { id, isNew: true };
}

/** For sign-up: staff approved a person's link, so the organisation's registry entry is checked. */
export function markOrganisationVerified(trx: Db, id: string): Promise<void> {
  return setOrganisationVerified(trx, id);
}
