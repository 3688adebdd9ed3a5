import {
  OPI_GUIDE_STAGES,
  opiGuideStage,
  PHASES,
  type OpiGuideStage,
  type Phase,
} from "../../../../domain/process/phases.js";
import type { ProcessParticipant, ProcessSummary } from "../../../../domain/process/views.js";

export interface BoardStage {
  stage: OpiGuideStage;
  /** 1–5, the OPIguide's numbering */
  number: number;
  phases: { phase: Phase; items: ProcessSummary[] }[];
}

/** The board's columns: the seven phases in order, grouped under the OPIguide's five stages. */
export function groupByStage(items: readonly ProcessSummary[]): BoardStage[] {
  return OPI_GUIDE_STAGES.map((stage, index) => ({
    stage,
    number: index + 1,
    phases: PHASES.filter((phase) => opiGuideStage(phase) === stage).map((phase) => ({
      phase,
      items: items.filter((item) => item.phase === phase),
    })),
  }));
}

/** 1–7, the phase's place in the process. */
export function phaseNumber(phase: Phase): number {
  return PHASES.indexOf(phase) + 1;
}

export function nextPhase(phase: Phase): Phase | null {
  const index = PHASES.indexOf(phase);
  return index >= 0 && index < PHASES.length - 1 ? PHASES[index + 1] : null;
}

export interface OrganisationWithRoles {
  organisationId: string;
  name: string;
  kind: ProcessParticipant["kind"];
  roles: ProcessParticipant["role"][];
}

/** One entry per organisation with all its roles, need owners first, then by name. */
export function organisationsWithRoles(participants: readonly ProcessParticipant[]): OrganisationWithRoles[] {
  const byId = new Map<string, OrganisationWithRoles>();
  for (const participant of participants) {
    const entry = byId.get(participant.organisationId) ?? {
      organisationId: participant.organisationId,
      name: participant.name,
      kind: participant.kind,
      roles: [],
    };
    if (!entry.roles.includes(participant.role)) {
      entry.roles.push(participant.role);
    }
    byId.set(participant.organisationId, entry);
  }
  const isOwner = (entry: OrganisationWithRoles) => (entry.roles.includes("need_owner") ? 0 : 1);
  return [...byId.values()].sort((a, b) => isOwner(a) - isOwner(b) || a.name.localeCompare(b.name, "da"));
}
