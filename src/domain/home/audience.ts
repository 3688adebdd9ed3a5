import type { HomeAudience } from "./views.js";

const PUBLIC_KINDS = new Set(["municipality", "region", "state_institution", "public_unit"]);

/** Which home page a person gets: staff by role, a member by the kind of their organisation. */
export function homeAudience(role: string, organisationKind: string | null): HomeAudience {
  if (role === "admin") {
    return "manager";
  }
  if (role === "agent") {
    return "agent";
  }
  if (organisationKind !== null && PUBLIC_KINDS.has(organisationKind)) {
    return "public_member";
  }
  if (organisationKind === "company") {
    return "company_member";
  }
  if (organisationKind === "knowledge_institution") {
    return "knowledge_member";
  }
  return "member";
}

/** A ranked need (the reverse match) that may or may not have an open call. */
export interface RankedNeed {
  needId: string;
  score: number;
  parts: { key: string; points: number; detail: string[] }[];
}

/**
 * What the organisation does must meet what the need asks (a competence, words, the care area); being
 * near, small or known to the owner adds points to a fit but makes none on its own.
 */
const FIT_PARTS = new Set(["competence", "text", "careArea"]);

export interface CallOfNeed {
  id: string;
  needId: string;
}

/**
 * The open calls that fit an organisation, best first: a company sees needs only through open calls, so
 * the reverse match is kept to the needs that are open calls, and a call whose need meets nothing of the
 * organisation's profile is left out.
 */
export function fitCallsToProfile<C extends CallOfNeed>(
  ranked: RankedNeed[],
  calls: C[],
): { call: C; score: number; reasons: string[] }[] {
  const byNeed = new Map(ranked.map((need) => [need.needId, need]));
  return calls
    .flatMap((call) => {
      const need = byNeed.get(call.needId);
      const fitting = need?.parts.filter((part) => FIT_PARTS.has(part.key) && part.points > 0) ?? [];
      if (!need || fitting.length === 0) {
        return [];
      }
      // Why it fits, in the reader's terms: the shared competences first (names), else the part's facts.
      const competences = fitting.filter((part) => part.key === "competence").flatMap((part) => part.detail);
      return [{ call, score: need.score, reasons: competences }];
    })
    .sort((a, b) => b.score - a.score);
}
