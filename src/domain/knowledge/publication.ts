import type { CaseFacts, EditorialState, EntryFacts, EntryKind, KeyFigure } from "./entries.js";

/**
 * Who may see, approve and publish a knowledge entry, and what of a company's confidential figures a
 * reader gets. Pure: the service gathers the entry, its approvals and the reader, and asks these.
 */

/** The editorial moves: back to draft from review or archive; publishing only from review. */
const MOVES: Record<EditorialState, readonly EditorialState[]> = {
  draft: ["in_review"],
  in_review: ["draft", "published"],
  published: ["archived"],
  archived: ["draft"],
};

export function canChangeState(from: EditorialState, to: EditorialState): boolean {
  return MOVES[from].includes(to);
}

export interface Approval {
  organisationId: string;
  /** The entry version approved: an edit after it asks for a new approval. */
  version: number;
  sharesConfidential: boolean;
}

export interface Reader {
  isStaff: boolean;
  organisationId: string | null;
}

/** The organisations in a case (each must approve its publication); methods and tools have none. */
export function participatingOrganisations(kind: EntryKind, facts: EntryFacts): string[] {
  if (kind !== "case") {
    return [];
  }
  const ids = (facts as CaseFacts).parties.flatMap((party) => (party.organisationId ? [party.organisationId] : []));
  return [...new Set(ids)];
}

/** Approvals that count: given for this version of the entry. */
export function currentApprovals(approvals: readonly Approval[], version: number): Approval[] {
  return approvals.filter((approval) => approval.version === version);
}

/** The participating organisations that have not approved this version. */
export function missingApprovals(participants: readonly string[], approvals: readonly Approval[], version: number) {
  const approved = new Set(currentApprovals(approvals, version).map((approval) => approval.organisationId));
  return participants.filter((id) => !approved.has(id));
}

/** A confidential figure reaches readers only when its owner approved this version and shared its figures. */
export function isFigureReleased(figure: KeyFigure, approvals: readonly Approval[], version: number): boolean {
  if (!figure.confidential) {
    return true;
  }
  return currentApprovals(approvals, version).some(
    (approval) => approval.organisationId === figure.ownerOrganisationId && approval.sharesConfidential,
  );
}

/** Whether this reader sees a figure: released ones everyone; unreleased ones staff and the owner. */
export function canSeeFigure(reader: Reader, figure: KeyFigure, approvals: readonly Approval[], version: number) {
  return (
    isFigureReleased(figure, approvals, version) ||
    reader.isStaff ||
    (reader.organisationId !== null && reader.organisationId === figure.ownerOrganisationId)
  );
}

/** The facts as this reader may read them: a case without the confidential figures they may not see. */
export function factsForReader<F extends EntryFacts>(
  kind: EntryKind,
  facts: F,
  reader: Reader,
  approvals: readonly Approval[],
  version: number,
): F {
  if (kind !== "case") {
    return facts;
  }
  const caseFacts = facts as CaseFacts;
  return {
    ...caseFacts,
    keyFigures: caseFacts.keyFigures.filter((figure) => canSeeFigure(reader, figure, approvals, version)),
  } as F;
}

const TEXT_FIELDS = [
  "need",
  "needEvidence",
  "solution",
  "technology",
  "funding",
  "companyResult",
  "companyEvidence",
  "phasesAndGates",
  "testSummary",
  "lessons",
  "conditions",
] as const;

/**
 * Unreleased confidential figures whose value was copied into a text of the case (an editor pasting a
 * company's price into the lessons): publishing would leak it, so it blocks. Values shorter than three
 * characters are too common to tell.
 */
export function findLeakedFigures(facts: CaseFacts, approvals: readonly Approval[], version: number): KeyFigure[] {
  const texts = [
    ...TEXT_FIELDS.map((field) => facts[field]),
    ...facts.publicResults.flatMap((result) => [result.text, result.evidence]),
  ]
    .join("\n")
    .toLowerCase();
  return facts.keyFigures.filter(
    (figure) =>
      !isFigureReleased(figure, approvals, version) &&
      figure.value.trim().length >= 3 &&
      texts.includes(figure.value.trim().toLowerCase()),
  );
}

export interface PublicationBlocker {
  field: "state" | "approvals" | "facts.keyFigures";
  /** Organisation ids missing approval, or the labels of leaked figures. */
  items: string[];
}

/** Why this entry may not be published now; empty when it may. */
export function publicationBlockers(entry: {
  kind: EntryKind;
  state: EditorialState;
  facts: EntryFacts;
  version: number;
  approvals: readonly Approval[];
}): PublicationBlocker[] {
  const blockers: PublicationBlocker[] = [];
  if (!canChangeState(entry.state, "published")) {
    blockers.push({ field: "state", items: [entry.state] });
  }
  const missing = missingApprovals(participatingOrganisations(entry.kind, entry.facts), entry.approvals, entry.version);
  if (missing.length > 0) {
    blockers.push({ field: "approvals", items: missing });
  }
  if (entry.kind === "case") {
    const leaked = findLeakedFigures(entry.facts as CaseFacts, entry.approvals, entry.version);
    if (leaked.length > 0) {
      blockers.push({ field: "facts.keyFigures", items: leaked.map((figure) => figure.label) });
    }
  }
  return blockers;
}

/** Published entries are public; drafts, reviews and archived ones only staff and the case's organisations. */
export function canViewEntry(reader: Reader | null, state: EditorialState, participants: readonly string[]): boolean {
  if (state === "published") {
    return true;
  }
  if (!reader) {
    return false;
  }
  return reader.isStaff || (reader.organisationId !== null && participants.includes(reader.organisationId));
}

/** A member approves for their own organisation; staff record an approval for any participating one. */
export function canApprove(reader: Reader, organisationId: string, participants: readonly string[]): boolean {
  return participants.includes(organisationId) && (reader.isStaff || reader.organisationId === organisationId);
}
