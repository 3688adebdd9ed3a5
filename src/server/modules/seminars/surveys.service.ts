import {
  QuestionnaireDefinition,
  renderForm,
  type AnswerSet,
  type QuestionnaireDefinition as Definition,
} from "../../../domain/questionnaire/index.js";
import {
  ATTENDEE,
  buildRegistrationDefinition,
  listRegistrationQuestions,
  REGISTRANT,
  surveyDefinition,
  type RegistrationQuestionsInput,
  type SurveyKind,
} from "../../../domain/seminars/survey-definitions.js";
import { renderSurveyMessage } from "../../../domain/seminars/survey-messages.js";
import {
  checkAnswers,
  isSurveyDue,
  selectSurveyRecipients,
  summariseEvaluation,
  summariseFollowUp,
  surveyDueAt,
  SURVEY_SEND_WINDOW_MS,
  addMonths,
} from "../../../domain/seminars/survey-rules.js";
import type {
  RegistrationQuestionsView,
  SeminarSurveyResults,
  SurveyLinkView,
} from "../../../domain/seminars/survey-views.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, HttpError, notFound } from "../../http/errors.js";
import type { Actor } from "../../platform/actor.js";
import type { ModuleDeps } from "../../platform/module.js";
import { hashToken, newToken } from "../../platform/tokens.js";
import { writeAudit } from "../audit/audit.service.js";
import { canManageSeminars } from "./seminars.policy.js";
import { findSeminar, lockSeminar } from "./seminars.repo.js";
import {
  countSurveyLinks,
  deleteRegistrationAnswersOfEmail,
  findQuestionnaireDefinition,
  findSurveyLinkByTokenHash,
  insertRegistrationAnswers,
  insertSurveyLink,
  insertSurveyResponse,
  listRegistrationAnswers,
  listSurveyCandidates,
  listSurveyResponses,
  listSurveySeminars,
  markSurveyAnswered,
  saveQuestionnaireDefinition,
} from "./surveys.repo.js";

export const surveyLink = (publicUrl: string, token: string) => `${publicUrl}/seminarer/evaluering/${token}`;

// registration questions

/** The seminar's registration questions, or null when it asks none. */
export async function loadRegistrationDefinition(db: Db, seminarId: string): Promise<Definition | null> {
  const stored = await findQuestionnaireDefinition(db, seminarId);
  return stored === null ? null : QuestionnaireDefinition.parse(stored);
}

function presentQuestions(seminarId: string, definition: Definition | null, language: Language) {
  return {
    seminarId,
    form: definition ? renderForm(definition, REGISTRANT, language) : null,
    definition,
    questions: listRegistrationQuestions(definition).questions,
  } satisfies RegistrationQuestionsView;
}

/** What the registration form asks beyond name and e-mail (drafts only for staff, as the seminar). */
export async function describeRegistrationQuestions(
  db: Db,
  actor: Actor | null,
  seminarId: string,
  language: Language,
): Promise<RegistrationQuestionsView> {
  const seminar = await findSeminar(db, seminarId);
  if (!seminar || (seminar.status === "draft" && !canManageSeminars(actor))) {
    throw notFound("seminar");
  }
  return presentQuestions(seminarId, await loadRegistrationDefinition(db, seminarId), language);
}

/**
 * Staff write the registration questions. A question keeps its key when edited, so answers already given
 * stay attached to it; an empty list removes the questions (answers given stay with their registrations).
 */
export async function saveRegistrationQuestions(
  ctx: ServiceContext,
  seminarId: string,
  input: RegistrationQuestionsInput,
): Promise<RegistrationQuestionsView> {
  return inTransaction(ctx.db, async (trx) => {
    const seminar = await lockSeminar(trx, seminarId);
    if (!seminar) {
      throw notFound("seminar");
    }
    if (seminar.status === "closed" || seminar.status === "cancelled") {
      throw fieldError(ctx.language, 409, "status", "seminar_locked");
    }
    const definition = buildRegistrationDefinition(input);
    await saveQuestionnaireDefinition(trx, seminarId, definition);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "seminar",
      entityId: seminarId,
      action: "set_registration_questions",
      after: { questions: input.questions.length },
      requestId: ctx.requestId,
    });
    return presentQuestions(seminarId, definition, ctx.language);
  });
}

