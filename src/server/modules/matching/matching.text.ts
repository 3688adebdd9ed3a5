import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { isInformativeTerm } from "../../../domain/matching-terms.js";
import type { Corpus } from "../../../domain/matching-text.js";
import { buildThesaurus, ThesaurusFile, type Thesaurus } from "../../../domain/text/thesaurus.js";
import type { Db } from "../../db/database.js";
import { countPartners, countTermDocuments, stemPhrases } from "./matching.repo.js";

/** The thesaurus the programme manager edits; read again when the file changes. */
export const THESAURUS_FILE = path.resolve(import.meta.dirname, "../../../../data/thesaurus.json");

let thesaurus: { file: string; modified: number; value: Promise<Thesaurus> } | undefined;

/** The thesaurus with its words stemmed by the database's Danish stemmer, as the texts are. */
export function loadThesaurus(db: Db, file = THESAURUS_FILE): Promise<Thesaurus> {
  const modified = statSync(file).mtimeMs;
  if (!thesaurus || thesaurus.file !== file || thesaurus.modified !== modified) {
    const value = (async () => {
      const parsed = ThesaurusFile.parse(JSON.parse(readFileSync(file, "utf8")));
      const phrases = [...new Set(parsed.groups.flatMap((group) => [...group.da, ...group.en]))].map((phrase) =>
        phrase.toLowerCase(),
      );
      const stems = await stemPhrases(db, phrases);
      return buildThesaurus(parsed, (phrase) => stems.get(phrase) ?? [], isInformativeTerm);
    })();
    thesaurus = { file, modified, value };
    // A failed read is not kept: the next call tries again.
    value.catch(() => {
      thesaurus = undefined;
    });
  }
  return thesaurus.value;
}

/**
 * How rare each word is among the organisations changes slowly; counts are kept for a while
 * instead of counted for every ranking (each count is a GIN index look-up).
 */
export const CORPUS_TTL_MS = 10 * 60 * 1000;

interface CorpusCache {
  frequencies: Map<string, { count: number; at: number }>;
  partners?: { count: number; at: number };
}

/** One cache per database, so two databases in one process (tests, the bench) never mix. */
const caches = new WeakMap<Db, CorpusCache>();

/** The corpus figures for these stems, from the cache where fresh. */
export async function loadCorpus(db: Db, stems: string[], now = Date.now()): Promise<Corpus> {
  let cache = caches.get(db);
  if (!cache) {
    cache = { frequencies: new Map() };
    caches.set(db, cache);
  }
  if (!cache.partners || now - cache.partners.at > CORPUS_TTL_MS) {
    cache.partners = { count: await countPartners(db), at: now };
  }
  const { frequencies } = cache;
  const missing = stems.filter((stem) => {
    const cached = frequencies.get(stem);
    return !cached || now - cached.at > CORPUS_TTL_MS;
  });
  for (const [stem, count] of await countTermDocuments(db, missing)) {
    // A word nobody has yet is counted again next time: the first organisation to write it must meet it at once.
    if (count > 0) {
      frequencies.set(stem, { count, at: now });
    }
  }
  return {
    size: cache.partners.count,
    frequency: new Map(stems.map((stem) => [stem, frequencies.get(stem)?.count ?? 0])),
  };
}

/** Forgets the cached counts for this database (after many organisations changed, e.g. in the bench). */
export function forgetCorpus(db: Db): void {
  caches.delete(db);
}
