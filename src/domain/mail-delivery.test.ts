import { describe, expect, it } from "vitest";
import { MAX_MAIL_ATTEMPTS, nextMailAttempt } from "./mail-delivery.js";

const now = new Date("2026-12-08T07:00:00Z");
const seconds = (attempts: number): number | null => {
  const next = nextMailAttempt(attempts, now);
  return next === null ? null : (next.getTime() - now.getTime()) / 1000;
};

describe("nextMailAttempt", () => {
  it.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [7, 1920],
    [8, 3600],
    [20, 3600],
    [MAX_MAIL_ATTEMPTS - 1, 3600],
    [MAX_MAIL_ATTEMPTS, null],
    [MAX_MAIL_ATTEMPTS + 5, null],
  ])("after %i failed attempts waits %s s", (attempts, expected) => {
    expect(seconds(attempts)).toBe(expected);
  });

  it("keeps trying for most of a day before giving up", () => {
    let total = 0;
    for (let attempts = 1; attempts < MAX_MAIL_ATTEMPTS; attempts += 1) {
      total += seconds(attempts) ?? 0;
    }
    expect(total / 3600).toBeGreaterThan(20);
    expect(total / 3600).toBeLessThan(26);
  });
});
