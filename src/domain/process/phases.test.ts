import { describe, expect, it } from "vitest";
import { decideGate, findGoBlockers, opiGuideStage, PHASES, type GateFacts, type ProcessState } from "./phases.js";

const settled: GateFacts = {
  agreements: {
    ip: "settled",
    confidentiality: "settled",
    roles_costs: "settled",
    procurement_basis: "settled",
    data_processing: "not_relevant",
    publication_rights: "settled",
  },
  needOwners: 1,
  developers: 1,
  organisations: 2,
  testPlans: 1,
  implementationItems: 1,
};
const active = (phase: ProcessState["phase"], kind: ProcessState["kind"] = "individual"): ProcessState => ({
  phase,
  status: "active",
  kind,
});

describe("decideGate", () => {
  it.each([
    [
      "go moves to the next phase",
      active("needs_assessment"),
      { decision: "go" },
      { phase: "market_scan", status: "active" },
    ],
    [
      "go after partnership moves to development",
      active("partnership"),
      { decision: "go" },
      { phase: "development", status: "active" },
    ],
    [
      "go after the last phase completes the process",
      active("implementation"),
      { decision: "go" },
      { phase: "implementation", status: "completed" },
    ],
    [
      "adjust stays in the phase",
      active("development"),
      { decision: "adjust" },
      { phase: "development", status: "active" },
    ],
    [
      "stop with lessons stops the process",
      active("test"),
      { decision: "stop", lessons: "Borgerne brugte den ikke" },
      { phase: "test", status: "stopped" },
    ],
  ] as const)("%s", (_label, state, request, next) => {
    const outcome = decideGate(state, { phase: state.phase, rationale: "Begrundelse", ...request }, settled);
    expect(outcome).toEqual({ ok: true, next });
  });

  it.each([
    [
      "a decision for another phase than the current",
      active("market_scan"),
      { phase: "test", decision: "go", rationale: "x" },
      "wrong_phase",
    ],
    [
      "stop without lessons",
      active("market_scan"),
      { phase: "market_scan", decision: "stop", rationale: "x", lessons: " " },
      "lessons_required",
    ],
    [
      "no rationale",
      active("market_scan"),
      { phase: "market_scan", decision: "adjust", rationale: "" },
      "rationale_required",
    ],
    [
      "any decision on a stopped process",
      { ...active("test"), status: "stopped" },
      { phase: "test", decision: "go", rationale: "x" },
      "process_closed",
    ],
    [
      "any decision on a completed process",
      { ...active("implementation"), status: "completed" },
      { phase: "implementation", decision: "adjust", rationale: "x" },
      "process_closed",
    ],
  ] as const)("refuses %s", (_label, state, request, code) => {
    const outcome = decideGate(state, request, settled);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.code).toBe(code);
  });
});

describe("findGoBlockers", () => {
  it("blocks the partnership go while agreement items are open, and names them", () => {
    const blockers = findGoBlockers(active("partnership"), {
      ...settled,
      agreements: { ...settled.agreements, ip: "in_progress", procurement_basis: "open" },
    });
    expect(blockers).toEqual([
      { code: "agreement_open", item: "ip" },
      { code: "agreement_open", item: "procurement_basis" },
    ]);
  });

  it("treats a missing agreement item as open", () => {
    expect(findGoBlockers(active("partnership"), { ...settled, agreements: {} })).toHaveLength(6);
  });

  it.each([
    ["no need owner", { needOwners: 0 }, "individual", ["need_owner_missing"]],
    ["no developer", { developers: 0 }, "individual", ["developer_missing"]],
    [
      "an individual process with two companies",
      { developers: 2, organisations: 3 },
      "individual",
      ["individual_too_many"],
    ],
    ["a network of two", { organisations: 2 }, "network", ["network_too_small"]],
    ["a network of four", { organisations: 4, developers: 2 }, "network", []],
  ] as const)("partnership: %s", (_label, override, kind, codes) => {
    expect(
      findGoBlockers(active("partnership", kind), { ...settled, ...override }).map((blocker) => blocker.code),
    ).toEqual(codes);
  });

  it("needs a test plan to leave the test phase and an implementation plan to leave evaluation", () => {
    expect(findGoBlockers(active("test"), { ...settled, testPlans: 0 })).toEqual([{ code: "test_plan_missing" }]);
    expect(findGoBlockers(active("evaluation"), { ...settled, implementationItems: 0 })).toEqual([
      { code: "implementation_plan_missing" },
    ]);
    expect(findGoBlockers(active("development"), { ...settled, testPlans: 0, agreements: {} })).toEqual([]);
  });
});

describe("opiGuideStage", () => {
  it("groups the seven phases into the OPIguide's five", () => {
    expect(PHASES.map(opiGuideStage)).toEqual([
      "idea",
      "idea",
      "startup",
      "innovation",
      "innovation",
      "market_maturation",
      "implementation",
    ]);
  });
});
