import { inTransaction } from "../../db/transaction.js";
import type { Db } from "../../db/database.js";
import { writeAudit } from "../audit/audit.service.js";
import { seminarLink, sendSeminarMail, type SeminarDeps } from "./registrations.service.js";
import {
  anonymiseRegistrationsOf,
  deleteNonAttendeesBefore,
  findSeminar,
  listDueReminders,
  listRegistrationsOfEmail,
  markReminded,
} from "./seminars.repo.js";
import { eraseRegistrationAnswers, listAnswersOfRegistrations } from "./surveys.service.js";

/**
 * Reminds everyone with a place, `reminderHours` before the start. Each reminder is claimed by a
 * conditional update in the transaction that writes the mail: a second run or instance sends nothing.
 */
export async function sendSeminarReminders(deps: SeminarDeps, now = new Date()): Promise<number> {
  let sent = 0;
  for (const registration of await listDueReminders(deps.db, now, deps.config.seminars.reminderHours)) {
    const claimed = await inTransaction(deps.db, async (trx) => {
      if (!(await markReminded(trx, registration.id, now))) {
        return false;
      }
      const seminar = await findSeminar(trx, registration.seminar_id);
      if (!seminar) {
        return false;
      }
      await sendSeminarMail(trx, deps, registration, {
        key: "reminder",
        title: seminar.title,
        startsAt: seminar.starts_at,
        place: seminar.place_address,
        link: seminarLink(deps.config.publicUrl, seminar.id),
        onlineUrl: seminar.online_url,
      });
      return true;
    });
    sent += claimed ? 1 : 0;
  }
  return sent;
}

/** Retention: registrations of people who did not attend are deleted `purgeMonths` after the seminar. */
export async function purgeNonAttendees(deps: SeminarDeps, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - deps.config.seminars.purgeMonths);
  return inTransaction(deps.db, (trx) => deleteNonAttendeesBefore(trx, cutoff));
}

/** «Mine data»: the person's seminar registrations, by e-mail, with their answers to the registration questions. */
export async function exportSeminarRegistrations(db: Db, email: string) {
  const rows = await listRegistrationsOfEmail(db, email);
  const answers = await listAnswersOfRegistrations(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    seminarId: row.seminar_id,
    seminarTitle: row.seminar_title,
    name: row.name,
    email: row.email,
    side: row.side,
    organisationName: row.organisation_name,
    status: row.status,
    listedPublicly: row.consent_to_list,
    registeredAt: row.created_at.toISOString(),
    checkedInAt: row.checked_in_at?.toISOString() ?? null,
    answers: answers.get(row.id) ?? {},
  }));
}

/**
 * Erasure, inside the erasing transaction: the registrations keep their side and attendance (the report's
 * counts stay true) but lose name, e-mail, link, listing and their answers to the registration questions.
 */
export async function eraseSeminarRegistrations(trx: Db, email: string, pseudonym: string): Promise<void> {
  const registrations = await listRegistrationsOfEmail(trx, email);
  // Before the e-mail goes: the answers are found through it.
  await eraseRegistrationAnswers(trx, email);
  await anonymiseRegistrationsOf(trx, email, pseudonym);
  for (const registration of registrations) {
    await writeAudit(trx, {
      actorId: null,
      entity: "seminar_registration",
      entityId: registration.id,
      action: "erase",
    });
  }
}
