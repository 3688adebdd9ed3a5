import { isSme } from "../organisation.js";

export type PilotCategory = "municipality" | "region" | "state_institution" | "sme";

export interface PilotParticipant {
  organisationId: string;
  name: string;
  kind: string;
  employeeBand: string | null;
  parentId: string | null;
  parentName: string | null;
  parentKind: string | null;
}

/**
 * What a pilot participant counts as, and which organisation is counted: a public unit counts its
 * municipality, region or state institution (a municipality counts once however many of its units
 * take part); a company counts when it is an SME; knowledge institutions and large companies do not.
 */
export function pilotCount(
  participant: PilotParticipant,
): { category: PilotCategory; id: string; name: string } | null {
  if (participant.kind === "company") {
    return isSme(participant.kind, participant.employeeBand)
      ? { category: "sme", id: participant.organisationId, name: participant.name }
      : null;
  }
  const own = asCategory(participant.kind);
  if (own) {
    return { category: own, id: participant.organisationId, name: participant.name };
  }
  const parent =
    participant.kind === "public_unit" && participant.parentKind ? asCategory(participant.parentKind) : null;
  if (parent && participant.parentId) {
    return { category: parent, id: participant.parentId, name: participant.parentName ?? participant.name };
  }
  return null;
}

function asCategory(kind: string): Exclude<PilotCategory, "sme"> | null {
  return kind === "municipality" || kind === "region" || kind === "state_institution" ? kind : null;
}
