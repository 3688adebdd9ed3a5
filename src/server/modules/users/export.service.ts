import type { Db } from "../../db/database.js";
import type { ContactPersonRow } from "../../db/schema.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { HttpError } from "../../http/errors.js";
import { auditTrailOfUser, writeAudit } from "../audit/audit.service.js";
import { exportSeminarRegistrations } from "../seminars/jobs.service.js";
import * as repo from "./export.repo.js";

const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Free text written for or by the person may quote someone else's e-mail address: those are masked. */
function maskOtherEmails(text: string, ownEmail: string): string {
  return text.replace(EMAIL_ADDRESS, (address) => (address.toLowerCase() === ownEmail ? address : "[e-mail]"));
}

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);
const day = (value: Date | null): string | null => (value ? value.toISOString().slice(0, 10) : null);

/**
 * Everything Samspil holds about one person, as JSON (GDPR Art. 15 access, Art. 20 portability):
 * the account, membership, sessions and invitations (no tokens), what they wrote or own, where
 * their e-mail appears, their activity and the lookup log (who, by role, read or changed their
 * account and when: C-579/21). Data of others is left out: no other person's name or e-mail, no
 * other company's offer, no audit snapshots of other entities. The export itself is audited first,
 * so it appears in its own lookup log.
 */
export async function exportPersonalData(ctx: ServiceContext, userId: string) {
  return inTransaction(ctx.db, async (trx) => {
    const account = await repo.findAccount(trx, userId);
    if (!account) {
      throw new HttpError(404, "not_found", "Brugeren findes ikke / User not found");
    }
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "user",
      entityId: userId,
      action: ctx.actor.id === userId ? "export_own_data" : "export_data",
      requestId: ctx.requestId,
    });
    return collect(trx, account, new Date());
  });
}

async function collect(db: Db, account: NonNullable<Awaited<ReturnType<typeof repo.findAccount>>>, exportedAt: Date) {
  const [
    sessions,
    invitations,
    notifications,
    needs,
    processes,
    tasks,
    gateDecisions,
    offers,
    marketDialogue,
    businessCases,
    assessments,
    respondent,
    contactOrganisations,
    mails,
    { byActor: activity, aboutUser: lookups },
    seminarRegistrations,
  ] = await Promise.all([
    repo.listSessionsOf(db, account.id),
    repo.listInvitationsOf(db, account.id),
    repo.listNotificationsOf(db, account.id),
    repo.listNeedsCreatedBy(db, account.id),
    repo.listProcessesCreatedBy(db, account.id),
    repo.listTasksOwnedBy(db, account.id),
    repo.listGateDecisionsBy(db, account.id),
    repo.listOffersSubmittedBy(db, account.id),
    repo.listDialogueRecordedBy(db, account.id),
    repo.listBusinessCasesCreatedBy(db, account.id),
    repo.listAssessmentsCreatedBy(db, account.id),
    repo.listRespondentEntries(db, account.email),
    repo.listOrganisationsWithContact(db, account.email),
    repo.listMailsTo(db, account.email),
    auditTrailOfUser(db, account.id),
    exportSeminarRegistrations(db, account.email),
  ]);
  const email = account.email.toLowerCase();
  return {
    format: "samspil-personal-data-export",
    version: 1,
    exportedAt: exportedAt.toISOString(),
    account: {
      id: account.id,
      email: account.email,
      name: account.name,
      role: account.role,
      hasPassword: account.password_hash !== null,
      externalLogin: account.external_idp
        ? { provider: account.external_idp, subject: account.external_subject }
        : null,
      disabledAt: iso(account.disabled_at),
      erasedAt: iso(account.erased_at),
      lastLoginAt: iso(account.last_login_at),
      createdAt: iso(account.created_at),
    },
    organisation: account.organisation_id
      ? { id: account.organisation_id, name: account.organisation_name, kind: account.organisation_kind }
      : null,
    sessions: sessions.map((row) => ({
      createdAt: iso(row.created_at),
      lastSeenAt: iso(row.last_seen_at),
      expiresAt: iso(row.expires_at),
    })),
    invitations: invitations.map((row) => ({
      createdAt: iso(row.created_at),
      expiresAt: iso(row.expires_at),
      usedAt: iso(row.used_at),
    })),
    notifications: notifications.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: maskOtherEmails(row.title, email),
      body: maskOtherEmails(row.body, email),
      link: row.link,
      createdAt: iso(row.created_at),
      readAt: iso(row.read_at),
    })),
    authored: {
      needs: needs.map((row) => ({ id: row.id, title: row.title, status: row.status, createdAt: iso(row.created_at) })),
      processes: processes.map((row) => ({ id: row.id, title: row.title, createdAt: iso(row.created_at) })),
      gateDecisions: gateDecisions.map((row) => ({
        id: row.id,
        processId: row.process_id,
        phase: row.phase,
        decision: row.decision,
        rationale: maskOtherEmails(row.rationale, email),
        decidedAt: iso(row.decided_at),
      })),
      offers: offers.map((row) => ({
        id: row.id,
        callId: row.call_id,
        companyId: row.company_id,
        solutionText: maskOtherEmails(row.solution_text, email),
        priceIndication: maskOtherEmails(row.price_indication, email),
        submittedAt: iso(row.submitted_at),
        updatedAt: iso(row.updated_at),
      })),
      marketDialogue: marketDialogue.map((row) => ({
        id: row.id,
        callId: row.call_id,
        kind: row.kind,
        occurredAt: iso(row.occurred_at),
      })),
      businessCases: businessCases.map((row) => ({ id: row.id, title: row.title, createdAt: iso(row.created_at) })),
      assessments: assessments.map((row) => ({ id: row.id, title: row.title, openedAt: iso(row.opened_at) })),
    },
    tasks: tasks.map((row) => ({
      id: row.id,
      processId: row.process_id,
      kind: row.kind,
      title: row.title,
      dueOn: day(row.due_on),
      doneAt: iso(row.done_at),
    })),
    questionnaireLinks: respondent.map((row) => ({
      id: row.id,
      assessmentId: row.assessment_id,
      assessmentTitle: row.assessment_title,
      audience: row.audience,
      name: row.name,
      email: row.email,
      language: row.language,
      expiresAt: iso(row.expires_at),
      submittedAt: iso(row.submitted_at),
      answers: row.answers ?? {},
    })),
    contactPersonFor: contactOrganisations.map((row) => ({
      organisationId: row.id,
      organisationName: row.name,
      entries: (row.contact_persons as ContactPersonRow[]).filter((person) => person.email.toLowerCase() === email),
    })),
    seminarRegistrations,
    mailsToYou: mails.map((row) => ({
      id: row.id,
      subject: row.subject,
      createdAt: iso(row.created_at),
      sentAt: iso(row.sent_at),
    })),
    activity: activity.map((row) => ({
      id: String(row.id),
      at: iso(row.at),
      entity: row.entity,
      entityId: row.entity_id,
      action: row.action,
      requestId: row.request_id,
    })),
    lookupLog: lookups.map((row) => ({
      id: String(row.id),
      at: iso(row.at),
      action: row.action,
      by: row.actor_id === null ? "system" : row.actor_id === account.id ? "you" : (row.actor_role ?? "unknown"),
      before: row.before,
      after: row.after,
    })),
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof collect>>;
