import {
  CONSENT_TEXT,
  FeedbackSubmission,
  LIVING_LAB_FEEDBACK,
  summariseFeedback,
  type FeedbackAudience,
  type FeedbackLinkInput,
} from "../../../domain/living-lab/feedback.js";
import { buildAnswerSchema, computeProgress, renderForm, type AnswerSet } from "../../../domain/questionnaire/index.js";
import type {
  CreatedFeedbackLink,
  FeedbackReceipt,
  PublicFeedbackForm,
  TestFeedback,
} from "../../../domain/process/views.js";
import { issuesToFields, type Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { HttpError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../../platform/actor.js";
import { hashToken, newToken } from "../../platform/tokens.js";
import { loadVisibleProcess } from "./processes.service.js";

async function loadPlan(db: Db, actor: Actor, processId: string, planId: string) {
  await loadVisibleProcess(db, actor, processId);
  const plan = await db
    .selectFrom("test_plans")
    .select(["id", "what"])
    .where("id", "=", planId)
    .where("process_id", "=", processId)
    .executeTakeFirst();
  if (!plan) {
    throw notFound("test plan");
  }
  return plan;
}

/** A link for one group (citizens, relatives or staff) at a test; shared with many, anonymous allowed. */
export async function createFeedbackLink(
  ctx: ServiceContext,
  publicUrl: string,
  processId: string,
  planId: string,
  input: FeedbackLinkInput,
): Promise<CreatedFeedbackLink> {
  await loadPlan(ctx.db, ctx.actor, processId, planId);
  const token = newToken();
  const expiresAt = new Date(Date.now() + input.expiresInDays * 86_400_000);
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .insertInto("feedback_links")
      .values({
        test_plan_id: planId,
        audience: input.audience,
        token_hash: hashToken(token),
        expires_at: expiresAt,
        created_by: ctx.actor.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: processId,
      action: "feedback_link:create",
      after: { planId, linkId: row.id, audience: input.audience },
      requestId: ctx.requestId,
    });
    return {
      id: row.id,
      audience: input.audience,
      expiresAt: expiresAt.toISOString(),
      link: `${publicUrl}/feedback/${token}`,
      token,
    };
  });
}

async function loadLink(db: Db, token: string) {
  const link = await db
    .selectFrom("feedback_links as l")
    .innerJoin("test_plans as t", "t.id", "l.test_plan_id")
    .leftJoin("organisations as o", "o.id", "t.site_organisation_id")
    .select(["l.id", "l.audience", "l.expires_at", "t.what", "t.starts_on", "t.ends_on", "o.name as site_name"])
    .where("l.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!link) {
    throw new HttpError(
      404,
      "link_unknown",
      "Linket findes ikke. Tjek, at hele adressen er med / The link does not exist",
    );
  }
  if (link.expires_at.getTime() < Date.now()) {
    throw new HttpError(
      410,
      "link_expired",
      "Linket er udløbet. Spørg den, der sendte det, om et nyt / The link has expired",
    );
  }
  return link;
}

/** The public feedback form for a link: what is tested, the consent text and the group's questions. */
export async function describeFeedbackForm(db: Db, token: string, language: Language): Promise<PublicFeedbackForm> {
  const link = await loadLink(db, token);
  return {
    test: {
      what: link.what,
      site: link.site_name,
      startsOn: link.starts_on.toISOString().slice(0, 10),
      endsOn: link.ends_on.toISOString().slice(0, 10),
    },
    audience: link.audience as FeedbackAudience,
    consentText: CONSENT_TEXT[language],
    form: renderForm(LIVING_LAB_FEEDBACK, link.audience, language),
    expiresAt: link.expires_at.toISOString(),
  };
}

/**
 * Stores one answer with its recorded consent. The same `submissionId` sent again (a double
 * click, a retry) returns the same receipt and stores nothing twice.
 */
export async function submitFeedback(
  db: Db,
  token: string,
  input: FeedbackSubmission,
  language: Language,
): Promise<FeedbackReceipt> {
  const link = await loadLink(db, token);
  const parsed = buildAnswerSchema(LIVING_LAB_FEEDBACK, link.audience).safeParse(input.answers);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      Object.entries(issuesToFields(parsed.error.issues, language)).map(([key, value]) => [`answers.${key}`, value]),
    );
    throw new HttpError(
      400,
      "validation",
      Object.entries(fields)
        .map(([key, value]) => `${key}: ${value}`)
        .join("; "),
      fields,
    );
  }
  const answers = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== null)) as AnswerSet;
  const progress = computeProgress(LIVING_LAB_FEEDBACK, link.audience, answers);
  if (progress.missingRequired.length > 0) {
    const message = language === "da" ? "Besvar spørgsmålet" : "Answer the question";
    const fields = Object.fromEntries(progress.missingRequired.map((key) => [`answers.${key}`, message]));
    throw new HttpError(400, "validation", `answers: ${progress.missingRequired.join(", ")}`, fields);
  }
  return inTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom("feedback_responses")
      .select(["id", "submitted_at"])
      .where("link_id", "=", link.id)
      .where("submission_id", "=", input.submissionId)
      .executeTakeFirst();
    if (existing) {
      return {
        reference: existing.id.slice(0, 8).toUpperCase(),
        submittedAt: existing.submitted_at.toISOString(),
        repeated: true,
      };
    }
    const row = await trx
      .insertInto("feedback_responses")
      .values({
        link_id: link.id,
        submission_id: input.submissionId,
        consent_text: CONSENT_TEXT[input.language],
        anonymous: input.anonymous,
        respondent_name: input.anonymous ? null : input.name,
        language: input.language,
        answers: JSON.stringify(answers),
      })
      .returning(["id", "submitted_at"])
      .executeTakeFirstOrThrow();
    return {
      reference: row.id.slice(0, 8).toUpperCase(),
      submittedAt: row.submitted_at.toISOString(),
      repeated: false,
    };
  });
}

/** The feedback of a test plan, summarised for the evaluation gate (no names). */
export async function summariseTestFeedback(
  db: Db,
  actor: Actor,
  processId: string,
  planId: string,
): Promise<TestFeedback> {
  await loadPlan(db, actor, processId, planId);
  const [links, responses] = await Promise.all([
    db
      .selectFrom("feedback_links")
      .select(["id", "audience", "expires_at", "created_at"])
      .where("test_plan_id", "=", planId)
      .orderBy("created_at")
      .execute(),
    db
      .selectFrom("feedback_responses as r")
      .innerJoin("feedback_links as l", "l.id", "r.link_id")
      .select(["l.audience", "r.anonymous", "r.answers"])
      .where("l.test_plan_id", "=", planId)
      .execute(),
  ]);
  return {
    links: links.map((link) => ({
      id: link.id,
      audience: link.audience as FeedbackAudience,
      expiresAt: link.expires_at.toISOString(),
      createdAt: link.created_at.toISOString(),
    })),
    summary: summariseFeedback(
      responses.map((row) => ({ audience: row.audience, anonymous: row.anonymous, answers: row.answers as AnswerSet })),
    ),
  };
}
