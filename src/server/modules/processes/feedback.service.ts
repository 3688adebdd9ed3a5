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
import {
  findFeedbackLinkByTokenHash,
  findFeedbackResponse,
  findTestPlan,
  insertFeedbackLink,
  insertFeedbackResponse,
  listFeedbackAnswers,
  listFeedbackLinks,
} from "./feedback.repo.js";
import { loadVisibleProcess } from "./processes.service.js";

async function loadPlan(db: Db, actor: Actor, processId: string, planId: string) {
  await loadVisibleProcess(db, actor, processId);
  const plan = await findTestPlan(db, processId, planId);
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
    const row = await insertFeedbackLink(trx, {
      test_plan_id: planId,
      audience: input.audience,
      token_hash: hashToken(token),
      expires_at: expiresAt,
      created_by: ctx.actor.id,
    });
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
  const link = await findFeedbackLinkByTokenHash(db, hashToken(token));
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
    const existing = await findFeedbackResponse(trx, link.id, input.submissionId);
    if (existing) {
      return {
        reference: existing.id.slice(0, 8).toUpperCase(),
        submittedAt: existing.submitted_at.toISOString(),
        repeated: true,
      };
    }
    const row = await insertFeedbackResponse(trx, {
      link_id: link.id,
      submission_id: input.submissionId,
      consent_text: CONSENT_TEXT[input.language],
      anonymous: input.anonymous,
      respondent_name: input.anonymous ? null : input.name,
      language: input.language,
      answers: JSON.stringify(answers),
    });
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
  const [links, responses] = await Promise.all([listFeedbackLinks(db, planId), listFeedbackAnswers(db, planId)]);
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
