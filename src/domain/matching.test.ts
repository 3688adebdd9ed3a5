import { describe, expect, it } from "vitest";
import {
  bestScoreWithoutCompetence,
  DEFAULT_MATCHING_WEIGHTS,
  isInformativeTerm,
  planScoring,
  rankCandidates,
  relatedCareAreas,
  scoreCandidate,
  type CandidateEvidence,
  type NeedProfile,
} from "./matching.js";

const need: NeedProfile = { careArea: "home_care", regionCode: "1082", wantedCompetences: 2, termCount: 6 };
const nobody: CandidateEvidence = {
  kind: "company",
  sharedCompetenceNames: [],
  sharedTerms: [],
  careAreas: [],
  regionCode: null,
  isSme: false,
  collaborations: 0,
};

describe("scoreCandidate", () => {
  it.each([
    ["no evidence at all", nobody, 0],
    [
      "every kind of evidence",
      {
        ...nobody,
        sharedCompetenceNames: ["Forflytning", "Robotteknologi"],
        sharedTerms: ["forflytning", "loftlift", "robot", "hjemmeplej"],
        careAreas: ["home_care"],
        regionCode: "1082",
        isSme: true,
        collaborations: 2,
      },
      100,
    ],
    ["one of two competences", { ...nobody, sharedCompetenceNames: ["Forflytning"] }, 17.5],
    ["two of four text terms needed", { ...nobody, sharedTerms: ["forflytning", "loftlift"] }, 12.5],
    ["a related care area counts half", { ...nobody, careAreas: ["nursing_home"] }, 7.5],
    ["same region", { ...nobody, regionCode: "1082" }, 10],
    ["SME", { ...nobody, isSme: true }, 5],
    ["earlier collaboration", { ...nobody, collaborations: 1 }, 10],
  ])("%s → %s", (_label, candidate, expected) => {
    expect(scoreCandidate(need, candidate, DEFAULT_MATCHING_WEIGHTS).score).toBe(expected);
  });

  it("leaves out parts that cannot apply, so they neither help nor hurt", () => {
    const plainNeed: NeedProfile = { careArea: "dementia", regionCode: null, wantedCompetences: 0, termCount: 0 };
    const institute = { ...nobody, kind: "knowledge_institution", careAreas: ["dementia"] };
    const result = scoreCandidate(plainNeed, institute, DEFAULT_MATCHING_WEIGHTS);
    expect(result.parts.map((part) => part.key)).toEqual(["careArea", "collaboration"]);
    expect(result.score).toBe(60);
  });

  it("explains every point with readable detail", () => {
    const result = scoreCandidate(
      need,
      { ...nobody, sharedCompetenceNames: ["Robotteknologi"], sharedTerms: ["forflytning", "loftlift"] },
      DEFAULT_MATCHING_WEIGHTS,
    );
    expect(result.parts.find((part) => part.key === "competence")?.detail).toEqual(["Robotteknologi"]);
    expect(result.parts.find((part) => part.key === "text")?.detail).toEqual(["forflytning", "loftlift"]);
    const total = result.parts.reduce((sum, part) => sum + part.points, 0);
    const max = result.parts.reduce((sum, part) => sum + part.max, 0);
    expect(result.score).toBeCloseTo((total / max) * 100, 1);
  });

  it("follows the programme's weights", () => {
    const textOnly = { competence: 0, text: 100, careArea: 0, region: 0, sme: 0, collaboration: 0 };
    const result = scoreCandidate(need, { ...nobody, sharedTerms: ["a", "b", "c", "d"] }, textOnly);
    expect(result.score).toBe(100);
  });
});

