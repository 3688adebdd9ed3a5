import { z } from "zod";

/**
 * The welfare-technology thesaurus (data/thesaurus.json): groups of related words. A need word
 * meets an organisation word of the same group at a lower weight than the same word would.
 * Relations do not chain: «træning» and «fysioterapi» meet because they share a group, not through a third word.
 */
export const ThesaurusFile = z.object({
  groups: z
    .array(
      z.object({
        da: z.array(z.string().trim().min(2).max(60)).min(1).max(40),
        en: z.array(z.string().trim().min(2).max(60)).max(40).default([]),
      }),
    )
    .max(2000),
});
export type ThesaurusFile = z.infer<typeof ThesaurusFile>;

/** One word or phrase of a group as written, with the stems the Danish stemmer gives its words. */
export interface ThesaurusEntry {
  word: string;
  stems: string[];
}

export type Thesaurus = readonly (readonly ThesaurusEntry[])[];

/**
 * The groups with their stems, leaving out entries without a stem that counts (`keep`, e.g. stop
 * stems) and groups left with fewer than two entries. `stem` gives a phrase's stems.
 */
export function buildThesaurus(
  file: ThesaurusFile,
  stem: (phrase: string) => string[],
  keep: (stem: string) => boolean,
): Thesaurus {
  const groups: ThesaurusEntry[][] = [];
  for (const group of file.groups) {
    const entries = new Map<string, ThesaurusEntry>();
    for (const word of [...group.da, ...group.en]) {
      const stems = [...new Set(stem(word.toLowerCase()))];
      const key = [...stems].sort().join(" ");
      if (stems.length > 0 && stems.every(keep) && !entries.has(key)) {
        entries.set(key, { word, stems });
      }
    }
    if (entries.size >= 2) {
      groups.push([...entries.values()]);
    }
  }
  return groups;
}

/** A phrase is present when every one of its stems is. */
export function isPresent(entry: ThesaurusEntry, stems: ReadonlySet<string>): boolean {
  return entry.stems.every((stem) => stems.has(stem));
}

/** A related pair: `from` is in the text, `to` is another entry of one of its groups and is not. */
export interface Relation {
  from: ThesaurusEntry;
  to: ThesaurusEntry;
}

/** Every entry related to an entry present in these stems, once per pair, in thesaurus order. */
export function relationsOf(stems: ReadonlySet<string>, thesaurus: Thesaurus): Relation[] {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const group of thesaurus) {
    const present = group.filter((entry) => isPresent(entry, stems));
    for (const from of present) {
      for (const to of group) {
        const key = `${from.stems.join(" ")}→${to.stems.join(" ")}`;
        if (!present.includes(to) && !seen.has(key)) {
          seen.add(key);
          relations.push({ from, to });
        }
      }
    }
  }
  return relations;
}
