import {
  LANGUAGES,
  readRespondentRows,
  type BulkRowError,
  type LinkRenewal,
  type RespondentInvite,
} from "../../../domain/assessment/index.js";
import { renderMessage, respondentInvitationSubject } from "../../../domain/messages/index.js";
import { listQuestions } from "../../../domain/questionnaire/index.js";
import type { Language } from "../../../domain/validation.js";
import type { IssuedLink, Respondent } from "../../../domain/assessment/views.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, HttpError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../../platform/actor.js";
import { hashToken, newToken } from "../../platform/tokens.js";
import type { Mailer } from "../mail/mail.service.js";
import { presentRespondent } from "./assessments.present.js";
import { loadAssessmentDefinition, loadManagedAssessment } from "./assessments.service.js";
import {
  anonymiseRespondentsByEmail,
  findRespondent,
  insertRespondent,
  listRespondents,
  replaceToken,
} from "./respondents.repo.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a respondent answers: the web app's page for the personal link. */
export const buildRespondentLink = (publicUrl: string, token: string): string =>
  `${publicUrl.replace(/\/$/, "")}/svar/${token}`;

/** The subjects an invitation to the assessment was sent with, in either language. */
export const invitationSubjects = (title: string): string[] =>
  LANGUAGES.map((language) => respondentInvitationSubject(title, language));

function invitationMail(
  to: string,
  language: Language,
  details: { name: string; organisation: string; title: string; link: string; expiresAt: Date },
) {
  const mail = renderMessage(
    {
      key: "respondent_invitation",
      name: details.name,
      organisation: details.organisation,
      assessmentTitle: details.title,
      link: details.link,
      expiresAt: details.expiresAt,
    },
    language,
  );
  return { to, subject: mail.subject, text: mail.text };
}

/**
 * Invites one respondent in a group: a personal link (no account needed) that expires. The token
 * is shown once, in this answer and in the e-mail; only its hash is stored.
 */
export async function inviteRespondent(
  ctx: ServiceContext,
  mailer: Mailer,
  publicUrl: string,
  assessmentId: string,
  input: RespondentInvite,
): Promise<IssuedLink> {
  return inTransaction(ctx.db, async (trx) => {
    const assessment = await loadManagedAssessment(trx, ctx.actor, assessmentId);
    if (assessment.status !== "open") {
      throw fieldError(ctx.language, 409, "status", "assessment_closed");
    }
    const definition = await loadAssessmentDefinition(trx, assessment.template_id);
    if (listQuestions(definition, input.audience).length === 0) {
      throw fieldError(ctx.language, 400, "audience", "audience_not_in_template");
    }
    const token = newToken();
    const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
    const email = input.email ? input.email.toLowerCase() : null;
    const language = input.language ?? ctx.language;
    const id = await insertRespondent(trx, {
      assessmentId,
      audience: input.audience,
      name: input.name,
      email,
      language,
      tokenHash: hashToken(token),
      expiresAt,
      createdBy: ctx.actor.id,
    });
    const link = buildRespondentLink(publicUrl, token);
    if (email) {
      await mailer.send(
        trx,
        invitationMail(email, language, {
          name: input.name,
          organisation: assessment.organisation_name,
          title: assessment.title,
          link,
          expiresAt,
        }),
      );
    }
    const respondent = presentRespondent(
      (await findRespondent(trx, id)) as NonNullable<Awaited<ReturnType<typeof findRespondent>>>,
    );
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "assessment_respondent",
      entityId: id,
      action: "invite",
      after: {
        assessmentId,
        audience: input.audience,
        language,
        expiresAt: respondent.expiresAt,
        emailed: email !== null,
      },
      requestId: ctx.requestId,
    });
    return { respondent, link, token, emailed: email !== null };
  });
}

