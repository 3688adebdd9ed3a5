import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { hashToken, newToken } from "../../platform/tokens.js";
import { presentRespondent } from "./assessments.present.js";
import { loadManagedAssessment } from "./assessments.service.js";
import {
  countAnswers,
  deleteAnswers,
  deleteInvitationMails,
  eraseRespondentRow,
  findRespondent,
  lockRespondentOf,
  type RespondentRow,
} from "./respondents.repo.js";
import { invitationSubjects } from "./respondents.service.js";

/**
 * Erases a respondent's personal data (GDPR, at the person's request; agents and the programme
 * manager): the name and e-mail address are removed, the link stops working (404 from then on),
 * and the invitation mails to them for this assessment are deleted. Submitted answers stay: they
 * were given anonymously, count in the results and in the closed assessment's scores, and with
 * name, address and link gone nothing ties them to a person. A draft that was never submitted
 * never counted, so its answers go. Logged once, without the name or address; erasing again
 * changes nothing and answers the same.
 */
export async function eraseRespondent(ctx: ServiceContext, assessmentId: string, respondentId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const assessment = await loadManagedAssessment(trx, ctx.actor, assessmentId);
    const respondent = await lockRespondentOf(trx, assessmentId, respondentId);
    if (!respondent) {
      throw notFound("respondent");
    }
    if (respondent.erased_at === null) {
      const isSubmitted = respondent.submitted_at !== null;
      const draftAnswersDeleted = isSubmitted ? 0 : await deleteAnswers(trx, respondentId);
      const mailsDeleted = respondent.email
        ? await deleteInvitationMails(trx, respondent.email, invitationSubjects(assessment.title))
        : 0;
      await eraseRespondentRow(trx, respondentId, hashToken(newToken()), new Date());
      await writeAudit(trx, {
        actorId: ctx.actor.id,
        entity: "assessment_respondent",
        entityId: respondentId,
        action: "erase_personal_data",
        after: {
          assessmentId,
          audience: respondent.audience,
          submitted: isSubmitted,
          answersKept: await countAnswers(trx, respondentId),
          draftAnswersDeleted,
          mailsDeleted,
        },
        requestId: ctx.requestId,
      });
    }
    return presentRespondent((await findRespondent(trx, respondentId)) as RespondentRow);
  });
}
