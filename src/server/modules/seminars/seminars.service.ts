import { canMoveSeminar, capacityShortfall, isCalendarChange } from "../../../domain/seminars/rules.js";
import {
  SIDES,
  seminarTimeIssues,
  type SeminarCreate,
  type SeminarPatch,
  type SeminarState,
  type Side,
} from "../../../domain/seminars/schemas.js";
import type { SeminarDetail, SeminarSummary, TrailNeed } from "../../../domain/seminars/views.js";
import type { RegistrationState } from "../../../domain/seminars/schemas.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, notFound } from "../../http/errors.js";
import type { Actor } from "../../platform/actor.js";
import { writeAudit } from "../audit/audit.service.js";
import { canManageSeminars } from "./seminars.policy.js";
import { listSeminarSummaries } from "./seminar-list.repo.js";
import { capacitiesOf, presentSummary } from "./seminars.present.js";
import { offerFreePlaces, seminarLink, sendSeminarMail, type SeminarDeps } from "./registrations.service.js";
import {
  countKnownNeeds,
  countPlacesBySide,
  findLiveRegistrationByEmail,
  findSeminar,
  insertSeminar,
  listAgenda,
  listConsentingParticipants,
  listLinkedNeeds,
  listRegistrationRows,
  listTrailNeeds,
  listTrailProcesses,
  listWaitlist,
  lockSeminar,
  replaceAgenda,
  replaceSeminarNeeds,
  listLinkedNeedOwners,
  listRegisteredOrganisations,
  listSeminarIdsForNeeds,
  updateSeminarRow,
  type SeminarRow,
} from "./seminars.repo.js";

/** A seminar the caller may see: drafts only for staff (404 for anyone else). */
export async function loadVisibleSeminar(db: Db, actor: Actor | null, id: string): Promise<SeminarRow> {
  const seminar = await findSeminar(db, id);
  if (!seminar || (seminar.status === "draft" && !canManageSeminars(actor))) {
    throw notFound("seminar");
  }
  return seminar;
}

/** Public: published, held and closed seminars (staff also see drafts and cancelled ones). */
export async function listSeminars(db: Db, actor: Actor | null): Promise<SeminarSummary[]> {
  const rows = await listSeminarSummaries(db, { publishedOnly: !canManageSeminars(actor) });
  return rows.map((row) => presentSummary(row, row.taken));
}

export async function listTrail(db: Db, seminarId: string): Promise<TrailNeed[]> {
  const needs = await listTrailNeeds(db, seminarId);
  const processes = await listTrailProcesses(
    db,
    needs.map((need) => need.id),
  );
  return needs.map((need) => ({
    id: need.id,
    title: need.title,
    ownerName: need.owner_name,
    status: need.status,
    processes: processes
      .filter((process) => process.need_id === need.id)
      .map((process) => ({
        id: process.id,
        title: process.title,
        phase: process.phase,
        implemented: process.phase === "implementation" || process.status === "completed",
      })),
  }));
}

export async function describeSeminar(db: Db, actor: Actor | null, id: string): Promise<SeminarDetail> {
  const seminar = await loadVisibleSeminar(db, actor, id);
  const manager = canManageSeminars(actor);
  const [taken, agenda, participants, linkedNeeds, trail] = await Promise.all([
    countPlacesBySide(db, [id]),
    listAgenda(db, id),
    listConsentingParticipants(db, id),
    listLinkedNeeds(db, id),
    listTrail(db, id),
  ]);
  const own = actor ? await findLiveRegistrationByEmail(db, id, actor.email) : undefined;
  let myRegistration: SeminarDetail["myRegistration"] = null;
  if (own) {
    const waitlist = own.status === "waitlisted" ? await listWaitlist(db, id, own.side) : [];
    const index = waitlist.findIndex((entry) => entry.id === own.id);
    myRegistration = { status: own.status as RegistrationState, waitlistPosition: index === -1 ? null : index + 1 };
  }
  const holdsPlace = own?.status === "registered" || own?.status === "attended";
  const detail: SeminarDetail = {
    ...presentSummary(seminar, taken),
    description: seminar.description,
    agenda: agenda.map((item) => ({
      startsAt: item.starts_at.toISOString(),
      durationMinutes: item.duration_minutes,
      title: item.title,
      speaker: item.speaker,
      isPitchSlot: item.is_pitch_slot,
    })),
    onlineUrl: manager || holdsPlace ? seminar.online_url : "",
    participants: participants.map((row) => ({
      name: row.name,
      organisationName: row.organisation_name,
      side: row.side as Side,
    })),
    linkedNeeds,
    trail,
    myRegistration,
    canManage: manager,
  };
  if (manager) {
    detail.capacities = capacitiesOf(seminar);
    detail.minutes = seminar.minutes;
    detail.needIds = linkedNeeds.map((need) => need.id);
    detail.sequence = seminar.sequence;
  }
  return detail;
}

