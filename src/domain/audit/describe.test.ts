import { describe, expect, it } from "vitest";
import {
  AUDIT_ENTITY_TYPES,
  describeAction,
  describeChanges,
  describeEntityType,
  describeField,
  formatAuditValue,
  humanise,
  showControlCharacters,
} from "./describe.js";

describe("describeEntityType", () => {
  it.each([
    ["process", "da", "Forløb"],
    ["business_case", "da", "Business case"],
    ["need", "en", "Need"],
    ["knowledge_entry", "da", "Vidensartikel"],
    ["something_new", "da", "Something new"],
    ["toString", "da", "ToString"],
  ] as const)("%s in %s is «%s»", (entity, language, expected) => {
    expect(describeEntityType(entity, language)).toBe(expected);
  });

  it("offers every area's entity types for the filter", () => {
    expect(AUDIT_ENTITY_TYPES).toEqual(expect.arrayContaining(["organisation", "need", "process", "seminar"]));
    expect(new Set(AUDIT_ENTITY_TYPES).size).toBe(AUDIT_ENTITY_TYPES.length);
  });
});

describe("describeAction", () => {
  it.each([
    ["process", "gate:stop", "da", "Gatebeslutning: Stop"],
    ["process", "gate:go", "en", "Gate decision: Go"],
    ["process", "agreement:ip", "da", "Aftale: Immaterielle rettigheder (IP)"],
    ["process", "task:done", "da", "Opgave: udført"],
    ["process", "start", "da", "Forløb startet"],
    ["need", "status:in_process", "da", "Status: I forløb"],
    ["need", "create", "da", "Oprettet"],
    ["need", "create", "en", "Created"],
    ["knowledge_entry", "state:published", "da", "Tilstand: Offentliggjort"],
    ["user", "invite", "da", "Inviteret"],
    ["business_case", "share_company_side", "da", "Virksomhedens side delt"],
    ["open_call", "disclosures:pack", "da", "Ligebehandlingspakke hentet"],
    ["process", "gate:unknown_word", "da", "Gatebeslutning: Unknown word"],
    ["process", "brand_new:thing", "da", "Brand new: Thing"],
    ["unknown", "some_action", "da", "Some action"],
  ] as const)("%s %s in %s is «%s»", (entity, action, language, expected) => {
    expect(describeAction(entity, action, language)).toBe(expected);
  });
});

describe("describeField", () => {
  it.each([
    ["organisation", "cvr", "da", "CVR-nummer"],
    ["need", "budgetDkk", "da", "Budget"],
    ["process", "phase", "en", "Phase"],
    ["process", "name", "da", "Navn"],
    ["process", "cvr", "da", "Cvr"],
    ["need", "weirdField", "da", "WeirdField"],
  ] as const)("%s.%s in %s is «%s»", (entity, field, language, expected) => {
    expect(describeField(entity, field, language)).toBe(expected);
  });
});

describe("formatAuditValue", () => {
  it.each([
    ["process", "status", "stopped", "da", "Stoppet – med erfaringer"],
    ["process", "status", "active", "en", "Active"],
    ["need", "status", "new", "da", "Ny"],
    ["process", "phase", "test", "da", "Test og demonstration"],
    ["organisation", "kind", "company", "da", "Virksomhed"],
    ["organisation", "careAreas", ["home_care", "hospital"], "da", "Hjemmepleje, Hospital"],
    ["need", "deadline", "2026-12-04", "da", "4. december 2026"],
    ["need", "deadline", "2026-12-04", "en", "4 December 2026"],
    ["need", "createdAt", "2026-12-04T09:15:00.000Z", "da", "4. december 2026 kl. 10.15"],
    ["need", "budgetDkk", 12500, "da", "12.500\u00a0kr."],
    ["need", "budgetDkk", 12500, "en", "DKK\u00a012,500"],
    ["need", "count", 12500, "da", "12.500"],
    ["organisation", "isSme", true, "da", "Ja"],
    ["organisation", "isSme", false, "en", "No"],
    ["organisation", "parentId", null, "da", "–"],
    ["organisation", "name", "", "da", "–"],
    ["organisation", "careAreas", [], "da", "–"],
    ["organisation", "name", undefined, "da", ""],
    ["organisation", "name", "Ærlig ApS\r\nforged", "da", "Ærlig ApS␍␊forged"],
    ["organisation", "name", "2026-13-45T99:99Z", "da", "2026-13-45T99:99Z"],
    ["process", "status", "constructor", "da", "constructor"],
    ["need", "status", { status: "new", budgetDkk: 5 }, "da", "Status: Ny; Budget: 5\u00a0kr."],
  ] as const)("%s.%s = %j in %s reads «%s»", (entity, field, value, language, expected) => {
    expect(formatAuditValue(entity, field, value, language)).toBe(expected);
  });
});

describe("describeChanges", () => {
  it("lists only the fields that changed, labelled and formatted", () => {
    expect(
      describeChanges("process", { phase: "test", status: "active" }, { phase: "test", status: "stopped" }, "da"),
    ).toEqual([{ field: "status", label: "Status", before: "Aktivt", after: "Stoppet – med erfaringer" }]);
  });

  it("lists every field of a creation, with nothing before", () => {
    expect(describeChanges("organisation", null, { name: "A", parentId: null }, "da")).toEqual([
      { field: "name", label: "Navn", before: "", after: "A" },
      { field: "parentId", label: "Overordnet organisation", before: "", after: "–" },
    ]);
  });

  it("reads a snapshot that is a bare value (a list of tags) as one field", () => {
    expect(describeChanges("process", ["a"], ["a", "b"], "en")).toEqual([
      { field: "value", label: "Value", before: "a", after: "a, b" },
    ]);
  });

  it("shows no change when the snapshots are equal", () => {
    expect(describeChanges("need", { status: "new" }, { status: "new" }, "da")).toEqual([]);
  });
});

describe("showControlCharacters and humanise", () => {
  it("shows control characters as symbols, so a forged second line stays on the first", () => {
    expect(showControlCharacters("a\tb\u0000c\u007f\r\n")).toBe("a␉b␀c␡␍␊");
    expect(humanise("share_company_side")).toBe("Share company side");
    expect(humanise("a-b")).toBe("A b");
  });
});
