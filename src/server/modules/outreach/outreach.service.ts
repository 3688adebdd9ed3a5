import { translateMessage, type Language } from "../../../domain/validation.js";
import { contactDateProblems, type ContactDateProblem } from "../../../domain/outreach/rules.js";
import type { ContactCreate, ContactPatch, ContactQuery } from "../../../domain/outreach/schemas.js";
import type { OutreachContact } from "../../../domain/outreach/views.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, HttpError, notFound } from "../../http/errors.js";
import type { Actor } from "../../platform/actor.js";
import { todayIn, type Clock } from "../../platform/clock.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Notifier } from "../notifications/notifications.service.js";
import { canEditContact, canUseOutreachLog } from "./outreach.policy.js";
import { presentContact } from "./outreach.present.js";
import {
  claimFollowUpReminder,
  countOpenFollowUpsDue,
  findContact,
  insertContact,
  listContactOrganisations,
  listContacts,
  listFollowUpsToRemind,
  listKnownOrganisationIds,
  replaceContactOrganisations,
  updateContactRow,
  type ContactRow,
} from "./outreach.repo.js";

/** Enough for an organisation's history or an agent's months of visits; older contacts stay in the database. */
const LIST_LIMIT = 200;

function dateError(language: Language, problems: ContactDateProblem[]): HttpError {
  const fields = Object.fromEntries(
    problems.map((problem) => [problem.field, translateMessage(problem.key, language)]),
  );
  const summary = Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join("; ");
  return new HttpError(400, "validation", summary, fields);
}

async function checkOrganisations(db: Db, language: Language, ids: string[]): Promise<void> {
  const known = new Set(await listKnownOrganisationIds(db, ids));
  if (ids.some((id) => !known.has(id))) {
    throw fieldError(language, 400, "organisationIds", "organisation_unknown");
  }
}

async function presentRows(db: Db, rows: ContactRow[], today: string): Promise<OutreachContact[]> {
  const organisations = await listContactOrganisations(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentContact(row, organisations, today));
}

/** A contact the actor may change: 404 when there is none, 403 for an agent who did not log it. */
export async function loadEditableContact(db: Db, actor: Actor, id: string): Promise<ContactRow> {
  const contact = await findContact(db, id);
  if (!contact || !canUseOutreachLog(actor)) {
    throw notFound("contact");
  }
  if (!canEditContact(actor, contact)) {
    throw forbidden();
  }
  return contact;
}

export async function getContact(db: Db, actor: Actor, id: string, clock: Clock): Promise<OutreachContact> {
  const contact = await findContact(db, id);
  if (!contact || !canUseOutreachLog(actor)) {
    throw notFound("contact");
  }
  const [presented] = await presentRows(db, [contact], todayIn(clock));
  return presented as OutreachContact;
}

/** The log, newest first: an organisation's contacts, the caller's own, or the follow-ups due by today. */
export async function listOutreach(db: Db, actor: Actor, query: ContactQuery, clock: Clock) {
  if (!canUseOutreachLog(actor)) {
    throw forbidden();
  }
  const today = todayIn(clock);
  const rows = await listContacts(db, {
    organisationId: query.organisationId,
    recordedBy: query.mine === "true" ? actor.id : undefined,
    dueBy: query.due === "true" ? today : undefined,
    limit: LIST_LIMIT,
  });
  return presentRows(db, rows, today);
}

/** The follow-ups an agent has due by today (their home page), oldest first. */
export async function listFollowUpsDue(db: Db, actor: Actor, clock: Clock, limit = 20): Promise<OutreachContact[]> {
  const today = todayIn(clock);
  const rows = await listContacts(db, { recordedBy: actor.id, dueBy: today, limit });
  return presentRows(db, rows, today);
}

/** How many follow-ups are due by today across all agents (the programme manager's summary). */
export function countFollowUpsDue(db: Db, clock: Clock): Promise<number> {
  return countOpenFollowUpsDue(db, todayIn(clock));
}

