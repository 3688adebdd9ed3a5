import { inTransaction } from "../../db/transaction.js";
import type { LanguageSetting, UserCreate, UserPatch } from "../../../domain/auth.js";
import { renderMessage } from "../../../domain/messages/index.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, HttpError } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { hashPassword } from "../auth/password.js";
import { endSessionsOfUser } from "../auth/sessions.service.js";
import { hashToken, newToken } from "../../platform/tokens.js";
import type { Mailer } from "../mail/mail.service.js";
import { getOrganisationKind } from "../organisations/organisations.service.js";
import {
  findInvitationByTokenHash,
  findUserByEmail,
  findUserById,
  insertUser,
  markInvitationUsed,
  replaceOpenInvitation,
  setPasswordHash,
  updateUserRow,
  findUserLanguage,
  updateUserLanguage,
  insertSelfRegisteredUser,
  setUserOrganisation,
} from "./users.repo.js";

export const INVITATION_DAYS = 7;

const publicUser = (user: {
  id: string;
  email: string;
  name: string;
  role: string;
  organisation_id: string | null;
  disabled_at: Date | null;
}) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  organisationId: user.organisation_id,
  disabled: user.disabled_at !== null,
});

/** An erased person's account is a pseudonym kept for the audit trail: it cannot be changed or invited again. */
function refuseErased(user: { erased_at: Date | null }): void {
  if (user.erased_at) {
    throw new HttpError(409, "erased", "Brugeren er slettet / The user has been erased");
  }
}

async function createInvitation(db: Db, userId: string, createdBy: string): Promise<string> {
  const token = newToken();
  await replaceOpenInvitation(db, {
    token_hash: hashToken(token),
    user_id: userId,
    created_by: createdBy,
    expires_at: new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000),
  });
  return token;
}

/** The invitation mail, in the invitee's language. */
function invitationMail(user: { name: string; email: string; language: Language }, publicUrl: string, token: string) {
  const mail = renderMessage(
    { key: "user_invitation", name: user.name, link: `${publicUrl}/invitation/${token}`, validDays: INVITATION_DAYS },
    user.language,
  );
  return { to: user.email, subject: mail.subject, text: mail.text };
}

/** Creates a user and sends an invitation link; the user chooses their own password. */
export async function inviteUser(ctx: ServiceContext, mailer: Mailer, publicUrl: string, input: UserCreate) {
  return inTransaction(ctx.db, async (trx) => {
    if (await findUserByEmail(trx, input.email)) {
      throw fieldError(ctx.language, 409, "email", "email_taken");
    }
    if (input.organisationId) {
      const organisation = await getOrganisationKind(trx, input.organisationId);
      if (!organisation) {
        throw fieldError(ctx.language, 400, "organisationId", "invalid");
      }
    }
    const user = await insertUser(trx, {
      email: input.email,
      name: input.name,
      role: input.role,
      organisation_id: input.organisationId,
      // Until the invitee chooses, they read Samspil in the language of the person who invited them.
      language: ctx.language,
    });
    const token = await createInvitation(trx, user.id, ctx.actor.id);
    await mailer.send(trx, invitationMail(user, publicUrl, token));
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "user",
      entityId: user.id,
      action: "invite",
      after: publicUser(user),
      requestId: ctx.requestId,
    });
    return publicUser(user);
  });
}

export async function updateUser(ctx: ServiceContext, id: string, patch: UserPatch) {
  return inTransaction(ctx.db, async (trx) => {
    const before = await findUserById(trx, id);
    if (!before) {
      throw new HttpError(404, "not_found", "User not found");
    }
    refuseErased(before);
    const role = patch.role ?? before.role;
    const organisationId = patch.organisationId === undefined ? before.organisation_id : patch.organisationId;
    if (role === "member" && !organisationId) {
      throw fieldError(ctx.language, 400, "organisationId", "member_needs_organisation");
    }
    // Found by the fuzz: an unknown organisation was a foreign-key violation (500), as on create it is a 400.
    if (patch.organisationId && !(await getOrganisationKind(trx, patch.organisationId))) {
      throw fieldError(ctx.language, 400, "organisationId", "invalid");
    }
    const after = await updateUserRow(trx, id, {
      name: patch.name ?? before.name,
      role,
      organisation_id: organisationId,
      disabled_at:
        patch.disabled === undefined ? before.disabled_at : patch.disabled ? (before.disabled_at ?? new Date()) : null,
    });
    // A changed role, membership or a disabled account ends the user's sessions at once.
    if (after.disabled_at || after.role !== before.role || after.organisation_id !== before.organisation_id) {
      await endSessionsOfUser(trx, id);
    }
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "user",
      entityId: id,
      action: "update",
      before: publicUser(before),
      after: publicUser(after),
      requestId: ctx.requestId,
    });
    return publicUser(after);
  });
}

