import {
  canMoveRegistration,
  decideNewRegistration,
  isClaimOpen,
  offerExpiresAt,
  registrationWindowState,
  selectOffers,
  waitlistPosition,
} from "../../../domain/seminars/rules.js";
import { renderSeminarMessage, type SeminarMessage } from "../../../domain/seminars/messages.js";
import {
  sideOfOrganisationKind,
  type RegistrationInput,
  type RegistrationState,
  type SeminarState,
  type Side,
} from "../../../domain/seminars/schemas.js";
import type { PersonalRegistration, RegistrationResult } from "../../../domain/seminars/views.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import { fieldError, HttpError, notFound } from "../../http/errors.js";
import type { Actor } from "../../platform/actor.js";
import type { ModuleDeps } from "../../platform/module.js";
import { hashToken, newToken } from "../../platform/tokens.js";
import { writeAudit } from "../audit/audit.service.js";
import { seminarCalendar } from "./seminars.calendar.js";
import { capacitiesOf } from "./seminars.present.js";
import { checkRegistrationAnswers, storeRegistrationAnswers } from "./surveys.service.js";
import {
  countPlacesBySide,
  findInvitationByTokenHash,
  findLiveRegistrationByEmail,
  findOrganisationBrief,
  findSeminar,
  findRegistrationByTokenHash,
  insertRegistration,
  listLapsedOffers,
  listWaitlist,
  lockSeminar,
  setInvitationStatus,
  updateRegistrationIf,
  type RegistrationDbRow,
  type SeminarRow,
} from "./seminars.repo.js";

/** Who registers: a signed-in person or an anonymous caller, and the request's language and id. */
export interface Caller {
  actor: Actor | null;
  language: Language;
  requestId: string;
}

export type SeminarDeps = Pick<ModuleDeps, "db" | "mailer" | "config">;

export const personalLink = (publicUrl: string, token: string) => `${publicUrl}/seminarer/tilmelding/${token}`;
export const seminarLink = (publicUrl: string, id: string) => `${publicUrl}/seminarer/${id}`;

const linkUnknown = () =>
  new HttpError(404, "link_unknown", "Linket findes ikke. Tjek, at hele adressen er med / The link does not exist");

/** Writes a seminar mail into the outbox in the caller's transaction (with the .ics when asked). */
export async function sendSeminarMail(
  db: Db,
  deps: SeminarDeps,
  to: { email: string; language: string },
  message: SeminarMessage,
  calendarOf?: { seminar: SeminarRow; onlineUrl: string },
): Promise<void> {
  if (!to.email) {
    return;
  }
  const rendered = renderSeminarMessage(message, to.language === "en" ? "en" : "da");
  await deps.mailer.send(db, {
    to: to.email,
    subject: rendered.subject,
    text: rendered.text,
    attachments: calendarOf
      ? [
          {
            filename: "seminar.ics",
            contentType: "text/calendar; charset=utf-8",
            content: seminarCalendar(calendarOf.seminar, deps.config.publicUrl, calendarOf.onlineUrl),
          },
        ]
      : undefined,
  });
}

interface Identity {
  name: string;
  email: string;
  side: Side;
  organisationId: string | null;
  organisationName: string;
  userId: string | null;
  invitationId: string | null;
  confirmed: boolean;
}

async function resolveIdentity(db: Db, caller: Caller, seminarId: string, input: RegistrationInput): Promise<Identity> {
  const { actor, language } = caller;
  let invitation: Awaited<ReturnType<typeof findInvitationByTokenHash>>;
  if (input.invitationToken) {
    invitation = await findInvitationByTokenHash(db, hashToken(input.invitationToken));
    if (!invitation || invitation.seminar_id !== seminarId) {
      throw fieldError(language, 400, "invitationToken", "invitation_unknown");
    }
  }
  const organisationId = actor?.organisationId ?? input.organisationId ?? invitation?.organisation_id ?? null;
  const organisation = organisationId ? await findOrganisationBrief(db, organisationId) : undefined;
  if (organisationId && !organisation) {
    throw fieldError(language, 400, "organisationId", "invalid");
  }
  const name = actor?.name ?? input.name ?? invitation?.name ?? "";
  const email = actor?.email ?? input.email ?? invitation?.email ?? "";
  if (!name) {
    throw fieldError(language, 400, "name", "required");
  }
  if (!email) {
    throw fieldError(language, 400, "email", "required");
  }
  const side = invitation?.side ?? input.side ?? (organisation ? sideOfOrganisationKind(organisation.kind) : undefined);
  if (!side) {
    throw fieldError(language, 400, "side", "side_required");
  }
  return {
    name,
    email,
    side: side as Side,
    organisationId: organisation?.id ?? null,
    organisationName: organisation?.name ?? input.organisationName ?? "",
    userId: actor?.id ?? null,
    invitationId: invitation?.id ?? null,
    // A signed-in person's e-mail is known; an invitation link came to the invited address.
    confirmed: actor !== null || (invitation !== undefined && invitation.email.toLowerCase() === email.toLowerCase()),
  };
}

