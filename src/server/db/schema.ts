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
  invitations: InvitationsTable;
  outbox: OutboxTable;
  business_cases: BusinessCasesTable;
  business_case_versions: BusinessCaseVersionsTable;
  audit_log: AuditLogTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisationRow = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
