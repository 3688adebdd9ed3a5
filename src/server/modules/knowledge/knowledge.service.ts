import {
  EntryInput,
  parseFacts,
  type CaseFacts,
  type EditorialState,
  type EntryFacts,
  type EntryKind,
  type EntryUpdate,
  type KnowledgeQuery,
  type LinkInput,
  type MethodFacts,
  type StateChange,
  type ToolFacts,
  type ApprovalInput,
} from "../../../domain/knowledge/entries.js";
import {
  canApprove,
  canChangeState,
  canViewEntry,
  participatingOrganisations,
  publicationBlockers,
} from "../../../domain/knowledge/publication.js";
import type { KnowledgePage } from "../../../domain/knowledge/views.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { HttpError, notFound, forbidden } from "../../http/errors.js";
import type { Actor } from "../../platform/actor.js";
import { compoundWords } from "../../platform/lexicon.js";
import { writeAudit } from "../audit/audit.service.js";
import { isProcessVisibleTo } from "../processes/processes.service.js";
import { knowledgeError } from "./knowledge.errors.js";
import { canEditKnowledge, readerOf, scopeOf } from "./knowledge.policy.js";
import { approvalsOf, presentSummary } from "./knowledge.present.js";
import {
  countMunicipalityAdoptions,
  findEntry,
  findEntryForUpdate,
  findKnownOrganisations,
  insertEntry,
  insertLink,
  insertVersion,
  listApprovals,
  listEntryOrganisations,
  replaceEntryOrganisations,
  searchEntries,
  setEntryState,
  updateEntryRow,
  upsertApproval,
  type EntryColumns,
  type EntryRow,
} from "./knowledge.repo.js";

/** The columns beside the facts: what lists filter on, and the compound parts search meets. */
export function columnsOf(input: {
  kind: EntryKind;
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  facts: EntryFacts;
}): EntryColumns {
  const base = {
    kind: input.kind,
    title: input.title,
    title_en: input.titleEn,
    summary: input.summary,
    summary_en: input.summaryEn,
    facts: input.facts,
  };
  if (input.kind === "case") {
    const facts = input.facts as CaseFacts;
    // Only texts: a company's figures are never part of what search matches.
    const texts = [input.title, input.summary, facts.need, facts.solution, facts.technology, facts.lessons];
    return {
      ...base,
      phase: facts.phase,
      sides: [...new Set(facts.parties.map((party) => party.side))],
      care_area: facts.careArea,
      model: facts.model,
      case_status: facts.status,
      search_extra: compoundWords(...texts),
    };
  }
  if (input.kind === "method") {
    const facts = input.facts as MethodFacts;
    const texts = [input.title, input.summary, facts.whenToUse, ...facts.steps, ...facts.pitfalls];
    return {
      ...base,
      phase: facts.phase,
      sides: facts.sides,
      care_area: null,
      model: null,
      case_status: null,
      search_extra: compoundWords(...texts),
    };
  }
  const facts = input.facts as ToolFacts;
  return {
    ...base,
    phase: facts.phase,
    sides: facts.targetSides,
    care_area: null,
    model: null,
    case_status: null,
    search_extra: compoundWords(input.title, input.summary),
  };
}

/** A case's parties that Samspil knows must exist: an unknown organisation id is refused, naming the party. */
async function checkParties(db: Db, language: Language, kind: EntryKind, facts: EntryFacts): Promise<string[]> {
  const ids = participatingOrganisations(kind, facts);
  const known = new Set((await findKnownOrganisations(db, ids)).map((row) => row.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown) {
    const index = (facts as CaseFacts).parties.findIndex((party) => party.organisationId === unknown);
    throw knowledgeError(
      400,
      `facts.parties.${index}.organisationId`,
      language,
      "Organisationen findes ikke",
      "The organisation does not exist",
    );
  }
  return ids;
}

export interface CreateOptions {
  processId?: string | null;
  sourceKey?: string | null;
  comment?: string;
}

/** Creates an entry as a draft, version 1, with its participating organisations. */
export async function createEntry(ctx: ServiceContext, input: EntryInput, options: CreateOptions = {}) {
  if (!canEditKnowledge(ctx.actor)) {
    throw forbidden();
  }
  return inTransaction(ctx.db, async (trx) => {
    const participants = await checkParties(trx, ctx.language, input.kind, input.facts);
    const id = await insertEntry(trx, {
      ...columnsOf(input),
      process_id: options.processId ?? null,
      source_key: options.sourceKey ?? null,
      created_by: ctx.actor.id,
    });
    await replaceEntryOrganisations(trx, id, participants);
    await insertVersion(
      trx,
      {
        entry_id: id,
        version: 1,
        comment: options.comment ?? "Oprettet",
        title: input.title,
        summary: input.summary,
        facts: input.facts,
      },
      ctx.actor.id,
    );
    if (options.processId) {
      await insertLink(trx, id, "process", options.processId);
    }
    // The facts stay out of the audit log: it must not become a second copy of a company's figures.
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "knowledge_entry",
      entityId: id,
      action: "create",
      after: { kind: input.kind, title: input.title, processId: options.processId ?? null },
      requestId: ctx.requestId,
    });
    return id;
  });
}

