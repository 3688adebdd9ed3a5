import type {
  AgreementItem,
  AgreementStatus,
  GateBlocker,
  GateDecision,
  OpiGuideStage,
  Phase,
  ProcessStatus,
} from "./phases.js";
import type { ParticipantRole } from "./schemas.js";
import type { FeedbackAudience, FeedbackSummary } from "../living-lab/feedback.js";
import type { OrganisationKind } from "../organisation.js";
import type { RenderedForm } from "../questionnaire/index.js";

/** The API's answers for innovation processes (src/server/modules/processes), shared with the browser. */

export type ProcessKind = "individual" | "network";
export type CollaborationModel = "udbudsfri_opi" | "innovation_partnership" | "other";
export type TaskKind = "task" | "milestone" | "training" | "instruction" | "maintenance" | "follow_up";

export interface ProcessParticipant {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  role: ParticipantRole;
}

export interface ProcessSummary {
  id: string;
  title: string;
  kind: ProcessKind;
  theme: string;
  phase: Phase;
  opiGuideStage: OpiGuideStage;
  status: ProcessStatus;
  collaborationModel: CollaborationModel | null;
  participants: ProcessParticipant[];
  updatedAt: string;
}

/** A page of the board, newest change first; `nextCursor` asks for the next (older) page, null on the last. */
export interface ProcessPage {
  items: ProcessSummary[];
  nextCursor: string | null;
}

export interface ProcessGate {
  id: string;
  phase: Phase;
  decision: GateDecision;
  rationale: string;
  lessons: string | null;
  decidedAt: string;
  decidedBy: string | null;
}

export interface ProcessAgreement {
  item: AgreementItem;
  status: AgreementStatus;
  note: string;
  documentId: string | null;
  documentName: string | null;
  updatedAt: string;
}

export interface ProcessTask {
  id: string;
  kind: TaskKind;
  title: string;
  ownerUserId: string | null;
  ownerName: string | null;
  startsOn: string | null;
  dueOn: string | null;
  done: boolean;
}

/** Someone who may own a task: a member of a participant organisation, an agent or the programme manager. */
export interface ProcessPerson {
  id: string;
  name: string;
  /** Null for agents and the programme manager. */
  organisationName: string | null;
  role: "admin" | "agent" | "member";
  /** Shown only to agents, the programme manager and the person's colleagues. */
  email: string | null;
}

export interface ProcessTestPlan {
  id: string;
  what: string;
  hypothesis: string;
  siteOrganisationId: string | null;
  siteName: string | null;
  startsOn: string | null;
  endsOn: string | null;
  participants: string;
  measures: string;
}

export interface ProcessDocument {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  confidentialFor: string | null;
  confidentialForName: string | null;
  uploadedAt: string;
  uploadedBy: string | null;
}

export type GoBlocker = GateBlocker & { text: string };

export interface ActivityEntry {
  id: string;
  at: string;
  action: string;
  actor: string | null;
  detail: Record<string, unknown>;
}

export interface ProcessDetail extends ProcessSummary {
  description: string;
  lessonsLearned: string | null;
  createdAt: string;
  canSteer: boolean;
  needs: { id: string; title: string; status: string; ownerName: string }[];
  gates: ProcessGate[];
  agreements: ProcessAgreement[];
  tasks: ProcessTask[];
  people: ProcessPerson[];
  testPlans: ProcessTestPlan[];
  documents: ProcessDocument[];
  goBlockers: GoBlocker[];
  activity: ActivityEntry[];
}

export interface CreatedFeedbackLink {
  id: string;
  audience: FeedbackAudience;
  expiresAt: string;
  link: string;
  token: string;
}

export interface TestFeedback {
  links: { id: string; audience: FeedbackAudience; expiresAt: string; createdAt: string }[];
  summary: FeedbackSummary;
}

export interface PublicFeedbackForm {
  test: { what: string; site: string | null; startsOn: string; endsOn: string };
  audience: FeedbackAudience;
  consentText: string;
  form: RenderedForm;
  expiresAt: string;
}

/** `repeated`: the same submission was sent before; nothing new was stored. */
export interface FeedbackReceipt {
  reference: string;
  submittedAt: string;
  repeated: boolean;
}
