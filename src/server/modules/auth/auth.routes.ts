import type { ModuleDeps } from "../../platform/module.js";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { LoginBody } from "../../../domain/auth.js";
import { describeMe, signIn, signOut } from "./auth.service.js";
import type { Config } from "../../config.js";
import type { Db } from "../../db/database.js";
import { requireActor, sessionCookieName, setSessionCookie } from "../../http/authenticate.js";
import { HttpError, requestLanguage } from "../../http/errors.js";
import { tooManyLoginAttempts } from "./login-limit.service.js";

export function authRoutes(app: FastifyInstance, { db, config }: ModuleDeps): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    "/api/auth/login",
    {
      schema: { tags: ["auth"], summary: "Sign in with e-mail and password; sets the session cookie", body: LoginBody },
      config: { public: true, csrfExempt: true },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const result = await signIn(db, { email, password, address: request.ip }, request.actor?.sessionId ?? null);
      if (!result.ok && result.blockedUntil) {
        const seconds = Math.ceil((result.blockedUntil.getTime() - Date.now()) / 1000);
        reply.header("retry-after", String(Math.max(1, seconds)));
        throw tooManyLoginAttempts(result.blockedUntil, requestLanguage(request));
      }
      if (!result.ok) {
        request.log.warn({ event: "login_failed", userId: result.userId }, "login failed");
        throw new HttpError(401, "invalid_credentials", "Forkert e-mail eller adgangskode / Wrong e-mail or password");
      }
      setSessionCookie(reply, config, result.token);
      return result.me;
    },
  );

  api.post(
    "/api/auth/logout",
    { schema: { tags: ["auth"], summary: "Sign out and end the session" } },
    async (request, reply) => {
      await signOut(db, requireActor(request));
      reply.clearCookie(sessionCookieName(config), { path: "/" });
      return reply.status(204).send();
    },
  );

  api.get(
    "/api/me",
    { schema: { tags: ["auth"], summary: "The signed-in user and the CSRF token for changes" } },
    async (request) => {
      return describeMe(db, requireActor(request));
    },
  );
}
