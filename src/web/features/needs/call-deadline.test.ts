import { describe, expect, it } from "vitest";
import { callState, deadlineToIso, localDateFromNow } from "./call-deadline.js";

describe("call deadline", () => {
  it("turns a local date and time into an ISO date-time, and incomplete fields into nothing", () => {
    expect(deadlineToIso("2030-03-01", "12:30")).toBe(new Date(2030, 2, 1, 12, 30).toISOString());
    expect(deadlineToIso("", "12:30")).toBe("");
    expect(deadlineToIso("2030-03-01", "")).toBe("");
    expect(deadlineToIso("01-03-2030", "12:30")).toBe("");
  });

  it("gives a local date some days ahead, across a month end", () => {
    expect(localDateFromNow(14, new Date(2026, 0, 25, 23, 30))).toBe("2026-02-08");
  });

  it("tells open, past-deadline and closed calls apart", () => {
    expect(callState({ status: "open", isOpenForOffers: true })).toBe("open");
    expect(callState({ status: "open", isOpenForOffers: false })).toBe("deadlinePassed");
    expect(callState({ status: "closed", isOpenForOffers: false })).toBe("closed");
  });
});
