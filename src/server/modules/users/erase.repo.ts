import { sql, type Transaction } from "kysely";
import type { DB } from "../../db/schema.js";

/** All SQL for erasing a person (GDPR Art. 17). Every function runs inside the erasing transaction. */

type Trx = Transaction<DB>;

const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

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
  await trx.deleteFrom("notifications").where("user_id", "=", userId).execute();
}

export async function deleteMailsTo(trx: Trx, email: string): Promise<void> {
  await trx
    .deleteFrom("outbox")
    .where((eb) => eb(eb.fn("lower", ["recipient"]), "=", email.toLowerCase()))
    .execute();
}

/** Other people's mails and notifications that mention the person (by name or e-mail). */
export function findMailsMentioning(trx: Trx, needles: string[]) {
  return trx
    .selectFrom("outbox")
    .select(["id", "subject", "body_text"])
    .where((eb) =>
      eb.or(
        needles.flatMap((needle) => [
          eb("subject", "ilike", likePattern(needle)),
          eb("body_text", "ilike", likePattern(needle)),
        ]),
      ),
    )
    .execute();
}

export async function updateMailText(trx: Trx, id: string, subject: string, bodyText: string): Promise<void> {
  await trx.updateTable("outbox").set({ subject, body_text: bodyText }).where("id", "=", id).execute();
}

export function findNotificationsMentioning(trx: Trx, needles: string[]) {
  return trx
    .selectFrom("notifications")
    .select(["id", "title", "body"])
    .where((eb) =>
      eb.or(
        needles.flatMap((needle) => [
          eb("title", "ilike", likePattern(needle)),
          eb("body", "ilike", likePattern(needle)),
        ]),
      ),
    )
    .execute();
}

export async function updateNotificationText(trx: Trx, id: string, title: string, body: string): Promise<void> {
  await trx.updateTable("notifications").set({ title, body }).where("id", "=", id).execute();
}

/** Questionnaire links sent to the person: name and e-mail replaced, link closed; the answers stay, unlinked. */
export async function anonymiseRespondents(trx: Trx, email: string, pseudonym: string): Promise<number> {
  const result = await trx
    .updateTable("assessment_respondents")
    .set({ name: pseudonym, email: null, expires_at: sql<Date>`least(expires_at, now())` })
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Removes the person from every organisation's contact persons; returns the organisations changed. */
export async function removeContactPerson(trx: Trx, email: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    update organisations set
      contact_persons = coalesce((
        select jsonb_agg(c) from jsonb_array_elements(contact_persons) c
        where lower(coalesce(c->>'email', '')) <> ${email.toLowerCase()}), '[]'::jsonb),
      updated_at = now()
    where exists (select 1 from jsonb_array_elements(contact_persons) c where lower(c->>'email') = ${email.toLowerCase()})
    returning id`.execute(trx);
  return rows.rows.map((row) => row.id);
}

export async function clearTaskOwnerText(trx: Trx, name: string): Promise<void> {
  await trx.updateTable("process_tasks").set({ owner_text: "" }).where("owner_text", "=", name).execute();
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
