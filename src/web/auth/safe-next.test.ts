import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next.js";

describe("safeNext", () => {
  it.each([
    ["/organisationer/ny", "/organisationer/ny"],
    ["/organisationer?q=robot&page=2", "/organisationer?q=robot&page=2"],
    [null, "/organisationer"],
    ["https://evil.example/", "/organisationer"],
    ["//evil.example/", "/organisationer"],
    ["/\\evil.example/", "/organisationer"],
    ["/login?next=/x", "/organisationer"],
  ])("%s → %s", (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
