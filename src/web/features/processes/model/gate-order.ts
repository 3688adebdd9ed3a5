import { PHASES } from "../../../../domain/process/phases.js";
import type { ProcessGate } from "../../../../domain/process/views.js";

/** «go» and «stop» end a phase, so within one phase and moment they come after «adjust». */
const DECISION_ORDER = { adjust: 0, go: 1, stop: 1 } as const;

/**
 * Gate decisions oldest first. Decisions made in the same instant (imported or seeded history)
 * fall back to the order of the phases, and within a phase «adjust» before the decision that ends it.
 */
export function chronologicalGates(gates: readonly ProcessGate[]): ProcessGate[] {
  return [...gates].sort(
    (a, b) =>
      a.decidedAt.localeCompare(b.decidedAt) ||
      PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase) ||
      DECISION_ORDER[a.decision] - DECISION_ORDER[b.decision],
  );
}

/** The last decision that closed each phase (go or stop). */
export function closingGates(gates: readonly ProcessGate[]): Map<ProcessGate["phase"], ProcessGate> {
  const closing = new Map<ProcessGate["phase"], ProcessGate>();
  for (const gate of chronologicalGates(gates)) {
    if (gate.decision !== "adjust") {
      closing.set(gate.phase, gate);
    }
  }
  return closing;
}
