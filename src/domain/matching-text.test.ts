import { describe, expect, it } from "vitest";
import {
  CODE_TITLE_WEIGHT,
  DEFAULT_TEXT_OPTIONS,
  inverseFrequency,
  matchText,
  planText,
  RELATED_TERM_WEIGHT,
  type Corpus,
} from "./matching-text.js";
import type { Thesaurus } from "./text/thesaurus.js";

const corpus: Corpus = {
  size: 100,
  frequency: new Map([
    ["robot", 10],
    ["hjemmeplej", 100],
    ["genoptræning", 5],
    ["rehabilitering", 20],
    ["sensor", 10],
    ["rengøring", 10],
  ]),
};
const thesaurus: Thesaurus = [
  [
    { word: "genoptræning", stems: ["genoptræning"] },
    { word: "rehabilitering", stems: ["rehabilitering"] },
  ],
];
const idf = (stem: string) => inverseFrequency(corpus, stem);
const set = (...stems: string[]) => new Set(stems);
const nothing = set();

describe("inverseFrequency", () => {
  it.each([
    ["a word everyone has still counts a little", "hjemmeplej", Math.log(2)],
    ["a rarer word counts more", "robot", Math.log(11)],
    ["a word nobody has counts nothing", "kaffe", 0],
  ])("%s", (_label, stem, expected) => {
    expect(inverseFrequency(corpus, stem)).toBeCloseTo(expected, 10);
  });

  it("is 0 in an empty catalogue", () => {
    expect(inverseFrequency({ size: 0, frequency: new Map() }, "robot")).toBe(0);
  });
});

describe("planText", () => {
  const plan = planText(["robot", "hjemmeplej", "kaffe", "genoptræning"], corpus, thesaurus, DEFAULT_TEXT_OPTIONS);

  it("weighs each word by rarity and leaves out words nobody has", () => {
    expect(plan.terms).toEqual([
      { stem: "robot", weight: idf("robot") },
      { stem: "hjemmeplej", weight: idf("hjemmeplej") },
      { stem: "genoptræning", weight: idf("genoptræning") },
    ]);
    expect(plan.reachable).toBe(3);
  });

  it("adds the related words at a lower weight and asks retrieval for them too", () => {
    expect(plan.relations.map((relation) => [relation.to.word, relation.weight])).toEqual([
      ["rehabilitering", RELATED_TERM_WEIGHT * idf("rehabilitering")],
    ]);
    expect(plan.queryStems).toEqual(["genoptræning", "hjemmeplej", "kaffe", "rehabilitering", "robot"]);
  });

  it("gives full points for as many words of average weight as TERMS_FOR_FULL_TEXT, or all if fewer", () => {
    const average = (idf("robot") + idf("hjemmeplej") + idf("genoptræning")) / 3;
    expect(plan.target).toBeCloseTo(3 * average, 10);
  });

  it.each([
    ["IDF off: every word a partner could share counts 1", { ...DEFAULT_TEXT_OPTIONS, idf: false }, [1, 1, 1]],
    ["thesaurus off: no relations", { ...DEFAULT_TEXT_OPTIONS, thesaurus: false }, null],
  ])("%s", (_label, options, weights) => {
    const other = planText(["robot", "hjemmeplej", "genoptræning"], corpus, thesaurus, options);
    if (weights) {
      expect(other.terms.map((term) => term.weight)).toEqual(weights);
    } else {
      expect(other.relations).toEqual([]);
    }
  });

  it("reaches a need word that nobody has through a related word", () => {
    const onlyRelated = planText(
      ["genoptræning"],
      { size: 100, frequency: new Map([["rehabilitering", 20]]) },
      thesaurus,
      DEFAULT_TEXT_OPTIONS,
    );
    expect(onlyRelated.terms).toEqual([]);
    expect(onlyRelated.reachable).toBe(1);
    expect(onlyRelated.target).toBeCloseTo(RELATED_TERM_WEIGHT * Math.log(6), 10);
  });

  it("has nothing to match on when no word is one a partner could share", () => {
    const empty = planText(["kaffe"], corpus, thesaurus, DEFAULT_TEXT_OPTIONS);
    expect(empty).toMatchObject({ terms: [], relations: [], reachable: 0, target: 0 });
    expect(matchText(empty, { own: set("kaffe"), codeTitles: nothing }, DEFAULT_TEXT_OPTIONS).share).toBe(0);
  });
});

