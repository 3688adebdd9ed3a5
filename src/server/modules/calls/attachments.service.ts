import { detectAttachmentType, MAX_ATTACHMENT_BYTES, sanitiseFilename } from "../../../domain/calls.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, HttpError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.repo.js";
import type { Actor } from "../auth/actor.js";
import { findAttachment, listAttachments } from "./calls.repo.js";
import { loadVisibleOffer } from "./calls.service.js";

/**
 * Stores an attachment to the company's own offer, inside the database (never under the web root),
 * after checking that its bytes match an allowed type.
 */
export async function addAttachment(ctx: ServiceContext, offerId: string, file: { filename: string; bytes: Buffer }) {
  const { offer, call } = await loadVisibleOffer(ctx.db, ctx.actor, offerId);
  if (ctx.actor.organisationId !== offer.company_id) {
    throw forbidden();
  }
  if (call.status !== "open" || call.deadline.getTime() <= Date.now()) {
    throw fieldError(ctx.language, 409, "deadline", "deadline_passed");
  }
  if (file.bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new HttpError(413, "too_large", "file: at most 10 MB", { file: "Filen må højst fylde 10 MB" });
  }
  const filename = sanitiseFilename(file.filename);
  const contentType = detectAttachmentType(filename, file.bytes);
  if (!contentType) {
    throw new HttpError(415, "unsupported_file", "file: only PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, TXT or CSV", {
      file: "Kun PDF, Word, Excel, PowerPoint, ODT, PNG, JPEG, TXT eller CSV – og indholdet skal passe til filtypen",
    });
  }
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto("offer_attachments")
      .values({ offer_id: offerId, filename, content_type: contentType, size_bytes: file.bytes.length, content: file.bytes, uploaded_by: ctx.actor.id })
      .returning(["id", "filename", "content_type", "size_bytes", "uploaded_at"])
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "offer_attachment",
      entityId: row.id,
      action: "upload",
      after: { offerId, filename, contentType, sizeBytes: file.bytes.length },
      requestId: ctx.requestId,
    });
    return { id: row.id, filename: row.filename, contentType: row.content_type, sizeBytes: row.size_bytes, uploadedAt: row.uploaded_at.toISOString() };
  });
}

export async function listVisibleAttachments(db: Db, actor: Actor, offerId: string) {
  await loadVisibleOffer(db, actor, offerId);
  const rows = await listAttachments(db, offerId);
  return rows.map((row) => ({ id: row.id, filename: row.filename, contentType: row.content_type, sizeBytes: row.size_bytes, uploadedAt: row.uploaded_at.toISOString() }));
}

export async function readAttachment(db: Db, actor: Actor, offerId: string, attachmentId: string) {
  await loadVisibleOffer(db, actor, offerId);
  const row = await findAttachment(db, offerId, attachmentId);
  if (!row) {
    throw notFound("attachment");
  }
  return row;
}
