import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Config } from "../config.js";
import type { Db } from "../db/database.js";
import type { Actor } from "../platform/actor.js";
import { SESSION_IDLE_MS, deleteSession, findSessionWithUser, touchSession } from "../modules/auth/sessions.repo.js";
import { forbidden, HttpError, unauthorized } from "./errors.js";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function sessionCookieName(config: Pick<Config, "secureCookies">): string {
  return config.secureCookies ? "__Host-samspil_session" : "samspil_session";
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) {
    return true;
  }
  try {
    const from = new URL(origin);
    return from.host === new URL(`${from.protocol}//${request.headers.host ?? ""}`).host;
  } catch {
    return false;
  }
}

/**
 * Resolves `request.actor` from the session cookie and enforces CSRF protection:
 * a foreign Origin is refused, and a state-changing request in a session must carry the
 * session's token in `x-csrf-token` (synchroniser token).
 */
export function registerAuthentication(app: FastifyInstance, db: Db, config: Config): void {
  const cookieName = sessionCookieName(config);
  app.decorateRequest("actor", null);

  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/")) {
      return;
    }
    const token = request.cookies[cookieName];
    if (token) {
      const row = await findSessionWithUser(db, token);
      const now = Date.now();
      if (
        row &&
        !row.disabled_at &&
        row.expires_at.getTime() > now &&
        row.last_seen_at.getTime() > now - SESSION_IDLE_MS
      ) {
        request.actor = {
          id: row.id,
          email: row.email,
          name: row.name,
          role: row.role,
          organisationId: row.organisation_id,
          sessionId: row.session_id,
          csrfToken: row.csrf_token,
          language: row.language,
        };
        if (now - row.last_seen_at.getTime() > 60_000) {
          await touchSession(db, row.session_id);
        }
      } else {
        if (row) {
          await deleteSession(db, row.session_id);
        }
        reply.clearCookie(cookieName, { path: "/" });
      }
    }

    // Deny by default: a route is open without a session only when it says so (`config: { public: true }`).
    const routeConfig = request.routeOptions.config;
    if (!request.actor && routeConfig.public !== true) {
      throw unauthorized();
    }
    // Who may call is decided here, before the body is parsed or validated: a refused caller learns nothing.
    if (routeConfig.roles && !(request.actor && routeConfig.roles.includes(request.actor.role))) {
      throw request.actor ? forbidden() : unauthorized();
    }
    if (!SAFE_METHODS.has(request.method)) {
      if (!isSameOrigin(request)) {
        throw new HttpError(403, "csrf", "Request from another origin refused");
      }
      if (
        request.actor &&
        routeConfig.csrfExempt !== true &&
        request.headers["x-csrf-token"] !== request.actor.csrfToken
      ) {
        throw new HttpError(403, "csrf", "Missing or wrong x-csrf-token header (get it from GET /api/me)");
      }
    }
    if (routeConfig.access && request.actor) {
      await routeConfig.access(request, request.actor);
    }
  });
}

/** An `access` check from a policy on the caller alone (no object): 403 when the policy says no. */
export function allowIf(policy: (actor: Actor) => boolean): (request: FastifyRequest, actor: Actor) => void {
  return (_request, actor) => {
    if (!policy(actor)) {
      throw forbidden();
    }
  };
}

/**
 * An `access` check on the object the path parameter names: `check` loads it as the caller may see it and
 * throws 404/403 (a module's existing policy or load function). A malformed id is left to validation (400).
 */
export function accessById(
  check: (actor: Actor, id: string) => unknown,
  param = "id",
): (request: FastifyRequest, actor: Actor) => Promise<void> {
  return async (request, actor) => {
    const id = pathId(request, param);
    if (id !== null) {
      await check(actor, id);
    }
  };
}

const Uuid = z.uuid();

/**
 * A path parameter as an id, for an `access` check (which runs before the params are validated): null when
 * it is not a uuid, and the check then lets validation answer 400 (no object has such an id, so nothing leaks).
 */
export function pathId(request: FastifyRequest, name = "id"): string | null {
  const value = (request.params as Record<string, unknown> | undefined)?.[name];
  const parsed = Uuid.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw unauthorized();
  }
  return request.actor;
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(sessionCookieName(config), token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.secureCookies,
  });
}
