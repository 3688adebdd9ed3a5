import { describe, expect, it } from "vitest";
import { embeddedSizeNotice, sizeCheckDue } from "./embedded-size.js";

describe("embeddedSizeNotice", () => {
  it.each([
    ["PGlite past the limit", "pglite", 25_001, 25_000, { organisations: 25_001, limit: 25_000 }],
    ["PGlite at the limit", "pglite", 25_000, 25_000, null],
    ["PGlite below the limit", "pglite", 10, 25_000, null],
    ["PostgreSQL past the limit", "postgres", 100_000, 25_000, null],
    ["PostgreSQL at nothing", "postgres", 0, 0, null],
  ] as const)("%s", (_label, engine, organisations, limit, expected) => {
    expect(embeddedSizeNotice(engine, organisations, limit)).toEqual(expected);
  });
});

describe("sizeCheckDue", () => {
  it.each([
    ["never counted", undefined, 1_000, true],
    ["counted just now", 1_000, 1_000, false],
    ["counted a moment under the interval ago", 1_000, 1_000 + 299_999, false],
    ["counted the interval ago", 1_000, 1_000 + 300_000, true],
    ["counted long ago", 1_000, 10_000_000, true],
    ["the clock went back", 10_000, 5_000, true],
  ] as const)("%s", (_label, last, now, expected) => {
    expect(sizeCheckDue(last, now, 300_000)).toBe(expected);
  });
});
