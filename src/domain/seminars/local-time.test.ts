import { describe, expect, it } from "vitest";
import { fromLocalInput, joinLocal, localClock, localDay, toLocalInput } from "./local-time.js";

describe("Danish wall-clock time ↔ instant", () => {
  it.each([
    // winter (UTC+1) and summer (UTC+2)
    ["2027-01-07T09:00", "2027-01-07T08:00:00.000Z"],
    ["2027-06-15T13:30", "2027-06-15T11:30:00.000Z"],
    ["2027-01-01T00:00", "2026-12-31T23:00:00.000Z"],
    ["2027-12-31T23:59", "2027-12-31T22:59:00.000Z"],
    // the day of the spring change (28 March 2027, 02:00 → 03:00)
    ["2027-03-28T01:59", "2027-03-28T00:59:00.000Z"],
    ["2027-03-28T03:00", "2027-03-28T01:00:00.000Z"],
    ["2027-03-28T10:00", "2027-03-28T08:00:00.000Z"],
    // a skipped time is read with the winter offset
    ["2027-03-28T02:30", "2027-03-28T01:30:00.000Z"],
    // the day of the autumn change (31 October 2027, 03:00 → 02:00): 02:30 twice, the first is kept
    ["2027-10-31T01:00", "2027-10-30T23:00:00.000Z"],
    ["2027-10-31T02:30", "2027-10-31T00:30:00.000Z"],
    ["2027-10-31T03:00", "2027-10-31T02:00:00.000Z"],
    ["2027-10-31T12:00", "2027-10-31T11:00:00.000Z"],
  ])("%s in Copenhagen is %s", (local, iso) => {
    expect(fromLocalInput(local)).toBe(iso);
  });

  it.each([
    ["2027-01-07T08:00:00.000Z", "2027-01-07T09:00"],
    ["2027-06-15T11:30:00Z", "2027-06-15T13:30"],
    ["2026-12-31T23:00:00.000Z", "2027-01-01T00:00"],
    ["2027-10-31T00:30:00.000Z", "2027-10-31T02:30"],
    ["2027-10-31T01:30:00.000Z", "2027-10-31T02:30"],
    ["2027-03-28T01:00:00.000Z", "2027-03-28T03:00"],
    ["2027-01-07T09:00:00+01:00", "2027-01-07T09:00"],
  ])("the instant %s reads %s in Copenhagen", (iso, local) => {
    expect(toLocalInput(iso)).toBe(local);
  });

  it.each([
    "",
    "2027-01-07",
    "2027-01-07 09:00",
    "2027-02-30T09:00",
    "2027-13-01T09:00",
    "2027-01-07T24:00",
    "2027-01-07T09:60",
    "x2027-01-07T09:00",
    "2027-01-07T09:00x",
  ])("%j is not a wall-clock time", (text) => {
    expect(fromLocalInput(text)).toBeNull();
  });

  it("reads another zone when asked", () => {
    expect(fromLocalInput("2027-01-07T09:00", "UTC")).toBe("2027-01-07T09:00:00.000Z");
    expect(toLocalInput("2027-01-07T09:00:00.000Z", "America/New_York")).toBe("2027-01-07T04:00");
  });

  it("splits and joins a day and a clock time", () => {
    expect(localDay("2027-01-07T09:05")).toBe("2027-01-07");
    expect(localClock("2027-01-07T09:05")).toBe("09:05");
    expect(joinLocal("2027-01-07", "09:05")).toBe("2027-01-07T09:05");
  });
});
