import type { FastifyInstance, FastifyServerOptions, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp } from "../app.js";
import { readConfig, type Config } from "../config.js";
import type { Database, Db } from "../db/database.js";
import { hashPassword } from "../modules/auth/password.js";
import { openTestDatabase } from "./test-database.js";
import type { Clock } from "../platform/clock.js";

export const TEST_PASSWORD = "correct-horse-battery";

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: Database;
  close: () => Promise<void>;
}

export async function createTestApp(
  options: {
    extend?: (app: FastifyInstance) => void;
    logger?: FastifyServerOptions["logger"];
    clock?: Clock;
    /** Settings a test changes (e.g. a low embeddedOrganisationLimit). */
    config?: Partial<Config>;
  } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = {
    ...readConfig({ NODE_ENV: "test", DEMO_DATA: "false", WEB_ROOT: "/nonexistent" }),
    publicUrl: "http://samspil.test",
    ...options.config,
  };
  const app = await buildApp({
    config,
    database,
    logger: options.logger ?? false,
    extend: options.extend,
    clock: options.clock,
  });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in client: sends the session cookie and the CSRF token with every request. */
export interface Client {
  userId: string;
  cookie: string;
  csrfToken: string;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
}

let userCounter = 0;
/**
 * The test password's scrypt hash, made once per test file: scrypt is deliberately slow (~0.1 s a hash) and test
 * users number in the hundreds. Sign-in still verifies against it with the real scrypt.
 */
let testPasswordHash: Promise<string> | undefined;

export async function createUser(
  db: Db,
  options: { role: "admin" | "agent" | "member"; organisationId?: string | null; email?: string; password?: string },
): Promise<{ id: string; email: string }> {
  userCounter += 1;
  const email = options.email ?? `user${userCounter}-${Date.now()}@test.example`;
  const row = await db
    .insertInto("users")
    .values({
      email,
      name: `Test ${options.role} ${userCounter}`,
      role: options.role,
      organisation_id: options.organisationId ?? null,
      password_hash: await (options.password === undefined
        ? (testPasswordHash ??= hashPassword(TEST_PASSWORD))
        : hashPassword(options.password)),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: row.id, email };
}

export async function login(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Client> {
  const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  if (response.statusCode !== 200) {
    throw new Error(`login failed for ${email}: ${response.statusCode} ${response.body}`);
  }
  const setCookie = response.cookies.find((cookie) => cookie.name.endsWith("samspil_session"));
  if (!setCookie) {
    throw new Error("login set no session cookie");
  }
  const cookie = `${setCookie.name}=${setCookie.value}`;
  const body = response.json<{ id: string; csrfToken: string }>();
  return {
    userId: body.id,
    cookie,
    csrfToken: body.csrfToken,
    request: (options) =>
      app.inject({
        ...options,
        headers: { cookie, "x-csrf-token": body.csrfToken, ...(options.headers ?? {}) },
      }),
  };
}

export async function signIn(
  test: TestApp,
  role: "admin" | "agent" | "member",
  organisationId: string | null = null,
): Promise<Client> {
  const user = await createUser(test.db, { role, organisationId });
  return login(test.app, user.email);
}

/** An anonymous client with no session. */
export function anonymous(app: FastifyInstance): Pick<Client, "request"> {
  return { request: (options) => app.inject(options) };
}
