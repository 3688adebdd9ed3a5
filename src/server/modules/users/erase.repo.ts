import { sql, type Transaction } from "kysely";
import type { DB } from "../../db/schema.js";

/**
 * The users module's SQL for erasing a person (GDPR Art. 17); the other modules erase what they own
 * through their services (see erase.service). Every function runs inside the erasing transaction.
 */

type Trx = Transaction<DB>;

export function lockUser(trx: Trx, userId: string) {
  return trx
    .selectFrom("users")
    .select(["id", "email", "name", "erased_at"])
    .where("id", "=", userId)
    .forUpdate()
    .executeTakeFirst();
}

export async function deleteAccessOf(trx: Trx, userId: string): Promise<void> {
  await trx.deleteFrom("sessions").where("user_id", "=", userId).execute();
  await trx.deleteFrom("invitations").where("user_id", "=", userId).execute();
}

export async function anonymiseAccount(
  trx: Trx,
  userId: string,
  pseudonym: { name: string; email: string },
  erasedAt: Date,
): Promise<void> {
  await trx
    .updateTable("users")
    .set({
      name: pseudonym.name,
      email: pseudonym.email,
      password_hash: null,
      external_idp: null,
      external_subject: null,
      last_login_at: null,
      disabled_at: sql<Date>`coalesce(disabled_at, ${erasedAt})`,
      erased_at: erasedAt,
    })
    .where("id", "=", userId)
    .execute();
}
