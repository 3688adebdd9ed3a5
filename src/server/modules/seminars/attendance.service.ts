import ExcelJS from "exceljs";
import { describeAnswer, listQuestions, type QuestionnaireDefinition } from "../../../domain/questionnaire/index.js";
import { canMoveRegistration } from "../../../domain/seminars/rules.js";
import type { RegistrationState, Side, WalkInInput } from "../../../domain/seminars/schemas.js";
import type { RegistrationRow } from "../../../domain/seminars/views.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { presentRegistration, waitlistPositions } from "./seminars.present.js";
import {
  findLiveRegistrationByEmail,
  findRegistration,
  insertRegistration,
  listRegistrationRows,
  lockSeminar,
  updateRegistrationIf,
} from "./seminars.repo.js";

/** Every registration of a seminar, wait list numbered per side (staff: agents and the programme manager). */
export async function listSeminarRegistrations(db: Db, seminarId: string): Promise<RegistrationRow[]> {
  const rows = await listRegistrationRows(db, seminarId);
  const positions = waitlistPositions(rows);
  return rows.map((row) => presentRegistration(row, positions.get(row.id) ?? null));
}

async function lockForCheckIn(ctx: ServiceContext, trx: Db, seminarId: string) {
  const seminar = await lockSeminar(trx, seminarId);
  if (!seminar) {
    throw notFound("seminar");
  }
  if (seminar.status !== "published" && seminar.status !== "held") {
    throw fieldError(ctx.language, 409, "status", "seminar_locked");
  }
  return seminar;
}

/** Ticks a person present at the door (or unticks); a no-show who came late can be corrected. */
export async function setAttendance(
  ctx: ServiceContext,
  seminarId: string,
  registrationId: string,
  present: boolean,
): Promise<RegistrationRow> {
  return inTransaction(ctx.db, async (trx) => {
    await lockForCheckIn(ctx, trx, seminarId);
    const registration = await findRegistration(trx, registrationId);
    if (!registration || registration.seminar_id !== seminarId) {
      throw notFound("registration");
    }
    const from = registration.status as RegistrationState;
    const to: RegistrationState = present ? "attended" : "registered";
    if (from !== to) {
      if (!canMoveRegistration(from, to)) {
        throw fieldError(ctx.language, 409, "status", "registration_move", { from, to });
      }
      await updateRegistrationIf(trx, registrationId, from, { status: to, checked_in_at: present ? new Date() : null });
      await writeAudit(trx, {
        actorId: ctx.actor.id,
        entity: "seminar_registration",
        entityId: registrationId,
        action: present ? "check_in" : "undo_check_in",
        before: { status: from },
        requestId: ctx.requestId,
      });
    }
    const updated = await findRegistration(trx, registrationId);
    return presentRegistration(updated ?? registration, null);
  });
}

/** Someone who came without registering: recorded as attended (an existing registration is checked in). */
export async function addWalkIn(ctx: ServiceContext, seminarId: string, input: WalkInInput): Promise<RegistrationRow> {
  return inTransaction(ctx.db, async (trx) => {
    await lockForCheckIn(ctx, trx, seminarId);
    const existing = input.email ? await findLiveRegistrationByEmail(trx, seminarId, input.email) : undefined;
    if (existing && existing.status !== "attended") {
      if (!canMoveRegistration(existing.status as RegistrationState, "attended")) {
        throw fieldError(ctx.language, 409, "email", "registration_move", { from: existing.status, to: "attended" });
      }
      await updateRegistrationIf(trx, existing.id, existing.status, { status: "attended", checked_in_at: new Date() });
    }
    const id =
      existing?.id ??
      (await insertRegistration(trx, {
        seminar_id: seminarId,
        name: input.name,
        email: input.email,
        side: input.side,
        organisation_name: input.organisationName,
        status: "attended",
        walk_in: true,
        confirmed_at: new Date(),
        checked_in_at: new Date(),
        language: ctx.language,
      }));
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "seminar_registration",
      entityId: id,
      action: "walk_in",
      after: { name: input.name, side: input.side },
      requestId: ctx.requestId,
    });
    return presentRegistration((await findRegistration(trx, id))!, null);
  });
}

