import { describe, expect, it } from "vitest";
import { groupByStage, nextPhase, organisationsWithRoles, phaseNumber } from "./board.js";
import { readFilters, toApiQuery, toPageSearch } from "./board-query.js";
import { chronologicalGates, closingGates } from "./gate-order.js";
import type { ProcessGate, ProcessSummary } from "../../../../domain/process/views.js";

const summary = (id: string, phase: ProcessSummary["phase"]): ProcessSummary => ({
  id,
  title: id,
  kind: "individual",
  theme: "",
  phase,
  opiGuideStage: "idea",
  status: "active",
  collaborationModel: null,
  participants: [],
  updatedAt: "2026-11-01T10:00:00.000Z",
});

describe("the board", () => {
  it("has the seven phases as columns under the OPIguide's five stages, each process in its phase", () => {
    const stages = groupByStage([summary("a", "partnership"), summary("b", "test"), summary("c", "partnership")]);
    expect(stages.map((stage) => [stage.number, stage.stage, stage.phases.map((column) => column.phase)])).toEqual([
      [1, "idea", ["needs_assessment", "market_scan"]],
      [2, "startup", ["partnership"]],
      [3, "innovation", ["development", "test"]],
      [4, "market_maturation", ["evaluation"]],
      [5, "implementation", ["implementation"]],
    ]);
    expect(stages[1].phases[0].items.map((item) => item.id)).toEqual(["a", "c"]);
    expect(stages[2].phases[1].items.map((item) => item.id)).toEqual(["b"]);
  });

  it("numbers phases 1–7 and knows the next one", () => {
    expect(phaseNumber("needs_assessment")).toBe(1);
    expect(phaseNumber("implementation")).toBe(7);
    expect(nextPhase("partnership")).toBe("development");
    expect(nextPhase("implementation")).toBeNull();
  });

  it("lists each organisation once with all its roles, need owners first", () => {
    const organisations = organisationsWithRoles([
      { organisationId: "2", name: "LøfteLet ApS", kind: "company", role: "developer" },
      { organisationId: "1", name: "Hjemmeplejen", kind: "public_unit", role: "test_site" },
      { organisationId: "1", name: "Hjemmeplejen", kind: "public_unit", role: "need_owner" },
    ]);
    expect(organisations.map((item) => [item.name, item.roles])).toEqual([
      ["Hjemmeplejen", ["test_site", "need_owner"]],
      ["LøfteLet ApS", ["developer"]],
    ]);
  });
});

describe("the board's URL", () => {
  it("keeps Danish parameter names in the page URL and the API's names in the request", () => {
    const filters = readFilters(
      new URLSearchParams("tema=fra 2 til 1&status=stopped&type=network&organisation=abc&q=lift"),
    );
    expect(filters).toEqual({
      q: "lift",
      theme: "fra 2 til 1",
      organisationId: "abc",
      status: "stopped",
      kind: "network",
    });
    expect(toApiQuery(filters)).toBe("?q=lift&theme=fra+2+til+1&organisationId=abc&status=stopped&kind=network");
    expect(toPageSearch(filters, "list").get("visning")).toBe("liste");
  });

  it("ignores values the API would refuse", () => {
    expect(readFilters(new URLSearchParams("status=deleted&type=solo"))).toMatchObject({ status: "", kind: "" });
  });
});

describe("gate order", () => {
  const gate = (
    phase: ProcessGate["phase"],
    decision: ProcessGate["decision"],
    decidedAt = "2026-11-01T10:00:00.000Z",
  ): ProcessGate => ({
    id: `${phase}-${decision}`,
    phase,
    decision,
    rationale: "",
    lessons: null,
    decidedAt,
    decidedBy: null,
  });

  it("puts decisions from the same moment in phase order, adjust before go", () => {
    const ordered = chronologicalGates([
      gate("market_scan", "go"),
      gate("market_scan", "adjust"),
      gate("needs_assessment", "go"),
    ]);
    expect(ordered.map((item) => item.id)).toEqual(["needs_assessment-go", "market_scan-adjust", "market_scan-go"]);
  });

  it("orders by time first", () => {
    const ordered = chronologicalGates([
      gate("needs_assessment", "adjust", "2026-11-02T10:00:00.000Z"),
      gate("needs_assessment", "adjust", "2026-11-01T10:00:00.000Z"),
    ]);
    expect(ordered.map((item) => item.decidedAt)).toEqual(["2026-11-01T10:00:00.000Z", "2026-11-02T10:00:00.000Z"]);
  });

  it("finds the decision that closed each phase", () => {
    const closing = closingGates([
      gate("market_scan", "adjust"),
      gate("needs_assessment", "go"),
      gate("market_scan", "stop"),
    ]);
    expect([...closing.keys()]).toEqual(["needs_assessment", "market_scan"]);
    expect(closing.get("market_scan")?.decision).toBe("stop");
  });
});
