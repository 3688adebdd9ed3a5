import { recipientsOfDialogueEntry } from "../../../domain/disclosures/rules.js";
import { canAnswerCalls, offerState } from "../../../domain/calls.js";
import type { CloseCall, DialogueInput, OfferInput, OpenCallCreate } from "../../../domain/calls.js";
import type { DialogueEntry, Offer, OpenCall, OpenCallDetail } from "../../../domain/calls-views.js";
import type { Need } from "../../../domain/needs.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, HttpError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { listCallCompanyIds, recordAutomaticDisclosure } from "../disclosures/disclosure-hooks.service.js";
import type { Actor } from "../../platform/actor.js";
import type { NeedOwnership } from "../needs/needs.policy.js";
import { getVisibleNeed } from "../needs/needs.service.js";
import { canManageCall, canViewOffer } from "./calls.policy.js";
import { presentCall, presentDialogueEntry, presentOffer } from "./calls.present.js";
import {
  addDialogue,
  countOffers,
  findCall,
  findOffer,
  findOpenCallForNeed,
  findOrganisationKind,
  listCalls,
  listDialogue,
  listOffers,
  listOffersOfCompany,
  type CallRow,
  closeCallRow,
  insertCall,
  insertOffer,
  updateOfferRow,
} from "./calls.repo.js";

const ownershipOf = (call: CallRow): NeedOwnership => ({
  ownerOrganisationId: call.owner_organisation_id,
  ownerParentId: call.owner_parent_id,
});

export async function loadCall(db: Db, id: string): Promise<CallRow> {
  const call = await findCall(db, id);
  if (!call) {
    throw notFound("call");
  }
  return call;
}

/** A call the actor manages (its need's owner, agents): 404 when there is none, 403 for anyone else. */
export async function loadManagedCall(db: Db, actor: Actor, id: string): Promise<CallRow> {
  const call = await loadCall(db, id);
  if (!canManageCall(actor, ownershipOf(call))) {
    throw forbidden();
  }
  return call;
}

/** A need the actor may publish a call for: 404 when they cannot see it, 403 when they may not manage it. */
export async function loadCallableNeed(db: Db, actor: Actor, needId: string): Promise<Need & NeedOwnership> {
  const need = await getVisibleNeed(db, actor, needId);
  if (!canManageCall(actor, need)) {
    throw forbidden();
  }
  return need;
}

/** Publishes a need as an open call any company may answer until the deadline. */
export async function publishCall(ctx: ServiceContext, needId: string, input: OpenCallCreate) {
  const need = await loadCallableNeed(ctx.db, ctx.actor, needId);
  if (new Date(input.deadline).getTime() <= Date.now()) {
    throw fieldError(ctx.language, 400, "deadline", "deadline_past");
  }
  return inTransaction(ctx.db, async (trx) => {
    if (await findOpenCallForNeed(trx, needId)) {
      throw fieldError(ctx.language, 409, "needId", "need_has_open_call");
    }
    const { id } = await insertCall(trx, {
      need_id: needId,
      title: input.title || need.title,
      description: input.description || need.description,
      deadline: input.deadline,
      published_by: ctx.actor.id,
    });
    const call = presentCall(await loadCall(trx, id));
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "open_call",
      entityId: id,
      action: "publish",
      after: call,
      requestId: ctx.requestId,
    });
    return call;
  });
}

/** The public view of a call; managers also see how many offers came in, a company its own offer. */
export async function describeCall(db: Db, actor: Actor | null, id: string): Promise<OpenCallDetail> {
  const call = await loadCall(db, id);
  const view = presentCall(call);
  if (actor && canManageCall(actor, ownershipOf(call))) {
    return {
      ...view,
      offerCount: await countOffers(db, id),
      canManage: true,
      chosenOfferId: call.chosen_offer_id,
      closingReason: call.closing_reason,
    };
  }
  if (actor?.organisationId) {
    const [own] = await listOffers(db, id, { companyId: actor.organisationId });
    return { ...view, myOfferId: own?.id ?? null, canManage: false };
  }
  return view;
}

