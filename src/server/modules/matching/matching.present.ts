import type { MatchDecisionView, ShortlistEntry } from "../../../domain/matching-views.js";
import type { ScorePart } from "../../../domain/matching.js";
import type { listDecisions } from "./matching.repo.js";

type DecisionRow = Awaited<ReturnType<typeof listDecisions>>[number];

export function presentDecision(row: DecisionRow): MatchDecisionView {
  return {
    decision: row.decision,
    reason: row.reason,
    decidedAt: row.decided_at.toISOString(),
    decidedBy: row.decided_by_name,
  };
}

/** A decided partner with the score and its parts as they were when the agent decided. */
export function presentShortlistEntry(row: DecisionRow): ShortlistEntry {
  return {
    organisationId: row.organisation_id,
    name: row.name,
    kind: row.kind,
    decision: row.decision,
    reason: row.reason,
    score: Number(row.score),
    parts: row.parts as ScorePart[],
    decidedAt: row.decided_at.toISOString(),
    decidedBy: row.decided_by_name,
  };
}