async function sideFacts(db: Db, seminar: SeminarRow, side: Side) {
  const [taken] = (await countPlacesBySide(db, [seminar.id])).filter((row) => row.side === side);
  const waitlist = await listWaitlist(db, seminar.id, side);
  const { capacity, reserved } = capacitiesOf(seminar)[side];
  return {
    facts: {
      capacity,
      reserved,
      taken: taken?.taken ?? 0,
      invitedTaken: taken?.invitedTaken ?? 0,
      waiting: waitlist.length,
    },
    waitlist,
  };
}

async function positionOf(db: Db, registration: { id: string; seminar_id: string; side: string; status: string }) {
  if (registration.status !== "waitlisted") {
    return null;
  }
  const waitlist = await listWaitlist(db, registration.seminar_id, registration.side);
  return waitlistPosition(
    waitlist.map((entry) => entry.id),
    registration.id,
  );
}

/**
 * Registers a person for a seminar under the seminar's row lock: the side's places are counted and the
 * registration decided (registered or wait-listed) one at a time, so a side is never overbooked. The same
 * e-mail twice finds the first registration and writes nothing.
 */
export async function registerForSeminar(
  deps: SeminarDeps,
  caller: Caller,
  seminarId: string,
  input: RegistrationInput,
  now = new Date(),
): Promise<RegistrationResult> {
  const { language } = caller;
  const identity = await resolveIdentity(deps.db, caller, seminarId, input);
  // Checked before anything is written: a wrong answer is a 400 naming `answers.<question>`.
  const answers = await checkRegistrationAnswers(deps.db, language, seminarId, input.answers);
  return inTransaction(deps.db, async (trx) => {
    const seminar = await lockSeminar(trx, seminarId);
    if (!seminar || seminar.status === "draft") {
      throw notFound("seminar");
    }
    if (seminar.status !== "published") {
      throw fieldError(language, 409, "status", "seminar_not_open");
    }
    const window = registrationWindowState(seminar.registration_opens_at, seminar.registration_closes_at, now);
    if (window === "not_open") {
      throw fieldError(language, 409, "registrationOpensAt", "registration_not_open", {
        at: seminar.registration_opens_at.toISOString(),
      });
    }
    if (window === "closed") {
      throw fieldError(language, 409, "registrationClosesAt", "registration_closed");
    }
    const existing = await findLiveRegistrationByEmail(trx, seminarId, identity.email);
    if (existing) {
      return {
        status: existing.status as RegistrationState,
        waitlistPosition: await positionOf(trx, existing),
        alreadyRegistered: true,
        confirmationSent: false,
      };
    }
    const { facts } = await sideFacts(trx, seminar, identity.side);
    const status = decideNewRegistration(facts, identity.invitationId !== null);
    const token = newToken();
    const id = await insertRegistration(trx, {
      seminar_id: seminarId,
      name: identity.name,
      email: identity.email,
      side: identity.side,
      organisation_id: identity.organisationId,
      organisation_name: identity.organisationName,
      user_id: identity.userId,
      invitation_id: identity.invitationId,
      consent_to_list: input.consentToList,
      language: input.language ?? caller.actor?.language ?? language,
      status,
      token_hash: hashToken(token),
      confirmed_at: identity.confirmed ? now : null,
    });
    await storeRegistrationAnswers(trx, id, answers);
    if (identity.invitationId) {
      await setInvitationStatus(trx, identity.invitationId, "accepted");
    }
    const position = status === "waitlisted" ? facts.waiting + 1 : null;
    await writeAudit(trx, {
      actorId: caller.actor?.id ?? null,
      entity: "seminar_registration",
      entityId: id,
      action: "register",
      after: { seminarId, side: identity.side, status, name: identity.name },
      requestId: caller.requestId,
    });
    await sendSeminarMail(
      trx,
      deps,
      { email: identity.email, language: input.language ?? caller.actor?.language ?? language },
      {
        key: "confirm",
        title: seminar.title,
        startsAt: seminar.starts_at,
        place: seminar.place_address,
        link: personalLink(deps.config.publicUrl, token),
        status,
        position,
      },
      status === "registered" ? { seminar, onlineUrl: seminar.online_url } : undefined,
    );
    return { status, waitlistPosition: position, alreadyRegistered: false, confirmationSent: true };
  });
}

