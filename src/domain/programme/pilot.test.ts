import { describe, expect, it } from "vitest";
import { pilotCount, type PilotParticipant } from "./pilot.js";

const participant = (patch: Partial<PilotParticipant>): PilotParticipant => ({
  organisationId: "o1",
  name: "Org",
  kind: "company",
  employeeBand: "10-49",
  parentId: null,
  parentName: null,
  parentKind: null,
  ...patch,
});

describe("pilotCount", () => {
  it.each<[string, Partial<PilotParticipant>, ReturnType<typeof pilotCount>]>([
    ["an SME", {}, { category: "sme", id: "o1", name: "Org" }],
    ["a large company", { employeeBand: "250+" }, null],
    ["a company without a size", { employeeBand: null }, null],
    ["a municipality", { kind: "municipality" }, { category: "municipality", id: "o1", name: "Org" }],
    ["a region", { kind: "region" }, { category: "region", id: "o1", name: "Org" }],
    ["a state institution", { kind: "state_institution" }, { category: "state_institution", id: "o1", name: "Org" }],
    [
      "a municipal unit counts its municipality",
      { kind: "public_unit", parentId: "m1", parentName: "Aarhus Kommune", parentKind: "municipality" },
      { category: "municipality", id: "m1", name: "Aarhus Kommune" },
    ],
    [
      "a regional unit counts its region",
      { kind: "public_unit", parentId: "r1", parentName: "Region Midt", parentKind: "region" },
      { category: "region", id: "r1", name: "Region Midt" },
    ],
    ["a unit without a parent", { kind: "public_unit" }, null],
    ["a unit under a non-public parent", { kind: "public_unit", parentId: "x", parentKind: "company" }, null],
    ["a knowledge institution", { kind: "knowledge_institution" }, null],
    ["other", { kind: "other" }, null],
  ])("%s", (_, patch, expected) => {
    expect(pilotCount(participant(patch))).toEqual(expected);
  });
});
