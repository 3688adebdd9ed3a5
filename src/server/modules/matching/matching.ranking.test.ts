import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CareArea } from "../../../domain/care-areas.js";
import { DEFAULT_MATCHING_WEIGHTS } from "../../../domain/matching.js";
import { buildCompetence, buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { createTestApp, createUser, type TestApp } from "../../test-support/harness.js";
import type { Actor } from "../../platform/actor.js";
import { candidatePool, rankPartners } from "./matching.service.js";

/**
 * The fast ranking (a candidate pool by the SQL score, competence holders first, then scored in
 * full) must give what scoring every company and knowledge institution in full gives.
 */
let test: TestApp;
let agent: Actor;
let aarhus: string;
let lifting: string;
let robotics: string;
let sensors: string;

const WORDS = [
  "loftlift",
  "forflytning",
  "sensor",
  "robot",
  "demens",
  "hjemmepleje",
  "vendeseng",
  "skinnesystem",
  "telemedicin",
  "lås",
  "nøgle",
  "træning",
];
const MUNICIPALITIES = ["0751", "0751", "0101", "0851", "0461"];
const CARE_AREAS: CareArea[] = ["home_care", "nursing_home", "hospital", "dementia", "disability", "prevention"];
const BANDS = ["1-9", "10-49", "50-249", "250+"] as const;

function createRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

beforeAll(async () => {
  test = await createTestApp();
  const user = await createUser(test.db, { role: "agent" });
  agent = {
    id: user.id,
    email: user.email,
    name: "Agent",
    role: "agent",
    organisationId: null,
    sessionId: "test",
    csrfToken: "test",
    language: "da",
  };
  lifting = await buildCompetence(test.db, "forflytning", "Forflytning og løft");
  robotics = await buildCompetence(test.db, "robotteknologi", "Robotteknologi");
  sensors = await buildCompetence(test.db, "sensorer", "Sensorer");
  aarhus = await buildOrganisation(test.db, { kind: "municipality", name: "Aarhus Kommune", municipalityCode: "0751" });

  const random = createRandom(20_261_123);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const some = <T>(items: T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(items))),
  ];
  for (let index = 0; index < 70; index += 1) {
    const kind = random() < 0.75 ? "company" : random() < 0.8 ? "knowledge_institution" : "public_unit";
    const id = await buildOrganisation(test.db, {
      kind,
      name: `${pick(["Alfa", "Beta", "Øst", "Åben", "Aalborg", "ærlig", "Nord"])} ${index}`,
      parentId: kind === "public_unit" ? aarhus : null,
      municipalityCode: pick(MUNICIPALITIES),
      employeeBand: kind === "company" ? pick([...BANDS]) : null,
      careAreas: some(CARE_AREAS, 2),
      competenceIds: some([lifting, robotics, sensors], 2),
      description: `Vi arbejder med ${some(WORDS, 5).join(", ")}.`,
    });
    if (random() < 0.05) {
      await test.db.updateTable("organisations").set({ archived_at: new Date() }).where("id", "=", id).execute();
    }
  }
});

afterAll(async () => {
  await test.close();
});

/**
 * Every company and knowledge institution with some evidence, scored in full: a limit far above
 * the number of organisations makes the candidate pool hold all of them.
 */
async function scoreEveryone(needId: string, limit: number) {
  const all = await rankPartners(test.db, agent, needId, 1000);
  expect(all.length).toBeLessThan(candidatePool(1000));
  return all.slice(0, limit).map((item) => [item.name, item.match.score]);
}

async function rankFast(needId: string, limit: number) {
  return (await rankPartners(test.db, agent, needId, limit)).map((item) => [item.name, item.match.score]);
}

describe("partner ranking", () => {
  it.each([
    ["one competence wanted", () => [lifting], "Loftlift og forflytning i hjemmeplejen", "home_care"],
    ["two competences wanted", () => [robotics, sensors], "Robot med sensor til demens", "dementia"],
    ["no competence wanted", () => [], "Telemedicin og træning med vendeseng", "hospital"],
  ])("gives the same top partners as scoring everyone: %s", async (_label, competences, title, careArea) => {
    const needId = await buildNeed(test.db, {
      ownerOrganisationId: aarhus,
      title,
      description: `${title}. Vi søger en partner.`,
      careArea,
      competenceIds: competences(),
    });
    for (const limit of [1, 3, 5, 20]) {
      expect([limit, await rankFast(needId, limit)]).toEqual([limit, await scoreEveryone(needId, limit)]);
    }
  });

  it("counts an earlier process together the same way, also for a partner without a wanted competence", async () => {
    const earlier = await buildNeed(test.db, { ownerOrganisationId: aarhus, title: "Tidligere behov" });
    const partner = await buildOrganisation(test.db, {
      name: "Samarbejdspartner ApS",
      municipalityCode: "0101",
      careAreas: ["psychiatry"],
      description: "Intet fælles.",
    });
    const chosenOnly = await buildOrganisation(test.db, {
      name: "Kun Udvalgt ApS",
      municipalityCode: "0101",
      careAreas: ["psychiatry"],
      description: "Intet fælles.",
    });
    // A shortlist is a choice, not collaboration: it must not count.
    await test.db
      .insertInto("need_matches")
      .values({
        need_id: earlier,
        organisation_id: chosenOnly,
        decision: "shortlisted",
        reason: "Måske",
        score: 50,
        parts: "[]",
      })
      .execute();
    const process = await test.db
      .insertInto("processes")
      .values({ title: "Tidligere forløb", kind: "individual" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await test.db.insertInto("process_needs").values({ process_id: process.id, need_id: earlier }).execute();
    await test.db
      .insertInto("process_participants")
      .values({ process_id: process.id, organisation_id: partner, role: "developer" })
      .execute();
    const needId = await buildNeed(test.db, {
      ownerOrganisationId: aarhus,
      title: "Forflytning med loftlift",
      competenceIds: [lifting],
    });
    const everyone = await scoreEveryone(needId, 200);
    expect(everyone.map(([name]) => name)).toContain("Samarbejdspartner ApS");
    expect(everyone.map(([name]) => name)).not.toContain("Kun Udvalgt ApS");
    expect(await rankFast(needId, 200)).toEqual(everyone);
  });

  it("follows the programme's weights", async () => {
    await test.db
      .insertInto("programmes")
      .values({
        name: "Vægte",
        targets: "{}",
        matching_weights: JSON.stringify({ ...DEFAULT_MATCHING_WEIGHTS, competence: 5, text: 60, region: 0 }),
      })
      .execute();
    try {
      const needId = await buildNeed(test.db, {
        ownerOrganisationId: aarhus,
        title: "Sensor og robot",
        competenceIds: [sensors],
      });
      for (const limit of [3, 20]) {
        expect(await rankFast(needId, limit)).toEqual(await scoreEveryone(needId, limit));
      }
    } finally {
      await test.db.deleteFrom("programmes").where("name", "=", "Vægte").execute();
    }
  });
});
