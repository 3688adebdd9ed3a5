import { describe, expect, it } from "vitest";
import { REGISTRATION_STATES, SEMINAR_STATES, SeminarCreate, sideOfOrganisationKind } from "./schemas.js";
import type { RegistrationState, SeminarState } from "./schemas.js";
import {
  attendanceBySide,
  canMoveRegistration,
  canMoveSeminar,
  capacityShortfall,
  decideNewRegistration,
  hasPlaceFor,
  holdsPlace,
  isCalendarChange,
  isClaimOpen,
  isReminderDue,
  offerExpiresAt,
  purgeDueAt,
  registrationWindowState,
  selectOffers,
  waitlistPosition,
  type SideFacts,
} from "./rules.js";

const facts = (overrides: Partial<SideFacts>): SideFacts => ({
  capacity: 10,
  reserved: 0,
  taken: 0,
  invitedTaken: 0,
  waiting: 0,
  ...overrides,
});

describe("registration moves", () => {
  const allowed: [RegistrationState, RegistrationState][] = [
    ["registered", "cancelled"],
    ["registered", "attended"],
    ["registered", "no_show"],
    ["waitlisted", "offered"],
    ["waitlisted", "cancelled"],
    ["offered", "registered"],
    ["offered", "cancelled"],
    ["attended", "registered"],
    ["attended", "no_show"],
    ["no_show", "attended"],
  ];
  const key = (from: string, to: string) => `${from}>${to}`;
  const allowedKeys = new Set(allowed.map(([from, to]) => key(from, to)));
  const every = REGISTRATION_STATES.flatMap((from) => REGISTRATION_STATES.map((to) => [from, to] as const));

  it.each(every)("%s → %s follows the table", (from, to) => {
    expect(canMoveRegistration(from, to)).toBe(allowedKeys.has(key(from, to)));
  });

  it("a cancelled registration is final", () => {
    expect(REGISTRATION_STATES.some((to) => canMoveRegistration("cancelled", to))).toBe(false);
  });

  it.each([
    ["registered", true],
    ["offered", true],
    ["attended", true],
    ["waitlisted", false],
    ["cancelled", false],
    ["no_show", false],
  ] as const)("%s holds a place: %s", (state, expected) => {
    expect(holdsPlace(state)).toBe(expected);
  });
});

describe("deciding a new registration", () => {
  it.each([
    ["empty side", facts({}), false, "registered"],
    ["one place left", facts({ taken: 9 }), false, "registered"],
    ["exactly full", facts({ taken: 10 }), false, "waitlisted"],
    ["over full (capacity lowered)", facts({ taken: 11 }), false, "waitlisted"],
    ["no capacity at all", facts({ capacity: 0 }), false, "waitlisted"],
    ["reserved places kept from the public", facts({ reserved: 2, taken: 8 }), false, "waitlisted"],
    ["one open place beside the reserved", facts({ reserved: 2, taken: 7 }), false, "registered"],
    ["invited may use a reserved place", facts({ reserved: 2, taken: 8 }), true, "registered"],
    ["invited on an exactly full side", facts({ reserved: 2, taken: 10, invitedTaken: 2 }), true, "waitlisted"],
    ["used reserved places free nothing extra", facts({ reserved: 2, taken: 9, invitedTaken: 2 }), false, "registered"],
    [
      "invited beyond the reserved use open places",
      facts({ reserved: 2, taken: 10, invitedTaken: 3 }),
      false,
      "waitlisted",
    ],
    ["partly used reserve", facts({ reserved: 3, taken: 8, invitedTaken: 1 }), false, "waitlisted"],
    ["partly used reserve, room", facts({ reserved: 3, taken: 7, invitedTaken: 1 }), false, "registered"],
    ["a wait list is never jumped", facts({ taken: 5, waiting: 1 }), false, "waitlisted"],
    ["an invited person passes the wait list", facts({ taken: 5, waiting: 1 }), true, "registered"],
  ] as const)("%s", (_name, sideFacts, invited, expected) => {
    expect(decideNewRegistration(sideFacts, invited)).toBe(expected);
  });

  it("hasPlaceFor counts the unused reserve only for the public", () => {
    expect(hasPlaceFor(facts({ reserved: 10 }), false)).toBe(false);
    expect(hasPlaceFor(facts({ reserved: 10 }), true)).toBe(true);
    expect(hasPlaceFor(facts({ reserved: 10, invitedTaken: 10, taken: 10 }), true)).toBe(false);
  });
});

