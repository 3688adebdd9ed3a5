import type { AdoptionLevel, EntryInput } from "../../../domain/knowledge/entries.js";
import { participatingOrganisations } from "../../../domain/knowledge/publication.js";
import { resolveArea } from "../../../domain/knowledge/spread.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import { writeAudit } from "../audit/audit.service.js";
import {
  findEntryBySourceKey,
  insertEntry,
  insertFile,
  insertLink,
  insertVersion,
  replaceEntryOrganisations,
  setEntryState,
  upsertAdoption,
} from "./knowledge.repo.js";
import { columnsOf } from "./knowledge.service.js";

export interface ImportedEntry {
  sourceKey: string;
  input: EntryInput;
  /** Source keys of methods or tools the entry used (imported before it). */
  uses?: string[];
  adoptions?: { areaCode: string; level: AdoptionLevel }[];
  /** Files already checked by the caller: name, content type, bytes. */
  files?: { filename: string; mediaType: string; content: Buffer }[];
}

/**
 * Publishes content the programme ships (methods, tools, the real cases of data/demo_cases.json) once,
 * keyed by a stable source key: a second start finds it and changes nothing. Shipped entries name no
 * Samspil organisation, so no approval is waiting; one with parties is refused rather than published unapproved.
 */
export async function importPublishedEntries(db: Db, entries: ImportedEntry[]): Promise<number> {
  return inTransaction(db, async (trx) => {
    let created = 0;
    for (const entry of entries) {
      if (await findEntryBySourceKey(trx, entry.sourceKey)) {
        continue;
      }
      if (participatingOrganisations(entry.input.kind, entry.input.facts).length > 0) {
        throw new Error(`shipped entry ${entry.sourceKey} names organisations that must approve it`);
      }
      const id = await insertEntry(trx, {
        ...columnsOf(entry.input),
        process_id: null,
        source_key: entry.sourceKey,
        created_by: null,
      });
      await replaceEntryOrganisations(trx, id, []);
      await insertVersion(
        trx,
        {
          entry_id: id,
          version: 1,
          comment: "Udgivet af Samspil",
          title: entry.input.title,
          summary: entry.input.summary,
          facts: entry.input.facts,
        },
        null,
      );
      for (const key of entry.uses ?? []) {
        const target = await findEntryBySourceKey(trx, key);
        if (target) {
          await insertLink(trx, id, target.kind as "method" | "tool", target.id);
        }
      }
      for (const adoption of entry.adoptions ?? []) {
        const area = resolveArea(adoption.areaCode);
        if (!area) {
          throw new Error(`shipped entry ${entry.sourceKey}: unknown area ${adoption.areaCode}`);
        }
        await upsertAdoption(trx, {
          entry_id: id,
          area_code: area.code,
          area_kind: area.kind,
          level: adoption.level,
          note: "",
          recorded_by: null,
        });
      }
      for (const file of entry.files ?? []) {
        await insertFile(trx, {
          entry_id: id,
          filename: file.filename,
          media_type: file.mediaType,
          content: file.content,
        });
      }
      await setEntryState(trx, id, "published", new Date());
      await writeAudit(trx, {
        actorId: null,
        entity: "knowledge_entry",
        entityId: id,
        action: "import",
        after: { sourceKey: entry.sourceKey, kind: entry.input.kind, title: entry.input.title },
      });
      created += 1;
    }
    return created;
  });
}
