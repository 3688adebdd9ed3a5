/**
 * The phase/gate rules of an innovation process: a pure state machine.
 * Seven phases of good OPI practice, grouped into the five of the Danish OPIguide.
 */
export const PHASES = [
  "needs_assessment",
  "market_scan",
  "partnership",
  "development",
  "test",
  "evaluation",
  "implementation",
] as const;
export type Phase = (typeof PHASES)[number];

export const OPI_GUIDE_STAGES = ["idea", "startup", "innovation", "market_maturation", "implementation"] as const;
export type OpiGuideStage = (typeof OPI_GUIDE_STAGES)[number];

const STAGE_OF: Record<Phase, OpiGuideStage> = {
  needs_assessment: "idea",
  market_scan: "idea",
  partnership: "startup",
  development: "innovation",
  test: "innovation",
  evaluation: "market_maturation",
  implementation: "implementation",
};

export function opiGuideStage(phase: Phase): OpiGuideStage {
  return STAGE_OF[phase];
}

export const GATE_DECISIONS = ["go", "adjust", "stop"] as const;
export type GateDecision = (typeof GATE_DECISIONS)[number];

export type ProcessStatus = "active" | "stopped" | "completed";

export const AGREEMENT_ITEMS = [
  "ip",
  "confidentiality",
  "roles_costs",
  "procurement_basis",
  "data_processing",
  "publication_rights",
] as const;
export type AgreementItem = (typeof AGREEMENT_ITEMS)[number];
export const AGREEMENT_STATUSES = ["open", "in_progress", "settled", "not_relevant"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Names people read, for messages written by the server (notifications, gate blockers). */
export const PHASE_LABELS: Record<"da" | "en", Record<Phase, string>> = {
  da: {
    needs_assessment: "Behovsafklaring",
    market_scan: "Markedsafdækning",
    partnership: "Partnerskab og aftaler",
    development: "Udvikling",
    test: "Test og demonstration",
    evaluation: "Evaluering og business case",
    implementation: "Implementering og udbredelse",
  },
  en: {
    needs_assessment: "Needs assessment",
    market_scan: "Market scan",
    partnership: "Partnership and agreement",
    development: "Development",
    test: "Test and demonstration",
    evaluation: "Evaluation and business case",
    implementation: "Implementation and spread",
  },
};

export const AGREEMENT_LABELS: Record<"da" | "en", Record<AgreementItem, string>> = {
  da: {
    ip: "Immaterielle rettigheder (IP)",
    confidentiality: "Fortrolighed",
    roles_costs: "Roller og fordeling af omkostninger",
    procurement_basis: "Udbudsretligt grundlag",
    data_processing: "Databehandleraftale",
    publication_rights: "Ret til at offentliggøre",
  },
  en: {
    ip: "Intellectual property (IP)",
    confidentiality: "Confidentiality",
    roles_costs: "Roles and cost split",
    procurement_basis: "Procurement basis",
    data_processing: "Data processing agreement",
    publication_rights: "Publication rights",
  },
};

export interface ProcessState {
  phase: Phase;
  status: ProcessStatus;
  kind: "individual" | "network";
}

/** What the gate rules need to know about a process at the moment of a decision. */
export interface GateFacts {
  agreements: Partial<Record<AgreementItem, AgreementStatus>>;
  needOwners: number;
  developers: number;
  organisations: number;
  testPlans: number;
  implementationItems: number;
}

export type GateBlocker =
  | { code: "agreement_open"; item: AgreementItem }
  | { code: "need_owner_missing" }
  | { code: "developer_missing" }
  | { code: "individual_too_many"; needOwners: number; developers: number }
  | { code: "network_too_small"; organisations: number }
  | { code: "test_plan_missing" }
  | { code: "implementation_plan_missing" };

/** What stands in the way of «go» at the current gate; an empty list means go is allowed. */
export function findGoBlockers(state: ProcessState, facts: GateFacts): GateBlocker[] {
  const blockers: GateBlocker[] = [];
  if (state.phase === "partnership") {
    for (const item of AGREEMENT_ITEMS) {
      const status = facts.agreements[item] ?? "open";
      if (status !== "settled" && status !== "not_relevant") {
        blockers.push({ code: "agreement_open", item });
      }
    }
    if (facts.needOwners === 0) {
      blockers.push({ code: "need_owner_missing" });
    }
    if (facts.developers === 0) {
      blockers.push({ code: "developer_missing" });
    }
    if (state.kind === "individual" && (facts.needOwners > 1 || facts.developers > 1)) {
      blockers.push({ code: "individual_too_many", needOwners: facts.needOwners, developers: facts.developers });
    }
    if (state.kind === "network" && facts.organisations < 3) {
      blockers.push({ code: "network_too_small", organisations: facts.organisations });
    }
  }
  if (state.phase === "test" && facts.testPlans === 0) {
    blockers.push({ code: "test_plan_missing" });
  }
  if (state.phase === "evaluation" && facts.implementationItems === 0) {
    blockers.push({ code: "implementation_plan_missing" });
  }
  return blockers;
}

export type GateError =
  | { code: "process_closed"; status: ProcessStatus }
  | { code: "wrong_phase"; expected: Phase; given: Phase }
  | { code: "lessons_required" }
  | { code: "rationale_required" }
  | { code: "go_blocked"; blockers: GateBlocker[] };

export interface GateRequest {
  phase: Phase;
  decision: GateDecision;
  rationale: string;
  lessons?: string | null;
}

export type GateOutcome = { ok: true; next: { phase: Phase; status: ProcessStatus } } | { ok: false; error: GateError };

/**
 * Decides the gate at the end of the current phase.
 * go → the next phase (after the last phase the process is completed); adjust → stay and change
 * course; stop → stopped, a legitimate outcome that must record lessons learned.
 */
export function decideGate(state: ProcessState, request: GateRequest, facts: GateFacts): GateOutcome {
  if (state.status !== "active") {
    return { ok: false, error: { code: "process_closed", status: state.status } };
  }
  if (request.phase !== state.phase) {
    return { ok: false, error: { code: "wrong_phase", expected: state.phase, given: request.phase } };
  }
  if (request.rationale.trim() === "") {
    return { ok: false, error: { code: "rationale_required" } };
  }
  if (request.decision === "stop") {
    if (!request.lessons || request.lessons.trim() === "") {
      return { ok: false, error: { code: "lessons_required" } };
    }
    return { ok: true, next: { phase: state.phase, status: "stopped" } };
  }
  if (request.decision === "adjust") {
    return { ok: true, next: { phase: state.phase, status: "active" } };
  }
  const blockers = findGoBlockers(state, facts);
  if (blockers.length > 0) {
    return { ok: false, error: { code: "go_blocked", blockers } };
  }
  const index = PHASES.indexOf(state.phase);
  if (index === PHASES.length - 1) {
    return { ok: true, next: { phase: state.phase, status: "completed" } };
  }
  return { ok: true, next: { phase: PHASES[index + 1], status: "active" } };
}
