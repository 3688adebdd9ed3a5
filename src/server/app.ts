import { existsSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import underPressure from "@fastify/under-pressure";
import { jsonSchemaTransform, serializerCompiler } from "fastify-type-provider-zod";
import type { Config } from "./config.js";
import type { Database } from "./db/database.js";
import { registerAuthentication } from "./http/authenticate.js";
import { HttpError, registerErrorHandler, requestLanguage } from "./http/errors.js";
import { translateMessage } from "../domain/validation.js";
import { registerInputGuards } from "./http/input-guards.js";
import { createFrameworkErrorHandling, registerResponseHeaders } from "./http/framework-errors.js";
import { registerRequestBodyTimeout } from "./http/request-timeout.js";
import { zodValidatorCompiler } from "./http/validator.js";
import { auditRoutes } from "./modules/audit/audit.routes.js";
import { purgeExpiredAudit } from "./modules/audit/audit.service.js";
import { businessCaseRoutes } from "./modules/business-cases/business-cases.routes.js";
import { authRoutes } from "./modules/auth/auth.routes.js";
import { healthRoutes } from "./modules/health/health.routes.js";
import { createMailer, type Mailer } from "./modules/mail/mail.service.js";
import { mailRoutes } from "./modules/mail/mail.routes.js";
import { organisationTransferRoutes } from "./modules/organisations/transfer.routes.js";
import { organisationRoutes } from "./modules/organisations/organisations.routes.js";
import { referenceRoutes } from "./modules/reference/reference.routes.js";
import { userRoutes } from "./modules/users/users.routes.js";
import { needRoutes } from "./modules/needs/needs.routes.js";
import { matchingRoutes } from "./modules/matching/matching.routes.js";
import { fundingRoutes } from "./modules/funding/funding.routes.js";
import { callRoutes } from "./modules/calls/calls.routes.js";
import { assessmentRoutes } from "./modules/assessments/assessments.routes.js";
import { offerRoutes } from "./modules/calls/offers.routes.js";
import { notificationRoutes } from "./modules/notifications/notifications.routes.js";
import { createNotifier, type Notifier } from "./modules/notifications/notifications.service.js";
import { processRoutes } from "./modules/processes/processes.routes.js";
import { processWorkRoutes } from "./modules/processes/process-work.routes.js";
import { processDocumentRoutes } from "./modules/processes/process-documents.routes.js";
import { feedbackRoutes } from "./modules/processes/feedback.routes.js";
import { sendTaskReminders } from "./modules/processes/process-work.service.js";

export const BODY_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 10 * 1024 * 1024;

export interface AppOptions {
  config: Config;
  database: Database;
  mailer?: Mailer;
  logger?: FastifyServerOptions["logger"];
  /** Run background jobs (task reminders every hour, audit retention purge daily); main.ts turns this on. */
  runJobs?: boolean;
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
    logger: options.logger ?? {
      level: config.logLevel,
      redact: [
        "req.headers.cookie",
        "req.headers.authorization",
        'res.headers["set-cookie"]',
        'req.headers["x-csrf-token"]',
      ],
    },
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
  await registerOverloadShedding(app, config, database);

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
    errorResponseBuilder: (request, context) => ({
      statusCode: 429,
      error: "too_many_requests",
      code: "too_many_requests",
      message: `${translateMessage("too_many_attempts", requestLanguage(request))} (${Math.ceil(context.ttl / 1000)} s)`,
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

  healthRoutes(app, db);
  authRoutes(app, db, config);
  userRoutes(app, db, mailer, config);
  referenceRoutes(app, db);
  organisationRoutes(app, db);
  organisationTransferRoutes(app, db);
  needRoutes(app, db);
  matchingRoutes(app, db);
  fundingRoutes(app, db);
  callRoutes(app, db);
  offerRoutes(app, db);
  assessmentRoutes(app, db, mailer, config);
  processRoutes(app, db);
  processWorkRoutes(app, db, notifier);
  processDocumentRoutes(app, db);
  feedbackRoutes(app, db, config);
  notificationRoutes(app, db);
  businessCaseRoutes(app, db);
  auditRoutes(app, db);
  mailRoutes(app, db);

  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  if (options.runJobs) {
    scheduleReminders(app, db, notifier);
    scheduleAuditPurge(app, db, config.auditRetentionDays);
  }
  options.extend?.(app);
  registerWeb(app, config.webRoot);
  return app;
}

function scheduleReminders(app: FastifyInstance, db: Database["db"], notifier: Notifier): void {
  let timer: NodeJS.Timeout | undefined;
  app.addHook("onReady", async () => {
    timer = setInterval(
      () => {
        sendTaskReminders(db, notifier).catch((error: unknown) =>
          app.log.error({ err: error }, "task reminders failed"),
        );
      },
      60 * 60 * 1000,
    );
    timer.unref();
  });
  app.addHook("onClose", async () => {
    clearInterval(timer);
  });
}

/** Deletes audit rows past the retention period: once at start, then daily. */
function scheduleAuditPurge(app: FastifyInstance, db: Database["db"], retentionDays: number): void {
  let timer: NodeJS.Timeout | undefined;
  const purge = () => {
    purgeExpiredAudit(db, retentionDays)
      .then((deleted) => app.log.info({ event: "audit_purge", deleted, retentionDays }, "audit retention purge"))
      .catch((error: unknown) => app.log.error({ err: error }, "audit retention purge failed"));
  };
  app.addHook("onReady", async () => {
    purge();
    timer = setInterval(purge, 24 * 60 * 60 * 1000);
    timer.unref();
  });
  app.addHook("onClose", async () => {
    clearInterval(timer);
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

/** Serves the built React app; every non-API path gets index.html so client routes work on reload. */
function registerWeb(app: FastifyInstance, webRoot: string): void {
  const indexFile = path.join(webRoot, "index.html");
  if (!existsSync(indexFile)) {
    app.log.warn(`No web build in ${webRoot}: run "npm run build:web" (npm start does it)`);
    return;
  }
  void app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  app.get("/*", { schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split("?")[0];
    if (pathname.startsWith("/api/")) {
      return reply.callNotFound();
    }
    // Files present at start have their own routes; a file built later (a rebuild while the server
    // runs) is looked up here, inside the web root only; a missing one is a 404, not the app.
    if (/\.[a-z0-9]+$/i.test(pathname)) {
      return reply.sendFile(pathname.slice(1));
    }
    return reply.sendFile("index.html");
  });
  app.get("/", { schema: { hide: true } }, (_request, reply) => reply.sendFile("index.html"));
}