/** An edit is a new version with a comment; approvals of the previous version no longer count. */
export async function updateEntry(ctx: ServiceContext, id: string, update: EntryUpdate): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const row = await findEntryForUpdate(trx, id);
    if (!row) {
      throw notFound("knowledge entry");
    }
    if (row.state === "published" || row.state === "archived") {
      throw knowledgeError(
        409,
        "state",
        ctx.language,
        "Et publiceret eller arkiveret opslag skal sendes tilbage til kladde, før det ændres",
        "A published or archived entry goes back to draft before it is changed",
      );
    }
    const { comment, ...entry } = update;
    const parsed = EntryInput.safeParse({ ...entry, kind: row.kind });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw knowledgeError(400, issue.path.join("."), ctx.language, "Er ugyldig", "Is invalid");
    }
    const input = parsed.data;
    const participants = await checkParties(trx, ctx.language, input.kind, input.facts);
    const version = row.version + 1;
    await updateEntryRow(trx, id, columnsOf(input), version);
    await replaceEntryOrganisations(trx, id, participants);
    await insertVersion(
      trx,
      {
        entry_id: id,
        version,
        comment,
        title: input.title,
        summary: input.summary,
        facts: input.facts,
      },
      ctx.actor.id,
    );
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "knowledge_entry",
      entityId: id,
      action: "update",
      before: { title: row.title, version: row.version },
      after: { title: input.title, version, comment },
      requestId: ctx.requestId,
    });
  });
}

const BLOCKER_TEXTS: Record<string, { da: string; en: string }> = {
  state: { da: "Opslaget skal være til gennemsyn, før det publiceres", en: "The entry must be in review to publish" },
  approvals: {
    da: "Alle deltagende organisationer skal godkende denne version",
    en: "Every participating organisation must approve this version",
  },
  "facts.keyFigures": {
    da: "En virksomheds fortrolige tal står i teksten uden virksomhedens godkendelse",
    en: "A company's confidential figures appear in the text without its approval",
  },
};

/** Moves an entry through draft → in review → published → archived; publishing checks every rule first. */
export async function changeEntryState(ctx: ServiceContext, id: string, change: StateChange): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const row = await findEntryForUpdate(trx, id);
    if (!row) {
      throw notFound("knowledge entry");
    }
    const from = row.state as EditorialState;
    if (change.to === "published") {
      const facts = parseFacts(row.kind as EntryKind, row.facts);
      const approvals = approvalsOf(await listApprovals(trx, [id]), id);
      const blockers = publicationBlockers({
        kind: row.kind as EntryKind,
        state: from,
        facts,
        version: row.version,
        approvals,
      });
      if (blockers.length > 0) {
        const fields = Object.fromEntries(
          blockers.map((blocker) => [
            blocker.field,
            ctx.language === "en" ? BLOCKER_TEXTS[blocker.field].en : BLOCKER_TEXTS[blocker.field].da,
          ]),
        );
        throw new HttpError(
          409,
          "conflict",
          Object.entries(fields)
            .map(([field, message]) => `${field}: ${message}`)
            .join("; "),
          fields,
        );
      }
    } else if (!canChangeState(from, change.to)) {
      throw knowledgeError(
        409,
        "to",
        ctx.language,
        `Kan ikke gå fra ${from} til ${change.to}`,
        `Cannot go from ${from} to ${change.to}`,
      );
    }
    await setEntryState(trx, id, change.to, change.to === "published" ? new Date() : undefined);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "knowledge_entry",
      entityId: id,
      action: `state:${change.to}`,
      before: { state: from },
      after: { state: change.to, comment: change.comment, version: row.version },
      requestId: ctx.requestId,
    });
  });
}

