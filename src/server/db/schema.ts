import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;

export interface ProgrammesTable {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  starts_on: ColumnType<Date | null, string | null | undefined, string | null>;
  ends_on: ColumnType<Date | null, string | null | undefined, string | null>;
  targets: Json<Record<string, number>>;
  matching_weights: ColumnType<Record<string, number>, string | undefined, string>;
  created_at: Timestamp;
}

export interface RegionsTable {
  code: string;
  name: string;
}

export interface MunicipalitiesTable {
  code: string;
  name: string;
  region_code: string;
}

export interface Db07CodesTable {
  code: string;
  level: number;
  title: string;
}

export interface CompetencesTable {
  id: Generated<string>;
  slug: string;
  name_da: string;
  name_en: string;
  created_at: Timestamp;
}

export interface ContactPersonRow {
  name: string;
  title: string;
  email: string;
  phone: string;
}

export interface OrganisationsTable {
  id: Generated<string>;
  kind: string;
  name: string;
  cvr: string | null;
  parent_id: string | null;
  municipality_code: string | null;
  address: Generated<string>;
  website: Generated<string>;
  description: Generated<string>;
  employee_band: string | null;
  db07_codes: ColumnType<string[], string[] | undefined, string[]>;
  care_areas: ColumnType<string[], string[] | undefined, string[]>;
  contact_persons: Json<ContactPersonRow[]>;
  search_vector: ColumnType<string, never, never>;
  /** Compound parts indexed beside the text (domain/text/compounds.ts); null until the backfill computes them. */
  search_extra: ColumnType<string | null, string | undefined, string | null>;
  archived_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganisationCompetencesTable {
  organisation_id: string;
  competence_id: string;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: "admin" | "agent" | "member";
  organisation_id: string | null;
  password_hash: string | null;
  external_idp: string | null;
  external_subject: string | null;
  disabled_at: NullableTimestamp;
  last_login_at: NullableTimestamp;
  /** Set when an admin erased the person: name and e-mail are then a pseudonym. */
  erased_at: NullableTimestamp;
  /** The language the person reads Samspil in; their notifications and e-mails are written in it. */
  language: ColumnType<"da" | "en", "da" | "en" | undefined, "da" | "en">;
  created_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface InvitationsTable {
  token_hash: string;
  user_id: string;
  created_by: string | null;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<string>;
  recipient: string;
  subject: string;
  body_text: string;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export interface BusinessCasesTable {
  id: Generated<string>;
  title: string;
  public_organisation_id: string;
  company_organisation_id: string | null;
  need_id: string | null;
  process_id: string | null;
  company_shared_at: NullableTimestamp;
  /** Horizon, discount rate and the public side (src/domain/business-case/inputs.ts). */
  inputs: Json<unknown>;
  /** The company side, apart so it can be withheld; null when the case has none. */
  company_inputs: Json<unknown> | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BusinessCaseVersionsTable {
  id: Generated<string>;
  business_case_id: string;
  number: number;
  comment: string;
  inputs: Json<unknown>;
  company_inputs: Json<unknown> | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  entity: string;
  entity_id: string;
  action: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  request_id: string | null;
}

export interface NeedsTable {
  id: Generated<string>;
  owner_organisation_id: string;
  care_area: string;
  dimension: string | null;
  title: string;
  description: string;
  affected: Generated<string>;
  staff_hours_per_year: ColumnType<string | null, number | null | undefined, number | null>;
  citizens_affected: number | null;
  budget_dkk: ColumnType<string | null, number | null | undefined, number | null>;
  quality_potential: Generated<string>;
  priority: Generated<string>;
  status: Generated<string>;
  source: Generated<string>;
  search_vector: ColumnType<string, never, never>;
  /** Compound parts indexed beside the text (domain/text/compounds.ts); null until the backfill computes them. */
  search_extra: ColumnType<string | null, string | undefined, string | null>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NeedCoOwnersTable {
  need_id: string;
  organisation_id: string;
}

export interface NeedCompetencesTable {
  need_id: string;
  competence_id: string;
}

export interface NeedMatchesTable {
  need_id: string;
  organisation_id: string;
  decision: "shortlisted" | "dismissed";
  reason: Generated<string>;
  score: ColumnType<string, number, number>;
  parts: Json<unknown>;
  decided_by: string | null;
  decided_at: Timestamp;
}

export interface FundingProgrammesTable {
  id: Generated<string>;
  name: string;
  owner: string;
  purpose: Generated<string>;
  eligible_kinds: ColumnType<string[], string[] | undefined, string[]>;
  care_areas: ColumnType<string[], string[] | undefined, string[]>;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  min_amount: ColumnType<string | null, number | null | undefined, number | null>;
  max_amount: ColumnType<string | null, number | null | undefined, number | null>;
  cofinancing_pct: ColumnType<string | null, number | null | undefined, number | null>;
  deadline: ColumnType<Date | null, string | null | undefined, string | null>;
  opens_on: ColumnType<Date | null, string | null | undefined, string | null>;
  next_round: Generated<string>;
  region_codes: ColumnType<string[], string[] | undefined, string[]>;
  municipality_codes: ColumnType<string[], string[] | undefined, string[]>;
  min_municipalities: number | null;
  min_regions: number | null;
  requires_company: Generated<boolean>;
  requires_knowledge_institution: Generated<boolean>;
  link: Generated<string>;
  notes: Generated<string>;
  archived_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OpenCallsTable {
  id: Generated<string>;
  need_id: string;
  title: string;
  description: string;
  deadline: ColumnType<Date, Date | string, Date | string>;
  status: Generated<"open" | "closed">;
  chosen_offer_id: string | null;
  closing_reason: string | null;
  published_by: string | null;
  published_at: Timestamp;
  closed_at: NullableTimestamp;
}

export interface OffersTable {
  id: Generated<string>;
  call_id: string;
  company_id: string;
  solution_text: string;
  price_indication: Generated<string>;
  submitted_by: string | null;
  submitted_at: Timestamp;
  updated_at: Timestamp;
}

export interface OfferAttachmentsTable {
  id: Generated<string>;
  offer_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface MarketDialogueTable {
  id: Generated<string>;
  call_id: string;
  company_id: string | null;
  kind: string;
  summary: string;
  occurred_at: Timestamp;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface ProcessesTable {
  id: Generated<string>;
  title: string;
  kind: "individual" | "network";
  theme: Generated<string>;
  description: Generated<string>;
  collaboration_model: string | null;
  phase: Generated<string>;
  status: Generated<"active" | "stopped" | "completed">;
  lessons_learned: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProcessNeedsTable {
  process_id: string;
  need_id: string;
}

export interface ProcessParticipantsTable {
  process_id: string;
  organisation_id: string;
  role: string;
  added_at: Timestamp;
}

export interface ProcessGatesTable {
  id: Generated<string>;
  process_id: string;
  phase: string;
  decision: "go" | "adjust" | "stop";
  rationale: string;
  lessons: string | null;
  decided_by: string | null;
  decided_at: Timestamp;
}

export interface ProcessDocumentsTable {
  id: Generated<string>;
  process_id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  content: Buffer;
  confidential_for: string | null;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface ProcessAgreementsTable {
  process_id: string;
  item: string;
  status: Generated<string>;
  note: Generated<string>;
  document_id: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface ProcessTasksTable {
  id: Generated<string>;
  process_id: string;
  kind: Generated<string>;
  title: string;
  owner_user_id: string | null;
  owner_text: Generated<string>;
  starts_on: ColumnType<Date | null, string | null | undefined, string | null>;
  due_on: ColumnType<Date | null, string | null | undefined, string | null>;
  done_at: NullableTimestamp;
  reminded_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface TestPlansTable {
  id: Generated<string>;
  process_id: string;
  what: string;
  hypothesis: string;
  site_organisation_id: string | null;
  starts_on: ColumnType<Date, string, string>;
  ends_on: ColumnType<Date, string, string>;
  participants: Generated<string>;
  measures: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: Generated<string>;
  link: Generated<string>;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

export interface QuestionnaireTemplatesTable {
  id: Generated<string>;
  /** What the questionnaire serves: `assessment` (360°), later e.g. living-lab feedback. */
  purpose: Generated<string>;
  key: string;
  version: number;
  status: Generated<"draft" | "published" | "retired">;
  /** A QuestionnaireDefinition (src/domain/questionnaire). */
  definition: Json<unknown>;
  created_by: string | null;
  created_at: Timestamp;
  published_at: NullableTimestamp;
}

export interface AssessmentsTable {
  id: Generated<string>;
  organisation_id: string;
  template_id: string;
  title: string;
  status: Generated<"open" | "closed">;
  /** The ProfileSnapshot computed when the assessment closed (src/domain/assessment/comparison.ts). */
  profile: Json<unknown> | null;
  created_by: string | null;
  opened_at: Timestamp;
  closed_at: NullableTimestamp;
}

export interface AssessmentRespondentsTable {
  id: Generated<string>;
  assessment_id: string;
  audience: string;
  name: string;
  email: string | null;
  language: "da" | "en";
  token_hash: string;
  expires_at: ColumnType<Date, Date | string, Date | string>;
  submitted_at: NullableTimestamp;
  last_saved_at: NullableTimestamp;
  created_by: string | null;
  created_at: Timestamp;
  /** When name, e-mail and link were erased (GDPR); submitted answers stay, unlinked from any person. */
  erased_at: NullableTimestamp;
}

export interface AssessmentAnswersTable {
  respondent_id: string;
  question_key: string;
  value: Json<unknown>;
  updated_at: Timestamp;
}

export interface AssessmentNeedsTable {
  assessment_id: string;
  dimension: string;
  need_id: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface FeedbackLinksTable {
  id: Generated<string>;
  test_plan_id: string;
  audience: string;
  token_hash: string;
  expires_at: Timestamp;
  created_by: string | null;
  created_at: Timestamp;
}

export interface FeedbackResponsesTable {
  id: Generated<string>;
  link_id: string;
  submission_id: string;
  consent_text: string;
  consented_at: Timestamp;
  anonymous: boolean;
  respondent_name: string | null;
  language: string;
  answers: Json<Record<string, unknown>>;
  submitted_at: Timestamp;
}

export interface LoginAttemptsTable {
  kind: "account" | "address";
  key: string;
  failures: number;
  window_start: Timestamp;
}

export interface OutreachContactsTable {
  id: Generated<string>;
  occurred_on: ColumnType<Date, string, string>;
  kind: "visit" | "meeting" | "call";
  participants: Generated<string>;
  notes: Generated<string>;
  follow_up_on: ColumnType<Date | null, string | null | undefined, string | null>;
  follow_up_done_at: NullableTimestamp;
  reminded_at: NullableTimestamp;
  recorded_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OutreachContactOrganisationsTable {
  contact_id: string;
  organisation_id: string;
}

export interface DB {
  programmes: ProgrammesTable;
  regions: RegionsTable;
  municipalities: MunicipalitiesTable;
  db07_codes: Db07CodesTable;
  competences: CompetencesTable;
  organisations: OrganisationsTable;
  organisation_competences: OrganisationCompetencesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  invitations: InvitationsTable;
  outbox: OutboxTable;
  business_cases: BusinessCasesTable;
  business_case_versions: BusinessCaseVersionsTable;
  audit_log: AuditLogTable;
  needs: NeedsTable;
  need_competences: NeedCompetencesTable;
  need_matches: NeedMatchesTable;
  funding_programmes: FundingProgrammesTable;
  need_co_owners: NeedCoOwnersTable;
  open_calls: OpenCallsTable;
  offers: OffersTable;
  offer_attachments: OfferAttachmentsTable;
  market_dialogue: MarketDialogueTable;
  processes: ProcessesTable;
  process_needs: ProcessNeedsTable;
  process_participants: ProcessParticipantsTable;
  process_gates: ProcessGatesTable;
  process_documents: ProcessDocumentsTable;
  process_agreements: ProcessAgreementsTable;
  process_tasks: ProcessTasksTable;
  test_plans: TestPlansTable;
  notifications: NotificationsTable;
  feedback_links: FeedbackLinksTable;
  feedback_responses: FeedbackResponsesTable;
  questionnaire_templates: QuestionnaireTemplatesTable;
  assessments: AssessmentsTable;
  assessment_respondents: AssessmentRespondentsTable;
  assessment_answers: AssessmentAnswersTable;
  assessment_needs: AssessmentNeedsTable;
  outreach_contacts: OutreachContactsTable;
  outreach_contact_organisations: OutreachContactOrganisationsTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisationRow = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
