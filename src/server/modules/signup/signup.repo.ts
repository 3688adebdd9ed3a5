import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { SignupRequestsTable } from "../../db/schema.js";

/** A person signs up again before confirming: the earlier, unconfirmed request (and its link) goes. */
export async function deleteUnconfirmedRequests(db: Db, email: string): Promise<void> {
  await db
    .deleteFrom("signup_requests")
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", email.toLowerCase()))
    .where("status", "=", "unconfirmed")
    .execute();
}

export async function insertSignupRequest(db: Db, values: Insertable<SignupRequestsTable>): Promise<string> {
  const row = await db.insertInto("signup_requests").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** The request behind a confirmation link, locked: two clicks on the same link confirm once. */
export function findRequestByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom("signup_requests")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .forUpdate()
    .executeTakeFirst();
}

export function findRequestForDecision(db: Db, id: string) {
  return db
    .selectFrom("signup_requests as r")
    .innerJoin("organisations as o", "o.id", "r.organisation_id")
    .select([
      "r.id",
      "r.email",
      "r.name",
      "r.language",
      "r.status",
      "r.user_id",
      "r.organisation_id",
      "r.organisation_name",
      "o.name as registry_name",
      "o.verified",
    ])
    .where("r.id", "=", id)
    .forUpdate("r")
    .executeTakeFirst();
}

export async function markRequestConfirmed(
  db: Db,
  id: string,
  values: { userId: string; organisationId: string },
): Promise<void> {
  await db
    .updateTable("signup_requests")
    .set({
      status: "pending",
      confirmed_at: new Date(),
      user_id: values.userId,
      organisation_id: values.organisationId,
    })
    .where("id", "=", id)
    .execute();
}

export async function markRequestDecided(
  db: Db,
  id: string,
  values: { status: "approved" | "rejected"; decidedBy: string; reason: string },
): Promise<void> {
  await db
    .updateTable("signup_requests")
    .set({ status: values.status, decided_by: values.decidedBy, decided_at: new Date(), reason: values.reason })
    .where("id", "=", id)
    .execute();
}

/** Confirmed requests for the staff list: waiting ones oldest first, decided ones newest first. */
export function listRequests(db: Db, which: "pending" | "decided") {
  let query = db
    .selectFrom("signup_requests as r")
    .innerJoin("organisations as o", "o.id", "r.organisation_id")
    .leftJoin("users as d", "d.id", "r.decided_by")
    .select((eb) => [
      "r.id",
      "r.name",
      "r.email",
      "r.cvr",
      "r.organisation_name",
      "r.status",
      "r.created_at",
      "r.confirmed_at",
      "r.decided_at",
      "r.reason",
      "o.id as organisation_id",
      "o.name as registry_name",
      "o.kind as registry_kind",
      "o.verified",
      "d.name as decided_by_name",
      // Other people already acting for the organisation: a claimed CVR needs a closer look.
      eb
        .selectFrom("users as m")
        .select((inner) => inner.fn.countAll<string>().as("n"))
        .whereRef("m.organisation_id", "=", "r.organisation_id")
        .whereRef("m.id", "<>", "r.user_id")
        .where("m.erased_at", "is", null)
        .as("other_members"),
    ]);
  query =
    which === "pending"
      ? query.where("r.status", "=", "pending").orderBy("r.confirmed_at", "asc")
      : query.where("r.status", "in", ["approved", "rejected"]).orderBy("r.decided_at", "desc").limit(100);
  return query.execute();
}

export type SignupRequestRow = Awaited<ReturnType<typeof listRequests>>[number];

/** The person's latest request, for their home page. */
export function findLatestRequestOfUser(db: Db, userId: string) {
  return db
    .selectFrom("signup_requests as r")
    .innerJoin("organisations as o", "o.id", "r.organisation_id")
    .select(["r.status", "r.organisation_name", "o.name as registry_name", "r.reason"])
    .where("r.user_id", "=", userId)
    .orderBy("r.created_at", "desc")
    .executeTakeFirst();
}