describe("offering freed places", () => {
  const side = { capacity: 3, reserved: 0, taken: 2, invitedTaken: 0 };
  const list = [
    { id: "a", invited: false },
    { id: "b", invited: false },
    { id: "c", invited: false },
  ];

  it.each([
    ["one free place goes to the first", side, list, ["a"]],
    ["two free places to the first two", { ...side, taken: 1 }, list, ["a", "b"]],
    ["no free place, no offer", { ...side, taken: 3 }, list, []],
    ["more places than people", { ...side, taken: 0, capacity: 10 }, list, ["a", "b", "c"]],
    ["empty list", side, [], []],
    [
      "a reserved place goes to the first invited in order",
      { capacity: 3, reserved: 1, taken: 2, invitedTaken: 0 },
      [
        { id: "a", invited: false },
        { id: "i", invited: true },
      ],
      ["i"],
    ],
    [
      "an open place after the reserve is used",
      { capacity: 4, reserved: 1, taken: 2, invitedTaken: 0 },
      [
        { id: "i", invited: true },
        { id: "a", invited: false },
        { id: "b", invited: false },
      ],
      ["i", "a"],
    ],
  ] as const)("%s", (_name, sideFacts, waitlist, expected) => {
    expect(selectOffers(sideFacts, waitlist)).toEqual(expected);
  });
});

describe("wait-list position", () => {
  it.each([
    [["a", "b", "c"], "a", 1],
    [["a", "b", "c"], "c", 3],
    [["a", "b", "c"], "x", null],
    [[], "a", null],
  ] as const)("%j, %s → %s", (ids, id, expected) => {
    expect(waitlistPosition(ids, id)).toBe(expected);
  });
});

describe("claim window", () => {
  const offeredAt = new Date("2026-12-01T10:00:00.000Z");
  const expiresAt = offerExpiresAt(offeredAt, 24);

  it("expires claimHours after the offer", () => {
    expect(expiresAt.toISOString()).toBe("2026-12-02T10:00:00.000Z");
    expect(offerExpiresAt(offeredAt, 1).toISOString()).toBe("2026-12-01T11:00:00.000Z");
  });

  it.each([
    ["at the offer", "2026-12-01T10:00:00.000Z", true],
    ["one millisecond before expiry", "2026-12-02T09:59:59.999Z", true],
    ["at the exact instant of expiry", "2026-12-02T10:00:00.000Z", false],
    ["after expiry", "2026-12-02T10:00:00.001Z", false],
  ])("%s: open %s", (_name, now, expected) => {
    expect(isClaimOpen(expiresAt, new Date(now))).toBe(expected);
  });
});

describe("registration window", () => {
  const opens = new Date("2026-12-01T08:00:00.000Z");
  const closes = new Date("2026-12-10T08:00:00.000Z");
  it.each([
    ["before it opens", "2026-12-01T07:59:59.999Z", "not_open"],
    ["at the opening instant", "2026-12-01T08:00:00.000Z", "open"],
    ["just before closing", "2026-12-10T07:59:59.999Z", "open"],
    ["at the closing instant", "2026-12-10T08:00:00.000Z", "closed"],
    ["after closing", "2026-12-11T00:00:00.000Z", "closed"],
  ])("%s → %s", (_name, now, expected) => {
    expect(registrationWindowState(opens, closes, new Date(now))).toBe(expected);
  });
});

describe("capacity change", () => {
  it.each([
    [10, 8, 0],
    [10, 10, 0],
    [9, 10, 1],
    [0, 3, 3],
  ])("capacity %i with %i taken leaves %i without a place", (capacity, taken, expected) => {
    expect(capacityShortfall(capacity, taken)).toBe(expected);
  });
});

describe("seminar states", () => {
  const allowed = new Set([
    "draft>published",
    "draft>cancelled",
    "published>held",
    "published>cancelled",
    "held>closed",
  ]);
  const every = SEMINAR_STATES.flatMap((from) =>
    SEMINAR_STATES.map((to) => [from, to] as [SeminarState, SeminarState]),
  );
  it.each(every)("%s → %s follows the table", (from, to) => {
    expect(canMoveSeminar(from, to)).toBe(allowed.has(`${from}>${to}`));
  });
});