/** Whether the caller may approve for this organisation: 404 when they cannot see the entry, else 400/403. */
export async function checkMayApprove(db: Db, actor: Actor, id: string, organisationId: string): Promise<void> {
  const { organisations } = await loadVisibleEntry(db, actor, id);
  const participants = organisations.map((organisation) => organisation.id);
  if (!canApprove(readerOf(actor), organisationId, participants)) {
    throw participants.includes(organisationId)
      ? forbidden()
      : knowledgeError(
          400,
          "organisationId",
          actor.language,
          "Organisationen deltager ikke i casen",
          "The organisation is not in the case",
        );
  }
}

/** A member approves for their organisation; an agent records an approval given outside Samspil. */
export async function approveEntry(
  ctx: ServiceContext,
  id: string,
  organisationId: string,
  input: ApprovalInput,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    await checkMayApprove(trx, ctx.actor, id, organisationId);
    const row = await findEntryForUpdate(trx, id);
    if (!row) {
      throw notFound("knowledge entry");
    }
    if (row.state !== "in_review" && row.state !== "draft") {
      throw knowledgeError(
        409,
        "state",
        ctx.language,
        "Kun en kladde eller et opslag til gennemsyn godkendes",
        "Only a draft or an entry in review is approved",
      );
    }
    const recordedByAgent = ctx.actor.organisationId !== organisationId;
    await upsertApproval(trx, {
      entry_id: id,
      organisation_id: organisationId,
      version: row.version,
      shares_confidential: input.sharesConfidential,
      approved_by: ctx.actor.id,
      recorded_by_agent: recordedByAgent,
      note: input.note,
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "knowledge_entry",
      entityId: id,
      action: "approve",
      after: { organisationId, version: row.version, sharesConfidential: input.sharesConfidential, recordedByAgent },
      requestId: ctx.requestId,
    });
  });
}

/** Links an entry to a process it came from or a method/tool it used; a process the editor cannot see is refused. */
export async function linkEntry(ctx: ServiceContext, id: string, link: LinkInput): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const row = await findEntry(trx, id);
    if (!row) {
      throw notFound("knowledge entry");
    }
    if (link.targetKind === "process") {
      if (!(await isProcessVisibleTo(trx, ctx.actor, link.targetId))) {
        throw knowledgeError(
          400,
          "targetId",
          ctx.language,
          "Forløbet findes ikke, eller du har ikke adgang til det",
          "The process does not exist or you may not see it",
        );
      }
    } else {
      const target = await findEntry(trx, link.targetId);
      if (!target || target.kind !== link.targetKind || target.id === id) {
        throw knowledgeError(
          400,
          "targetId",
          ctx.language,
          "Metoden eller værktøjet findes ikke",
          "The method or tool does not exist",
        );
      }
    }
    await insertLink(trx, id, link.targetKind, link.targetId);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "knowledge_entry",
      entityId: id,
      action: "link",
      after: link,
      requestId: ctx.requestId,
    });
  });
}

/** Published entries for everyone; with `drafts`, also those the caller may see. Facts as the reader may read them. */
export async function searchKnowledge(db: Db, actor: Actor | null, query: KnowledgeQuery): Promise<KnowledgePage> {
  const { rows, total } = await searchEntries(db, scopeOf(actor, query.drafts === "true"), query);
  const reader = readerOf(actor);
  const items = rows.map((row) =>
    presentSummary(
      row,
      reader,
      row.approvals.map((approval) => ({
        organisationId: approval.organisation_id,
        version: approval.version,
        sharesConfidential: approval.shares_confidential,
      })),
      Number(row.adopted ?? 0),
    ),
  );
  return { items, total };
}

export async function presentRows(db: Db, actor: Actor | null, rows: EntryRow[]) {
  const ids = rows.map((row) => row.id);
  const [approvals, adoptions] = await Promise.all([listApprovals(db, ids), countMunicipalityAdoptions(db, ids)]);
  const reader = readerOf(actor);
  return rows.map((row) => presentSummary(row, reader, approvalsOf(approvals, row.id), adoptions.get(row.id) ?? 0));
}

/** An entry the caller may see, or 404 (a draft's existence is not told to outsiders). */
export async function loadVisibleEntry(db: Db, actor: Actor | null, id: string) {
  const row = await findEntry(db, id);
  const organisations = row ? await listEntryOrganisations(db, id) : [];
  if (
    !row ||
    !canViewEntry(
      readerOf(actor),
      row.state as EditorialState,
      organisations.map((o) => o.id),
    )
  ) {
    throw notFound("knowledge entry");
  }
  return { row, organisations };
}
