import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MASK, maskSecrets } from "./secrets.js";

const token = randomBytes(32).toString("base64url");

describe("maskSecrets", () => {
  it.each([
    [`https://samspil.example/svar/${token}`, `https://samspil.example/svar/${MASK}`],
    [`/api/feedback/${token}?language=da`, `/api/feedback/${MASK}?language=da`],
    [`Åbn linket: https://x.dk/invitation/${token}.\nHilsen`, `Åbn linket: https://x.dk/invitation/${MASK}.\nHilsen`],
    [`/reset?token=abc123&next=%2F`, `/reset?token=${MASK}&next=%2F`],
    [`/a?x=1&Code=short#top`, `/a?x=1&Code=${MASK}#top`],
    [`two ${token} and ${token}`, `two ${MASK} and ${MASK}`],
  ])("masks the token in %s", (text, expected) => {
    expect(maskSecrets(text)).toBe(expected);
  });

  it.each([
    "https://samspil.example/behov/2b3c4d5e-0000-4000-8000-000000000000",
    "Velkommen til Samspil – dit kodeord er ikke med i denne mail.",
    "a".repeat(39),
    "/api/calls?status=open&tokens=2",
    "",
  ])("leaves ordinary text alone: %s", (text) => {
    expect(maskSecrets(text)).toBe(text);
  });

  it("masks a run of exactly 40 URL-safe characters, and a longer one as one mark", () => {
    expect(maskSecrets("x".repeat(40))).toBe(MASK);
    expect(maskSecrets(`/${"y".repeat(88)}/`)).toBe(`/${MASK}/`);
  });
});
