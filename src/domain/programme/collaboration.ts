import type { Evaluation, Novelty } from "./tags.js";

/**
 * Statistics computed the way the Innovationsbarometer counts them, over a programme's processes:
 * the share with private companies, with knowledge institutions, with another public workplace at
 * the same level of government (a municipality with another municipality — units of the same
 * municipality do not count) and across levels (a municipality with a region or the state).
 */
export interface CollaborationParticipant {
  organisationId: string;
  kind: string;
  parentId: string | null;
  parentKind: string | null;
}

export interface CollaborationProcess {
  participants: readonly CollaborationParticipant[];
  novelty: Novelty | null;
  evaluation: Evaluation | null;
  initiator: string | null;
}

export type Level = "municipal" | "regional" | "state";

const LEVEL_OF: Record<string, Level> = { municipality: "municipal", region: "regional", state_institution: "state" };

/** The public entity a participant belongs to (a unit belongs to its parent) and its level. */
export function publicEntity(participant: CollaborationParticipant): { id: string; level: Level } | null {
  if (participant.kind === "public_unit") {
    const level = participant.parentKind ? LEVEL_OF[participant.parentKind] : undefined;
    return level && participant.parentId ? { id: participant.parentId, level } : null;
  }
  const level = LEVEL_OF[participant.kind];
  return level ? { id: participant.organisationId, level } : null;
}

export interface ProcessCollaboration {
  withPrivateCompanies: boolean;
  withKnowledgeInstitutions: boolean;
  withinSameSector: boolean;
  acrossSectors: boolean;
}

export function classifyCollaboration(participants: readonly CollaborationParticipant[]): ProcessCollaboration {
  const entitiesByLevel = new Map<Level, Set<string>>();
  for (const participant of participants) {
    const entity = publicEntity(participant);
    if (entity) {
      const ids = entitiesByLevel.get(entity.level) ?? new Set<string>();
      ids.add(entity.id);
      entitiesByLevel.set(entity.level, ids);
    }
  }
  return {
    withPrivateCompanies: participants.some((participant) => participant.kind === "company"),
    withKnowledgeInstitutions: participants.some((participant) => participant.kind === "knowledge_institution"),
    withinSameSector: [...entitiesByLevel.values()].some((ids) => ids.size >= 2),
    acrossSectors: entitiesByLevel.size >= 2,
  };
}

export interface Share {
  count: number;
  /** Of how many (processes, or processes with that tag set). */
  of: number;
  /** count / of; null when of is 0. */
  share: number | null;
}

export const share = (count: number, of: number): Share => ({ count, of, share: of > 0 ? count / of : null });

export interface CollaborationStats {
  processes: number;
  withPrivateCompanies: Share;
  withKnowledgeInstitutions: Share;
  withinSameSector: Share;
  acrossSectors: Share;
  companyInitiated: Share;
  noveltyFirst: Share;
  noveltyAdapted: Share;
  noveltyCopied: Share;
  evaluated: Share;
}

/** Processes alike in what the statistics read, with how many there are (a grouped query's row). */
export interface CollaborationGroup extends ProcessCollaboration {
  novelty: string | null;
  evaluation: string | null;
  initiator: string | null;
  count: number;
}

/** The statistics over groups of alike processes: the dashboard's path, fed by one grouped query. */
export function collaborationFromGroups(groups: readonly CollaborationGroup[]): CollaborationStats {
  const sum = (test: (group: CollaborationGroup) => boolean) =>
    groups.reduce((total, group) => (test(group) ? total + group.count : total), 0);
  const processes = sum(() => true);
  const withNovelty = sum((group) => group.novelty !== null && group.novelty !== "unknown");
  const withEvaluation = sum((group) => group.evaluation !== null);
  const novelty = (value: Novelty) =>
    share(
      sum((group) => group.novelty === value),
      withNovelty,
    );
  return {
    processes,
    withPrivateCompanies: share(
      sum((group) => group.withPrivateCompanies),
      processes,
    ),
    withKnowledgeInstitutions: share(
      sum((group) => group.withKnowledgeInstitutions),
      processes,
    ),
    withinSameSector: share(
      sum((group) => group.withinSameSector),
      processes,
    ),
    acrossSectors: share(
      sum((group) => group.acrossSectors),
      processes,
    ),
    companyInitiated: share(
      sum((group) => group.initiator === "company"),
      sum((group) => group.initiator !== null),
    ),
    noveltyFirst: novelty("first"),
    noveltyAdapted: novelty("adapted"),
    noveltyCopied: novelty("copied"),
    evaluated: share(
      sum((group) => group.evaluation === "external" || group.evaluation === "internal"),
      withEvaluation,
    ),
  };
}

/** The statistics over each process with its participants (the rule the grouped query follows). */
export function computeCollaborationStats(processes: readonly CollaborationProcess[]): CollaborationStats {
  return collaborationFromGroups(
    processes.map((process) => ({
      ...classifyCollaboration(process.participants),
      novelty: process.novelty,
      evaluation: process.evaluation,
      initiator: process.initiator,
      count: 1,
    })),
  );
}

/** Which national figure each statistic is compared with: edition and key in the reference data. */
export const NATIONAL_COMPARISON: Partial<
  Record<keyof CollaborationStats, { edition: number | "seed_article"; key: string }>
> = {
  withPrivateCompanies: { edition: 1, key: "with_private_companies" },
  withKnowledgeInstitutions: { edition: 1, key: "with_knowledge_institutions" },
  withinSameSector: { edition: "seed_article", key: "within_same_sector" },
  acrossSectors: { edition: "seed_article", key: "across_sectors" },
  companyInitiated: { edition: 3, key: "private_firms_initiator" },
  noveltyFirst: { edition: 3, key: "novelty_first" },
  noveltyAdapted: { edition: 3, key: "novelty_adapted" },
  noveltyCopied: { edition: 3, key: "novelty_copied" },
  evaluated: { edition: 3, key: "evaluated" },
};
