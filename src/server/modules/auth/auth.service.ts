import type { Me } from "../../../domain/auth.js";
import type { Db } from "../../db/database.js";
import type { Actor } from "../../platform/actor.js";
import { loginBlockedUntil, recordFailedLogin, recordSuccessfulLogin } from "./login-limit.service.js";
import { verifyPassword } from "./password.js";
import {
  createSession,
  deleteSession,
  findAccountByEmail,
  findOrganisationSummary,
  markSignedIn,
} from "./sessions.repo.js";

export type SignInResult =
  | { ok: true; me: Me; token: string }
  | { ok: false; userId: string | null; blockedUntil: null }
  | { ok: false; userId: null; blockedUntil: Date };

/**
 * Checks e-mail and password and opens a session (ending the caller's previous one). The password is
 * verified even for an unknown e-mail, so timing does not tell which accounts exist.
 */
export async function signIn(
  db: Db,
  credentials: { email: string; password: string; address: string },
  previousSessionId: string | null,
): Promise<SignInResult> {
  const { email, password, address } = credentials;
  const subject = { email, address };
  const blockedUntil = await loginBlockedUntil(db, subject);
  if (blockedUntil) {
    return { ok: false, userId: null, blockedUntil };
  }
  const user = await findAccountByEmail(db, email);
  const isValid = await verifyPassword(password, user?.password_hash ?? null);
  if (!user || !isValid || user.disabled_at) {
    await recordFailedLogin(db, subject);
    return { ok: false, userId: user?.id ?? null, blockedUntil: null };
  }
  await recordSuccessfulLogin(db, subject);
  return { ok: true, ...(await openSession(db, user, previousSessionId)) };
}

/**
 * Opens a session for a person who has just proved who they are (a password, or a password chosen
 * from their invitation link), ending the caller's previous one.
 */
export async function openSession(
  db: Db,
  user: {
    id: string;
    email: string;
    name: string;
    role: Actor["role"];
    organisation_id: string | null;
    language: Actor["language"];
  },
  previousSessionId: string | null,
): Promise<{ me: Me; token: string }> {
  if (previousSessionId) {
    await deleteSession(db, previousSessionId);
  }
  const session = await createSession(db, user.id);
  await markSignedIn(db, user.id, new Date());
  const me = await describeMe(db, {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    organisationId: user.organisation_id,
    csrfToken: session.csrfToken,
    language: user.language,
  });
  return { me, token: session.token };
}

/** A session for an account by its e-mail (after it accepted its invitation); null when it cannot sign in. */
export async function openSessionForAccount(
  db: Db,
  email: string,
  previousSessionId: string | null,
): Promise<{ me: Me; token: string } | null> {
  const user = await findAccountByEmail(db, email);
  if (!user || user.disabled_at) {
    return null;
  }
  return openSession(db, user, previousSessionId);
}

export async function signOut(db: Db, actor: Actor): Promise<void> {
  await deleteSession(db, actor.sessionId);
}

/** The signed-in person as the web app sees them, with the CSRF token for changes. */
export async function describeMe(
  db: Db,
  actor: Pick<Actor, "id" | "email" | "name" | "role" | "organisationId" | "csrfToken" | "language">,
): Promise<Me> {
  const organisation = await findOrganisationSummary(db, actor.organisationId);
  return {
    id: actor.id,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    organisationId: actor.organisationId,
    organisationName: organisation?.name ?? null,
    organisationKind: organisation?.kind ?? null,
    language: actor.language,
    csrfToken: actor.csrfToken,
  };
}
