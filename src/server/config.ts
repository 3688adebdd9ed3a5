import path from "node:path";

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** Serve cookies as `__Host-` + Secure (behind HTTPS). */
  secureCookies: boolean;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  loadDemoData: boolean;
  logLevel: string;
  webRoot: string;
  /** A request (headers and body) must arrive within this many milliseconds, else 408 and the connection closes. */
  requestTimeoutMs: number;
  /**
   * On the embedded PGlite: past this many organisations the programme manager is told to move to a PostgreSQL
   * server (ADR 0021 measures where PGlite stops serving well).
   */
  embeddedOrganisationLimit: number;
  /** Audit rows older than this are purged daily (docs/decisions/0012). */
  auditRetentionDays: number;
  /** Seminars: an offered place's claim window, the reminder before the start, and when non-attendees are purged. */
  seminars: { claimHours: number; reminderHours: number; purgeMonths: number; followUpMonths: number };
  /** Overload shedding (@fastify/under-pressure): 503 + Retry-After above these; 0 turns a check off. */
  overload: {
    maxEventLoopDelayMs: number;
    maxEventLoopUtilization: number;
    maxDatabaseQueue: number;
    retryAfterSeconds: number;
    sampleIntervalMs: number;
  };
}

function readInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function readFraction(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new Error(`${name} must be a number from 0 (off) to 1, got "${raw}"`);
  }
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const production = env.NODE_ENV === "production";
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? ".data"),
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === "true" : production,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${port}`,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? "Samspil <noreply@samspil.example>",
    loadDemoData: env.DEMO_DATA !== "false",
    logLevel: env.LOG_LEVEL ?? "info",
    webRoot: path.resolve(env.WEB_ROOT ?? "dist/web"),
    requestTimeoutMs: readInteger(env, "REQUEST_TIMEOUT_MS", 30_000, 1_000, 600_000),
    embeddedOrganisationLimit: readInteger(env, "EMBEDDED_ORGANISATION_LIMIT", 10_000, 0, 100_000_000),
    auditRetentionDays: readInteger(env, "AUDIT_RETENTION_DAYS", 5 * 365 + 1, 30, 36_500),
    seminars: {
      claimHours: readInteger(env, "SEMINAR_CLAIM_HOURS", 24, 1, 24 * 14),
      reminderHours: readInteger(env, "SEMINAR_REMINDER_HOURS", 24, 1, 24 * 14),
      purgeMonths: readInteger(env, "SEMINAR_PURGE_MONTHS", 12, 1, 120),
      followUpMonths: readInteger(env, "SEMINAR_FOLLOW_UP_MONTHS", 6, 1, 36),
    },
    overload: {
      // Off (0) by default under NODE_ENV=test: test files on a shared machine block the loop in bursts.
      maxEventLoopDelayMs: readInteger(
        env,
        "OVERLOAD_MAX_EVENT_LOOP_DELAY_MS",
        env.NODE_ENV === "test" ? 0 : 500,
        0,
        60_000,
      ),
      maxEventLoopUtilization: readFraction(env, "OVERLOAD_MAX_EVENT_LOOP_UTILIZATION", 0),
      // Requests queue for a database connection, not in the event loop, when the database is the
      // bottleneck (measured at -c 200: the loop never lagged 100 ms). Above this many waiting, shed.
      maxDatabaseQueue: readInteger(env, "OVERLOAD_MAX_DB_QUEUE", env.NODE_ENV === "test" ? 0 : 100, 0, 100_000),
      retryAfterSeconds: readInteger(env, "OVERLOAD_RETRY_AFTER_S", 10, 1, 3_600),
      sampleIntervalMs: readInteger(env, "OVERLOAD_SAMPLE_INTERVAL_MS", 1_000, 10, 60_000),
    },
  };
}
