import type { InvitationInput } from "../../../domain/seminars/schemas.js";
import type { InvitationRow } from "../../../domain/seminars/views.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, HttpError, notFound } from "../../http/errors.js";
import { hashToken, newToken } from "../../platform/tokens.js";
import { writeAudit } from "../audit/audit.service.js";
import { presentInvitation } from "./seminars.present.js";
import { sendSeminarMail, type SeminarDeps } from "./registrations.service.js";
import {
  findInvitationByTokenHash,
  findOrganisationBrief,
  findSeminar,
  insertInvitation,
  listInvitationRows,
  setInvitationStatus,
} from "./seminars.repo.js";

export async function listInvitations(db: Db, seminarId: string): Promise<InvitationRow[]> {
  return (await listInvitationRows(db, seminarId)).map(presentInvitation);
}

/** Invites a named person (from the registry or typed) on a side; the link lets them use reserved places. */
export async function inviteToSeminar(
  ctx: ServiceContext,
  deps: SeminarDeps,
  seminarId: string,
  input: InvitationInput,
): Promise<InvitationRow> {
  return inTransaction(ctx.db, async (trx) => {
    const seminar = await findSeminar(trx, seminarId);
    if (!seminar) {
      throw notFound("seminar");
    }
    if (seminar.status === "closed" || seminar.status === "cancelled") {
      throw fieldError(ctx.language, 409, "status", "seminar_locked");
    }
    if (input.organisationId && !(await findOrganisationBrief(trx, input.organisationId))) {
      throw fieldError(ctx.language, 400, "organisationId", "invalid");
    }
    const token = newToken();
    const id = await insertInvitation(trx, {
      seminar_id: seminarId,
      name: input.name,
      email: input.email,
      side: input.side,
      organisation_id: input.organisationId ?? null,
      token_hash: hashToken(token),
      invited_by: ctx.actor.id,
    });
    await sendSeminarMail(
      trx,
      deps,
      { email: input.email, language: ctx.language },
      {
        key: "invitation",
        title: seminar.title,
        startsAt: seminar.starts_at,
        name: input.name,
        link: `${deps.config.publicUrl}/seminarer/${seminarId}?invitation=${token}`,
      },
    );
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "seminar_invitation",
      entityId: id,
      action: "create",
      after: { seminarId, name: input.name, side: input.side },
      requestId: ctx.requestId,
    });
    const [row] = (await listInvitationRows(trx, seminarId)).filter((entry) => entry.id === id);
    return presentInvitation(row);
  });
}

async function loadInvitation(db: Db, token: string) {
  const invitation = await findInvitationByTokenHash(db, hashToken(token));
  if (!invitation) {
    throw new HttpError(404, "link_unknown", "Invitationen findes ikke / The invitation does not exist");
  }
  return invitation;
}

/** What an invitation link prefills: the seminar, name, e-mail and side. */
export async function describeInvitation(db: Db, token: string) {
  const invitation = await loadInvitation(db, token);
  return {
    seminarId: invitation.seminar_id,
    name: invitation.name,
    email: invitation.email,
    side: invitation.side,
    status: invitation.status,
  };
}

export async function declineInvitation(db: Db, token: string) {
  return inTransaction(db, async (trx) => {
    const invitation = await loadInvitation(trx, token);
    if (invitation.status === "sent") {
      await setInvitationStatus(trx, invitation.id, "declined");
      await writeAudit(trx, {
        actorId: null,
        entity: "seminar_invitation",
        entityId: invitation.id,
        action: "decline",
      });
    }
    return describeInvitation(trx, token);
  });
}