/**
 * Offers the side's free places to the wait list, in order, inside the caller's transaction (which holds
 * the seminar's row lock). An offer gets a fresh personal link, sent with the offer.
 */
export async function offerFreePlaces(
  trx: Db,
  deps: SeminarDeps,
  seminar: SeminarRow,
  side: Side,
  now: Date,
): Promise<number> {
  if (seminar.status !== "published") {
    return 0;
  }
  const { facts, waitlist } = await sideFacts(trx, seminar, side);
  const offers = selectOffers(
    facts,
    waitlist.map((entry) => ({ id: entry.id, invited: entry.invitation_id !== null })),
  );
  const expiresAt = offerExpiresAt(now, deps.config.seminars.claimHours);
  for (const id of offers) {
    const token = newToken();
    const moved = await updateRegistrationIf(trx, id, "waitlisted", {
      status: "offered",
      offered_at: now,
      offer_expires_at: expiresAt,
      token_hash: hashToken(token),
    });
    if (!moved) {
      continue;
    }
    const registration = await findRegistrationByTokenHash(trx, hashToken(token));
    await writeAudit(trx, {
      actorId: null,
      entity: "seminar_registration",
      entityId: id,
      action: "offer",
      after: { expiresAt: expiresAt.toISOString() },
    });
    if (registration) {
      await sendSeminarMail(trx, deps, registration, {
        key: "offered",
        title: seminar.title,
        startsAt: seminar.starts_at,
        link: personalLink(deps.config.publicUrl, token),
        expiresAt,
      });
    }
  }
  return offers.length;
}

async function loadByToken(db: Db, token: string): Promise<RegistrationDbRow> {
  const registration = await findRegistrationByTokenHash(db, hashToken(token));
  if (!registration) {
    throw linkUnknown();
  }
  return registration;
}

/** What the personal link shows: status, wait-list number, the offer's deadline; the online link with a place. */
export async function describePersonalRegistration(db: Db, token: string): Promise<PersonalRegistration> {
  const registration = await loadByToken(db, token);
  const seminar = await findSeminar(db, registration.seminar_id);
  if (!seminar) {
    throw linkUnknown();
  }
  const holdsPlace = registration.status === "registered" || registration.status === "attended";
  return {
    seminar: {
      id: seminar.id,
      title: seminar.title,
      startsAt: seminar.starts_at.toISOString(),
      endsAt: seminar.ends_at.toISOString(),
      placeAddress: seminar.place_address,
      status: seminar.status as SeminarState,
    },
    name: registration.name,
    side: registration.side as Side,
    status: registration.status as RegistrationState,
    waitlistPosition: await positionOf(db, registration),
    confirmed: registration.confirmed_at !== null,
    offerExpiresAt: registration.status === "offered" ? (registration.offer_expires_at?.toISOString() ?? null) : null,
    onlineUrl: holdsPlace ? seminar.online_url : "",
  };
}

/** The e-mail link confirms the address, once; a second use or a link to a past seminar is refused. */
export async function confirmRegistration(deps: SeminarDeps, language: Language, token: string, now = new Date()) {
  return inTransaction(deps.db, async (trx) => {
    const registration = await loadByToken(trx, token);
    const seminar = await lockSeminar(trx, registration.seminar_id);
    if (!seminar || seminar.ends_at.getTime() <= now.getTime()) {
      throw new HttpError(410, "link_expired", "Linket er udløbet / The link has expired", {
        token: "Seminaret er slut / The seminar has ended",
      });
    }
    if (registration.status === "cancelled") {
      throw fieldError(language, 410, "token", "registration_cancelled");
    }
    if (registration.confirmed_at) {
      throw fieldError(language, 409, "token", "confirmation_used");
    }
    await updateRegistrationIf(trx, registration.id, registration.status, { confirmed_at: now });
    await writeAudit(trx, {
      actorId: null,
      entity: "seminar_registration",
      entityId: registration.id,
      action: "confirm",
    });
    return describePersonalRegistration(trx, token);
  });
}