async function checkNeeds(ctx: ServiceContext, needIds: string[]): Promise<void> {
  if ((await countKnownNeeds(ctx.db, needIds)) !== new Set(needIds).size) {
    throw fieldError(ctx.language, 400, "needIds", "invalid");
  }
}

export async function createSeminar(ctx: ServiceContext, input: SeminarCreate): Promise<SeminarDetail> {
  return inTransaction(ctx.db, async (trx) => {
    await checkNeeds({ ...ctx, db: trx }, input.needIds);
    const id = await insertSeminar(trx, {
      title: input.title,
      description: input.description,
      care_areas: input.careAreas,
      place_address: input.placeAddress,
      online_url: input.onlineUrl,
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      registration_opens_at: input.registrationOpensAt,
      registration_closes_at: input.registrationClosesAt,
      capacities: JSON.stringify(input.capacities),
      minutes: input.minutes,
      created_by: ctx.actor.id,
    });
    await replaceAgenda(trx, id, input.agenda);
    await replaceSeminarNeeds(trx, id, input.needIds);
    const created = await describeSeminar(trx, ctx.actor, id);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "seminar",
      entityId: id,
      action: "create",
      after: created,
      requestId: ctx.requestId,
    });
    return created;
  });
}

/** The people holding a place or waiting, to tell of a change or a cancellation. */
async function liveRegistrations(db: Db, seminarId: string) {
  return (await listRegistrationRows(db, seminarId)).filter((row) =>
    ["registered", "offered", "waitlisted"].includes(row.status),
  );
}

/**
 * Edits a seminar. A lowered capacity below the places already taken on a side is refused with the count
 * (nobody is moved to the wait list behind their back); a raised one offers the new places to the wait
 * list. A change of time or place raises the calendar SEQUENCE and sends a change notice with the .ics.
 */
