import type { Attachment } from "../../../domain/calls-views.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, notFound } from "../../http/errors.js";
import { checkAttachment } from "../../http/uploads.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../../platform/actor.js";
import { presentAttachment } from "./calls.present.js";
import { findAttachment, insertAttachment, listAttachments } from "./calls.repo.js";
import { loadVisibleOffer } from "./calls.service.js";

/** An offer of the actor's own company: 404 when they cannot see it, 403 for the call's managers. */
export async function loadOwnOffer(db: Db, actor: Actor, offerId: string): ReturnType<typeof loadVisibleOffer> {
  const found = await loadVisibleOffer(db, actor, offerId);
  if (actor.organisationId !== found.offer.company_id) {
    throw forbidden();
  }
  return found;
}

/**
 * Stores an attachment to the company's own offer, inside the database (never under the web root),
 * after checking that its bytes match an allowed type.
 */
export async function addAttachment(
  ctx: ServiceContext,
  offerId: string,
  file: { filename: string; bytes: Buffer },
): Promise<Attachment> {
  const { offer, call } = await loadOwnOffer(ctx.db, ctx.actor, offerId);
  if (call.status !== "open" || call.deadline.getTime() <= Date.now()) {
    throw fieldError(ctx.language, 409, "deadline", "deadline_passed");
  }
  const { filename, contentType } = checkAttachment(file, ctx.language);
  return inTransaction(ctx.db, async (trx) => {
    const row = await insertAttachment(trx, {
      offer_id: offerId,
      filename,
      content_type: contentType,
      size_bytes: file.bytes.length,
      content: file.bytes,
      uploaded_by: ctx.actor.id,
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "offer_attachment",
      entityId: row.id,
      action: "upload",
      after: { offerId, filename, contentType, sizeBytes: file.bytes.length },
      requestId: ctx.requestId,
    });
    return presentAttachment(row);
  });
}

export async function listVisibleAttachments(db: Db, actor: Actor, offerId: string): Promise<Attachment[]> {
  await loadVisibleOffer(db, actor, offerId);
  const rows = await listAttachments(db, offerId);
  return rows.map(presentAttachment);
}

export async function readAttachment(db: Db, actor: Actor, offerId: string, attachmentId: string) {
  await loadVisibleOffer(db, actor, offerId);
  const row = await findAttachment(db, offerId, attachmentId);
  if (!row) {
    throw notFound("attachment");
  }
  return row;
}
