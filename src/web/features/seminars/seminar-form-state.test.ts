import { describe, expect, it } from "vitest";
import type { SeminarDetail } from "../../../domain/seminars/views.js";
import {
  changesTimeOrPlace,
  emptySeminarForm,
  moveRow,
  newAgendaRow,
  parseCount,
  seminarFormFrom,
  validateSeminar,
  type SeminarFormState,
} from "./seminar-form-state.js";

const NOW = new Date("2027-01-02T10:15:00.000Z");

function filled(overrides: Partial<SeminarFormState> = {}): SeminarFormState {
  return {
    ...emptySeminarForm(NOW),
    title: "Demens og teknologi",
    placeAddress: "Rådhuset, Aarhus",
    startsAt: "2027-01-07T09:00",
    endsAt: "2027-01-07T15:00",
    ...overrides,
  };
}

describe("the seminar planning form", () => {
  it("starts with registration open now, closing (empty) at the start, and places for every side", () => {
    const state = emptySeminarForm(NOW);
    expect(state.registrationOpensAt).toBe("2027-01-02T11:15");
    expect(state.registrationClosesAt).toBe("");
    expect(state.capacities.public).toEqual({ capacity: "20", reserved: "0" });
  });

  it("sends Danish wall-clock times as instants; an empty closing time means the start", () => {
    const checked = validateSeminar(filled(), "da");
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.body).toMatchObject({
        startsAt: "2027-01-07T08:00:00.000Z",
        endsAt: "2027-01-07T14:00:00.000Z",
        registrationOpensAt: "2027-01-02T10:15:00.000Z",
        registrationClosesAt: "2027-01-07T08:00:00.000Z",
        capacities: { public: { capacity: 20, reserved: 0 }, other: { capacity: 10, reserved: 0 } },
      });
    }
  });

  it("puts agenda times on the seminar's day, in the rows' order", () => {
    const checked = validateSeminar(
      filled({
        agenda: [
          { ...newAgendaRow("09:00"), title: "Velkomst", speaker: "Agent" },
          { ...newAgendaRow("09:30"), title: "Pitch", durationMinutes: "45", isPitchSlot: true },
        ],
      }),
      "da",
    );
    expect(checked.ok && checked.body.agenda).toEqual([
      {
        startsAt: "2027-01-07T08:00:00.000Z",
        durationMinutes: 30,
        title: "Velkomst",
        speaker: "Agent",
        isPitchSlot: false,
      },
      { startsAt: "2027-01-07T08:30:00.000Z", durationMinutes: 45, title: "Pitch", speaker: "", isPitchSlot: true },
    ]);
  });

  it.each([
    [{ startsAt: "" }, "startsAt", "Skal udfyldes"],
    [{ endsAt: "2027-01-07T08:00" }, "endsAt", "Slutdatoen skal ligge efter startdatoen"],
    [
      { registrationClosesAt: "2027-01-08T09:00" },
      "registrationClosesAt",
      "Tilmeldingen skal lukke senest, når seminaret slutter",
    ],
    [{ placeAddress: "" }, "placeAddress", "Angiv et sted eller et onlinelink"],
    [{ onlineUrl: "teams" }, "onlineUrl", "Skal være en webadresse, der begynder med http:// eller https://"],
    [{ title: "" }, "title", "Skal udfyldes"],
  ] as const)("names the field: %j → %s", (overrides, field, message) => {
    const checked = validateSeminar(filled(overrides), "da");
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors[field]).toBe(message);
  });

  it("names only the start while it is missing, not the closing time that follows it", () => {
    const checked = validateSeminar(filled({ startsAt: "" }), "da");
    expect(!checked.ok && Object.keys(checked.errors)).toEqual(["startsAt"]);
    const closes = validateSeminar(filled({ startsAt: "", registrationClosesAt: "2027-01-07T08:00" }), "da");
    expect(!closes.ok && Object.keys(closes.errors).sort()).toEqual(["startsAt"]);
  });

  it("names a side's capacity and reserved places, and an agenda row's missing time", () => {
    const state = filled({ agenda: [{ ...newAgendaRow(""), title: "Velkomst" }] });
    state.capacities = {
      ...state.capacities,
      company: { capacity: "", reserved: "0" },
      knowledge: { capacity: "2", reserved: "3" },
    };
    const checked = validateSeminar(state, "en");
    expect(!checked.ok && checked.errors).toMatchObject({
      "capacities.company.capacity": "Is required",
      "capacities.knowledge.reserved": expect.any(String),
      "agenda.0.startsAt": "Is required",
    });
  });

  it.each([
    ["20", 20],
    [" 5 ", 5],
    ["", undefined],
    ["2,5", "2,5"],
    ["-1", -1],
  ])("reads the count %j as %j", (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it("tells when time or place changes, not when only the title does", () => {
    const before = filled();
    expect(changesTimeOrPlace(before, { ...before, title: "Nyt" })).toBe(false);
    expect(changesTimeOrPlace(before, { ...before, startsAt: "2027-01-07T10:00" })).toBe(true);
    expect(changesTimeOrPlace(before, { ...before, placeAddress: "Biblioteket" })).toBe(true);
    expect(changesTimeOrPlace(before, { ...before, onlineUrl: "https://meet.example/x" })).toBe(true);
  });

  it("moves agenda rows up and down, and leaves them when there is nowhere to go", () => {
    expect(moveRow(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveRow(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moveRow(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveRow(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("reads a planned seminar back in Danish time", () => {
    const detail = {
      title: "Rengøring",
      description: "",
      careAreas: ["elder_care"],
      linkedNeeds: [{ id: "0b9f3c52-1d2e-4c7a-9e61-3a2b5c8d7e10", title: "Behov" }],
      placeAddress: "",
      onlineUrl: "https://meet.example/x",
      startsAt: "2027-06-15T07:00:00.000Z",
      endsAt: "2027-06-15T10:00:00.000Z",
      registrationOpensAt: "2027-06-01T07:00:00.000Z",
      registrationClosesAt: "2027-06-15T07:00:00.000Z",
      capacities: {
        public: { capacity: 5, reserved: 1 },
        company: { capacity: 5, reserved: 0 },
        knowledge: { capacity: 2, reserved: 0 },
        other: { capacity: 0, reserved: 0 },
      },
      agenda: [
        { startsAt: "2027-06-15T07:30:00.000Z", durationMinutes: 20, title: "Oplæg", speaker: "", isPitchSlot: false },
      ],
    } as unknown as SeminarDetail;
    const state = seminarFormFrom(detail);
    expect(state).toMatchObject({
      startsAt: "2027-06-15T09:00",
      registrationClosesAt: "2027-06-15T09:00",
      needs: [{ id: "0b9f3c52-1d2e-4c7a-9e61-3a2b5c8d7e10", name: "Behov" }],
      capacities: { public: { capacity: "5", reserved: "1" } },
      agenda: [{ time: "09:30", durationMinutes: "20", title: "Oplæg" }],
    });
    // Saved unchanged, it sends what it read.
    const checked = validateSeminar(state, "da");
    expect(checked.ok && checked.body.agenda[0].startsAt).toBe("2027-06-15T07:30:00.000Z");
  });
});