/** After the start: everyone still «registered» did not come. Returns how many were marked. */
export async function markNoShows(ctx: ServiceContext, seminarId: string, now = new Date()): Promise<number> {
  return inTransaction(ctx.db, async (trx) => {
    const seminar = await lockForCheckIn(ctx, trx, seminarId);
    if (now.getTime() < seminar.starts_at.getTime()) {
      throw fieldError(ctx.language, 409, "startsAt", "no_shows_before_start");
    }
    let marked = 0;
    for (const row of await listRegistrationRows(trx, seminarId)) {
      if (
        row.status === "registered" &&
        (await updateRegistrationIf(trx, row.id, "registered", { status: "no_show" }))
      ) {
        marked += 1;
      }
    }
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "seminar",
      entityId: seminarId,
      action: "mark_no_shows",
      after: { marked },
      requestId: ctx.requestId,
    });
    return marked;
  });
}

const SIDE_NAMES: Record<Language, Record<Side, string>> = {
  da: { public: "Offentlig", company: "Virksomhed", knowledge: "Videninstitution", other: "Andre" },
  en: { public: "Public", company: "Company", knowledge: "Knowledge institution", other: "Other" },
};

const STATUS_NAMES: Record<Language, Record<RegistrationState, string>> = {
  da: {
    registered: "Tilmeldt",
    waitlisted: "Venteliste",
    offered: "Tilbudt plads",
    cancelled: "Afmeldt",
    attended: "Mødt",
    no_show: "Udeblev",
  },
  en: {
    registered: "Registered",
    waitlisted: "Wait list",
    offered: "Offered a place",
    cancelled: "Cancelled",
    attended: "Attended",
    no_show: "No-show",
  },
};

/** The answers to a seminar's registration questions, for the export's extra columns. */
export interface AnswerColumns {
  definition: QuestionnaireDefinition;
  answers: Map<string, Record<string, unknown>>;
}

function exportTable(rows: RegistrationRow[], language: Language, answerColumns: AnswerColumns | null): string[][] {
  const questions = answerColumns ? listQuestions(answerColumns.definition).map(({ question }) => question) : [];
  const da = language === "da";
  const header = da
    ? [
        "Navn",
        "E-mail",
        "Organisation",
        "Side",
        "Status",
        "Venteliste nr.",
        "Bekræftet",
        "Vil stå på deltagerlisten",
        "Walk-in",
        "Mødt kl.",
        "Tilmeldt",
      ]
    : [
        "Name",
        "E-mail",
        "Organisation",
        "Side",
        "Status",
        "Wait-list no.",
        "Confirmed",
        "Listed publicly",
        "Walk-in",
        "Checked in",
        "Registered",
      ];
  const yes = da ? "Ja" : "Yes";
  const no = da ? "Nej" : "No";
  return [
    [...header, ...questions.map((question) => question.text[language])],
    ...rows.map((row) => [
      row.name,
      row.email,
      row.organisationName,
      SIDE_NAMES[language][row.side],
      STATUS_NAMES[language][row.status],
      row.waitlistPosition === null ? "" : String(row.waitlistPosition),
      row.confirmed ? yes : no,
      row.consentToList ? yes : no,
      row.walkIn ? yes : no,
      row.checkedInAt ?? "",
      row.createdAt,
      ...questions.map((question) =>
        describeAnswer(question, answerColumns?.answers.get(row.id)?.[question.key], language),
      ),
    ]),
  ];
}

/** A cell starting with = + - @ would run as a formula in a spreadsheet: it is quoted (CSV injection). */
const neutralise = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function registrationsCsv(
  rows: RegistrationRow[],
  language: Language,
  answerColumns: AnswerColumns | null = null,
): string {
  return (
    exportTable(rows, language, answerColumns)
      .map((line) => line.map((cell) => `"${neutralise(cell).replace(/"/g, '""')}"`).join(";"))
      .join("\r\n") + "\r\n"
  );
}

export async function registrationsXlsx(
  rows: RegistrationRow[],
  language: Language,
  answerColumns: AnswerColumns | null = null,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(language === "da" ? "Tilmeldinger" : "Registrations");
  for (const line of exportTable(rows, language, answerColumns)) {
    sheet.addRow(line.map(neutralise));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