export async function updateSeminar(
  ctx: ServiceContext,
  deps: SeminarDeps,
  id: string,
  patch: SeminarPatch,
  now = new Date(),
): Promise<SeminarDetail> {
  return inTransaction(ctx.db, async (trx) => {
    const before = await lockSeminar(trx, id);
    if (!before) {
      throw notFound("seminar");
    }
    if (before.status === "closed" || before.status === "cancelled") {
      throw fieldError(ctx.language, 409, "status", "seminar_locked");
    }
    const merged = {
      startsAt: patch.startsAt ?? before.starts_at.toISOString(),
      endsAt: patch.endsAt ?? before.ends_at.toISOString(),
      registrationOpensAt: patch.registrationOpensAt ?? before.registration_opens_at.toISOString(),
      registrationClosesAt: patch.registrationClosesAt ?? before.registration_closes_at.toISOString(),
      placeAddress: patch.placeAddress ?? before.place_address,
      onlineUrl: patch.onlineUrl ?? before.online_url,
    };
    const [issue] = seminarTimeIssues(merged);
    if (issue) {
      throw fieldError(ctx.language, 400, issue.path, issue.message);
    }
    if (patch.capacities) {
      const taken = await countPlacesBySide(trx, [id]);
      for (const side of SIDES) {
        const count = taken.find((entry) => entry.side === side)?.taken ?? 0;
        if (capacityShortfall(patch.capacities[side].capacity, count) > 0) {
          throw fieldError(ctx.language, 409, `capacities.${side}.capacity`, "capacity_below_registered", { count });
        }
      }
    }
    if (patch.needIds) {
      await checkNeeds({ ...ctx, db: trx }, patch.needIds);
      await replaceSeminarNeeds(trx, id, patch.needIds);
    }
    if (patch.agenda) {
      await replaceAgenda(trx, id, patch.agenda);
    }
    const calendarChanged = isCalendarChange(
      {
        startsAt: before.starts_at.toISOString(),
        endsAt: before.ends_at.toISOString(),
        placeAddress: before.place_address,
        onlineUrl: before.online_url,
      },
      merged,
    );
    await updateSeminarRow(trx, id, {
      title: patch.title,
      description: patch.description,
      care_areas: patch.careAreas,
      place_address: patch.placeAddress,
      online_url: patch.onlineUrl,
      starts_at: patch.startsAt,
      ends_at: patch.endsAt,
      registration_opens_at: patch.registrationOpensAt,
      registration_closes_at: patch.registrationClosesAt,
      capacities: patch.capacities ? JSON.stringify(patch.capacities) : undefined,
      minutes: patch.minutes,
      sequence: calendarChanged ? before.sequence + 1 : undefined,
    });
    const after = (await findSeminar(trx, id)) as SeminarRow;
    if (patch.capacities) {
      for (const side of SIDES) {
        await offerFreePlaces(trx, deps, after, side, now);
      }
    }
    if (calendarChanged && after.status === "published") {
      for (const registration of await liveRegistrations(trx, id)) {
        await sendSeminarMail(
          trx,
          deps,
          registration,
          {
            key: "changed",
            title: after.title,
            startsAt: after.starts_at,
            place: after.place_address,
            link: seminarLink(deps.config.publicUrl, id),
          },
          registration.status === "registered" ? { seminar: after, onlineUrl: after.online_url } : undefined,
        );
      }
    }
    const detail = await describeSeminar(trx, ctx.actor, id);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "seminar",
      entityId: id,
      action: "update",
      before: { title: before.title, startsAt: before.starts_at, placeAddress: before.place_address },
      after: patch,
      requestId: ctx.requestId,
    });
    return detail;
  });
}

/** draft → published → held → closed, or cancelled (everyone registered or waiting hears of it). */
export async function changeSeminarStatus(
  ctx: ServiceContext,
  deps: SeminarDeps,
  id: string,
  status: SeminarState,
): Promise<SeminarDetail> {
  return inTransaction(ctx.db, async (trx) => {
    const before = await lockSeminar(trx, id);
    if (!before) {
      throw notFound("seminar");
    }
    const from = before.status as SeminarState;
    if (!canMoveSeminar(from, status)) {
      throw fieldError(ctx.language, 409, "status", "seminar_move", { from, to: status });
    }
    await updateSeminarRow(trx, id, {
      status,
      sequence: status === "cancelled" ? before.sequence + 1 : undefined,
    });
    if (status === "cancelled" && from === "published") {
      const after = (await findSeminar(trx, id)) as SeminarRow;
      for (const registration of await liveRegistrations(trx, id)) {
        await sendSeminarMail(
          trx,
          deps,
          registration,
          { key: "cancelled", title: after.title, startsAt: after.starts_at },
          registration.status === "registered" ? { seminar: after, onlineUrl: "" } : undefined,
        );
      }
    }
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "seminar",
      entityId: id,
      action: "status",
      before: { status: from },
      after: { status },
      requestId: ctx.requestId,
    });
    return describeSeminar(trx, ctx.actor, id);
  });
}

/**
 * Who is around a seminar, for the equal-treatment record: the companies registered for it (who may
 * receive material there) and the public organisations whose needs it is about (who may give it).
 */
export async function describeSeminarParties(db: Db, seminarId: string) {
  const [companies, publicOrganisations] = await Promise.all([
    listRegisteredOrganisations(db, seminarId, ["company"]),
    listLinkedNeedOwners(db, seminarId),
  ]);
  return { companies, publicOrganisations };
}

/** The seminars around some needs (their theme or their origin), for a need's or a process's pack. */
export function seminarsAroundNeeds(db: Db, needIds: string[]): Promise<string[]> {
  return listSeminarIdsForNeeds(db, needIds);
}
