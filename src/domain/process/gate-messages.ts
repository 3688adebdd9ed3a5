import { translateMessage, type Language } from "../validation.js";
import { AGREEMENT_LABELS, type GateBlocker, type GateError } from "./phases.js";

/** What blocks «go», as a phrase that fits into the `go_blocked` message. */
const BLOCKER_TEXT: Record<Language, Record<GateBlocker["code"], string>> = {
  da: {
    agreement_open: "aftalepunktet «{item}» er ikke afklaret",
    need_owner_missing: "der er ingen behovsejer",
    developer_missing: "der er ingen udvikler/leverandør",
    individual_too_many: "et individuelt forløb har én behovsejer og én virksomhed",
    network_too_small: "et netværksforløb har mindst tre organisationer",
    test_plan_missing: "der er ingen testplan",
    implementation_plan_missing: "der er ingen implementeringsplan",
  },
  en: {
    agreement_open: "the agreement item «{item}» is not settled",
    need_owner_missing: "there is no need owner",
    developer_missing: "there is no developer/supplier",
    individual_too_many: "an individual process has one need owner and one company",
    network_too_small: "a network process has at least three organisations",
    test_plan_missing: "there is no test plan",
    implementation_plan_missing: "there is no implementation plan",
  },
};

export function describeBlocker(blocker: GateBlocker, language: Language): string {
  return BLOCKER_TEXT[language][blocker.code].replace(
    "{item}",
    "item" in blocker ? AGREEMENT_LABELS[language][blocker.item] : "",
  );
}

/** The field of the gate form a refusal belongs to. */
const GATE_ERROR_FIELD: Record<GateError["code"], "phase" | "decision" | "rationale" | "lessons"> = {
  process_closed: "decision",
  wrong_phase: "phase",
  lessons_required: "lessons",
  rationale_required: "rationale",
  go_blocked: "decision",
};

/**
 * A refused gate decision as a field and a sentence in the reader's language. `conflict` says the
 * process's state refuses it (the same request may succeed later), not the request's content.
 */
export function describeGateError(
  error: GateError,
  language: Language,
): { field: string; message: string; conflict: boolean } {
  const params =
    error.code === "wrong_phase"
      ? { expected: error.expected }
      : error.code === "go_blocked"
        ? { blockers: error.blockers.map((blocker) => describeBlocker(blocker, language)).join("; ") }
        : {};
  return {
    field: GATE_ERROR_FIELD[error.code],
    message: translateMessage(error.code, language, params),
    conflict: error.code === "process_closed" || error.code === "wrong_phase" || error.code === "go_blocked",
  };
}