/**
 * Checks a registration's answers against the seminar's questions (400 naming `answers.<key>`), before
 * anything is written. A seminar without questions takes no answers.
 */
export async function checkRegistrationAnswers(
  db: Db,
  language: Language,
  seminarId: string,
  raw: Record<string, unknown> | undefined,
): Promise<AnswerSet | null> {
  const definition = await loadRegistrationDefinition(db, seminarId);
  if (!definition) {
    if (raw && Object.keys(raw).length > 0) {
      throw fieldError(language, 400, `answers.${Object.keys(raw)[0]}`, "question_unknown");
    }
    return null;
  }
  const checked = checkAnswers(definition, REGISTRANT, raw ?? {});
  if (!checked.ok) {
    throw fieldError(language, 400, checked.problem.field, checked.problem.message, checked.problem.params);
  }
  return checked.answers;
}

/** Stores checked answers with a new registration, in the registering transaction. */
export async function storeRegistrationAnswers(db: Db, registrationId: string, answers: AnswerSet | null) {
  if (answers && Object.keys(answers).length > 0) {
    await insertRegistrationAnswers(db, registrationId, answers);
  }
}

/** The export's extra columns: one per registration question, the answers as a reader sees them. */
export async function registrationAnswerColumns(db: Db, seminarId: string, registrationIds: string[]) {
  const definition = await loadRegistrationDefinition(db, seminarId);
  if (!definition) {
    return null;
  }
  return { definition, answers: await listRegistrationAnswers(db, registrationIds) };
}

/** «Mine data»: the answers given with the person's registrations, by registration id. */
export function listAnswersOfRegistrations(db: Db, registrationIds: string[]) {
  return listRegistrationAnswers(db, registrationIds);
}

/** Erasure, inside the erasing transaction: the registration answers are deleted. */
export function eraseRegistrationAnswers(trx: Db, email: string): Promise<number> {
  return deleteRegistrationAnswersOfEmail(trx, email);
}

// evaluation and follow-up

/**
 * The survey job: to every checked-in attendee of each seminar whose survey is due, one mail with a
 * personal link. The (registration, kind) row is claimed in the transaction that writes the mail, so a
 * second run or a second instance sends nothing.
 */
export async function sendDueSurveys(deps: ModuleDeps, kind: SurveyKind): Promise<number> {
  const now = deps.clock.now();
  const months = deps.config.seminars.followUpMonths;
  // Due at most the send window ago: the evaluation at the end (or the day after), the follow-up months on.
  const latestEnd = kind === "evaluation" ? now : addMonths(now, -months);
  const earliestEnd = new Date(latestEnd.getTime() - SURVEY_SEND_WINDOW_MS - 2 * 86_400_000);
  let sent = 0;
  for (const seminar of await listSurveySeminars(deps.db, earliestEnd, latestEnd)) {
    if (!isSurveyDue(kind, { status: seminar.status, endsAt: seminar.ends_at }, now, months)) {
      continue;
    }
    const candidates = await listSurveyCandidates(deps.db, seminar.id, kind);
    const due = new Set(selectSurveyRecipients(candidates.map((row) => ({ ...row, isSent: row.link_id !== null }))));
    for (const candidate of candidates.filter((row) => due.has(row.id))) {
      const claimed = await inTransaction(deps.db, async (trx) => {
        const token = newToken();
        const isFirst = await insertSurveyLink(trx, {
          seminar_id: seminar.id,
          registration_id: candidate.id,
          kind,
          token_hash: hashToken(token),
          sent_at: now,
        });
        if (!isFirst) {
          return false;
        }
        const message = renderSurveyMessage(
          kind,
          seminar.title,
          surveyLink(deps.config.publicUrl, token),
          candidate.language === "en" ? "en" : "da",
        );
        await deps.mailer.send(trx, { to: candidate.email, subject: message.subject, text: message.text });
        await writeAudit(trx, {
          actorId: null,
          entity: "seminar_registration",
          entityId: candidate.id,
          action: kind === "evaluation" ? "send_evaluation" : "send_follow_up",
        });
        return true;
      });
      sent += claimed ? 1 : 0;
    }
  }
  return sent;
}

