import { renderMessage } from "../../../domain/messages/index.js";
import {
  SIGNUP_LINK_HOURS,
  signupLinkState,
  type MySignup,
  type SignupBody,
  type SignupRequestView,
} from "../../../domain/signup.js";
import { translateMessage, type Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, HttpError, notFound } from "../../http/errors.js";
import type { Actor } from "../../platform/actor.js";
import { hashToken, newToken } from "../../platform/tokens.js";
import { writeAudit } from "../audit/audit.service.js";
import { hashPassword } from "../auth/password.js";
import type { Mailer } from "../mail/mail.service.js";
import {
  findOrCreateUnverifiedOrganisation,
  markOrganisationVerified,
} from "../organisations/organisations.service.js";
import { attachUserToOrganisation, createSelfRegisteredUser, hasAccountWithEmail } from "../users/users.service.js";
import { presentSignupRequest } from "./signup.present.js";
import {
  deleteUnconfirmedRequests,
  findLatestRequestOfUser,
  findRequestByTokenHash,
  findRequestForDecision,
  insertSignupRequest,
  listRequests,
  markRequestConfirmed,
  markRequestDecided,
} from "./signup.repo.js";

const HOUR_MS = 60 * 60 * 1000;

const base = (publicUrl: string) => publicUrl.replace(/\/$/, "");

/** Where the confirmation link leads: the web page that confirms and signs the person in. */
export const buildSignupLink = (publicUrl: string, token: string): string =>
  `${base(publicUrl)}/opret-virksomhedskonto/bekraeft/${token}`;

interface PublicRequest {
  mailer: Mailer;
  publicUrl: string;
  language: Language;
  requestId: string;
}

/**
 * Someone signs up for a company or knowledge institution. Nothing is attached yet: the request waits
 * for the e-mail to be confirmed. The answer is the same whether or not the e-mail has an account (the
 * owner of an existing account is told by mail instead), so the form does not reveal who is registered.
 */
export async function requestSignup(db: Db, context: PublicRequest, input: SignupBody): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await inTransaction(db, async (trx) => {
    if (await hasAccountWithEmail(trx, input.email)) {
      const mail = renderMessage(
        { key: "signup_account_exists", link: `${base(context.publicUrl)}/login` },
        context.language,
      );
      await context.mailer.send(trx, { to: input.email, subject: mail.subject, text: mail.text });
      return;
    }
    await deleteUnconfirmedRequests(trx, input.email);
    const token = newToken();
    const id = await insertSignupRequest(trx, {
      email: input.email,
      name: input.name,
      password_hash: passwordHash,
      language: context.language,
      cvr: input.cvr,
      organisation_name: input.organisationName,
      organisation_kind: input.kind,
      token_hash: hashToken(token),
      token_expires_at: new Date(Date.now() + SIGNUP_LINK_HOURS * HOUR_MS),
    });
    const mail = renderMessage(
      {
        key: "signup_confirmation",
        name: input.name,
        organisation: input.organisationName,
        link: buildSignupLink(context.publicUrl, token),
        validHours: SIGNUP_LINK_HOURS,
      },
      context.language,
    );
    await context.mailer.send(trx, { to: input.email, subject: mail.subject, text: mail.text });
    await writeAudit(trx, {
      actorId: null,
      entity: "signup_request",
      entityId: id,
      action: "request",
      after: { kind: input.kind, cvr: input.cvr, organisationName: input.organisationName },
      requestId: context.requestId,
    });
  });
}

/**
 * The confirmation link was opened: the account is created (acting for no organisation yet), the
 * organisation is found by CVR or created as unverified, and the link waits for staff approval. Never
 * attached here, also not when the CVR is new: approval decides.
 */