/**
 * The organisation the actor answers open calls for: only members of a company or a knowledge institution
 * may (403 for anyone else). Their answers are kept apart by organisation, so the bidder's kind changes nothing
 * about who sees them.
 */
export async function loadOfferingCompany(db: Db, actor: Actor) {
  const company = await findOrganisationKind(db, actor.organisationId);
  if (actor.role !== "member" || !company || !canAnswerCalls(company.kind)) {
    throw new HttpError(
      403,
      "forbidden",
      "Only members of a company or a knowledge institution can answer an open call",
    );
  }
  return company;
}

/** A bidder answers a call (or changes its answer) until the deadline. */
export async function submitOffer(ctx: ServiceContext, callId: string, input: OfferInput) {
  const company = await loadOfferingCompany(ctx.db, ctx.actor);
  return inTransaction(ctx.db, async (trx) => {
    const call = await loadCall(trx, callId);
    if (call.status !== "open") {
      throw fieldError(ctx.language, 409, "callId", "call_closed");
    }
    if (call.deadline.getTime() <= Date.now()) {
      throw fieldError(ctx.language, 409, "deadline", "deadline_passed");
    }
    const [existing] = await listOffers(trx, callId, { companyId: company.id });
    if (existing) {
      await updateOfferRow(trx, existing.id, {
        solution_text: input.solutionText,
        price_indication: input.priceIndication,
        submitted_by: ctx.actor.id,
      });
    } else {
      await insertOffer(trx, {
        call_id: callId,
        company_id: company.id,
        solution_text: input.solutionText,
        price_indication: input.priceIndication,
        submitted_by: ctx.actor.id,
      });
    }
    const [offer] = await listOffers(trx, callId, { companyId: company.id });
    await addDialogue(trx, {
      callId,
      companyId: company.id,
      kind: "offer",
      summary: existing ? `${company.name} ændrede sit tilbud` : `${company.name} afgav tilbud`,
      recordedBy: ctx.actor.id,
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "offer",
      entityId: offer.id,
      action: existing ? "update" : "submit",
      before: existing ? presentOffer(existing) : undefined,
      after: presentOffer(offer),
      requestId: ctx.requestId,
    });
    return { offer: presentOffer(offer), created: !existing };
  });
}

/** The offers the actor may see: all for the call's managers, only their own for a company. */
export async function listVisibleOffers(db: Db, actor: Actor, callId: string, q?: string): Promise<Offer[]> {
  const call = await loadCall(db, callId);
  if (canManageCall(actor, ownershipOf(call))) {
    return (await listOffers(db, callId, { q })).map(presentOffer);
  }
  if (!actor.organisationId) {
    return [];
  }
  return (await listOffers(db, callId, { companyId: actor.organisationId, q })).map(presentOffer);
}

/** One offer the actor may see, with its call; anything else is a 404 that reveals nothing. */
export async function loadVisibleOffer(db: Db, actor: Actor, offerId: string) {
  const offer = await findOffer(db, offerId);
  if (!offer) {
    throw notFound("offer");
  }
  const call = await loadCall(db, offer.call_id);
  if (!canViewOffer(actor, ownershipOf(call), offer.company_id)) {
    throw notFound("offer");
  }
  return { offer, call };
}

export async function getOffer(db: Db, actor: Actor, offerId: string): Promise<Offer> {
  const { offer } = await loadVisibleOffer(db, actor, offerId);
  const [row] = (await listOffers(db, offer.call_id, { companyId: offer.company_id })).filter(
    (item) => item.id === offerId,
  );
  return presentOffer(row);
}

/**
 * An answer in the market dialogue gives companies information: it goes into the equal-treatment record, to
 * the company it names or, as an answer to all, to every company known on the call.
 */
async function recordAnswerGiven(ctx: ServiceContext, trx: Db, call: CallRow, entryId: string, input: DialogueInput) {
  const recipientIds = recipientsOfDialogueEntry({
    kind: input.kind,
    companyId: input.companyId,
    callCompanyIds: input.kind === "answer" && !input.companyId ? await listCallCompanyIds(trx, call.id) : [],
  });
  await recordAutomaticDisclosure(trx, {
    context: { kind: "call", id: call.id },
    publicOrganisationId: call.owner_organisation_id,
    title: input.companyId ? `Svar i markedsdialogen: ${call.title}` : `Svar til alle: ${call.title}`,
    description: input.summary,
    recipientIds,
    source: "call_dialogue",
    sourceId: entryId,
    ...(input.occurredAt ? { givenAt: input.occurredAt } : {}),
    actorId: ctx.actor.id,
    requestId: ctx.requestId,
  });
}

