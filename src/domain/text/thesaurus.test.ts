import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildThesaurus, isPresent, relationsOf, ThesaurusFile } from "./thesaurus.js";

/** A stand-in stemmer: lowercase words, a final -e cut («genoptræning» stays, «pleje» → «plej»). */
const stem = (phrase: string) => phrase.split(" ").map((word) => word.replace(/e$/, ""));
const keep = (value: string) => value.length > 2 && value !== "plej";

const file = ThesaurusFile.parse({
  groups: [
    { da: ["genoptræning", "rehabilitering"], en: ["rehabilitation"] },
    { da: ["ensomhed", "social isolation"] },
    { da: ["pleje", "omsorg"] },
    { da: ["robot", "Robot"] },
  ],
});
const thesaurus = buildThesaurus(file, stem, keep);

describe("buildThesaurus", () => {
  it("stems every entry, keeps phrases whole and English beside Danish", () => {
    expect(thesaurus[0]).toEqual([
      { word: "genoptræning", stems: ["genoptræning"] },
      { word: "rehabilitering", stems: ["rehabilitering"] },
      { word: "rehabilitation", stems: ["rehabilitation"] },
    ]);
    expect(thesaurus[1][1]).toEqual({ word: "social isolation", stems: ["social", "isolation"] });
  });

  it("drops entries without a stem that counts, and groups left with one entry or with duplicates only", () => {
    expect(thesaurus).toHaveLength(2);
  });

  it("refuses a file that is not a list of groups", () => {
    expect(ThesaurusFile.safeParse({ groups: [{ da: [] }] }).success).toBe(false);
    expect(ThesaurusFile.safeParse({ words: [] }).success).toBe(false);
  });

  it("reads the shipped thesaurus", () => {
    const shipped = ThesaurusFile.parse(
      JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../data/thesaurus.json"), "utf8")),
    );
    expect(shipped.groups.length).toBeGreaterThanOrEqual(40);
    expect(buildThesaurus(shipped, stem, keep).length).toBe(shipped.groups.length);
  });
});

describe("relationsOf", () => {
  it.each([
    [
      "one word gives its group's others",
      ["genoptræning"],
      ["genoptræning→rehabilitering", "genoptræning→rehabilitation"],
    ],
    ["a phrase only when all its words are there", ["isolation"], []],
    ["a whole phrase relates", ["social", "isolation"], ["social isolation→ensomhed"]],
    [
      "words both present relate to no one",
      ["genoptræning", "rehabilitering"],
      ["genoptræning→rehabilitation", "rehabilitering→rehabilitation"],
    ],
    ["nothing for unknown words", ["kaffe"], []],
  ])("%s", (_label, stems, expected) => {
    const relations = relationsOf(new Set(stems), thesaurus);
    expect(relations.map((relation) => `${relation.from.word}→${relation.to.word}`)).toEqual(expected);
  });

  it("tells a present phrase from a partial one", () => {
    const phrase = thesaurus[1][1];
    expect(isPresent(phrase, new Set(["social", "isolation", "x"]))).toBe(true);
    expect(isPresent(phrase, new Set(["social"]))).toBe(false);
  });
});
