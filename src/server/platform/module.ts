import type { FastifyInstance, FastifyRequest, FastifySchema } from "fastify";
import type { Role } from "../../domain/auth.js";
import type { Actor } from "./actor.js";
import type { AuditSubject } from "./audit-subjects.js";
import type { Clock } from "./clock.js";
import type { Measure } from "./measures.js";
import type { Config } from "../config.js";
import type { Db } from "../db/database.js";
import type { Mailer } from "../modules/mail/mail.service.js";
import type { Notifier } from "../modules/notifications/notifications.service.js";

/** What every server module is given: one object, the same for all. */
export interface ModuleDeps {
  db: Db;
  config: Config;
  mailer: Mailer;
  notifier: Notifier;
  /** «Now» for answers that depend on the day; the system clock unless a test sets its own. */
  clock: Clock;
  /** Which database the app runs on: the embedded PGlite (one machine) or a PostgreSQL server. */
  engine: "pglite" | "postgres";
}

/**
 * A background job a module runs while the app runs: once per period across all instances (`platform/jobs.ts`),
 * also in the period the app starts in when `atStart`; on each instance every period when `everyInstance`
 * (only for work that is safe side by side, such as claiming outbox rows).
 */
export interface ModuleJob {
  name: string;
  everyMs: number;
  atStart?: boolean;
  everyInstance?: boolean;
  /** Returns a short summary for the log (e.g. how many rows it touched), or undefined: nothing to log. */
  run: (deps: ModuleDeps) => Promise<unknown>;
}

/**
 * The one contract of a server module (`src/server/modules/<area>/<area>.module.ts`): it registers its
 * routes and names its background jobs. `modules/index.ts` lists the modules; `app.ts` loops over them.
 */
export interface ServerModule {
  name: string;
  register: (app: FastifyInstance, deps: ModuleDeps) => void;
  jobs?: ModuleJob[];
  /** What the module counts for the programme's indicators (see `measures.ts`). */
  measures?: Measure[];
  /** How the audit log names the module's entities (see `audit-subjects.ts`). */
  auditSubjects?: AuditSubject[];
}

/** A route as registered, for the route inventory (every route is public or in the authorization table). */
export interface RegisteredRoute {
  method: string;
  url: string;
  public: boolean;
  /** The route's own schemas (Zod: body, params, querystring), for the fuzz tests. */
  schema?: FastifySchema;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Open without a session. Every /api route without it is denied to anonymous callers (deny by default). */
    public?: boolean;
    /** A state-changing route that a signed-in browser may call without the CSRF token (it creates a session). */
    csrfExempt?: boolean;
    /** Only these roles may call the route: checked when the session is resolved, before the body is read. */
    roles?: Role[];
    /**
     * Whether this caller may act on the object the path names (a member of this need, process, case):
     * throws 404/403. Runs with the session check, before the body is parsed or validated, so a refused
     * caller learns nothing from validation. Path parameters are raw strings here (see `pathId`).
     */
    access?: (request: FastifyRequest, actor: Actor) => Promise<void> | void;
  }
  interface FastifyInstance {
    routeInventory: RegisteredRoute[];
  }
}
