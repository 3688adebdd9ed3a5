import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { LoginBody, type Me } from "../../../domain/auth.js";
import type { Config } from "../../config.js";
import type { Db } from "../../db/database.js";
import { requireActor, sessionCookieName, setSessionCookie } from "../../http/authenticate.js";
import { HttpError, requestLanguage } from "../../http/errors.js";
import { serviceContext } from "../../http/context.js";
import { exportPersonalData } from "../users/export.service.js";
import { findOrganisationName, findUserByEmail } from "../users/users.repo.js";
import { sendExport } from "../users/users.routes.js";
import {
  loginBlockedUntil,
  recordFailedLogin,
  recordSuccessfulLogin,
  tooManyLoginAttempts,
} from "./login-limit.service.js";
import { verifyPassword } from "./password.js";
import { createSession, deleteSession } from "./sessions.repo.js";

export function authRoutes(app: FastifyInstance, db: Db, config: Config): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    "/api/auth/login",
    {
      schema: { tags: ["auth"], summary: "Sign in with e-mail and password; sets the session cookie", body: LoginBody },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const subject = { email, address: request.ip };
      const blockedUntil = await loginBlockedUntil(db, subject);
      if (blockedUntil) {
        reply.header("retry-after", String(Math.max(1, Math.ceil((blockedUntil.getTime() - Date.now()) / 1000))));
        throw tooManyLoginAttempts(blockedUntil, requestLanguage(request));
      }
      const user = await findUserByEmail(db, email);
      const isValid = await verifyPassword(password, user?.password_hash ?? null);
      if (!user || !isValid || user.disabled_at) {
        request.log.warn({ event: "login_failed", userId: user?.id ?? null }, "login failed");
        await recordFailedLogin(db, subject);
        throw new HttpError(401, "invalid_credentials", "Forkert e-mail eller adgangskode / Wrong e-mail or password");
      }
      const previous = request.actor;
      if (previous) {
        await deleteSession(db, previous.sessionId);
      }
      await recordSuccessfulLogin(db, subject);
      const session = await createSession(db, user.id);
      await db.updateTable("users").set({ last_login_at: new Date() }).where("id", "=", user.id).execute();
      setSessionCookie(reply, config, session.token);
      const organisation = await findOrganisationName(db, user.organisation_id);
      const me: Me = {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        organisationId: user.organisation_id,
        organisationName: organisation?.name ?? null,
        organisationKind: organisation?.kind ?? null,
        csrfToken: session.csrfToken,
      };
      return me;
    },
  );

  api.post(
    "/api/auth/logout",
    { schema: { tags: ["auth"], summary: "Sign out and end the session" } },
    async (request, reply) => {
      const actor = requireActor(request);
      await deleteSession(db, actor.sessionId);
      reply.clearCookie(sessionCookieName(config), { path: "/" });
      return reply.status(204).send();
    },
  );

  api.get(
    "/api/me",
    { schema: { tags: ["auth"], summary: "The signed-in user and the CSRF token for changes" } },
    async (request) => {
      const actor = requireActor(request);
      const organisation = await findOrganisationName(db, actor.organisationId);
      const me: Me = {
        id: actor.id,
        email: actor.email,
        name: actor.name,
        role: actor.role,
        organisationId: actor.organisationId,
        organisationName: organisation?.name ?? null,
        organisationKind: organisation?.kind ?? null,
        csrfToken: actor.csrfToken,
      };
      return me;
    },
  );

  api.get(
    "/api/me/export",
    { schema: { tags: ["auth"], summary: "Everything Samspil holds about me, as a JSON download (GDPR Art. 15/20)" } },
    async (request, reply) => {
      const actor = requireActor(request);
      return sendExport(reply, await exportPersonalData(serviceContext(request, db, actor), actor.id));
    },
  );
}