/** One click from the personal link: the registration is cancelled and a freed place is offered on. */
export async function cancelRegistration(deps: SeminarDeps, language: Language, token: string, now = new Date()) {
  return inTransaction(deps.db, async (trx) => {
    const registration = await loadByToken(trx, token);
    const seminar = await lockSeminar(trx, registration.seminar_id);
    if (!seminar) {
      throw linkUnknown();
    }
    const status = registration.status as RegistrationState;
    if (status !== "cancelled") {
      if (!canMoveRegistration(status, "cancelled")) {
        throw fieldError(language, 409, "status", "registration_move", { from: status, to: "cancelled" });
      }
      await updateRegistrationIf(trx, registration.id, status, { status: "cancelled" });
      await writeAudit(trx, {
        actorId: null,
        entity: "seminar_registration",
        entityId: registration.id,
        action: "cancel",
        before: { status },
      });
      if (status !== "waitlisted") {
        await offerFreePlaces(trx, deps, seminar, registration.side as Side, now);
      }
    }
    return describePersonalRegistration(trx, token);
  });
}

/**
 * Accepts an offered place while the claim window is open. After it (at the exact instant too) the offer
 * lapses, the place moves on, and the caller hears 410 naming the claim.
 */
export async function acceptOffer(deps: SeminarDeps, language: Language, token: string, now = new Date()) {
  const outcome = await inTransaction(deps.db, async (trx) => {
    const registration = await loadByToken(trx, token);
    const seminar = await lockSeminar(trx, registration.seminar_id);
    if (!seminar) {
      throw linkUnknown();
    }
    if (registration.status !== "offered" || !registration.offer_expires_at) {
      throw fieldError(language, 409, "status", "claim_not_offered");
    }
    if (!isClaimOpen(registration.offer_expires_at, now)) {
      await lapseOffer(trx, deps, seminar, registration, now);
      return "lapsed" as const;
    }
    await updateRegistrationIf(trx, registration.id, "offered", {
      status: "registered",
      confirmed_at: registration.confirmed_at ?? now,
      offer_expires_at: null,
    });
    await writeAudit(trx, {
      actorId: null,
      entity: "seminar_registration",
      entityId: registration.id,
      action: "accept_offer",
    });
    await sendSeminarMail(
      trx,
      deps,
      registration,
      {
        key: "registered",
        title: seminar.title,
        startsAt: seminar.starts_at,
        place: seminar.place_address,
        link: personalLink(deps.config.publicUrl, token),
        onlineUrl: seminar.online_url,
      },
      { seminar, onlineUrl: seminar.online_url },
    );
    return describePersonalRegistration(trx, token);
  });
  if (outcome === "lapsed") {
    throw fieldError(language, 410, "offerExpiresAt", "claim_expired");
  }
  return outcome;
}

async function lapseOffer(
  trx: Db,
  deps: SeminarDeps,
  seminar: SeminarRow,
  registration: { id: string; side: string },
  now: Date,
) {
  const moved = await updateRegistrationIf(trx, registration.id, "offered", {
    status: "cancelled",
    offer_expires_at: null,
  });
  if (moved) {
    await writeAudit(trx, {
      actorId: null,
      entity: "seminar_registration",
      entityId: registration.id,
      action: "offer_lapsed",
    });
    await offerFreePlaces(trx, deps, seminar, registration.side as Side, now);
  }
  return moved;
}

/**
 * The claim-expiry job: each lapsed offer is cancelled and its place offered to the next. The conditional
 * update makes a second run (or a second instance) change nothing.
 */
export async function expireOffers(deps: SeminarDeps, now = new Date()): Promise<number> {
  let lapsed = 0;
  for (const offer of await listLapsedOffers(deps.db, now)) {
    const moved = await inTransaction(deps.db, async (trx) => {
      const seminar = await lockSeminar(trx, offer.seminar_id);
      return seminar ? lapseOffer(trx, deps, seminar, offer, now) : false;
    });
    lapsed += moved ? 1 : 0;
  }
  return lapsed;
}