const surveyLinkUnknown = () =>
  new HttpError(404, "link_unknown", "Linket findes ikke. Tjek, at hele adressen er med / The link does not exist");

/** What a survey link shows; an answered link says so (the form is not shown again). */
export async function describeSurveyLink(db: Db, token: string, language: Language): Promise<SurveyLinkView> {
  const link = await findSurveyLinkByTokenHash(db, hashToken(token));
  if (!link) {
    throw surveyLinkUnknown();
  }
  const kind = link.kind as SurveyKind;
  return {
    kind,
    seminar: { id: link.seminar_id, title: link.title, startsAt: link.starts_at.toISOString() },
    form: renderForm(surveyDefinition(kind), ATTENDEE, language),
    isAnswered: link.answered_at !== null,
  };
}

/**
 * Answers a survey through its link, once: the answers are stored apart from the link (anonymous); a
 * second answer is refused with 409 and writes nothing.
 */
export async function answerSurvey(
  deps: Pick<ModuleDeps, "db" | "clock">,
  language: Language,
  token: string,
  raw: Record<string, unknown>,
): Promise<SurveyLinkView> {
  const now = deps.clock.now();
  await inTransaction(deps.db, async (trx) => {
    const link = await findSurveyLinkByTokenHash(trx, hashToken(token));
    if (!link) {
      throw surveyLinkUnknown();
    }
    if (link.answered_at !== null) {
      throw fieldError(language, 409, "token", "survey_answered");
    }
    const kind = link.kind as SurveyKind;
    const checked = checkAnswers(surveyDefinition(kind), ATTENDEE, raw);
    if (!checked.ok) {
      throw fieldError(language, 400, checked.problem.field, checked.problem.message, checked.problem.params);
    }
    if (!(await markSurveyAnswered(trx, link.id, now))) {
      throw fieldError(language, 409, "token", "survey_answered");
    }
    await insertSurveyResponse(trx, { seminar_id: link.seminar_id, kind, answers: checked.answers, created_at: now });
    // The audit names the seminar, never the link: the answer stays anonymous.
    await writeAudit(trx, { actorId: null, entity: "seminar", entityId: link.seminar_id, action: `answer_${kind}` });
  });
  return describeSurveyLink(deps.db, token, language);
}

/** The report's survey figures: how many were asked, how many answered, and what they said. */
export async function seminarSurveyResults(
  deps: Pick<ModuleDeps, "db" | "config">,
  seminarId: string,
): Promise<SeminarSurveyResults> {
  const { db } = deps;
  const seminar = await findSeminar(db, seminarId);
  if (!seminar) {
    throw notFound("seminar");
  }
  const [evaluations, followUps, evaluationSent, followUpSent] = await Promise.all([
    listSurveyResponses(db, seminarId, "evaluation"),
    listSurveyResponses(db, seminarId, "follow_up"),
    countSurveyLinks(db, seminarId, "evaluation"),
    countSurveyLinks(db, seminarId, "follow_up"),
  ]);
  const dueAt = surveyDueAt(
    "follow_up",
    { status: seminar.status, endsAt: seminar.ends_at },
    deps.config.seminars.followUpMonths,
  );
  return {
    seminarId,
    evaluation: { ...summariseEvaluation(evaluations as AnswerSet[]), sent: evaluationSent },
    followUp: {
      ...summariseFollowUp(followUps as AnswerSet[]),
      sent: followUpSent,
      dueAt: dueAt?.toISOString() ?? null,
    },
  };
}
