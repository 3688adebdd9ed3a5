import { describe, expect, it } from "vitest";
import {
  buildFundingContext,
  deadlineState,
  evaluateFunding,
  fundableAmount,
  fundingGroup,
  FundingProgrammeInput,
  rankFunding,
  type FundingApplicant,
  type FundingContext,
} from "./funding.js";

const base = FundingProgrammeInput.parse({ name: "Pulje", owner: "Ejer" });
const oneMunicipality: FundingContext = {
  applicantKinds: ["municipality"],
  careArea: "home_care",
  municipalities: 1,
  regions: 0,
  municipalityCodes: ["0751"],
  regionCodes: ["1082"],
  hasCompany: false,
  hasKnowledgeInstitution: false,
  budgetDkk: null,
  today: "2026-11-23",
  partnersToCome: false,
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

  it.each([
    ["company, none yet, partners to come", { requiresCompany: true }, { partnersToCome: true }, true, true, 0],
    ["company, none yet, no partners to come", { requiresCompany: true }, {}, false, false, 0],
    ["company, one takes part", { requiresCompany: true }, { hasCompany: true, partnersToCome: true }, true, false, 1],
    [
      "knowledge institution, none yet, partners to come",
      { requiresKnowledgeInstitution: true },
      { partnersToCome: true },
      true,
      true,
      0,
    ],
    [
      "knowledge institution, one takes part",
      { requiresKnowledgeInstitution: true },
      { hasKnowledgeInstitution: true },
      true,
      false,
      1,
    ],
    ["knowledge institution, none, no partners to come", { requiresKnowledgeInstitution: true }, {}, false, false, 0],
  ])("a partner rule: %s", (_label, overrides, context, met, pending, actual) => {
    const fit = evaluateFunding(
      { ...base, ...(overrides as Partial<FundingProgrammeInput>) },
      { ...oneMunicipality, ...context },
    );
    expect(fit.fits).toBe(met);
    expect(fit.rules).toHaveLength(1);
    expect(fit.rules[0]).toMatchObject({ met, actual, required: 1 });
    expect(fit.rules[0].pending === true).toBe(pending);
    expect("pending" in fit.rules[0]).toBe(pending);
  });

  it("still rules out a programme for kinds the owner is not, even with partners to come", () => {
    const fit = evaluateFunding(
      { ...base, eligibleKinds: ["company"], requiresCompany: true },
      { ...oneMunicipality, partnersToCome: true },
    );
    expect(fit.fits).toBe(false);
  });

  it("has no care area to show when the need has none", () => {
    expect(
      evaluateFunding({ ...base, careAreas: ["home_care"] }, { ...oneMunicipality, careArea: null }).rules[0],
    ).toMatchObject({ met: false, actual: [] });
  });

  describe("minimum counts stated as a guideline («som udgangspunkt»)", () => {
    const guideline = { ...base, minMunicipalities: 6, minRegions: 2, countsAreGuidance: true };
    it.each([
      ["one municipality: shown unmet, still fits", guideline, 1, 0, true, false],
      ["six municipalities: met", guideline, 6, 0, true, true],
      ["two regions: met", guideline, 0, 2, true, true],
      ["five municipalities, one region: unmet, still fits", guideline, 5, 1, true, false],
      ["the same counts as a requirement rule it out", { ...guideline, countsAreGuidance: false }, 5, 1, false, false],
    ])("%s", (_label, programme, municipalities, regions, fits, met) => {
      const fit = evaluateFunding(programme, { ...oneMunicipality, municipalities, regions });
      expect(fit.fits).toBe(fits);
      expect(fit.rules.map((rule) => [rule.key, rule.met])).toEqual([
        ["min_municipalities", met],
        ["min_regions", met],
      ]);
      expect(fit.rules.map((rule) => "guidance" in rule)).toEqual([
        programme.countsAreGuidance,
        programme.countsAreGuidance,
      ]);
    });

    it("marks only the count rules as a guideline", () => {
      const fit = evaluateFunding(
        { ...guideline, eligibleKinds: ["region"], minRegions: null },
        { ...oneMunicipality, municipalities: 1 },
      );
      expect(fit.fits).toBe(false);
      expect(fit.rules).toEqual([
        { key: "eligible_kind", met: false, required: ["region"], actual: ["municipality"] },
        { key: "min_municipalities", met: false, required: 6, actual: 1, guidance: true },
      ]);
    });

    it("leaves a requirement's rules without the mark", () => {
      const rules = evaluateFunding({ ...base, minMunicipalities: 6 }, oneMunicipality).rules;
      expect(rules).toEqual([{ key: "min_municipalities", met: false, required: 6, actual: 1 }]);
    });

    it("ranks a fit that misses a guideline below one that meets every rule", () => {
      const items = [
        { name: "A vejledende", fit: evaluateFunding(guideline, oneMunicipality) },
        { name: "B krav opfyldt", fit: evaluateFunding({ ...base, eligibleKinds: ["municipality"] }, oneMunicipality) },
      ];
      expect(rankFunding(items).map((item) => item.name)).toEqual(["B krav opfyldt", "A vejledende"]);
    });
  });

  it.each([
    ["regions only, none", { minRegions: 2 }, { regions: 0 }, false],
    ["regions only, two", { minRegions: 2 }, { regions: 2 }, true],
    ["regions only as a guideline, none", { minRegions: 2, countsAreGuidance: true }, { regions: 0 }, true],
  ])("a programme that counts regions only: %s", (_label, overrides, context, fits) => {
    const fit = evaluateFunding({ ...base, ...overrides }, { ...oneMunicipality, ...context });
    expect(fit.fits).toBe(fits);
    expect(fit.rules.map((rule) => rule.key)).toEqual(["min_regions"]);
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
  const item = (name: string, fits: boolean, expired: boolean, fitsIfJustified = false) => ({
    name,
    fit: {
      fits,
      fitsIfJustified,
      expired,
      state: expired ? ("expired" as const) : ("open" as const),
      amountDkk: null,
      rules: [],
    },
  });

  it("puts fitting programmes first and expired ones last", () => {
    const ranked = rankFunding([
      item("Udløbet", false, true),
      item("Passer ikke", false, false),
      item("Passer", true, false),
    ]);
    expect(ranked.map((entry) => entry.name)).toEqual(["Passer", "Passer ikke", "Udløbet"]);
  });

  it("puts the fits that need a guideline argued after every fit whose rules are all met, whatever the name", () => {
    const ranked = rankFunding([
      item("Ikke", false, false),
      item("A begrund", true, false, true),
      item("B passer", true, false),
      item("C passer", true, false),
    ]);
    expect(ranked.map((entry) => entry.name)).toEqual(["B passer", "C passer", "A begrund", "Ikke"]);
  });

  it("ranks programmes that do not fit by the rules they meet, then by name", () => {
    const rule = (met: boolean) => ({ key: "care_area" as const, met, required: [], actual: [] });
    const withRules = (name: string, ...met: boolean[]) => ({
      ...item(name, false, false),
      fit: { ...item(name, false, false).fit, rules: met.map(rule) },
    });
    const ranked = rankFunding([
      withRules("A ingen", false, false),
      withRules("B en", true, false),
      withRules("C to", true, true, false),
      withRules("D en", true, false),
    ]);
    expect(ranked.map((entry) => entry.name)).toEqual(["C to", "B en", "D en", "A ingen"]);
  });
});

describe("fits if justified: a guideline not met, shown apart from the fits whose rules are all met", () => {
  const guideline = { ...base, minMunicipalities: 6, minRegions: 2, countsAreGuidance: true };
  it.each([
    ["a guideline unmet, all else met", guideline, {}, true, true, "fits_if_justified"],
    ["the guideline met", guideline, { municipalities: 6 }, true, false, "fits"],
    ["no rules", base, {}, true, false, "fits"],
    ["every rule met", { ...base, eligibleKinds: ["municipality"] }, {}, true, false, "fits"],
    [
      "a guideline unmet and a requirement unmet",
      { ...guideline, eligibleKinds: ["company"] },
      {},
      false,
      false,
      "other",
    ],
    ["the same counts as a requirement", { ...guideline, countsAreGuidance: false }, {}, false, false, "other"],
    ["a guideline unmet after the deadline", { ...guideline, deadline: "2026-01-01" }, {}, false, false, "other"],
    ["a partner still to come", { ...base, requiresCompany: true }, { partnersToCome: true }, true, false, "fits"],
  ])("%s", (_label, programme, context, fits, fitsIfJustified, group) => {
    const fit = evaluateFunding(programme as FundingProgrammeInput, { ...oneMunicipality, ...context });
    expect([fit.fits, fit.fitsIfJustified, fundingGroup(fit)]).toEqual([fits, fitsIfJustified, group]);
  });

  it.each([
    [{ fits: true, fitsIfJustified: false, expired: false }, "fits"],
    [{ fits: true, fitsIfJustified: true, expired: false }, "fits_if_justified"],
    [{ fits: false, fitsIfJustified: false, expired: false }, "other"],
    [{ fits: true, fitsIfJustified: false, expired: true }, "other"],
    [{ fits: true, fitsIfJustified: true, expired: true }, "other"],
  ])("group of %o → %s", (fit, group) => {
    expect(fundingGroup(fit)).toBe(group);
  });
});

describe("geographic limits", () => {
  it.each([
    ["a pool of the applicant's region", { regionCodes: ["1082"] }, true, "region"],
    ["a pool of another region", { regionCodes: ["1084"] }, false, "region"],
    ["one of several regions", { regionCodes: ["1084", "1082"] }, true, "region"],
    ["the municipality's own pool", { municipalityCodes: ["0751"] }, true, "municipality"],
    ["another municipality's own pool", { municipalityCodes: ["0461"] }, false, "municipality"],
  ])("%s", (_label, overrides, fits, key) => {
    const fit = evaluateFunding({ ...base, ...(overrides as Partial<FundingProgrammeInput>) }, oneMunicipality);
    expect(fit.fits).toBe(fits);
    expect(fit.rules).toEqual([
      {
        key,
        met: fits,
        required: Object.values(overrides)[0],
        actual: key === "region" ? ["1082"] : ["0751"],
      },
    ]);
  });

  it("lets a joint need apply to a pool of any of its municipalities", () => {
    const joint = { ...oneMunicipality, municipalityCodes: ["0461", "0751"] };
    expect(evaluateFunding({ ...base, municipalityCodes: ["0461"] }, joint).fits).toBe(true);
    expect(evaluateFunding({ ...base, municipalityCodes: ["0101"] }, joint).fits).toBe(false);
  });

  it("does not open a municipal pool to applicants of unknown place", () => {
    const nowhere = { ...oneMunicipality, municipalityCodes: [], regionCodes: [] };
    expect(evaluateFunding({ ...base, municipalityCodes: ["0751"] }, nowhere).fits).toBe(false);
    expect(evaluateFunding({ ...base, regionCodes: ["1082"] }, nowhere).fits).toBe(false);
  });

  it.each([
    [{ regionCodes: ["1082"] }, true, undefined],
    [{ regionCodes: ["9999"] }, false, "region_unknown"],
    [{ municipalityCodes: ["751"] }, true, undefined],
    [{ municipalityCodes: ["0999"] }, false, "municipality_unknown"],
  ])("checks the codes of %o", (overrides, ok, message) => {
    const parsed = FundingProgrammeInput.safeParse({ name: "Pulje", owner: "Ejer", ...overrides });
    expect(parsed.success).toBe(ok);
    if (!parsed.success) {
      expect(parsed.error.issues[0]?.message).toBe(message);
    }
  });

  it("stores a three-digit municipality code in its four-digit form", () => {
    expect(
      FundingProgrammeInput.parse({ name: "Pulje", owner: "Ejer", municipalityCodes: ["751"] }).municipalityCodes,
    ).toEqual(["0751"]);
  });
});

describe("deadlineState", () => {
  const today = "2026-11-23";
  it.each([
    ["no deadline, not stated rolling: unknown", null, null, false, "unknown"],
    ["no deadline, stated rolling", null, null, true, "rolling"],
    ["deadline today", "2026-11-23", null, false, "open"],
    ["deadline tomorrow", "2026-11-24", null, false, "open"],
    ["a deadline wins over «rolling»", "2026-11-24", null, true, "open"],
    ["deadline yesterday", "2026-11-22", null, false, "expired"],
    ["deadline yesterday, stated rolling", "2026-11-22", null, true, "expired"],
    ["opens tomorrow", "2027-01-31", "2026-11-24", false, "upcoming"],
    ["opens today", "2027-01-31", "2026-11-23", false, "open"],
    ["opened yesterday", "2027-01-31", "2026-11-22", false, "open"],
    ["opens later, no deadline", null, "2027-02-01", false, "upcoming"],
    ["opens later, rolling after", null, "2027-02-01", true, "upcoming"],
    ["opened, no deadline, rolling", null, "2026-01-01", true, "rolling"],
    ["opened, no deadline, not stated rolling", null, "2026-01-01", false, "unknown"],
    ["passed deadline wins over a later opening", "2026-11-22", "2026-12-01", false, "expired"],
  ])("%s", (_label, deadline, opensOn, rolling, state) => {
    expect(deadlineState({ deadline, opensOn, rolling }, today)).toBe(state);
  });

  it("defaults to a deadline that is not known, not to rolling", () => {
    expect(base.rolling).toBe(false);
    expect(evaluateFunding(base, oneMunicipality)).toMatchObject({ state: "unknown", fits: true, expired: false });
    expect(evaluateFunding({ ...base, rolling: true }, oneMunicipality).state).toBe("rolling");
  });

  it("gives the state on the fit, and an expired programme never fits", () => {
    const expired = evaluateFunding(
      { ...base, deadline: "2026-11-22", nextRound: "Forventet foråret 2027" },
      oneMunicipality,
    );
    expect(expired).toMatchObject({ state: "expired", expired: true, fits: false });
    const upcoming = evaluateFunding({ ...base, opensOn: "2027-01-05" }, oneMunicipality);
    expect(upcoming).toMatchObject({ state: "upcoming", expired: false, fits: true });
  });
});

describe("fundableAmount", () => {
  it.each([
    ["share of the budget under the cap", { maxAmount: 1_500_000, cofinancingPct: 50 }, 2_400_000, 1_200_000],
    ["capped by the largest grant", { maxAmount: 1_000_000, cofinancingPct: 50 }, 2_400_000, 1_000_000],
    ["cap equal to the share", { maxAmount: 1_200_000, cofinancingPct: 50 }, 2_400_000, 1_200_000],
    ["cap one krone under the share", { maxAmount: 1_199_999, cofinancingPct: 50 }, 2_400_000, 1_199_999],
    ["no cap; the applicants pay 40 %", { maxAmount: null, cofinancingPct: 40 }, 1_000_000, 600_000],
    ["whole kroner, rounded down", { maxAmount: null, cofinancingPct: 33 }, 1001, 670],
    ["no own share: the whole budget", { maxAmount: null, cofinancingPct: 0 }, 500, 500],
    ["all own money: nothing to apply for", { maxAmount: 1_000_000, cofinancingPct: 100 }, 500, 0],
    ["no share stated", { maxAmount: 1_000_000, cofinancingPct: null }, 2_400_000, null],
    ["no budget", { maxAmount: 1_000_000, cofinancingPct: 50 }, null, null],
    ["zero budget", { maxAmount: 1_000_000, cofinancingPct: 50 }, 0, 0],
  ])("%s", (_label, programme, budget, amount) => {
    expect(fundableAmount(programme, budget)).toBe(amount);
  });

  it("is on the fit", () => {
    const fit = evaluateFunding(
      { ...base, maxAmount: 1_500_000, cofinancingPct: 50 },
      { ...oneMunicipality, budgetDkk: 2_400_000 },
    );
    expect(fit.amountDkk).toBe(1_200_000);
  });
});

describe("buildFundingContext", () => {
  const facts = { careArea: "home_care", budgetDkk: 100, today: "2026-11-23" };
  const aarhus: FundingApplicant = {
    id: "a",
    kind: "municipality",
    municipalityCode: "0751",
    regionCode: "1082",
    parent: null,
  };
  const odense: FundingApplicant = {
    id: "o",
    kind: "municipality",
    municipalityCode: "0461",
    regionCode: "1083",
    parent: null,
  };
  const unitOf = (id: string, parent: FundingApplicant): FundingApplicant => ({
    id,
    kind: "public_unit",
    municipalityCode: parent.municipalityCode,
    regionCode: parent.regionCode,
    parent: {
      id: parent.id,
      kind: parent.kind,
      municipalityCode: parent.municipalityCode,
      regionCode: parent.regionCode,
    },
  });
  const regionH: FundingApplicant = {
    id: "h",
    kind: "region",
    municipalityCode: null,
    regionCode: "1084",
    parent: null,
  };
  const company: FundingApplicant = {
    id: "c",
    kind: "company",
    municipalityCode: "0101",
    regionCode: "1084",
    parent: null,
  };
  const university: FundingApplicant = {
    id: "u",
    kind: "knowledge_institution",
    municipalityCode: "0461",
    regionCode: "1083",
    parent: null,
  };

  it.each([
    ["one unit", [unitOf("u1", aarhus)], 1, 0, ["0751"], ["1082"], ["municipality"]],
    [
      "two units of one municipality",
      [unitOf("u1", aarhus), unitOf("u2", aarhus)],
      1,
      0,
      ["0751"],
      ["1082"],
      ["municipality"],
    ],
    ["a unit and its own municipality", [unitOf("u1", aarhus), aarhus], 1, 0, ["0751"], ["1082"], ["municipality"]],
    ["two municipalities", [unitOf("u1", aarhus), odense], 2, 0, ["0461", "0751"], ["1082", "1083"], ["municipality"]],
    ["a municipality and a region", [aarhus, regionH], 1, 1, ["0751"], ["1082", "1084"], ["municipality", "region"]],
    ["a region's unit", [unitOf("r1", regionH)], 0, 1, [], ["1084"], ["region"]],
    ["companies are not counted as places", [aarhus, company], 1, 0, ["0751"], ["1082"], ["company", "municipality"]],
    ["no applicants", [], 0, 0, [], [], []],
  ])("%s", (_label, applicants, municipalities, regions, municipalityCodes, regionCodes, kinds) => {
    const context = buildFundingContext(applicants, facts);
    expect(context).toMatchObject({ municipalities, regions, municipalityCodes, regionCodes, applicantKinds: kinds });
  });

  it("counts a unit without a parent as itself", () => {
    const orphan: FundingApplicant = {
      id: "x",
      kind: "public_unit",
      municipalityCode: "0751",
      regionCode: "1082",
      parent: null,
    };
    expect(buildFundingContext([orphan], facts)).toMatchObject({
      applicantKinds: ["public_unit"],
      municipalities: 0,
      municipalityCodes: ["0751"],
    });
  });

  it.each([
    [[aarhus], false, false],
    [[aarhus, company], true, false],
    [[aarhus, university], false, true],
    [[company, university], true, true],
  ])("finds partners among %#", (applicants, hasCompany, hasKnowledgeInstitution) => {
    const context = buildFundingContext(applicants, facts);
    expect(context.hasCompany).toBe(hasCompany);
    expect(context.hasKnowledgeInstitution).toBe(hasKnowledgeInstitution);
    // Partners are counted as partners, never as places a pool is limited to.
    expect(context.municipalityCodes).toEqual(applicants.includes(aarhus) ? ["0751"] : []);
    expect(context.regionCodes).toEqual(applicants.includes(aarhus) ? ["1082"] : []);
  });

  it("passes the need's facts through", () => {
    expect(buildFundingContext([], facts)).toMatchObject({
      careArea: "home_care",
      budgetDkk: 100,
      today: "2026-11-23",
      partnersToCome: false,
    });
    expect(buildFundingContext([], { ...facts, partnersToCome: true }).partnersToCome).toBe(true);
  });

  it("meets «at least 6 municipalities» with six distinct municipalities, not with five", () => {
    const municipalities = ["0101", "0147", "0151", "0153", "0155", "0157"].map((code, index): FundingApplicant => ({
      id: `m${index}`,
      kind: "municipality",
      municipalityCode: code,
      regionCode: "1084",
      parent: null,
    }));
    const programme = { ...base, minMunicipalities: 6 };
    expect(evaluateFunding(programme, buildFundingContext(municipalities, facts)).fits).toBe(true);
    expect(evaluateFunding(programme, buildFundingContext(municipalities.slice(1), facts)).fits).toBe(false);
  });
});