/** A new link for a respondent whose link expired or was lost; saved answers stay, the old link stops working. */
export async function renewRespondentLink(
  ctx: ServiceContext,
  mailer: Mailer,
  publicUrl: string,
  assessmentId: string,
  respondentId: string,
  input: LinkRenewal,
): Promise<IssuedLink> {
  return inTransaction(ctx.db, async (trx) => {
    const assessment = await loadManagedAssessment(trx, ctx.actor, assessmentId);
    const respondent = await findRespondent(trx, respondentId);
    if (!respondent || respondent.assessment_id !== assessmentId) {
      throw notFound("respondent");
    }
    if (assessment.status !== "open") {
      throw fieldError(ctx.language, 409, "status", "assessment_closed");
    }
    if (respondent.erased_at) {
      throw fieldError(ctx.language, 409, "respondentId", "respondent_erased");
    }
    if (respondent.submitted_at) {
      throw fieldError(ctx.language, 409, "respondentId", "respondent_submitted");
    }
    const token = newToken();
    const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
    await replaceToken(trx, respondentId, hashToken(token), expiresAt);
    const link = buildRespondentLink(publicUrl, token);
    if (respondent.email) {
      await mailer.send(
        trx,
        invitationMail(respondent.email, respondent.language, {
          name: respondent.name,
          organisation: assessment.organisation_name,
          title: assessment.title,
          link,
          expiresAt,
        }),
      );
    }
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "assessment_respondent",
      entityId: respondentId,
      action: "renew_link",
      after: { expiresAt: expiresAt.toISOString() },
      requestId: ctx.requestId,
    });
    const renewed = presentRespondent(
      (await findRespondent(trx, respondentId)) as NonNullable<Awaited<ReturnType<typeof findRespondent>>>,
    );
    return { respondent: renewed, link, token, emailed: respondent.email !== null };
  });
}

/** The respondents and how far each has come: for agents and the programme manager only. */
export async function listAssessmentRespondents(db: Db, actor: Actor, assessmentId: string): Promise<Respondent[]> {
  await loadManagedAssessment(db, actor, assessmentId);
  return (await listRespondents(db, assessmentId)).map(presentRespondent);
}

/**
 * Erasure of a person (GDPR Art. 17), inside the erasing transaction: the questionnaire links sent to
 * their e-mail get the pseudonym for name, no e-mail, and are closed; the answers stay, unlinked.
 */
export function eraseRespondentsByEmail(trx: Db, email: string, pseudonym: string): Promise<number> {
  return anonymiseRespondentsByEmail(trx, email, pseudonym);
}

/** What a bulk invitation did: one mail each, no link in the answer (the links travel only by mail). */
export interface BulkInvitation {
  invited: number;
  respondents: Respondent[];
}

/**
 * Invites everyone on a pasted or uploaded list, one mail each, in one transaction: a single wrong row
 * refuses the whole list with every row's problems named, and nothing is written.
 */
export async function inviteRespondentsInBulk(
  ctx: ServiceContext,
  mailer: Mailer,
  publicUrl: string,
  assessmentId: string,
  input: { cells: string[][]; expiresInDays: number },
): Promise<BulkInvitation> {
  const preview = readRespondentRows(input.cells, ctx.language);
  if (preview.errors.length > 0) {
    const fields = Object.fromEntries(
      preview.errors.map((error) => [error.row > 0 ? `row${error.row}.${error.field}` : error.field, error.message]),
    );
    throw new HttpError(400, "validation", bulkSummary(preview.errors, ctx.language), fields);
  }
  return inTransaction(ctx.db, async (trx) => {
    const inner = { ...ctx, db: trx };
    const respondents: Respondent[] = [];
    for (const row of preview.rows) {
      const issued = await inviteRespondent(inner, mailer, publicUrl, assessmentId, {
        audience: row.audience,
        name: row.name,
        email: row.email,
        expiresInDays: input.expiresInDays,
      });
      respondents.push(issued.respondent);
    }
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "assessment",
      entityId: assessmentId,
      action: "invite_bulk",
      after: { invited: respondents.length },
      requestId: ctx.requestId,
    });
    return { invited: respondents.length, respondents };
  });
}

function bulkSummary(errors: BulkRowError[], language: Language): string {
  const rows = new Set(errors.filter((error) => error.row > 0).map((error) => error.row)).size;
  const head =
    language === "en"
      ? `${rows} row(s) need correcting; nobody was invited`
      : `${rows} række(r) skal rettes; ingen er inviteret`;
  return `${head}: ${errors
    .slice(0, 5)
    .map(
      (error) =>
        (error.row > 0 ? `${language === "en" ? "row" : "række"} ${error.row}, ${error.field}: ` : "") + error.message,
    )
    .join("; ")}`;
}
