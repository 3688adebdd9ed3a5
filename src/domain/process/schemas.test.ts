import { describe, expect, it } from "vitest";
import { decodeKeysetCursor, encodeKeysetCursor } from "../keyset-cursor.js";
import { ProcessQuery } from "./schemas.js";

const ID = "0b5c3f5e-6d1a-4c8e-9f1a-2b3c4d5e6f70";

describe("the board's page cursor", () => {
  it("gives back the time and id it was made of", () => {
    const cursor = encodeKeysetCursor("2026-12-07T10:11:12.123456Z", ID);
    expect(decodeKeysetCursor(cursor)).toEqual({ at: "2026-12-07T10:11:12.123456Z", id: ID });
    expect(ProcessQuery.parse({ cursor })).toEqual({ cursor });
  });

  it.each([
    ["milliseconds only", `2026-12-07T10:11:12.123Z~${ID}`],
    ["no id", "2026-12-07T10:11:12.123456Z~"],
    ["not a uuid", "2026-12-07T10:11:12.123456Z~42"],
    ["no separator", `2026-12-07T10:11:12.123456Z${ID}`],
    ["SQL in the id", `2026-12-07T10:11:12.123456Z~${ID}' or 1=1`],
    ["a date only", `2026-12-07~${ID}`],
  ])("refuses %s", (_, cursor) => {
    expect(ProcessQuery.safeParse({ cursor }).success).toBe(false);
  });
});