describe("planScoring", () => {
  it.each([
    ["every part applies", need, { company: 100, other: 95 }, 4],
    [
      "no competences wanted, no region known",
      { ...need, wantedCompetences: 0, regionCode: null },
      { company: 55, other: 50 },
      4,
    ],
    ["a short text needs fewer stems", { ...need, termCount: 2 }, { company: 100, other: 95 }, 2],
  ])("%s", (_label, profile, maxPoints, needed) => {
    const plan = planScoring(profile, DEFAULT_MATCHING_WEIGHTS);
    expect(plan.maxPoints).toEqual(maxPoints);
    expect(plan.text.needed).toBe(needed);
    expect(plan.careArea).toMatchObject({ same: 15, related: 7.5 });
  });
});

describe("bestScoreWithoutCompetence", () => {
  it.each([
    ["competences wanted: text, area, region and SME at most", need, 55],
    ["no competences wanted", { ...need, wantedCompetences: 0 }, 84.6],
    ["no region known", { ...need, regionCode: null }, 50],
  ])("%s → %s", (_label, profile, expected) => {
    expect(bestScoreWithoutCompetence(profile, DEFAULT_MATCHING_WEIGHTS)).toBe(expected);
  });

  it("is never beaten by a candidate without a shared competence or a collaboration", () => {
    const bound = bestScoreWithoutCompetence(need, DEFAULT_MATCHING_WEIGHTS);
    for (const kind of ["company", "knowledge_institution"]) {
      for (const terms of [0, 2, 6]) {
        for (const careAreas of [[], ["nursing_home"], ["dementia", "hospital"], ["home_care", "dementia"]]) {
          for (const regionCode of [null, "1082"]) {
            const candidate = {
              ...nobody,
              kind,
              sharedTerms: Array.from({ length: terms }, (_, index) => `t${index}`),
              careAreas,
              regionCode,
              isSme: kind === "company",
            };
            expect(scoreCandidate(need, candidate, DEFAULT_MATCHING_WEIGHTS).score).toBeLessThanOrEqual(bound);
          }
        }
      }
    }
    const withCompetence = {
      ...nobody,
      sharedCompetenceNames: ["Forflytning"],
      sharedTerms: ["a", "b", "c", "d"],
      careAreas: ["home_care"],
      regionCode: "1082",
      isSme: true,
    };
    expect(scoreCandidate(need, withCompetence, DEFAULT_MATCHING_WEIGHTS).score).toBeGreaterThan(bound);
  });
});

describe("rankCandidates", () => {
  it("orders by score, then by Danish name order, and cuts at the limit", () => {
    const ranked = rankCandidates(
      [
        { name: "Ål ApS", match: { score: 50, parts: [] } },
        { name: "Bølge ApS", match: { score: 50, parts: [] } },
        { name: "Top ApS", match: { score: 90, parts: [] } },
      ],
      2,
    );
    expect(ranked.map((item) => item.name)).toEqual(["Top ApS", "Bølge ApS"]);
  });
});

describe("relatedCareAreas", () => {
  it("includes the area itself and its neighbours", () => {
    expect(relatedCareAreas("home_care")).toEqual(expect.arrayContaining(["home_care", "nursing_home", "elder_care"]));
    expect(relatedCareAreas("home_care")).not.toContain("hospital");
    expect(relatedCareAreas("unknown")).toEqual(["unknown"]);
  });
});

describe("isInformativeTerm", () => {
  it.each([
    ["forflytning", true],
    ["loftlift", true],
    ["borg", false],
    ["tid", false],
    ["ab", false],
    // Accidental stems of common verbs and adverbs.
    ["før", false],
    ["vid", false],
    ["andr", false],
    ["fær", false],
    ["tag", false],
    ["kør", false],
    ["mellem", false],
    // Place names, as written and as the stemmer cuts them.
    ["aarhus", false],
    ["aalborg", false],
    ["københavn", false],
    ["odens", false],
    ["vejl", false],
    ["syddanmark", false],
    // Everyday words that a place name contains stay informative.
    ["vej", true],
    ["høj", true],
    ["brand", true],
    ["robot", true],
    ["sensor", true],
    ["demens", true],
  ])("%s → %s", (term, expected) => {
    expect(isInformativeTerm(term)).toBe(expected);
  });
});
