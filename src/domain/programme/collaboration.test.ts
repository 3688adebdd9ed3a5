import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  classifyCollaboration,
  collaborationFromGroups,
  computeCollaborationStats,
  publicEntity,
  type CollaborationParticipant,
  NATIONAL_COMPARISON,
  type CollaborationProcess,
  type CollaborationStats,
} from "./collaboration.js";

const org = (id: string, kind: string, parentId: string | null = null, parentKind: string | null = null) =>
  ({ organisationId: id, kind, parentId, parentKind }) satisfies CollaborationParticipant;
const aarhus = org("aarhus", "municipality");
const aarhusUnit = org("aarhus-care", "public_unit", "aarhus", "municipality");
const aarhusUnit2 = org("aarhus-home", "public_unit", "aarhus", "municipality");
const viborgUnit = org("viborg-care", "public_unit", "viborg", "municipality");
const regionUnit = org("rm-hospital", "public_unit", "rm", "region");
const state = org("styrelse", "state_institution");
const company = org("loftelet", "company");
const knowledge = org("dti", "knowledge_institution");

describe("publicEntity", () => {
  it.each<[CollaborationParticipant, ReturnType<typeof publicEntity>]>([
    [aarhus, { id: "aarhus", level: "municipal" }],
    [aarhusUnit, { id: "aarhus", level: "municipal" }],
    [regionUnit, { id: "rm", level: "regional" }],
    [state, { id: "styrelse", level: "state" }],
    [company, null],
    [org("orphan", "public_unit"), null],
    [org("odd", "public_unit", "x", "company"), null],
  ])("%j", (participant, entity) => {
    expect(publicEntity(participant)).toEqual(entity);
  });
});

describe("classifyCollaboration", () => {
  it.each<[string, CollaborationParticipant[], Partial<ReturnType<typeof classifyCollaboration>>]>([
    [
      "two units of one municipality: not same-sector",
      [aarhusUnit, aarhusUnit2, company],
      { withinSameSector: false, acrossSectors: false, withPrivateCompanies: true },
    ],
    [
      "a municipality with another municipality's unit: same-sector",
      [aarhus, viborgUnit],
      { withinSameSector: true, acrossSectors: false, withPrivateCompanies: false },
    ],
    [
      "a municipality with a region: across sectors",
      [aarhusUnit, regionUnit],
      { withinSameSector: false, acrossSectors: true },
    ],
    [
      "a region with the state and a knowledge institution",
      [regionUnit, state, knowledge],
      { acrossSectors: true, withKnowledgeInstitutions: true },
    ],
    ["only companies", [company], { withinSameSector: false, acrossSectors: false, withKnowledgeInstitutions: false }],
  ])("%s", (_, participants, expected) => {
    expect(classifyCollaboration(participants)).toMatchObject(expected);
  });
});

describe("computeCollaborationStats", () => {
  const tagged = (
    participants: CollaborationParticipant[],
    tags: Partial<CollaborationProcess> = {},
  ): CollaborationProcess => ({
    participants,
    novelty: null,
    evaluation: null,
    initiator: null,
    ...tags,
  });
  // Computed inside each test: a rule that throws must fail a test, not the file's collection.
  const stats = () =>
    computeCollaborationStats([
      tagged([aarhusUnit, company, knowledge], { novelty: "first", evaluation: "external", initiator: "company" }),
      tagged([aarhus, viborgUnit, company], {
        novelty: "adapted",
        evaluation: "planned",
        initiator: "public_workplace",
      }),
      tagged([aarhusUnit, regionUnit], { novelty: "unknown", evaluation: "internal" }),
      tagged([state], { novelty: "copied", evaluation: "none" }),
      // Untagged: counted among the processes, not among those with a novelty or an evaluation.
      tagged([aarhusUnit2, company]),
    ]);

  it.each<[keyof CollaborationStats, number, number]>([
    ["withPrivateCompanies", 3, 5],
    ["withKnowledgeInstitutions", 1, 5],
    ["withinSameSector", 1, 5],
    ["acrossSectors", 1, 5],
    ["companyInitiated", 1, 2],
    ["noveltyFirst", 1, 3],
    ["noveltyAdapted", 1, 3],
    ["noveltyCopied", 1, 3],
    ["evaluated", 2, 4],
  ])("%s: %i of %i", (key, count, of) => {
    expect(stats()[key]).toEqual({ count, of, share: count / of });
  });

  it("counts every process, tagged or not", () => {
    expect(stats().processes).toBe(5);
  });

  it("has no shares without processes", () => {
    const empty = computeCollaborationStats([]);
    expect(empty.processes).toBe(0);
    expect(empty.withPrivateCompanies).toEqual({ count: 0, of: 0, share: null });
  });
});

