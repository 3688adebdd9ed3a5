import { describe, expect, it } from "vitest";
import { singleSearchWord } from "./search-word.js";

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
