import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;
type OptionalText = ColumnType<string | null, string | null | undefined, string | null>;

export interface ProgrammesTable {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  starts_on: ColumnType<Date | null, string | null | undefined, string | null>;
  ends_on: ColumnType<Date | null, string | null | undefined, string | null>;
  targets: Json<Record<string, number>>;
  matching_weights: ColumnType<Record<string, number>, string | undefined, string>;
  /** Indicator cards (src/domain/programme/indicators.ts); null = the defaults built from `targets`. */
  indicators: ColumnType<unknown, string | null | undefined, string | null>;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  public_summary: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
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
  /** Written by the database's organisation_search_vector (an INSERT may give that expression). */
  search_vector: ColumnType<string, string | undefined, never>;
  /** Compound parts indexed beside the text (domain/text/compounds.ts); null until the backfill computes them. */
  search_extra: ColumnType<string | null, string | undefined, string | null>;
  archived_at: NullableTimestamp;
  /** False for an organisation created by a sign-up, until staff approve a person's link to it. */
  verified: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganisationCompetencesTable {
  organisation_id: string;
  competence_id: string;
}

/** One row per word stem of an organisation's search_vector, kept by triggers (migration 2026-12-11T0300). */
export interface OrganisationTermsTable {
  term: string;
  organisation_id: string;
}

/** One row per search key of an active organisation's name, kept by triggers (migration 2026-12-12T0200). */
export interface OrganisationNameKeysTable {
  key: string;
  score: number;
  name: string;
  organisation_id: string;
  /** The organisation's, for filtered searches from the keys (migration 2026-12-13T0200). */
  kind: string;
  municipality_code: string | null;
  employee_band: string | null;
}

/** One row per search key of a need's title, kept by triggers (migration 2026-12-12T0210). */
export interface NeedTitleKeysTable {
  key: string;
  score: number;
  created_at: Date;
  need_id: string;
}

/**
 * One row per word stem of an active need's search_vector, with what the stem adds to the need's ts_rank against
 * an OR query (calc_rank_or's share), kept by triggers (migration 2026-12-12T0300).
 */
export interface NeedTermsTable {
  term: string;
  need_id: string;
  contribution: number;
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
  /** Files sent with the mail (a seminar's .ics): name, MIME type and text content. */
  attachments: ColumnType<MailAttachment[], string | undefined, string>;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  attempts: Generated<number>;
  /** When delivery is next tried (also a claim's lease); null: not for delivery (sent, given up, no SMTP). */
  next_attempt_at: NullableTimestamp;
  last_error: string | null;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
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
  /** The case's own scenarios (src/domain/business-case/own-scenarios.ts), company figures included. */
  scenarios: ColumnType<unknown, string | undefined, string>;
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
  scenarios: ColumnType<unknown, string | undefined, string>;
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
  /** The seminar the need came out of (the trail seminar → needs → processes). */
  origin_seminar_id: ColumnType<string | null, string | null | undefined, string | null>;
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
  rolling: Generated<boolean>;
  region_codes: ColumnType<string[], string[] | undefined, string[]>;
  municipality_codes: ColumnType<string[], string[] | undefined, string[]>;
  min_municipalities: number | null;
  min_regions: number | null;
  counts_are_guidance: Generated<boolean>;
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
  /** Innovationsbarometer tags (src/domain/programme/tags.ts). */
  innovation_type: OptionalText;
  novelty: OptionalText;
  initiator: OptionalText;
  value_types: ColumnType<string[], string[] | undefined, string[]>;
  evaluation: OptionalText;
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

export interface DisclosuresTable {
  id: Generated<string>;
  context_kind: "call" | "need" | "process" | "seminar";
  context_id: string;
  public_organisation_id: string;
  title: string;
  description: Generated<string>;
  given_at: Timestamp;
  confidential: Generated<boolean>;
  source: Generated<"manual" | "call_dialogue" | "process_document">;
  source_id: string | null;
  filename: string | null;
  content_type: string | null;
  size_bytes: number | null;
  content: Buffer | null;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface DisclosureRecipientsTable {
  disclosure_id: string;
  organisation_id: string;
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

export interface KnowledgeEntriesTable {
  id: Generated<string>;
  kind: "case" | "method" | "tool";
  state: Generated<"draft" | "in_review" | "published" | "archived">;
  title: string;
  title_en: Generated<string>;
  summary: string;
  summary_en: Generated<string>;
  facts: ColumnType<unknown, string, string>;
  version: Generated<number>;
  phase: string | null;
  sides: ColumnType<string[], string[] | undefined, string[]>;
  care_area: string | null;
  model: string | null;
  case_status: string | null;
  process_id: string | null;
  source_key: string | null;
  search_extra: Generated<string>;
  search_vector: ColumnType<string, never, never>;
  published_at: NullableTimestamp;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
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

export interface KnowledgeEntryOrganisationsTable {
  entry_id: string;
  organisation_id: string;
}

export interface KnowledgeVersionsTable {
  entry_id: string;
  version: number;
  comment: string;
  title: string;
  summary: string;
  facts: ColumnType<unknown, string, string>;
  author_id: string | null;
  created_at: Timestamp;
}

export interface KnowledgeApprovalsTable {
  entry_id: string;
  organisation_id: string;
  version: number;
  shares_confidential: boolean;
  approved_by: string | null;
  recorded_by_agent: boolean;
  note: Generated<string>;
  approved_at: Timestamp;
}

export interface KnowledgeLinksTable {
  entry_id: string;
  target_kind: "process" | "method" | "tool";
  target_id: string;
  created_at: Timestamp;
}

export interface KnowledgeFilesTable {
  id: Generated<string>;
  entry_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  content: Buffer;
  created_at: Timestamp;
}

export interface KnowledgeAdoptionsTable {
  entry_id: string;
  area_code: string;
  area_kind: "municipality" | "region";
  level: "considering" | "piloting" | "implemented";
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface JobRunsTable {
  job: string;
  slot: Date;
  instance: string;
  started_at: Generated<Date>;
  finished_at: NullableTimestamp;
  outcome: Json<unknown> | null;
}

export interface RateLimitHitsTable {
  bucket: string;
  hits: number;
  window_start: Timestamp;
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
  organisation_terms: OrganisationTermsTable;
  organisation_name_keys: OrganisationNameKeysTable;
  need_title_keys: NeedTitleKeysTable;
  need_terms: NeedTermsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  job_runs: JobRunsTable;
  rate_limit_hits: RateLimitHitsTable;
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
  disclosures: DisclosuresTable;
  disclosure_recipients: DisclosureRecipientsTable;
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
  knowledge_entries: KnowledgeEntriesTable;
  knowledge_entry_organisations: KnowledgeEntryOrganisationsTable;
  knowledge_versions: KnowledgeVersionsTable;
  knowledge_approvals: KnowledgeApprovalsTable;
  knowledge_links: KnowledgeLinksTable;
  knowledge_files: KnowledgeFilesTable;
  knowledge_adoptions: KnowledgeAdoptionsTable;
  seminars: SeminarsTable;
  seminar_needs: SeminarNeedsTable;
  seminar_agenda_items: SeminarAgendaItemsTable;
  seminar_invitations: SeminarInvitationsTable;
  seminar_registrations: SeminarRegistrationsTable;
  seminar_places_taken: SeminarPlacesTakenTable;
  seminar_outcomes: SeminarOutcomesTable;
  seminar_questionnaires: SeminarQuestionnairesTable;
  seminar_registration_answers: SeminarRegistrationAnswersTable;
  seminar_survey_links: SeminarSurveyLinksTable;
  seminar_survey_responses: SeminarSurveyResponsesTable;
  outreach_contacts: OutreachContactsTable;
  outreach_contact_organisations: OutreachContactOrganisationsTable;
  signup_requests: SignupRequestsTable;
}

type SignupStatus = "unconfirmed" | "pending" | "approved" | "rejected";

export interface SignupRequestsTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  language: "da" | "en";
  cvr: string;
  organisation_name: string;
  organisation_kind: "company" | "knowledge_institution";
  token_hash: string;
  token_expires_at: Timestamp;
  status: ColumnType<SignupStatus, SignupStatus | undefined, SignupStatus>;
  confirmed_at: NullableTimestamp;
  user_id: string | null;
  organisation_id: string | null;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  reason: Generated<string>;
  created_at: Timestamp;
}

export interface SeminarsTable {
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  care_areas: ColumnType<string[], string[] | undefined, string[]>;
  place_address: Generated<string>;
  online_url: Generated<string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  registration_opens_at: Timestamp;
  registration_closes_at: Timestamp;
  capacities: Json<Record<string, { capacity: number; reserved: number }>>;
  status: Generated<string>;
  sequence: Generated<number>;
  minutes: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SeminarNeedsTable {
  seminar_id: string;
  need_id: string;
}

export interface SeminarAgendaItemsTable {
  id: Generated<string>;
  seminar_id: string;
  position: number;
  starts_at: Timestamp;
  duration_minutes: number;
  title: string;
  speaker: Generated<string>;
  is_pitch_slot: Generated<boolean>;
}

export interface SeminarInvitationsTable {
  id: Generated<string>;
  seminar_id: string;
  name: string;
  email: string;
  side: string;
  organisation_id: string | null;
  token_hash: string;
  status: Generated<string>;
  sent_at: Timestamp;
  responded_at: NullableTimestamp;
  invited_by: string | null;
}

/** Live registrations per seminar and side, kept by a trigger on seminar_registrations (the list's places). */
export interface SeminarPlacesTakenTable {
  seminar_id: string;
  side: string;
  taken: number;
  invited_taken: number;
}

export interface SeminarRegistrationsTable {
  id: Generated<string>;
  seminar_id: string;
  queue_no: ColumnType<string, never, never>;
  name: string;
  email: Generated<string>;
  side: string;
  organisation_id: string | null;
  organisation_name: Generated<string>;
  user_id: string | null;
  invitation_id: string | null;
  consent_to_list: Generated<boolean>;
  language: Generated<string>;
  status: string;
  token_hash: string | null;
  confirmed_at: NullableTimestamp;
  offered_at: NullableTimestamp;
  offer_expires_at: NullableTimestamp;
  reminded_at: NullableTimestamp;
  checked_in_at: NullableTimestamp;
  walk_in: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SeminarOutcomesTable {
  id: Generated<string>;
  seminar_id: string;
  kind: string;
  text: string;
  company_id: string | null;
  institution_id: string | null;
  need_id: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

/** A seminar's registration questions (a questionnaire definition). */
export interface SeminarQuestionnairesTable {
  seminar_id: string;
  definition: Json<unknown>;
  updated_at: Timestamp;
}

export interface SeminarRegistrationAnswersTable {
  registration_id: string;
  answers: Json<Record<string, unknown>>;
}

export interface SeminarSurveyLinksTable {
  id: Generated<string>;
  seminar_id: string;
  registration_id: string | null;
  kind: string;
  token_hash: string;
  sent_at: Timestamp;
  answered_at: NullableTimestamp;
}

export interface SeminarSurveyResponsesTable {
  id: Generated<string>;
  seminar_id: string;
  kind: string;
  answers: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisationRow = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
