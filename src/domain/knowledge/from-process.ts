import { CARE_AREAS, type CareArea } from "../care-areas.js";
import { isPublicKind } from "../organisation.js";
import { opiGuideStage, PHASE_LABELS, PHASES, type Phase, type ProcessStatus } from "../process/phases.js";
import type { ParticipantRole } from "../process/schemas.js";
import type { CaseFacts, CaseParty, KeyFigure, KnowledgeModel, PartyRole, Side } from "./entries.js";

/**
 * What Samspil knows about a finished or stopped process, gathered by the knowledge module from the owning
 * modules' services, and the draft case made from it. Pure, so what reaches a draft is tested in one place.
 */
export interface ProcessSnapshot {
  title: string;
  description: string;
  status: ProcessStatus;
  phase: Phase;
  collaborationModel: string | null;
  lessonsLearned: string | null;
  participants: { organisationId: string; name: string; kind: string; role: ParticipantRole }[];
  needs: { title: string; description: string; qualityPotential: string; careArea: string; affected: string }[];
  gates: { phase: Phase; decision: string; rationale: string; lessons: string | null }[];
  tests: { what: string; siteName: string | null; responses: number; overall: number | null }[];
  /** Only figures a public party may see: `companyNpv` is null unless the company shared its side. */
  businessCases: {
    title: string;
    publicNpv: number;
    companyOrganisationId: string | null;
    companyOrganisationName: string | null;
    companyNpv: number | null;
  }[];
}

const ROLE: Record<ParticipantRole, PartyRole> = {
  need_owner: "initiator",
  developer: "collaborator",
  knowledge_partner: "collaborator",
  test_site: "test_site",
  funder: "funder",
  evaluator: "evaluator",
};

export function sideOfKind(kind: string): Side {
  if (isPublicKind(kind)) {
    return "public";
  }
  return kind === "company" ? "company" : "knowledge";
}

const MODEL: Record<string, KnowledgeModel> = {
  udbudsfri_opi: "udbudsfri_opi",
  innovation_partnership: "innovation_partnership",
};

/**
 * A gate decision as the case tells it, in words: a reader never sees the code `go` or `stop`. The
 * decision heads a line («Videre – …»); in a lesson it qualifies the phase («Evaluering (stoppet): …»).
 */
const DECISION_WORDS: Record<string, { line: string; lesson: string }> = {
  go: { line: "Videre", lesson: "videre" },
  adjust: { line: "Justeret", lesson: "justeret" },
  stop: { line: "Stop", lesson: "stoppet" },
};

export function decisionInWords(decision: string, use: "line" | "lesson" = "line"): string {
  return DECISION_WORDS[decision]?.[use] ?? "Ukendt beslutning";
}

const kroner = (value: number) => `${Math.round(value).toLocaleString("da-DK")} kr.`;

export function isCaseReady(status: ProcessStatus): boolean {
  return status === "completed" || status === "stopped";
}

/** The draft case's facts: parties with sides and roles, phases and gate decisions, tests, shared figures. */
export function draftCaseFacts(process: ProcessSnapshot): CaseFacts {
  const parties: CaseParty[] = process.participants.map((participant) => ({
    organisationId: participant.organisationId,
    name: participant.name,
    side: sideOfKind(participant.kind),
    role: ROLE[participant.role],
  }));
  const keyFigures: KeyFigure[] = process.businessCases.flatMap((businessCase) => [
    {
      label: `${businessCase.title}: nutidsværdi for den offentlige part`,
      value: kroner(businessCase.publicNpv),
      ownerOrganisationId: null,
      confidential: false,
    },
    ...(businessCase.companyNpv !== null && businessCase.companyOrganisationId !== null
      ? [
          {
            label: `${businessCase.title}: nutidsværdi for ${businessCase.companyOrganisationName ?? "virksomheden"}`,
            value: kroner(businessCase.companyNpv),
            ownerOrganisationId: businessCase.companyOrganisationId,
            confidential: true,
          },
        ]
      : []),
  ]);
  const label = (phase: Phase) => PHASE_LABELS.da[phase];
  // In the order of the phases (a stable sort keeps an «adjust» before the «go» of the same phase).
  const gates = [...process.gates].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
  const gateLines = gates.map(
    (gate) => `${label(gate.phase)}: ${decisionInWords(gate.decision)}${gate.rationale ? ` – ${gate.rationale}` : ""}`,
  );
  const stopLessons = gates.flatMap((gate) =>
    gate.lessons ? [`${label(gate.phase)} (${decisionInWords(gate.decision, "lesson")}): ${gate.lessons}`] : [],
  );
  const careArea = process.needs
    .map((need) => need.careArea)
    .find((area): area is CareArea => (CARE_AREAS as readonly string[]).includes(area));
  return {
    status: process.status === "stopped" ? "stopped" : process.phase === "implementation" ? "implemented" : "pilot",
    // «Title: description», without a colon after a title that already ends in «?» or «.».
    need: process.needs
      .map((need) => `${need.title}${/[?!.:]$/.test(need.title) ? "" : ":"} ${need.description}`)
      .join("\n\n"),
    needEvidence: process.needs
      .flatMap((need) => [need.affected, need.qualityPotential].filter((value) => value.length > 0))
      .join("\n"),
    solution: process.description,
    parties,
    phase: opiGuideStage(process.phase),
    model: process.collaborationModel ? (MODEL[process.collaborationModel] ?? null) : null,
    careArea: careArea ?? null,
    innovationType: null,
    novelty: null,
    technology: "",
    funding: "",
    publicResults: [],
    companyResult: "",
    companyEvidence: "",
    keyFigures,
    phasesAndGates: gateLines.join("\n"),
    testSummary: process.tests
      .map(
        (test) =>
          `${test.what}${test.siteName ? ` (${test.siteName})` : ""}: ${test.responses} svar` +
          (test.overall !== null ? `, samlet tilfredshed ${test.overall} af 100` : ""),
      )
      .join("\n"),
    // A stop gate's lessons are also the process's lessons learned: written once, with the gate named.
    lessons: [
      process.gates.some((gate) => gate.lessons === process.lessonsLearned) ? "" : (process.lessonsLearned ?? ""),
      ...stopLessons,
    ]
      .filter((value) => value.length > 0)
      .join("\n\n"),
    conditions: "",
    suppliedBy: "Samspil",
    licence: "CC BY 4.0",
    sources: [],
  };
}
