import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { HttpError } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { pseudonymiseAudit, replaceInSnapshot, type Replacement } from "../audit/audit.service.js";
import { eraseRespondentsByEmail } from "../assessments/respondents.service.js";
import { eraseMailTo } from "../mail/mail.service.js";
import { eraseNotificationsOf } from "../notifications/notifications.service.js";
import { eraseContactPerson } from "../organisations/organisations.service.js";
import { releaseTasksOf } from "../processes/process-work.service.js";
import { eraseSeminarRegistrations } from "../seminars/jobs.service.js";
import * as repo from "./erase.repo.js";

/** The stable pseudonym of an erased person: derived from the account id, so a second erasure changes nothing. */
export function pseudonymFor(userId: string): { name: string; email: string } {
  return { name: `Slettet bruger ${userId.slice(0, 8)}`, email: `slettet-${userId}@samspil.invalid` };
}

/** Names shorter than this are not searched for in free text (they would match inside ordinary words). */
const MIN_NAME_LENGTH = 4;

export interface ErasureResult {
  id: string;
  name: string;
  erasedAt: string;
}

/**
 * Erases a person (docs/decisions/0012): sessions, invitations, their notifications and the
 * mails to them are deleted; questionnaire links to their e-mail lose name and e-mail; they are
 * removed as a contact person (search documents refreshed); the account row keeps its id, so the
 * audit log and authorship still hold together, but name and e-mail become a pseudonym and every
 * way to sign in is removed; the audit snapshots, other people's mails and notifications that
 * named them get the pseudonym. Idempotent: erasing again returns the first result unchanged.
 */
export async function eraseUser(ctx: ServiceContext, userId: string): Promise<ErasureResult> {
  if (userId === ctx.actor.id) {
    throw new HttpError(400, "validation", "Du kan ikke slette dig selv / You cannot erase yourself", {
      id: "Du kan ikke slette dig selv",
    });
  }
  return inTransaction(ctx.db, async (trx) => {
    const user = await repo.lockUser(trx, userId);
    if (!user) {
      throw new HttpError(404, "not_found", "Brugeren findes ikke / User not found");
    }
    if (user.erased_at) {
      return { id: user.id, name: user.name, erasedAt: user.erased_at.toISOString() };
    }
    const pseudonym = pseudonymFor(user.id);
    const erasedAt = new Date();
    const replacements: Replacement[] = [{ find: user.email, replaceWith: pseudonym.email }];
    if (user.name.trim().length >= MIN_NAME_LENGTH) {
      replacements.push({ find: user.name.trim(), replaceWith: pseudonym.name });
    }
    const needles = replacements.map((replacement) => replacement.find);
    const rewrite = (text: string) => replaceInSnapshot(text, replacements) as string;

    await repo.deleteAccessOf(trx, user.id);
    await eraseNotificationsOf(trx, user.id, needles, rewrite);
    await eraseMailTo(trx, user.email, needles, rewrite);
    await eraseRespondentsByEmail(trx, user.email, pseudonym.name);
    await eraseSeminarRegistrations(trx, user.email, pseudonym.name);
    const organisationIds = await eraseContactPerson(trx, user.email);
    await releaseTasksOf(trx, user.name);
    await repo.anonymiseAccount(trx, user.id, pseudonym, erasedAt);
    await pseudonymiseAudit(trx, replacements);

    for (const organisationId of organisationIds) {
      await writeAudit(trx, {
        actorId: ctx.actor.id,
        entity: "organisation",
        entityId: organisationId,
        action: "erase_contact_person",
        after: { contactPerson: pseudonym.name },
        requestId: ctx.requestId,
      });
    }
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "user",
      entityId: user.id,
      action: "erase",
      after: { name: pseudonym.name },
      requestId: ctx.requestId,
    });
    return { id: user.id, name: pseudonym.name, erasedAt: erasedAt.toISOString() };
  });
}
