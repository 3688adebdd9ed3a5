import { describe, expect, it } from "vitest";
import { fitCallsToProfile, homeAudience } from "./audience.js";

describe("homeAudience", () => {
  it.each([
    { role: "admin", kind: null, audience: "manager" },
    { role: "agent", kind: null, audience: "agent" },
    { role: "member", kind: "municipality", audience: "public_member" },
    { role: "member", kind: "public_unit", audience: "public_member" },
    { role: "member", kind: "region", audience: "public_member" },
    { role: "member", kind: "state_institution", audience: "public_member" },
    { role: "member", kind: "company", audience: "company_member" },
    { role: "member", kind: "knowledge_institution", audience: "knowledge_member" },
    { role: "member", kind: "other", audience: "member" },
    { role: "member", kind: null, audience: "member" },
  ])("$role of a $kind → $audience", ({ role, kind, audience }) => {
    expect(homeAudience(role, kind)).toBe(audience);
  });
});

describe("fitCallsToProfile", () => {
  const calls = [
    { id: "c1", needId: "n1" },
    { id: "c2", needId: "n2" },
    { id: "c3", needId: "n3" },
    { id: "c4", needId: "n4" },
  ];
  it("keeps calls whose need fits, best first, with why", () => {
    const competence = (points: number, detail: string[]) => ({ key: "competence", points, detail });
    const ranked = [
      { needId: "n2", score: 40, parts: [competence(20, ["Sensorer"])] },
      {
        needId: "n3",
        score: 75,
        parts: [competence(35, ["Demens", "Sensorer"]), { key: "sme", points: 5, detail: [] }],
      },
      { needId: "n9", score: 90, parts: [competence(35, ["no call"])] },
    ];
    expect(fitCallsToProfile(ranked, calls).map(({ call, score, reasons }) => [call.id, score, reasons])).toEqual([
      ["c3", 75, ["Demens", "Sensorer"]],
      ["c2", 40, ["Sensorer"]],
    ]);
  });
  it("leaves out a call that fits only by region, size or earlier collaboration", () => {
    const ranked = [
      {
        needId: "n1",
        score: 25,
        parts: [
          { key: "region", points: 10, detail: [] },
          { key: "sme", points: 5, detail: [] },
          { key: "collaboration", points: 10, detail: [] },
          { key: "competence", points: 0, detail: [] },
        ],
      },
      { needId: "n4", score: 15, parts: [{ key: "careArea", points: 15, detail: ["dementia"] }] },
    ];
    expect(fitCallsToProfile(ranked, calls).map(({ call, reasons }) => [call.id, reasons])).toEqual([["c4", []]]);
  });
  it("finds nothing for an organisation without a profile", () => {
    expect(fitCallsToProfile([], calls)).toEqual([]);
  });
});
