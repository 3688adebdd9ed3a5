import type { DisclosureContextKind, DisclosureSource } from "../../../domain/disclosures/schemas.js";
import type { Db } from "../../db/database.js";
import { writeAudit } from "../audit/audit.service.js";
import { insertDisclosure, listCallCompanies } from "./disclosures.repo.js";

/**
 * What another module tells the record when Samspil itself sees material being given (a document shared in a
 * process, an answer in a call's market dialogue). Kept apart from the rest of the module, which loads calls
 * and processes through their services: the calls and processes modules call in here without an import cycle.
 */
export interface AutomaticDisclosure {
  context: { kind: DisclosureContextKind; id: string };
  publicOrganisationId: string;
  title: string;
  description: string;
  recipientIds: string[];
  source: DisclosureSource;
  /** The id of the document or dialogue entry: recorded once however often the hook runs (null: by hand). */
  sourceId: string | null;
  confidential?: boolean;
  file?: { filename: string; contentType: string; bytes: Buffer };
  /** When it was given, if not now (a dialogue entry recorded afterwards). */
  givenAt?: string;
  actorId: string | null;
  requestId?: string;
}

/**
 * Records it inside the caller's transaction (pass `trx`); nothing when no company received anything. The demo
 * data writes its records (by hand ones too) through here as well.
 */
export async function recordAutomaticDisclosure(trx: Db, input: AutomaticDisclosure): Promise<string | null> {
  const recipientIds = [...new Set(input.recipientIds)];
  if (recipientIds.length === 0) {
    return null;
  }
  const id = await insertDisclosure(
    trx,
    {
      context_kind: input.context.kind,
      context_id: input.context.id,
      public_organisation_id: input.publicOrganisationId,
      title: input.title,
      description: input.description,
      source: input.source,
      source_id: input.sourceId,
      confidential: input.confidential ?? false,
      filename: input.file?.filename ?? null,
      content_type: input.file?.contentType ?? null,
      size_bytes: input.file ? input.file.bytes.length : null,
      content: input.file?.bytes ?? null,
      ...(input.givenAt ? { given_at: input.givenAt } : {}),
      recorded_by: input.actorId,
    },
    recipientIds,
  );
  if (id) {
    await writeAudit(trx, {
      actorId: input.actorId,
      entity: "disclosure",
      entityId: id,
      action: "record",
      after: { context: input.context, title: input.title, recipientIds, source: input.source },
      requestId: input.requestId,
    });
  }
  return id;
}

/** Companies known on a call (offers and market dialogue): who an answer to all reaches. */
export async function listCallCompanyIds(db: Db, callId: string): Promise<string[]> {
  return (await listCallCompanies(db, [callId])).map((row) => row.id);
}