export async function recordDialogue(ctx: ServiceContext, callId: string, input: DialogueInput) {
  const call = await loadManagedCall(ctx.db, ctx.actor, callId);
  if (input.companyId) {
    const company = await findOrganisationKind(ctx.db, input.companyId);
    if (!company || !canAnswerCalls(company.kind)) {
      throw fieldError(ctx.language, 400, "companyId", "invalid");
    }
  }
  return inTransaction(ctx.db, async (trx) => {
    const entryId = await addDialogue(trx, {
      callId,
      companyId: input.companyId,
      kind: input.kind,
      summary: input.summary,
      occurredAt: input.occurredAt,
      recordedBy: ctx.actor.id,
    });
    await recordAnswerGiven(ctx, trx, call, entryId, input);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "market_dialogue",
      entityId: callId,
      action: input.kind,
      after: input,
      requestId: ctx.requestId,
    });
  });
}

/** The market-dialogue log: managers see all of it, a company its own entries and the answers to all. */
export async function listVisibleDialogue(db: Db, actor: Actor, callId: string): Promise<DialogueEntry[]> {
  const call = await loadCall(db, callId);
  const manager = canManageCall(actor, ownershipOf(call));
  if (!manager && !actor.organisationId) {
    return [];
  }
  const rows = await listDialogue(db, callId, manager ? undefined : (actor.organisationId as string));
  return rows.map(presentDialogueEntry);
}

/** Closes a call, recording which offer was chosen (or none) and why. */
export async function closeCall(ctx: ServiceContext, callId: string, input: CloseCall) {
  return inTransaction(ctx.db, async (trx) => {
    const call = await loadManagedCall(trx, ctx.actor, callId);
    if (call.status === "closed") {
      throw fieldError(ctx.language, 409, "callId", "call_closed");
    }
    let chosenCompany: string | null = null;
    if (input.chosenOfferId) {
      const offer = await findOffer(trx, input.chosenOfferId);
      if (!offer || offer.call_id !== callId) {
        throw fieldError(ctx.language, 400, "chosenOfferId", "invalid");
      }
      chosenCompany = offer.company_id;
    }
    await closeCallRow(trx, callId, { chosen_offer_id: input.chosenOfferId, closing_reason: input.reason });
    await addDialogue(trx, {
      callId,
      companyId: chosenCompany,
      kind: "closing",
      summary: input.reason,
      recordedBy: ctx.actor.id,
    });
    const after = presentCall(await loadCall(trx, callId));
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "open_call",
      entityId: callId,
      action: "close",
      before: presentCall(call),
      after: { ...after, chosenOfferId: input.chosenOfferId, reason: input.reason },
      requestId: ctx.requestId,
    });
    return { ...after, chosenOfferId: input.chosenOfferId, closingReason: input.reason };
  });
}

export { ownershipOf };

/** The calls open for offers now (public: anyone may see them). */
export async function listOpenCalls(db: Db): Promise<OpenCall[]> {
  return (await listCalls(db, "open")).map((row) => presentCall(row));
}

/** An organisation's own offers with their calls and where each stands (its home page). */
export async function listOwnOffers(db: Db, actor: Actor, now: Date, limit = 20) {
  if (!actor.organisationId) {
    return [];
  }
  const rows = await listOffersOfCompany(db, actor.organisationId, limit);
  return rows.map((row) => ({
    id: row.id,
    callId: row.call_id,
    callTitle: row.call_title,
    deadline: row.deadline.toISOString(),
    callStatus: row.status,
    state: offerState(
      { id: row.id, callStatus: row.status, deadline: row.deadline, chosenOfferId: row.chosen_offer_id },
      now,
    ),
    updatedAt: row.updated_at.toISOString(),
  }));
}
