import type { AnswerValue, Progress, RenderedForm } from "../questionnaire/index.js";
import type { Language } from "../validation.js";
import type { AssessmentResults } from "./results.js";
import type { AssessmentTemplateDefinition, TemplateStatus } from "./template.js";

/** The API's answers about assessments (src/server/modules/assessments), shared with the browser. */

export type AssessmentStatus = "open" | "closed";
export type RespondentStatus = "invited" | "started" | "submitted" | "expired";

export interface AssessmentSummary {
  id: string;
  title: string;
  status: AssessmentStatus;
  organisationId: string;
  organisationName: string;
  templateId: string;
  templateKey: string;
  templateVersion: number;
  openedAt: string;
  closedAt: string | null;
  invited: number;
  submitted: number;
}

export interface AssessmentPage {
  items: AssessmentSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface GroupRate {
  audience: string;
  label: string;
  invited: number;
  started: number;
  submitted: number;
  /** Submitted share of invited, 0–100; null when nobody is invited. */
  rate: number | null;
}

export interface AssessmentDetail extends AssessmentSummary {
  template: { id: string; key: string; version: number; title: string };
  responseRate: { groups: GroupRate[]; invited: number; started: number; submitted: number; rate: number | null };
  canManage: boolean;
  canViewAnswers: boolean;
}

export interface Respondent {
  id: string;
  audience: string;
  /** Null once erased (GDPR). */
  name: string | null;
  email: string | null;
  erasedAt: string | null;
  language: Language;
  status: RespondentStatus;
  expiresAt: string;
  lastSavedAt: string | null;
  submittedAt: string | null;
  createdAt: string;
}

/** The personal link: shown once, never stored in the browser. */
export interface IssuedLink {
  respondent: Respondent;
  link: string;
  token: string;
  emailed: boolean;
}

export interface TemplateSummary {
  id: string;
  key: string;
  version: number;
  status: TemplateStatus;
  title: { da: string; en: string };
  questionCount: number;
  assessmentCount: number;
  isInUse: boolean;
  createdAt: string;
  publishedAt: string | null;
}

export interface TemplateDetail extends TemplateSummary {
  definition: AssessmentTemplateDefinition;
}

export interface Receipt {
  reference: string;
  submittedAt: string;
  answered: number;
  total: number;
}

export interface RespondentForm {
  assessment: { title: string; organisationName: string };
  respondent: { name: string; audience: string; language: Language; expiresAt: string; submittedAt: string | null };
  form: RenderedForm;
  answers: Record<string, AnswerValue>;
  progress: Progress;
  receipt: Receipt | null;
}

export interface SavedAnswers {
  answers: Record<string, AnswerValue>;
  progress: Progress;
  savedAt: string;
}

type Results = AssessmentResults;

export interface ResultsPayload extends Omit<Results, "dimensions" | "gaps"> {
  assessment: AssessmentSummary;
  responses: number;
  canViewAnswers: boolean;
  gapThresholds: { lowScore: number; highSpread: number };
  dimensions: (Results["dimensions"][number] & { needId: string | null })[];
  gaps: (Results["gaps"][number] & { needId: string | null })[];
}
