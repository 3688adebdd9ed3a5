import { describe, expect, it } from "vitest";
import { describeBlocker, describeGateError } from "./gate-messages.js";
import type { GateError } from "./phases.js";

describe("describeGateError", () => {
  it.each<[string, GateError, string, boolean, string, string]>([
    ["closed", { code: "process_closed", status: "stopped" }, "decision", true, "afsluttet", "has ended"],
    ["wrong phase", { code: "wrong_phase", expected: "test", given: "development" }, "phase", true, "(test)", "(test)"],
    ["no lessons", { code: "lessons_required" }, "lessons", false, "lært", "learned"],
    ["no rationale", { code: "rationale_required" }, "rationale", false, "begrundelse", "rationale"],
    [
      "go blocked",
      { code: "go_blocked", blockers: [{ code: "agreement_open", item: "ip" }, { code: "test_plan_missing" }] },
      "decision",
      true,
      "«Immaterielle rettigheder (IP)» er ikke afklaret; der er ingen testplan",
      "«Intellectual property (IP)» is not settled; there is no test plan",
    ],
  ])("%s → field, status kind and text in both languages", (_, error, field, conflict, da, en) => {
    expect(describeGateError(error, "da")).toMatchObject({ field, conflict });
    expect(describeGateError(error, "da").message).toContain(da);
    expect(describeGateError(error, "en").message).toContain(en);
  });
});

describe("describeBlocker", () => {
  it.each<[Parameters<typeof describeBlocker>[0], string, string]>([
    [{ code: "need_owner_missing" }, "der er ingen behovsejer", "there is no need owner"],
    [{ code: "agreement_open", item: "confidentiality" }, "«Fortrolighed»", "«Confidentiality»"],
    [{ code: "network_too_small", organisations: 2 }, "mindst tre", "at least three"],
  ])("%j", (blocker, da, en) => {
    expect(describeBlocker(blocker, "da")).toContain(da);
    expect(describeBlocker(blocker, "en")).toContain(en);
  });
});
