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