describe("matchText", () => {
  const words = new Map([
    ["robot", "robotter"],
    ["genoptræning", "genoptræning"],
  ]);
  const plan = planText(
    ["robot", "hjemmeplej", "genoptræning", "sensor"],
    corpus,
    thesaurus,
    DEFAULT_TEXT_OPTIONS,
    words,
  );

  it.each([
    ["a rare shared word counts more than a common one", set("robot"), nothing, idf("robot"), ["robotter"]],
    ["a common one", set("hjemmeplej"), nothing, idf("hjemmeplej"), ["hjemmeplej"]],
    [
      "a related word counts less than the word itself, shown as need word ~ partner word",
      set("rehabilitering"),
      nothing,
      RELATED_TERM_WEIGHT * idf("rehabilitering"),
      ["genoptræning ~ rehabilitering"],
    ],
    [
      "the word itself wins over its relation",
      set("genoptræning", "rehabilitering"),
      nothing,
      idf("genoptræning"),
      ["genoptræning"],
    ],
    [
      "a word only in an industry-code title counts less and says so",
      nothing,
      set("sensor"),
      CODE_TITLE_WEIGHT * idf("sensor"),
      ["sensor (branchekode)"],
    ],
    ["nothing shared", set("kaffe"), nothing, 0, []],
  ])("%s", (_label, own, codeTitles, mass, detail) => {
    const match = matchText(plan, { own, codeTitles }, DEFAULT_TEXT_OPTIONS);
    expect(match.mass).toBeCloseTo(mass, 10);
    expect(match.detail).toEqual(detail);
    expect(match.share).toBeCloseTo(Math.min(1, mass / plan.target), 10);
  });

  it.each([
    ["the same word", set("robot"), nothing, [{ need: "robotter", partnerStems: ["robot"], via: "same" }]],
    [
      "a thesaurus relation",
      set("rehabilitering"),
      nothing,
      [{ need: "genoptræning", partnerStems: ["rehabilitering"], via: "related" }],
    ],
    ["a code title", nothing, set("sensor"), [{ need: "sensor", partnerStems: ["sensor"], via: "codeTitle" }]],
    ["nothing", set("kaffe"), nothing, []],
  ])("names the partner's stems behind each word for the reasons: %s", (_label, own, codeTitles, hits) => {
    expect(matchText(plan, { own, codeTitles }, DEFAULT_TEXT_OPTIONS).hits).toEqual(hits);
  });

  it("counts a code-title word as own text when that is switched off", () => {
    const options = { ...DEFAULT_TEXT_OPTIONS, codeTitlesDiscounted: false };
    expect(matchText(plan, { own: nothing, codeTitles: set("sensor") }, options).mass).toBeCloseTo(idf("sensor"), 10);
  });

  it("lists the words that mattered most first and caps the share at 1", () => {
    const match = matchText(
      plan,
      { own: set("robot", "hjemmeplej", "genoptræning", "sensor"), codeTitles: nothing },
      DEFAULT_TEXT_OPTIONS,
    );
    expect(match.detail).toEqual(["genoptræning", "robotter", "sensor", "hjemmeplej"]);
    expect(match.share).toBe(1);
  });

  it("a code title alone cannot give more than a quarter of what the same words in the own text give", () => {
    const all = set("robot", "hjemmeplej", "genoptræning", "sensor");
    const fromCodes = matchText(plan, { own: nothing, codeTitles: all }, DEFAULT_TEXT_OPTIONS);
    const fromOwn = matchText(plan, { own: all, codeTitles: nothing }, DEFAULT_TEXT_OPTIONS);
    expect(fromCodes.mass).toBeCloseTo(fromOwn.mass * CODE_TITLE_WEIGHT, 10);
    expect(fromCodes.share).toBeLessThan(0.5);
  });
});

