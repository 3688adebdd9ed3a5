import { describe, expect, it } from "vitest";
import { formatSize } from "./format-size.js";

describe("file sizes", () => {
  it("writes sizes the way a Danish reader expects", () => {
    expect(formatSize(512, "da")).toBe("512 B");
    expect(formatSize(1536, "da")).toBe("1,5 kB");
    expect(formatSize(10 * 1024 * 1024, "da")).toBe("10 MB");
    expect(formatSize(11_200_000, "en")).toBe("10.7 MB");
  });
});
