import { describe, expect, it } from "vitest";
import { formatCompactDateTime, formatDateTime } from "./format.js";

describe("formatCompactDateTime", () => {
  // Noon UTC is the same calendar day in every time zone a test machine may have within ±11 hours.
  const value = "2026-11-23T12:05:00.000Z";

  it("writes the date as numbers and the time as hours and minutes, shorter than the medium format", () => {
    const expectedTime = new Intl.DateTimeFormat("da-DK", { hour: "2-digit", minute: "2-digit" }).format(
      new Date(value),
    );
    expect(formatCompactDateTime(value, "da")).toBe(`23.11.2026 ${expectedTime}`);
    expect(formatCompactDateTime(value, "da").length).toBeLessThan(formatDateTime(value, "da").length);
  });

  it("follows the English date order", () => {
    expect(formatCompactDateTime(value, "en")).toMatch(/^23\/11\/2026 \d{2}:05$/);
  });
});
