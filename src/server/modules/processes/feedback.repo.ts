import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { FeedbackLinksTable, FeedbackResponsesTable } from "../../db/schema.js";

export function findTestPlan(db: Db, processId: string, planId: string) {
  return db
    .selectFrom("test_plans")
    .select(["id", "what"])
    .where("id", "=", planId)
    .where("process_id", "=", processId)
    .executeTakeFirst();
}

export function insertFeedbackLink(db: Db, values: Insertable<FeedbackLinksTable>) {
  return db.insertInto("feedback_links").values(values).returning("id").executeTakeFirstOrThrow();
}

/** A feedback link by its token's hash, with the test it belongs to and the test site's name. */
export function findFeedbackLinkByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom("feedback_links as l")
    .innerJoin("test_plans as t", "t.id", "l.test_plan_id")
    .leftJoin("organisations as o", "o.id", "t.site_organisation_id")
    .select(["l.id", "l.audience", "l.expires_at", "t.what", "t.starts_on", "t.ends_on", "o.name as site_name"])
    .where("l.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** An earlier response with the same submission id, so a repeated send is answered, not stored twice. */
export function findFeedbackResponse(db: Db, linkId: string, submissionId: string) {
  return db
    .selectFrom("feedback_responses")
    .select(["id", "submitted_at"])
    .where("link_id", "=", linkId)
    .where("submission_id", "=", submissionId)
    .executeTakeFirst();
}

export function insertFeedbackResponse(db: Db, values: Insertable<FeedbackResponsesTable>) {
  return db.insertInto("feedback_responses").values(values).returning(["id", "submitted_at"]).executeTakeFirstOrThrow();
}

export function listFeedbackLinks(db: Db, planId: string) {
  return db
    .selectFrom("feedback_links")
    .select(["id", "audience", "expires_at", "created_at"])
    .where("test_plan_id", "=", planId)
    .orderBy("created_at")
    .execute();
}

export function listFeedbackAnswers(db: Db, planId: string) {
  return db
    .selectFrom("feedback_responses as r")
    .innerJoin("feedback_links as l", "l.id", "r.link_id")
    .select(["l.audience", "r.anonymous", "r.answers"])
    .where("l.test_plan_id", "=", planId)
    .execute();
}
