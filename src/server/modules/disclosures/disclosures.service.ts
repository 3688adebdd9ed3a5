import {
  canSeeDisclosure,
  findRecipientProblem,
  listPackContexts,
  type ContextRef,
  type DisclosureViewer,
  type PackLinks,
} from "../../../domain/disclosures/rules.js";
import type { DisclosureContextKind, DisclosureCreate, PackKind } from "../../../domain/disclosures/schemas.js";
import type { Disclosure, DisclosureList } from "../../../domain/disclosures/views.js";
import { isPublicKind } from "../../../domain/organisation.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, notFound } from "../../http/errors.js";
import { checkAttachment } from "../../http/uploads.js";
import type { Actor } from "../../platform/actor.js";
import { writeAudit } from "../audit/audit.service.js";
import { resolveContext, resolveManagedContext, type ResolvedContext } from "./disclosure-context.service.js";
import { presentDisclosure } from "./disclosures.present.js";
import { seminarsAroundNeeds } from "../seminars/seminars.service.js";
import {
  findDisclosureFile,
  findOrganisations,
  insertDisclosure,
  listCallIdsForNeeds,
  listContextTitles,
  listDisclosuresIn,
  listNeedIdsOfProcess,
  listProcessIdsForNeed,
  listRecipients,
} from "./disclosures.repo.js";

/** What links a need or a process to the contexts around it. */
export async function gatherPackLinks(db: Db, kind: PackKind, id: string): Promise<PackLinks> {
  const needIds = kind === "need" ? [id] : await listNeedIdsOfProcess(db, id);
  return {
    needIds,
    callIds: await listCallIdsForNeeds(db, needIds),
    processIds: kind === "need" ? await listProcessIdsForNeed(db, id) : [id],
    seminarIds: await seminarsAroundNeeds(db, needIds),
  };
}

/** The contexts a page lists: a need or a process shows everything its pack covers; a call only itself. */
export async function listScope(db: Db, kind: DisclosureContextKind, id: string): Promise<ContextRef[]> {
  if (kind === "need" || kind === "process") {
    return listPackContexts({ kind, id }, await gatherPackLinks(db, kind, id));
  }
  return [{ kind, id }];
}

/** The records in a scope as a viewer may see them, with recipients and context titles. */
export async function loadRecords(db: Db, scope: ContextRef[], viewer: DisclosureViewer) {
  const rows = await listDisclosuresIn(db, scope);
  const recipients = await listRecipients(
    db,
    rows.map((row) => row.id),
  );
  const titles = await listContextTitles(db, scope);
  return rows
    .map((row) => {
      const own = recipients.filter((item) => item.disclosure_id === row.id).map(({ id, name }) => ({ id, name }));
      return { row, recipients: own, title: titles.get(`${row.context_kind}:${row.context_id}`) ?? "" };
    })
    .filter((record) =>
      canSeeDisclosure(
        viewer,
        record.recipients.map((item) => item.id),
      ),
    )
    .map((record) => ({ ...record, view: presentDisclosure(record.row, record.recipients, record.title, viewer) }));
}

const viewerOf = (actor: Actor, context: ResolvedContext): DisclosureViewer =>
  context.canManage ? { kind: "manager" } : { kind: "company", organisationId: actor.organisationId };

/** The record of a context: the owner side sees all of it, a company only what it received. */
export async function listDisclosures(
  db: Db,
  actor: Actor,
  kind: DisclosureContextKind,
  id: string,
  language: Language,
): Promise<DisclosureList> {
  const context = await resolveContext(db, actor, kind, id, language);
  const records = await loadRecords(db, await listScope(db, kind, id), viewerOf(actor, context));
  return {
    items: records.map((record) => record.view),
    canManage: context.canManage,
    companies: context.canManage ? context.companies : [],
    publicOrganisations: context.canManage ? context.publicOrganisations : [],
  };
}

export interface DisclosureFile {
  filename: string;
  bytes: Buffer;
}

/**
 * Records by hand what a public organisation gave companies. Everything is checked before anything is
 * written: recipients are companies (in a process, ones taking part), the giver is public, the file is allowed.
 */
export async function recordDisclosure(
  ctx: ServiceContext,
  kind: DisclosureContextKind,
  id: string,
  input: DisclosureCreate,
  file: DisclosureFile | null,
): Promise<Disclosure> {
  const context = await resolveManagedContext(ctx.db, ctx.actor, kind, id, ctx.language);
  const recipientIds = [...new Set(input.recipientIds)];
  const found = await findOrganisations(ctx.db, recipientIds);
  const recipients = recipientIds.map((rid) => ({ id: rid, kind: found.find((row) => row.id === rid)?.kind ?? null }));
  const problem = findRecipientProblem(
    kind,
    recipients,
    context.companies.map((item) => item.id),
  );
  if (problem) {
    throw fieldError(ctx.language, 400, "recipientIds", problem);
  }
  const giverId = input.publicOrganisationId ?? context.publicOrganisations[0]?.id;
  const [giver] = giverId ? await findOrganisations(ctx.db, [giverId]) : [];
  if (!giver || !isPublicKind(giver.kind)) {
    throw fieldError(ctx.language, 400, "publicOrganisationId", "giver_not_public");
  }
  if (!file && input.description === "") {
    throw fieldError(ctx.language, 400, "description", "description_or_file");
  }
  const checked = file ? checkAttachment(file, ctx.language) : null;
  return inTransaction(ctx.db, async (trx) => {
    const newId = await insertDisclosure(
      trx,
      {
        context_kind: kind,
        context_id: id,
        public_organisation_id: giver.id,
        title: input.title,
        description: input.description,
        ...(input.givenAt ? { given_at: input.givenAt } : {}),
        confidential: input.confidential,
        filename: checked?.filename ?? null,
        content_type: checked?.contentType ?? null,
        size_bytes: file ? file.bytes.length : null,
        content: file?.bytes ?? null,
        recorded_by: ctx.actor.id,
      },
      recipientIds,
    );
    const [record] = (await loadRecords(trx, [{ kind, id }], { kind: "manager" })).filter(
      (item) => item.row.id === newId,
    );
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "disclosure",
      entityId: record.view.id,
      action: "record",
      after: { ...record.view, file: record.view.file },
      requestId: ctx.requestId,
    });
    return record.view;
  });
}

/** A record's file, for the owner side or a company that received it; anything else is a 404. */
export async function readDisclosureFile(
  db: Db,
  actor: Actor,
  kind: DisclosureContextKind,
  id: string,
  disclosureId: string,
  language: Language,
) {
  const context = await resolveContext(db, actor, kind, id, language);
  const scope = await listScope(db, kind, id);
  const file = await findDisclosureFile(db, disclosureId);
  const inScope = file && scope.some((ref) => ref.kind === file.context_kind && ref.id === file.context_id);
  if (!file || !inScope || !file.content || !file.filename || !file.content_type) {
    throw notFound("disclosure file");
  }
  const recipients = (await listRecipients(db, [disclosureId])).map((item) => item.id);
  if (!canSeeDisclosure(viewerOf(actor, context), recipients)) {
    throw notFound("disclosure file");
  }
  return { filename: file.filename, contentType: file.content_type, bytes: Buffer.from(file.content) };
}
