import { hashToken, newToken } from "../../platform/tokens.js";
import type { Db } from "../../db/database.js";

export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;

export async function createSession(db: Db, userId: string): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto("sessions")
    .values({
      id: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS),
    })
    .execute();
  return { token, csrfToken };
}

export async function findSessionWithUser(db: Db, token: string) {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.id as session_id",
      "sessions.csrf_token",
      "sessions.last_seen_at",
      "sessions.expires_at",
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.organisation_id",
      "users.disabled_at",
      "users.language",
    ])
    .where("sessions.id", "=", hashToken(token))
    .executeTakeFirst();
}

export async function touchSession(db: Db, sessionId: string): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: new Date() }).where("id", "=", sessionId).execute();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where((eb) =>
      eb.or([eb("expires_at", "<", new Date()), eb("last_seen_at", "<", new Date(Date.now() - SESSION_IDLE_MS))]),
    )
    .execute();
}

/** The account behind a sign-in attempt, by e-mail (case-insensitive). */
export function findAccountByEmail(db: Db, email: string) {
  return db
    .selectFrom("users")
    .select(["id", "email", "name", "role", "organisation_id", "password_hash", "disabled_at", "language"])
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.trim().toLowerCase()))
    .executeTakeFirst();
}

export async function markSignedIn(db: Db, userId: string, at: Date): Promise<void> {
  await db.updateTable("users").set({ last_login_at: at }).where("id", "=", userId).execute();
}

/** Name and kind of the signed-in person's organisation, for «me». */
export function findOrganisationSummary(db: Db, id: string | null) {
  if (!id) {
    return Promise.resolve(undefined);
  }
  return db.selectFrom("organisations").select(["name", "kind"]).where("id", "=", id).executeTakeFirst();
}