export async function resendInvitation(
  ctx: ServiceContext,
  mailer: Mailer,
  publicUrl: string,
  id: string,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const user = await findUserById(trx, id);
    if (!user) {
      throw new HttpError(404, "not_found", "User not found");
    }
    refuseErased(user);
    const token = await createInvitation(trx, user.id, ctx.actor.id);
    await mailer.send(trx, invitationMail(user, publicUrl, token));
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "user",
      entityId: id,
      action: "reinvite",
      requestId: ctx.requestId,
    });
  });
}

export function findValidInvitation(db: Db, token: string) {
  return findInvitationByTokenHash(db, hashToken(token));
}

/** Sets the password from an invitation link; a used or expired link is refused. */
export async function acceptInvitation(db: Db, token: string, password: string, requestId: string): Promise<string> {
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (trx) => {
    const invitation = await findValidInvitation(trx, token);
    if (!invitation || invitation.disabled_at) {
      throw new HttpError(404, "invitation_invalid", "Invitationen findes ikke / The invitation does not exist");
    }
    if (invitation.used_at) {
      throw new HttpError(
        410,
        "invitation_used",
        "Invitationen er allerede brugt. Log ind, eller bed om en ny / The invitation has been used",
      );
    }
    if (invitation.expires_at.getTime() < Date.now()) {
      throw new HttpError(
        410,
        "invitation_expired",
        "Invitationen er udløbet. Bed programlederen om en ny / The invitation has expired",
      );
    }
    await markInvitationUsed(trx, invitation.token_hash);
    await setPasswordHash(trx, invitation.user_id, passwordHash);
    await writeAudit(trx, {
      actorId: invitation.user_id,
      entity: "user",
      entityId: invitation.user_id,
      action: "accept_invitation",
      requestId,
    });
    return invitation.email;
  });
}

/** Saves the language the signed-in person reads Samspil in; their notifications and e-mails follow it. */
export async function setOwnLanguage(ctx: ServiceContext, input: LanguageSetting): Promise<LanguageSetting> {
  return inTransaction(ctx.db, async (trx) => {
    const before = await findUserLanguage(trx, ctx.actor.id);
    if (before !== input.language) {
      await updateUserLanguage(trx, ctx.actor.id, input.language);
      await writeAudit(trx, {
        actorId: ctx.actor.id,
        entity: "user",
        entityId: ctx.actor.id,
        action: "set_language",
        before: { language: before },
        after: { language: input.language },
        requestId: ctx.requestId,
      });
    }
    return { language: input.language };
  });
}

/** For sign-up: whether an account with this e-mail exists (any state: erased accounts keep a pseudonym). */
export async function hasAccountWithEmail(db: Db, email: string): Promise<boolean> {
  return (await findUserByEmail(db, email)) !== undefined;
}

/**
 * For sign-up, inside its transaction: the account of a person who confirmed their e-mail. It acts for
 * no organisation until staff approve the link (`attachUserToOrganisation`).
 */
export async function createSelfRegisteredUser(
  trx: Db,
  values: { email: string; name: string; passwordHash: string; language: Language },
): Promise<{ id: string }> {
  const user = await insertSelfRegisteredUser(trx, {
    email: values.email,
    name: values.name,
    password_hash: values.passwordHash,
    language: values.language,
  });
  return { id: user.id };
}

/** For sign-up, inside its transaction: the approved link. The next request of the person acts for it. */
export function attachUserToOrganisation(trx: Db, userId: string, organisationId: string): Promise<void> {
  return setUserOrganisation(trx, userId, organisationId);
}