/** Logs a visit, meeting or call with organisations from the registry. */
export async function logContact(ctx: ServiceContext, clock: Clock, input: ContactCreate): Promise<OutreachContact> {
  const today = todayIn(clock);
  const problems = contactDateProblems(input, today);
  if (problems.length > 0) {
    throw dateError(ctx.language, problems);
  }
  return inTransaction(ctx.db, async (trx) => {
    await checkOrganisations(trx, ctx.language, input.organisationIds);
    const { id } = await insertContact(trx, {
      occurred_on: input.occurredOn,
      kind: input.kind,
      participants: input.participants,
      notes: input.notes,
      follow_up_on: input.followUpOn,
      recorded_by: ctx.actor.id,
    });
    await replaceContactOrganisations(trx, id, input.organisationIds);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "outreach_contact",
      entityId: id,
      action: "create",
      after: input,
      requestId: ctx.requestId,
    });
    return getContact(trx, ctx.actor, id, clock);
  });
}

/** Changes a contact; a new follow-up date is reminded anew, and `followUpDone` closes the follow-up. */
export async function updateContact(
  ctx: ServiceContext,
  clock: Clock,
  id: string,
  patch: ContactPatch,
): Promise<OutreachContact> {
  return inTransaction(ctx.db, async (trx) => {
    const before = await loadEditableContact(trx, ctx.actor, id);
    const dates = {
      occurredOn: patch.occurredOn ?? before.occurred_on,
      followUpOn: patch.followUpOn === undefined ? before.follow_up_on : patch.followUpOn,
    };
    const problems = contactDateProblems(dates, todayIn(clock)).filter(
      // An old contact keeps its date; only the fields this change touches are checked.
      (problem) => (problem.field === "occurredOn" ? patch.occurredOn !== undefined : true),
    );
    if (problems.length > 0) {
      throw dateError(ctx.language, problems);
    }
    if (patch.organisationIds) {
      await checkOrganisations(trx, ctx.language, patch.organisationIds);
      await replaceContactOrganisations(trx, id, patch.organisationIds);
    }
    const followUpMoved = patch.followUpOn !== undefined && patch.followUpOn !== before.follow_up_on;
    await updateContactRow(trx, id, {
      occurred_on: patch.occurredOn,
      kind: patch.kind,
      participants: patch.participants,
      notes: patch.notes,
      follow_up_on: patch.followUpOn,
      follow_up_done_at:
        patch.followUpDone === undefined
          ? undefined
          : patch.followUpDone
            ? (before.follow_up_done_at ?? clock.now())
            : null,
      reminded_at: followUpMoved ? null : undefined,
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "outreach_contact",
      entityId: id,
      action: "update",
      before: {
        occurredOn: before.occurred_on,
        kind: before.kind,
        followUpOn: before.follow_up_on,
        followUpDone: before.follow_up_done_at !== null,
      },
      after: patch,
      requestId: ctx.requestId,
    });
    return getContact(trx, ctx.actor, id, clock);
  });
}

/**
 * Reminds each agent of their follow-ups that have come due, once per follow-up date: the reminder is
 * claimed by a conditional update in the same transaction as the notification, so two runs (or two
 * instances) never send it twice, and a failed notification leaves it unclaimed for the next run.
 */
export async function sendFollowUpReminders(db: Db, notifier: Notifier, clock: Clock): Promise<number> {
  const now = clock.now();
  const due = await listFollowUpsToRemind(db, todayIn(clock));
  let sent = 0;
  for (const contact of due) {
    await inTransaction(db, async (trx) => {
      if (!(await claimFollowUpReminder(trx, contact.id, now))) {
        return;
      }
      await notifier.notify(trx, [{ id: contact.user_id, email: contact.email, language: contact.language }], {
        kind: "outreach_follow_up",
        message: {
          key: "outreach_follow_up",
          organisations: contact.organisation_names,
          occurredOn: contact.occurred_on,
          followUpOn: contact.follow_up_on ?? "",
        },
        link: `/kontaktlog/${contact.id}`,
      });
      sent += 1;
    });
  }
  return sent;
}
