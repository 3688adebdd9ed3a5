import { canAnswerCalls } from "../organisation-kinds.js";
import type { DisclosureContextKind, PackKind } from "./schemas.js";

/** A context as kind + id: the records of a pack are those whose context is in its scope. */
export interface ContextRef {
  kind: DisclosureContextKind;
  id: string;
}

/** What Samspil knows links a need or a process to other contexts (gathered by the server). */
export interface PackLinks {
  /** For a need pack: the need. For a process pack: the process's needs. */
  needIds: string[];
  /** Open calls published for those needs. */
  callIds: string[];
  /** For a need pack: processes that work on the need. For a process pack: the process. */
  processIds: string[];
  /** Seminars linked to those needs (wired with the seminars module). */
  seminarIds: string[];
}

/**
 * Which contexts a pack covers. A need's pack covers everything around the need: its calls' market dialogue,
 * the processes that work on it, seminars on it. A process's pack covers the process and what came before it
 * on its needs (need, calls, seminars) — a company's head start may come from the market dialogue — but not
 * other processes on the same needs.
 */
export function listPackContexts(target: { kind: PackKind; id: string }, links: PackLinks): ContextRef[] {
  const refs: ContextRef[] = [
    ...links.needIds.map((id) => ({ kind: "need" as const, id })),
    ...links.callIds.map((id) => ({ kind: "call" as const, id })),
    ...links.seminarIds.map((id) => ({ kind: "seminar" as const, id })),
  ];
  const processIds = target.kind === "process" ? [target.id] : links.processIds;
  refs.push(...processIds.map((id) => ({ kind: "process" as const, id })));
  if (target.kind === "need" && !links.needIds.includes(target.id)) {
    refs.unshift({ kind: "need", id: target.id });
  }
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.kind}:${ref.id}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The facts about companies around a pack's target. */
export interface ParticipantFacts {
  /** Companies taking part (any role) in the process(es) of the pack. */
  processCompanyIds: string[];
  /** Companies that answered the need's open calls. */
  offeringCompanyIds: string[];
  /** Companies that received any record in the pack's contexts. */
  recipientCompanyIds: string[];
}

/**
 * The companies whose head start the pack neutralises. For a process: its companies — the ones that may
 * later bid with what they learnt in it. For a need: every company that got anything around the need
 * (process partners, bidders on its calls, any recipient), since any of them may bid in the tender.
 */
export function listPackParticipants(kind: PackKind, facts: ParticipantFacts): string[] {
  const ids =
    kind === "process"
      ? facts.processCompanyIds
      : [...facts.processCompanyIds, ...facts.offeringCompanyIds, ...facts.recipientCompanyIds];
  return [...new Set(ids)];
}

export interface PackCandidate {
  id: string;
  recipientIds: string[];
  confidential: boolean;
}

export interface PackSelection<T extends PackCandidate> {
  /** Goes to every bidder. */
  included: T[];
  /** Received by a participant but marked confidential: the institution gives bidders a cleaned version. */
  withheld: T[];
}

/**
 * What goes in the pack: every record that at least one participating company received. A record marked
 * confidential is withheld (never handed to competitors) but counted, so the export says what still needs
 * a cleaned version. Records no participant received are not a head start of theirs and stay out.
 */
export function selectPackContents<T extends PackCandidate>(records: T[], participantIds: string[]): PackSelection<T> {
  const participants = new Set(participantIds);
  const received = records.filter((record) => record.recipientIds.some((id) => participants.has(id)));
  return {
    included: received.filter((record) => !record.confidential),
    withheld: received.filter((record) => record.confidential),
  };
}

/** Who looks at a record: the owner side sees all of it; a company only what it received. */
export type DisclosureViewer = { kind: "manager" } | { kind: "company"; organisationId: string | null };

export function canSeeDisclosure(viewer: DisclosureViewer, recipientIds: string[]): boolean {
  return viewer.kind === "manager" || (viewer.organisationId !== null && recipientIds.includes(viewer.organisationId));
}

/** The recipients a viewer may be told about: a company learns only that it received the record itself. */
export function visibleRecipients<T extends { id: string }>(viewer: DisclosureViewer, recipients: T[]): T[] {
  return viewer.kind === "manager" ? recipients : recipients.filter((item) => item.id === viewer.organisationId);
}

/**
 * Why recipients are refused, or null: each must be a bidder's kind (a company or a knowledge institution,
 * as may answer a call), and in a process one taking part in it
 * (a company outside the process could not see the record there), at a seminar one registered for it.
 */
export function findRecipientProblem(
  kind: DisclosureContextKind,
  recipients: { id: string; kind: string | null }[],
  contextCompanyIds: string[],
): "recipient_not_company" | "recipient_not_participant" | null {
  if (recipients.some((recipient) => !canAnswerCalls(recipient.kind))) {
    return "recipient_not_company";
  }
  const closed = kind === "process" || kind === "seminar";
  if (closed && recipients.some((recipient) => !contextCompanyIds.includes(recipient.id))) {
    return "recipient_not_participant";
  }
  return null;
}

/**
 * A process document the public side shares with the process: it is given to every company taking part.
 * A company's own upload, or material marked confidential for a company (that company's own), is not.
 */
export function recipientsOfProcessDocument(fact: {
  uploadedByPublicSide: boolean;
  confidentialFor: string | null;
  companyParticipantIds: string[];
}): string[] {
  if (!fact.uploadedByPublicSide || fact.confidentialFor !== null) {
    return [];
  }
  return [...new Set(fact.companyParticipantIds)];
}

/**
 * A market-dialogue entry that gives information: an answer. To one company when it names one, otherwise an
 * answer to all — every company known on the call then (it answered, or is in the dialogue). Other kinds
 * (a question, a meeting note, an offer) record contact, not material given, and make no record.
 */
export function recipientsOfDialogueEntry(fact: {
  kind: string;
  companyId: string | null;
  callCompanyIds: string[];
}): string[] {
  if (fact.kind !== "answer") {
    return [];
  }
  return fact.companyId ? [fact.companyId] : [...new Set(fact.callCompanyIds)];
}
