import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import type { UsersTable } from "../../db/schema.js";
import type { Insertable, Updateable } from "kysely";

export function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom("users")
    .selectAll()
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.trim().toLowerCase()))
    .executeTakeFirst();
}

export function findUserById(db: Db, id: string) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export function listUsers(db: Db) {
  return db
    .selectFrom("users")
    .leftJoin("organisations", "organisations.id", "users.organisation_id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.organisation_id",
      "users.disabled_at",
      "users.last_login_at",
      "users.password_hash",
      "users.erased_at",
      "organisations.name as organisation_name",
    ])
    .orderBy("users.name")
    .execute();
}

export async function findUserLanguage(db: Db, id: string): Promise<Language | undefined> {
  const row = await db.selectFrom("users").select("language").where("id", "=", id).executeTakeFirst();
  return row?.language;
}

export async function updateUserLanguage(db: Db, id: string, language: Language): Promise<void> {
  await db.updateTable("users").set({ language }).where("id", "=", id).execute();
}

export function insertUser(
  db: Db,
  values: Pick<Insertable<UsersTable>, "email" | "name" | "role" | "organisation_id" | "language">,
) {
  return db.insertInto("users").values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateUserRow(
  db: Db,
  id: string,
  values: Pick<Updateable<UsersTable>, "name" | "role" | "organisation_id" | "disabled_at">,
) {
  return db.updateTable("users").set(values).where("id", "=", id).returningAll().executeTakeFirstOrThrow();
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}

/** Replaces a user's open invitation: an unused one is deleted before the new one is stored. */
export async function replaceOpenInvitation(
  db: Db,
  values: { token_hash: string; user_id: string; created_by: string; expires_at: Date },
): Promise<void> {
  await db.deleteFrom("invitations").where("user_id", "=", values.user_id).where("used_at", "is", null).execute();
  await db.insertInto("invitations").values(values).execute();
}

export function findInvitationByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom("invitations")
    .innerJoin("users", "users.id", "invitations.user_id")
    .select([
      "invitations.token_hash",
      "invitations.expires_at",
      "invitations.used_at",
      "users.id as user_id",
      "users.email",
      "users.name",
      "users.disabled_at",
    ])
    .where("invitations.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export async function markInvitationUsed(db: Db, tokenHash: string): Promise<void> {
  await db.updateTable("invitations").set({ used_at: new Date() }).where("token_hash", "=", tokenHash).execute();
}

/** A self-registered account: a password of its own, no organisation until staff approve the link. */
export function insertSelfRegisteredUser(
  db: Db,
  values: Pick<Insertable<UsersTable>, "email" | "name" | "password_hash" | "language">,
) {
  return db
    .insertInto("users")
    .values({ ...values, role: "member", organisation_id: null })
    .returning(["id", "email", "name"])
    .executeTakeFirstOrThrow();
}

export async function setUserOrganisation(db: Db, userId: string, organisationId: string): Promise<void> {
  await db.updateTable("users").set({ organisation_id: organisationId }).where("id", "=", userId).execute();
}
