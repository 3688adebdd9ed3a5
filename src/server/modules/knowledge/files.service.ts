import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { checkAttachment } from "../../http/uploads.js";
import type { Actor } from "../../platform/actor.js";
import { writeAudit } from "../audit/audit.service.js";
import { findEntry, findFile, insertFile } from "./knowledge.repo.js";
import { loadVisibleEntry } from "./knowledge.service.js";

/**
 * Stores a file of an entry (a tool's template), checked like every upload: at most 10 MB and bytes that
 * match an allowed type; a refusal names the field «file». A file of the same name is replaced.
 */
export async function uploadEntryFile(
  ctx: ServiceContext,
  entryId: string,
  file: { filename: string; bytes: Buffer },
): Promise<{ id: string; filename: string; mediaType: string; sizeBytes: number }> {
  const { filename, contentType } = checkAttachment(file, ctx.language);
  return inTransaction(ctx.db, async (trx) => {
    if (!(await findEntry(trx, entryId))) {
      throw notFound("knowledge entry");
    }
    const id = await insertFile(trx, { entry_id: entryId, filename, media_type: contentType, content: file.bytes });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "knowledge_entry",
      entityId: entryId,
      action: "file:upload",
      after: { id, filename, contentType, sizeBytes: file.bytes.length },
      requestId: ctx.requestId,
    });
    return { id, filename, mediaType: contentType, sizeBytes: file.bytes.length };
  });
}

/** A file of an entry the reader may see. */
export async function readEntryFile(db: Db, actor: Actor | null, entryId: string, fileId: string) {
  await loadVisibleEntry(db, actor, entryId);
  const file = await findFile(db, entryId, fileId);
  if (!file) {
    throw notFound("file");
  }
  return file;
}
