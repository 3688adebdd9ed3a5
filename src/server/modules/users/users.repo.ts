import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";

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