describe("calendar changes", () => {
  const before = {
    startsAt: "2026-12-01T10:00:00.000Z",
    endsAt: "2026-12-01T12:00:00.000Z",
    placeAddress: "Rådhuset",
    onlineUrl: "",
  };
  it.each([
    ["nothing", {}, false],
    ["the same instant written with an offset", { startsAt: "2026-12-01T11:00:00+01:00" }, false],
    ["start", { startsAt: "2026-12-01T09:00:00.000Z" }, true],
    ["end", { endsAt: "2026-12-01T13:00:00.000Z" }, true],
    ["place", { placeAddress: "Biblioteket" }, true],
    ["online link", { onlineUrl: "https://meet.example/x" }, true],
  ])("%s changed → %s", (_name, change, expected) => {
    expect(isCalendarChange(before, { ...before, ...change })).toBe(expected);
  });
});

describe("reminder", () => {
  const startsAt = new Date("2026-12-10T10:00:00.000Z");
  it.each([
    ["too early", "2026-12-09T09:59:59.999Z", false, false],
    ["exactly 24 h before", "2026-12-09T10:00:00.000Z", false, true],
    ["an hour before", "2026-12-10T09:00:00.000Z", false, true],
    ["already sent", "2026-12-10T09:00:00.000Z", true, false],
    ["at the start", "2026-12-10T10:00:00.000Z", false, false],
  ])("%s → due %s", (_name, now, sent, expected) => {
    expect(isReminderDue(startsAt, 24, new Date(now), sent)).toBe(expected);
  });
});

describe("purge of non-attendees", () => {
  it("is due the given months after the end", () => {
    expect(purgeDueAt(new Date("2026-01-31T12:00:00.000Z"), 12).toISOString()).toBe("2027-01-31T12:00:00.000Z");
    expect(purgeDueAt(new Date("2026-03-15T12:00:00.000Z"), 1).toISOString()).toBe("2026-04-15T12:00:00.000Z");
  });
});

describe("attendance by side", () => {
  it("counts only attended registrations, per side", () => {
    expect(
      attendanceBySide([
        { side: "public", status: "attended" },
        { side: "public", status: "attended" },
        { side: "company", status: "attended" },
        { side: "company", status: "registered" },
        { side: "knowledge", status: "no_show" },
        { side: "other", status: "cancelled" },
      ]),
    ).toEqual({ public: 2, company: 1, knowledge: 0, other: 0 });
  });
});

describe("sides from organisation kinds", () => {
  it.each([
    ["municipality", "public"],
    ["region", "public"],
    ["state_institution", "public"],
    ["public_unit", "public"],
    ["company", "company"],
    ["knowledge_institution", "knowledge"],
    ["other", "other"],
  ])("%s → %s", (kind, side) => {
    expect(sideOfOrganisationKind(kind)).toBe(side);
  });
});

describe("seminar schema", () => {
  const valid = {
    title: "Fra 2 til 1",
    placeAddress: "Rådhuset",
    startsAt: "2027-01-10T09:00:00Z",
    endsAt: "2027-01-10T12:00:00Z",
    registrationOpensAt: "2026-12-01T09:00:00Z",
    registrationClosesAt: "2027-01-09T09:00:00Z",
    capacities: {
      public: { capacity: 20, reserved: 2 },
      company: { capacity: 20, reserved: 0 },
      knowledge: { capacity: 5, reserved: 0 },
      other: { capacity: 5, reserved: 0 },
    },
  };
  const fieldsOf = (input: unknown) => {
    const result = SeminarCreate.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
  };

  it("accepts a valid seminar", () => {
    expect(fieldsOf(valid)).toEqual([]);
  });
  it.each([
    ["end before start", { endsAt: "2027-01-10T08:00:00Z" }, "endsAt:end_before_start"],
    ["end equal to start", { endsAt: "2027-01-10T09:00:00Z" }, "endsAt:end_before_start"],
    [
      "window closing before it opens",
      { registrationClosesAt: "2026-12-01T09:00:00Z" },
      "registrationClosesAt:window_closes_before_opening",
    ],
    [
      "window closing after the end",
      { registrationClosesAt: "2027-01-10T12:00:01Z" },
      "registrationClosesAt:window_after_end",
    ],
    ["neither place nor link", { placeAddress: "" }, "placeAddress:place_or_online_required"],
    [
      "reserved above capacity",
      { capacities: { ...valid.capacities, other: { capacity: 1, reserved: 2 } } },
      "capacities.other.reserved:reserved_above_capacity",
    ],
  ])("refuses %s", (_name, change, expected) => {
    expect(fieldsOf({ ...valid, ...change })).toContain(expected);
  });
  it("accepts an online seminar without an address, and a window closing at the end", () => {
    expect(
      fieldsOf({ ...valid, placeAddress: "", onlineUrl: "https://meet.example/x", registrationClosesAt: valid.endsAt }),
    ).toEqual([]);
  });
});
