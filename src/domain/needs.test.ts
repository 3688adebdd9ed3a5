import { describe, expect, it } from "vitest";
import { canMoveNeedStatus, NEED_STATUSES, type NeedStatus, type NeedStatusCause } from "./needs.js";

/** Every allowed move, per cause; every pair not listed must be refused. */
const ALLOWED: Record<NeedStatusCause, Array<[NeedStatus, NeedStatus]>> = {
  edit: NEED_STATUSES.flatMap((from) =>
    NEED_STATUSES.filter((to) => to !== from).map((to): [NeedStatus, NeedStatus] => [from, to]),
  ),
  shortlist: [
    ["new", "matched"],
    ["qualified", "matched"],
  ],
  process_start: [
    ["new", "in_process"],
    ["qualified", "in_process"],
    ["matched", "in_process"],
    ["solved", "in_process"],
    ["parked", "in_process"],
  ],
};

describe("canMoveNeedStatus", () => {
  for (const cause of Object.keys(ALLOWED) as NeedStatusCause[]) {
    const allowed = new Set(ALLOWED[cause].map(([from, to]) => `${from}>${to}`));
    for (const from of NEED_STATUSES) {
      for (const to of NEED_STATUSES) {
        const expected = allowed.has(`${from}>${to}`);
        it(`${cause}: ${from} → ${to} is ${expected ? "allowed" : "refused"}`, () => {
          expect(canMoveNeedStatus(from, to, cause)).toBe(expected);
        });
      }
    }
  }

  it.each([
    ["edit", "parked", "parked"],
    ["shortlist", "matched", "matched"],
    ["process_start", "in_process", "in_process"],
    ["shortlist", "in_process", "matched"],
    ["shortlist", "new", "qualified"],
    ["process_start", "new", "matched"],
  ] as const)("%s refuses %s → %s", (cause, from, to) => {
    expect(canMoveNeedStatus(from, to, cause)).toBe(false);
  });
});