export async function confirmSignup(
  db: Db,
  token: string,
  context: { language: Language; requestId: string },
): Promise<{ email: string }> {
  return inTransaction(db, async (trx) => {
    const request = await findRequestByTokenHash(trx, hashToken(token));
    if (!request) {
      throw new HttpError(404, "signup_link_unknown", "Unknown confirmation link", {
        token: fieldMessage(context.language, "signup_link_unknown"),
      });
    }
    const state = signupLinkState({ status: request.status, expiresAt: request.token_expires_at }, new Date());
    if (state !== "valid") {
      const key = state === "used" ? "signup_link_used" : "signup_link_expired";
      throw new HttpError(410, key, `The confirmation link is ${state}`, {
        token: fieldMessage(context.language, key),
      });
    }
    if (await hasAccountWithEmail(trx, request.email)) {
      throw fieldError(context.language, 409, "email", "email_taken");
    }
    const user = await createSelfRegisteredUser(trx, {
      email: request.email,
      name: request.name,
      passwordHash: request.password_hash,
      language: request.language,
    });
    const organisation = await findOrCreateUnverifiedOrganisation(trx, {
      cvr: request.cvr,
      name: request.organisation_name,
      kind: request.organisation_kind,
    });
    await markRequestConfirmed(trx, request.id, { userId: user.id, organisationId: organisation.id });
    if (organisation.isNew) {
      await writeAudit(trx, {
        actorId: user.id,
        entity: "organisation",
        entityId: organisation.id,
        action: "create_unverified",
        after: { kind: request.organisation_kind, name: request.organisation_name, cvr: request.cvr },
        requestId: context.requestId,
      });
    }
    await writeAudit(trx, {
      actorId: user.id,
      entity: "signup_request",
      entityId: request.id,
      action: "confirm",
      after: { userId: user.id, organisationId: organisation.id, newOrganisation: organisation.isNew },
      requestId: context.requestId,
    });
    return { email: request.email };
  });
}

const fieldMessage = (language: Language, key: string): string => translateMessage(key, language);

/** The staff list: requests waiting for a decision, or the latest decided ones. */
export async function listSignupRequests(db: Db, which: "pending" | "decided"): Promise<SignupRequestView[]> {
  return (await listRequests(db, which)).map(presentSignupRequest);
}

export type SignupDecision = { approve: true } | { approve: false; reason: string };

/** An agent or the programme manager approves or rejects a person's link to an organisation; the person is told. */
export async function decideSignup(
  ctx: ServiceContext,
  mailer: Mailer,
  publicUrl: string,
  id: string,
  decision: SignupDecision,
): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const request = await findRequestForDecision(trx, id);
    if (!request || !request.user_id || !request.organisation_id) {
      throw notFound("signup request");
    }
    if (request.status !== "pending") {
      throw fieldError(ctx.language, 409, "status", "signup_not_pending");
    }
    const status = decision.approve ? "approved" : "rejected";
    const reason = decision.approve ? "" : decision.reason;
    if (decision.approve) {
      await attachUserToOrganisation(trx, request.user_id, request.organisation_id);
      if (!request.verified) {
        await markOrganisationVerified(trx, request.organisation_id);
      }
    }
    await markRequestDecided(trx, id, { status, decidedBy: ctx.actor.id, reason });
    const mail = renderMessage(
      decision.approve
        ? {
            key: "signup_approved",
            name: request.name,
            organisation: request.registry_name,
            link: `${base(publicUrl)}/login`,
          }
        : { key: "signup_rejected", name: request.name, organisation: request.registry_name, reason },
      request.language,
    );
    await mailer.send(trx, { to: request.email, subject: mail.subject, text: mail.text });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "signup_request",
      entityId: id,
      action: decision.approve ? "approve" : "reject",
      before: { status: request.status },
      after: {
        status,
        userId: request.user_id,
        organisationId: request.organisation_id,
        ...(decision.approve ? { organisationVerified: true } : { reason }),
      },
      requestId: ctx.requestId,
    });
  });
}

/** The signed-in person's own latest request, or null when they never signed up themselves. */
export async function describeOwnSignup(db: Db, actor: Actor): Promise<MySignup | null> {
  const row = await findLatestRequestOfUser(db, actor.id);
  return row ? { status: row.status, organisationName: row.registry_name, reason: row.reason } : null;
}
