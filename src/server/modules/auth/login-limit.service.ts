import { translateMessage, type Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { hashToken } from "../../platform/tokens.js";
import {
  clearLoginFailures,
  deleteExpiredLoginAttempts,
  listLoginAttempts,
  recordLoginFailure,
  type AttemptKind,
} from "./login-attempts.repo.js";

/**
 * Failed sign-ins (OWASP ASVS 2.2.1): at most 20 per account and 100 per address in 15 minutes, never
 * a permanent lockout. Only failures count, and a success clears the account's count, so knowing an
 * e-mail is not enough to lock its owner out. Kept in the database: restarts and instances share them.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const LOGIN_LIMITS: Record<AttemptKind, number> = { account: 20, address: 100 };

export interface LoginSubject {
  email: string;
  address: string;
}

const keysOf = ({ email, address }: LoginSubject): { kind: AttemptKind; key: string }[] => [
  { kind: "account", key: hashToken(email.trim().toLowerCase()) },
  { kind: "address", key: hashToken(address) },
];

/** When the next try is allowed, or null when it is allowed now. */
export async function loginBlockedUntil(db: Db, subject: LoginSubject, now = new Date()): Promise<Date | null> {
  const rows = await listLoginAttempts(db, keysOf(subject), new Date(now.getTime() - LOGIN_WINDOW_MS));
  const ends = rows
    .filter((row) => row.failures >= LOGIN_LIMITS[row.kind])
    .map((row) => new Date(row.window_start).getTime() + LOGIN_WINDOW_MS);
  return ends.length > 0 ? new Date(Math.max(...ends)) : null;
}

export function tooManyLoginAttempts(until: Date, language: Language, now = new Date()): HttpError {
  const time = until.toISOString().slice(11, 16);
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const next = language === "en" ? `next try allowed at ${time} UTC` : `næste forsøg er tilladt kl. ${time} UTC`;
  return new HttpError(
    429,
    "too_many_requests",
    `${translateMessage("too_many_attempts", language)} (${next}, ${seconds} s)`,
  );
}

export async function recordFailedLogin(db: Db, subject: LoginSubject, now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  await deleteExpiredLoginAttempts(db, windowStart);
  for (const { kind, key } of keysOf(subject)) {
    await recordLoginFailure(db, kind, key, now, windowStart);
  }
}

export async function recordSuccessfulLogin(db: Db, subject: LoginSubject): Promise<void> {
  const [account] = keysOf(subject);
  await clearLoginFailures(db, account.kind, account.key);
}
