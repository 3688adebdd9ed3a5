import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import underPressure from "@fastify/under-pressure";
import { jsonSchemaTransform, serializerCompiler } from "fastify-type-provider-zod";
import type { Config } from "./config.js";
import type { Database } from "./db/database.js";
import { registerAuthentication } from "./http/authenticate.js";
import { registerCompression } from "./http/compression.js";
import { HttpError, registerErrorHandler, requestLanguage } from "./http/errors.js";
import { translateMessage } from "../domain/validation.js";
import { registerInputGuards } from "./http/input-guards.js";
import { logOptions } from "./http/log-options.js";
import { createFrameworkErrorHandling, registerResponseHeaders } from "./http/framework-errors.js";
import { createDatabaseRateLimitStore } from "./http/rate-limit-store.js";
import { registerRequestBodyTimeout } from "./http/request-timeout.js";
import { zodValidatorCompiler } from "./http/validator.js";
import { registerWeb } from "./http/web.js";
import { createMailer, type Mailer } from "./modules/mail/mail.service.js";
import { createNotifier, type Notifier } from "./modules/notifications/notifications.service.js";
import { serverModules } from "./modules/index.js";
import { scheduleJobs } from "./platform/jobs.js";
import type { ModuleDeps, RegisteredRoute } from "./platform/module.js";
import { systemClock, type Clock } from "./platform/clock.js";

export const BODY_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 10 * 1024 * 1024;

export interface AppOptions {
  config: Config;
  database: Database;
  mailer?: Mailer;
  logger?: FastifyServerOptions["logger"];
  /** Run background jobs (mail delivery, task reminders, purges: `platform/jobs.ts`); main.ts turns this on. */
  runJobs?: boolean;
  /** «Now» for the modules that read it from their deps (tests pass a settable clock). */
  clock?: Clock;
  /** Extra routes registered before the app is ready (tests). */
  extend?: (app: FastifyInstance) => void;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const db = database.db;
  const mailer = options.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  const notifier: Notifier = createNotifier(mailer, config.publicUrl);

  const frameworkErrorHandling = createFrameworkErrorHandling();
  const app = Fastify({
    logger: options.logger ?? logOptions(config.logLevel),
    genReqId: () => randomUUID(),
    bodyLimit: BODY_LIMIT,
    requestTimeout: config.requestTimeoutMs,
    // Node checks request timeouts only this often (default 30 s, so a slow body was held up to ~75 s).
    http: { connectionsCheckingInterval: Math.min(1_000, config.requestTimeoutMs) },
    frameworkErrors: frameworkErrorHandling.frameworkErrors,
    clientErrorHandler: frameworkErrorHandling.clientErrorHandler,
    connectionTimeout: 60_000,
    forceCloseConnections: "idle",
    return503OnClosing: true,
    trustProxy: process.env.TRUST_PROXY === "true",
  });

  app.setValidatorCompiler(zodValidatorCompiler);
  // JSON or multipart only; every other body type is answered with 415.
  app.removeContentTypeParser("text/plain");
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  collectRoutes(app);
  await registerOverloadShedding(app, config, database);
  await registerCompression(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
  });
  await app.register(rateLimit, {
    global: false,
    store: createDatabaseRateLimitStore(db),
    errorResponseBuilder: (request, context) => ({
      statusCode: 429,
      error: "too_many_requests",
      code: "too_many_requests",
      message:
        translateMessage("too_many_attempts", requestLanguage(request)) + ` (${Math.ceil(context.ttl / 1000)} s)`,
    }),
  });
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 10 } });

  registerResponseHeaders(app);
  registerRequestBodyTimeout(app, config.requestTimeoutMs);

  await app.register(swagger, {
    openapi: {
      info: {
        title: "Samspil API",
        description: "Offentlig-privat innovation: organisations, accounts and more",
        version: "0.1.0",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "samspil_session" },
          csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });

  registerInputGuards(app);
  frameworkErrorHandling.register(app);
  registerAuthentication(app, db, config);

  const deps: ModuleDeps = {
    db,
    config,
    mailer,
    notifier,
    clock: options.clock ?? systemClock,
    engine: database.kind,
  };
  for (const module of serverModules) {
    module.register(app, deps);
  }

  app.get("/api/openapi.json", { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  if (options.runJobs) {
    scheduleJobs(app, serverModules, deps);
  }
  options.extend?.(app);
  registerWeb(app, config.webRoot);
  return app;
}

/**
 * Keeps the list of registered routes (method, path, public or not) for the route inventory test, and
 * marks the API documentation routes that the Swagger plugins register as public.
 */
function collectRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  app.decorate("routeInventory", routes);
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/docs")) {
      route.config = { ...route.config, public: true };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      routes.push({ method, url: route.url, public: route.config?.public === true, schema: route.schema });
    }
  });
}

/**
 * Overload shedding before any session or database work: when the event loop lags or too many
 * requests wait for a database connection, answer 503 with Retry-After at once instead of
 * queueing (RELIABILITY L3). Liveness (/health) is exempt
 * through its route config; readiness (/ready) is shed like the API, so a balancer stops sending.
 */
class OverloadedError extends HttpError {
  constructor() {
    super(
      503,
      "overloaded",
      "Samspil har travlt lige nu. Prøv igen om lidt / Samspil is busy right now. Try again shortly",
    );
  }
}

async function registerOverloadShedding(app: FastifyInstance, config: Config, database: Database): Promise<void> {
  const { maxEventLoopDelayMs, maxEventLoopUtilization, maxDatabaseQueue, retryAfterSeconds } = config.overload;
  // When the database is the bottleneck, requests wait for a connection while the event loop stays
  // calm: shed on the length of that queue too, the same way (503 + Retry-After, liveness exempt).
  if (maxDatabaseQueue > 0) {
    app.addHook("onRequest", async (request, reply) => {
      const config = request.routeOptions.config as { pressureHandler?: unknown } | undefined;
      if (config?.pressureHandler === undefined && database.waiting() > maxDatabaseQueue) {
        reply.header("retry-after", String(retryAfterSeconds));
        throw new OverloadedError();
      }
    });
  }
  await app.register(underPressure, {
    maxEventLoopDelay: maxEventLoopDelayMs,
    maxEventLoopUtilization,
    eventLoopUtilizationMode: "interval",
    sampleInterval: config.overload.sampleIntervalMs,
    retryAfter: retryAfterSeconds,
    customError: OverloadedError,
  });
}
