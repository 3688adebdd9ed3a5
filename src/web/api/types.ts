import type { Role } from "../../domain/auth.js";

/** Answers of the API that have no shared type in src/domain. */

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
  disabled: boolean;
  invitationPending: boolean;
  /** The person was erased: name and e-mail are a pseudonym. */
  erased: boolean;
  lastLoginAt: string | null;
}

export interface Invitation {
  email: string;
  name: string;
  status: "valid" | "used" | "expired";
}

export interface AuditEntry {
  id: string;
  at: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  actor: { name: string | null; email: string } | null;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
}

export interface Db07Code {
  code: string;
  title: string;
  level: number;
}

export interface ImportPreviewRow {
  row: number;
  name: string;
  action: "create" | "update" | "error";
  errors?: Record<string, string>;
}

export interface ImportPreview {
  total: number;
  create: number;
  update: number;
  invalid: number;
  rows: ImportPreviewRow[];
}

export interface ImportJob {
  id: string;
  status: "running" | "done" | "failed";
  total: number;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  message?: string;
}

export interface ItemList<T> {
  items: T[];
}
