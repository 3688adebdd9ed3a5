import { describe, expect, it } from "vitest";
import { contactDateProblems, isFollowUpDue } from "./rules.js";

describe("contactDateProblems", () => {
  const today = "2026-12-08";
  it.each([
    { name: "a contact today with a follow-up next week", occurredOn: today, followUpOn: "2026-12-15", want: [] },
    { name: "a past contact without follow-up", occurredOn: "2026-10-01", followUpOn: null, want: [] },
    { name: "follow-up on the contact's own day", occurredOn: "2026-11-02", followUpOn: "2026-11-02", want: [] },
    {
      name: "follow-up before the contact",
      occurredOn: "2026-11-02",
      followUpOn: "2026-11-01",
      want: [{ field: "followUpOn", key: "follow_up_before_contact" }],
    },
    {
      name: "a contact tomorrow",
      occurredOn: "2026-12-09",
      followUpOn: "2026-12-20",
      want: [{ field: "occurredOn", key: "contact_in_future" }],
    },
    {
      name: "a visit in the future beyond its follow-up: both named",
      occurredOn: "2027-01-10",
      followUpOn: "2026-12-20",
      want: [
        { field: "occurredOn", key: "contact_in_future" },
        { field: "followUpOn", key: "follow_up_before_contact" },
      ],
    },
  ])("$name", ({ occurredOn, followUpOn, want }) => {
    expect(contactDateProblems({ occurredOn, followUpOn }, today)).toEqual(want);
  });

  it("without today checks only the order", () => {
    expect(contactDateProblems({ occurredOn: "2099-01-01", followUpOn: null })).toEqual([]);
  });
});

describe("isFollowUpDue", () => {
  it.each([
    { followUpOn: null, done: false, today: "2026-12-08", due: false },
    { followUpOn: "2026-12-09", done: false, today: "2026-12-08", due: false },
    { followUpOn: "2026-12-08", done: false, today: "2026-12-08", due: true },
    { followUpOn: "2026-11-30", done: false, today: "2026-12-08", due: true },
    { followUpOn: "2026-11-30", done: true, today: "2026-12-08", due: false },
  ])("$followUpOn done=$done on $today → $due", ({ followUpOn, done, today, due }) => {
    expect(isFollowUpDue(followUpOn, done, today)).toBe(due);
  });
});
