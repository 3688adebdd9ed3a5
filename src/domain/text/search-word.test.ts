import { describe, expect, it } from "vitest";
import { searchWords, singleSearchWord } from "./search-word.js";

describe("singleSearchWord", () => {
  it.each([
    ["robot", "robot"],
    ["  Demens! ", "demens"],
    ["Ældrepleje", "ældrepleje"],
    ["Bornholms robotics", undefined],
    ["velfærds-/servicerobotter", undefined],
    ["12345678", undefined],
    ["robot2", undefined],
    ["", undefined],
    ["?!", undefined],
    [undefined, undefined],
  ])("%j → %j", (q, word) => {
    expect(singleSearchWord(q)).toBe(word);
  });
});

describe("searchWords", () => {
  it.each([
    ["robot", ["robot"]],
    ["Bornholms robotics", ["bornholms", "robotics"]],
    ["  Demens,  Aarhus! ", ["demens", "aarhus"]],
    ["velfærds-/servicerobotter", ["velfærds", "servicerobotter"]],
    ["Styrelsen for Digital Sundhed", ["styrelsen", "for", "digital", "sundhed"]],
    ["a b c d e f g h i j k l", ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]],
    ["robot 12345678", undefined],
    ["robot2 sensor", undefined],
    ["", undefined],
    ["?!", undefined],
    [undefined, undefined],
  ])("%j → %j", (q, words) => {
    expect(searchWords(q)).toEqual(words);
  });
});