describe("collaborationFromGroups (from one grouped query)", () => {
  const group = (patch: Partial<Parameters<typeof collaborationFromGroups>[0][number]>) => ({
    withPrivateCompanies: false,
    withKnowledgeInstitutions: false,
    withinSameSector: false,
    acrossSectors: false,
    novelty: null,
    evaluation: null,
    initiator: null,
    count: 1,
    ...patch,
  });
  const stats = () =>
    collaborationFromGroups([
      group({ withPrivateCompanies: true, novelty: "first", evaluation: "external", initiator: "company", count: 3 }),
      group({
        withKnowledgeInstitutions: true,
        withinSameSector: true,
        novelty: "copied",
        evaluation: "none",
        count: 2,
      }),
      group({ acrossSectors: true, novelty: "unknown", evaluation: "internal", initiator: "agent", count: 5 }),
      group({ withPrivateCompanies: true, count: 4 }),
    ]);

  it.each<[keyof CollaborationStats, number, number]>([
    ["withPrivateCompanies", 7, 14],
    ["withKnowledgeInstitutions", 2, 14],
    ["withinSameSector", 2, 14],
    ["acrossSectors", 5, 14],
    ["companyInitiated", 3, 8],
    ["noveltyFirst", 3, 5],
    ["noveltyAdapted", 0, 5],
    ["noveltyCopied", 2, 5],
    ["evaluated", 8, 10],
  ])("%s: %i of %i, weighted by each group's count", (key, count, of) => {
    expect(stats()[key]).toEqual({ count, of, share: count / of });
  });

  it("counts every process", () => {
    expect(stats().processes).toBe(14);
    expect(collaborationFromGroups([]).processes).toBe(0);
  });
});

describe("NATIONAL_COMPARISON", () => {
  // The reference data the server reads (data/innovationsbarometer.json): every comparison must name a figure in it.
  const barometer = JSON.parse(
    readFileSync(new URL("../../../data/innovationsbarometer.json", import.meta.url), "utf8"),
  ) as {
    editions: { edition: number; figures: Record<string, unknown> }[];
    seed_article_figures: Record<string, unknown>;
  };
  const figureOf = (where: { edition: number | "seed_article"; key: string }) =>
    where.edition === "seed_article"
      ? barometer.seed_article_figures[where.key]
      : barometer.editions.find((edition) => edition.edition === where.edition)?.figures[where.key];

  it.each<[keyof CollaborationStats]>([
    ["withPrivateCompanies"],
    ["withKnowledgeInstitutions"],
    ["withinSameSector"],
    ["acrossSectors"],
    ["companyInitiated"],
    ["noveltyFirst"],
    ["noveltyAdapted"],
    ["noveltyCopied"],
    ["evaluated"],
  ])("compares %s with a published share in the reference data", (key) => {
    const where = NATIONAL_COMPARISON[key];
    expect(where).toBeDefined();
    const figure = where ? figureOf(where) : undefined;
    expect(typeof figure).toBe("number");
    expect(figure).toBeGreaterThanOrEqual(0);
    expect(figure).toBeLessThanOrEqual(1);
  });

  it("compares each statistic with a different figure", () => {
    const keys = Object.values(NATIONAL_COMPARISON).map((where) => `${where.edition}/${where.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
