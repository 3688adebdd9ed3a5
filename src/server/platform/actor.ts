import type { Role } from "../../domain/auth.js";
import type { Language } from "../../domain/validation.js";

/** Who is making a request: resolved from the session cookie on every request. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  sessionId: string;
  csrfToken: string;
  /** The language the person reads Samspil in (notifications and e-mails are written in it). */
  language: Language;
}

export const isAdmin = (actor: Actor | null): boolean => actor?.role === "admin";
export const isStaff = (actor: Actor | null): boolean => actor?.role === "admin" || actor?.role === "agent";