describe("a compound's part beside the whole compound counts once", () => {
  const compounds: Corpus = {
    size: 100,
    frequency: new Map([
      ["servicerobot", 2],
      ["robot", 10],
      ["arbejdsmiljø", 5],
      ["miljø", 20],
    ]),
  };
  const plan = planText(["servicerobot", "robot", "arbejdsmiljø", "miljø"], compounds, [], DEFAULT_TEXT_OPTIONS);
  const weight = (stem: string) => inverseFrequency(compounds, stem);

  it.each([
    ["whole and part in the own text: the whole only", set("servicerobot", "robot"), nothing, ["servicerobot"]],
    ["the part alone counts", set("robot"), nothing, ["robot"]],
    ["the whole alone counts", set("arbejdsmiljø"), nothing, ["arbejdsmiljø"]],
    [
      "two compounds with their parts: each whole once",
      set("servicerobot", "robot", "arbejdsmiljø", "miljø"),
      nothing,
      ["servicerobot", "arbejdsmiljø"],
    ],
    ["whole and part in code titles only: the whole only", nothing, set("servicerobot", "robot"), ["servicerobot"]],
    // A whole only in a code title does not stand for the part in the partner's own text.
    ["part in own text, whole in a code title: both", set("robot"), set("servicerobot"), ["robot", "servicerobot"]],
    ["part in a code title, whole in own text: the whole only", set("servicerobot"), set("robot"), ["servicerobot"]],
  ])("%s", (_label, own, codeTitles, counted) => {
    const match = matchText(plan, { own, codeTitles }, DEFAULT_TEXT_OPTIONS);
    expect(match.hits.map((hit) => hit.need).sort()).toEqual([...counted].sort());
    const expected = counted.reduce((sum, stem) => sum + weight(stem) * (own.has(stem) ? 1 : CODE_TITLE_WEIGHT), 0);
    expect(match.mass).toBeCloseTo(expected, 10);
  });

  it.each([
    ["a word at the end of another, after three letters, is no part of it", "forældr", "ældr", ["forældr", "ældr"]],
    ["a word in the middle of another is no part of it", "transportsystem", "sport", ["sport", "transportsystem"]],
    ["after four letters it is a part", "fodssensor", "sensor", ["fodssensor"]],
    ["so it is at the start", "robotstøvsug", "robot", ["robotstøvsug"]],
  ])("%s: «%s» and «%s»", (_label, whole, part, counted) => {
    const corpus: Corpus = {
      size: 100,
      frequency: new Map([
        [whole, 2],
        [part, 10],
      ]),
    };
    const plan = planText([whole, part], corpus, [], DEFAULT_TEXT_OPTIONS);
    const match = matchText(plan, { own: set(whole, part), codeTitles: nothing }, DEFAULT_TEXT_OPTIONS);
    expect(match.hits.map((hit) => hit.need).sort()).toEqual([...counted].sort());
  });

  it("a part met through its whole is not met again through a related word", () => {
    const related: Thesaurus = [
      [
        { word: "robot", stems: ["robot"] },
        { word: "automation", stems: ["automation"] },
      ],
    ];
    const withRelation = planText(
      ["servicerobot", "robot"],
      { size: 100, frequency: new Map([...compounds.frequency, ["automation", 5]]) },
      related,
      DEFAULT_TEXT_OPTIONS,
    );
    const match = matchText(
      withRelation,
      { own: set("servicerobot", "robot", "automation"), codeTitles: nothing },
      DEFAULT_TEXT_OPTIONS,
    );
    expect(match.hits.map((hit) => hit.via)).toEqual(["same"]);
  });
});
