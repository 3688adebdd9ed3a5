import { describe, expect, it } from "vitest";
import { evaluateFunding, FundingProgrammeInput, rankFunding, type FundingContext } from "./funding.js";

const base = FundingProgrammeInput.parse({ name: "Pulje", owner: "Ejer" });
const oneMunicipality: FundingContext = {
  applicantKinds: ["municipality"],
  careArea: "home_care",
  municipalities: 1,
  regions: 0,
  hasCompany: false,
  hasKnowledgeInstitution: false,
  today: "2026-11-23",
};

describe("evaluateFunding", () => {
  it.each([
    ["no rules stated → fits", {}, true, []],
    ["deadline ahead", { deadline: "2027-01-31" }, true, ["deadline"]],
    ["deadline passed", { deadline: "2026-05-20" }, false, ["deadline"]],
    ["eligible kind", { eligibleKinds: ["municipality", "region"] }, true, ["eligible_kind"]],
    ["companies only", { eligibleKinds: ["company"] }, false, ["eligible_kind"]],
    ["care area", { careAreas: ["home_care"] }, true, ["care_area"]],
    ["other care area", { careAreas: ["hospital"] }, false, ["care_area"]],
    [
      "six municipalities or two regions",
      { minMunicipalities: 6, minRegions: 2 },
      false,
      ["min_municipalities", "min_regions"],
    ],
    ["needs a company", { requiresCompany: true }, false, ["requires_company"]],
  ])("%s", (_label, overrides, fits, keys) => {
    const fit = evaluateFunding({ ...base, ...(overrides as Partial<FundingProgrammeInput>) }, oneMunicipality);
    expect(fit.fits).toBe(fits);
    expect(fit.rules.map((rule) => rule.key)).toEqual(keys);
  });

  it.each([
    [
      "deadline",
      { deadline: "2026-05-20" },
      { key: "deadline", met: false, required: "2026-05-20", actual: "2026-11-23" },
    ],
    [
      "kinds as codes",
      { eligibleKinds: ["company", "region"] },
      { key: "eligible_kind", met: false, required: ["company", "region"], actual: ["municipality"] },
    ],
    [
      "care areas as codes",
      { careAreas: ["hospital", "dementia"] },
      { key: "care_area", met: false, required: ["hospital", "dementia"], actual: ["home_care"] },
    ],
    ["counts as numbers", { minMunicipalities: 6 }, { key: "min_municipalities", met: false, required: 6, actual: 1 }],
    [
      "a partner as 1 or 0",
      { requiresKnowledgeInstitution: true },
      { key: "requires_knowledge_institution", met: false, required: 1, actual: 0 },
    ],
  ])("states the %s rule as codes and values, never as a sentence", (_label, overrides, rule) => {
    expect(
      evaluateFunding({ ...base, ...(overrides as Partial<FundingProgrammeInput>) }, oneMunicipality).rules,
    ).toEqual([rule]);
  });

  it("has no care area to show when the need has none", () => {
    expect(
      evaluateFunding({ ...base, careAreas: ["home_care"] }, { ...oneMunicipality, careArea: null }).rules[0],
    ).toMatchObject({ met: false, actual: [] });
  });

  it("counts either alternative of «N municipalities or M regions»", () => {
    const fit = evaluateFunding({ ...base, minMunicipalities: 6, minRegions: 2 }, { ...oneMunicipality, regions: 2 });
    expect(fit.fits).toBe(true);
  });

  it("marks an expired programme as expired", () => {
    expect(evaluateFunding({ ...base, deadline: "2026-11-22" }, oneMunicipality).expired).toBe(true);
    expect(evaluateFunding({ ...base, deadline: "2026-11-23" }, oneMunicipality).expired).toBe(false);
  });
});

describe("rankFunding", () => {
  it("puts fitting programmes first and expired ones last", () => {
    const item = (name: string, fits: boolean, expired: boolean) => ({ name, fit: { fits, expired, rules: [] } });
    const ranked = rankFunding([
      item("Udløbet", false, true),
      item("Passer ikke", false, false),
      item("Passer", true, false),
    ]);
    expect(ranked.map((entry) => entry.name)).toEqual(["Passer", "Passer ikke", "Udløbet"]);
  });
});
