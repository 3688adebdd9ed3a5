import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { readConfig } from "./config.js";
import type { Database } from "./db/database.js";
import { createMailer, type Mailer } from "./modules/mail/mail.service.js";
import { createNotifier } from "./modules/notifications/notifications.service.js";
import { runJobInSlot } from "./platform/jobs.js";
import { listJobRuns } from "./platform/jobs.repo.js";
import type { ModuleDeps, ModuleJob } from "./platform/module.js";
import { systemClock } from "./platform/clock.js";
import { createUser, login, TEST_PASSWORD } from "./test-support/harness.js";
import { startTestSmtpServer, type TestSmtpServer } from "./test-support/smtp-server.js";
import { openTestDatabasePair } from "./test-support/test-database.js";

/**
 * Two app instances on one database, as behind a load balancer (docs/decisions/0015). On the PostgreSQL
 * project these are two connection pools to one throwaway database; on PGlite, one engine shared in process.
 */
interface Instance {
  app: FastifyInstance;
  database: Database;
  mailer: Mailer;
  deps: ModuleDeps;
}

let smtp: TestSmtpServer;
let a: Instance;
let b: Instance;

async function startInstance(database: Database): Promise<Instance> {
  const config = {
    ...readConfig({ NODE_ENV: "test", DEMO_DATA: "false", WEB_ROOT: "/nonexistent" }),
    publicUrl: "http://samspil.test",
    smtpUrl: smtp.url,
  };
  const mailer = createMailer({ smtpUrl: smtp.url, from: config.mailFrom });
  const app = await buildApp({ config, database, mailer, logger: false });
  await app.ready();
  return {
    app,
    database,
    mailer,
    deps: {
      db: database.db,
      config,
      mailer,
      notifier: createNotifier(mailer, config.publicUrl),
      clock: systemClock,
      engine: database.kind,
    },
  };
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  const { first, second } = await openTestDatabasePair();
  a = await startInstance(first);
  b = await startInstance(second);
});
afterAll(async () => {
  await a.app.close();
  await b.app.close();
  await b.database.close();
  await a.database.close();
  await smtp.close();
});

const failedLogin = (app: FastifyInstance, email: string, address: string) =>
  app.inject({ method: "POST", url: "/api/auth/login", remoteAddress: address, payload: { email, password: "nope" } });

describe("two app instances on one database", () => {
  it("a session made on one instance works on the other, and ends on both", async () => {
    const user = await createUser(a.database.db, { role: "agent" });
    const client = await login(a.app, user.email);
    const headers = { cookie: client.cookie, "x-csrf-token": client.csrfToken };
    const me = await b.app.inject({ method: "GET", url: "/api/me", headers });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: user.id });
    expect((await b.app.inject({ method: "POST", url: "/api/auth/logout", headers })).statusCode).toBe(204);
    expect((await a.app.inject({ method: "GET", url: "/api/me", headers })).statusCode).toBe(401);
  });

  it("shares the failed-login counters: 20 failures spread over both lock the account on both", async () => {
    const user = await createUser(a.database.db, { role: "agent" });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const app = attempt % 2 === 0 ? a.app : b.app;
      statuses.push((await failedLogin(app, user.email, `10.9.0.${attempt}`)).statusCode);
    }
    expect(statuses.every((status) => status === 401)).toBe(true);
    for (const app of [a.app, b.app]) {
      const right = await app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: "10.9.1.1",
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(right.statusCode).toBe(429);
    }
  });

  it("shares the request rate limit: 20 invitation tries over both, the 21st refused on either", async () => {
    const accept = (app: FastifyInstance) =>
      app.inject({
        method: "POST",
        url: "/api/invitations/accept",
        remoteAddress: "10.8.0.1",
        payload: { token: "not-a-real-invitation-token", password: "a-long-enough-password-1" },
      });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 20; attempt += 1) {
      statuses.push((await accept(attempt % 2 === 0 ? a.app : b.app)).statusCode);
    }
    expect(statuses.filter((status) => status === 429)).toEqual([]);
    const refusedA = await accept(a.app);
    const refusedB = await accept(b.app);
    expect([refusedA.statusCode, refusedB.statusCode]).toEqual([429, 429]);
    expect(refusedB.json()).toMatchObject({ error: "too_many_requests" });
  });

  it("runs a background job once per slot, whichever instance comes first", async () => {
    let runs = 0;
    const job: ModuleJob = {
      name: `test-job-${Date.now()}`,
      everyMs: 60 * 60 * 1000,
      run: async () => {
        runs += 1;
        return { runs };
      },
    };
    const now = new Date();
    const outcomes = await Promise.all([
      runJobInSlot(job, a.deps, now, "instance-a"),
      runJobInSlot(job, b.deps, now, "instance-b"),
      runJobInSlot(job, a.deps, now, "instance-a"),
      runJobInSlot(job, b.deps, new Date(now.getTime() + 1_000), "instance-b"),
    ]);
    expect(runs).toBe(1);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    const rows = await listJobRuns(a.database.db, job.name);
    expect(rows).toHaveLength(1);
    expect(rows[0].finished_at).not.toBeNull();
    // The next period is a new slot: it runs again, once.
    const later = new Date(now.getTime() + job.everyMs);
    await Promise.all([runJobInSlot(job, b.deps, later, "instance-b"), runJobInSlot(job, a.deps, later, "instance-a")]);
    expect(runs).toBe(2);
  });

  it("keeps a mail whose SMTP send fails and delivers it later, from either instance, once", async () => {
    const admin = await login(a.app, (await createUser(a.database.db, { role: "admin" })).email);
    smtp.failing = true;
    const email = `invitee-${Date.now()}@test.example`;
    const invited = await admin.request({
      method: "POST",
      url: "/api/users",
      payload: { email, name: "Invitee", role: "agent" },
    });
    // The change is not held hostage by the mail server: the invitation is made, its mail queued.
    expect(invited.statusCode).toBe(201);
    const now = new Date();
    expect(await a.mailer.deliverDue(a.database.db, now)).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    expect(smtp.received).toHaveLength(0);

    smtp.failing = false;
    // Not due yet: the retry waits its backoff (30 s after the first failure).
    expect(await b.mailer.deliverDue(b.database.db, new Date(now.getTime() + 5_000))).toBeUndefined();
    const later = new Date(now.getTime() + 31_000);
    const [fromA, fromB] = await Promise.all([
      a.mailer.deliverDue(a.database.db, later),
      b.mailer.deliverDue(b.database.db, later),
    ]);
    expect((fromA?.sent ?? 0) + (fromB?.sent ?? 0)).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to[0]).toContain(email);

    const outbox = await admin.request({ method: "GET", url: "/api/outbox" });
    const mail = outbox.json<{ items: { to: string; sentAt: string | null }[] }>().items.find((m) => m.to === email);
    expect(mail?.sentAt).not.toBeNull();
  });

  it("shares a burst of mail between instances without sending any twice", async () => {
    const admin = await login(b.app, (await createUser(b.database.db, { role: "admin" })).email);
    const before = smtp.received.length;
    const emails = Array.from({ length: 12 }, (_, index) => `burst-${index}-${Date.now()}@test.example`);
    for (const email of emails) {
      const response = await admin.request({
        method: "POST",
        url: "/api/users",
        payload: { email, name: "Burst", role: "agent" },
      });
      expect(response.statusCode).toBe(201);
    }
    const rounds = await Promise.all([
      a.mailer.deliverDue(a.database.db),
      b.mailer.deliverDue(b.database.db),
      a.mailer.deliverDue(a.database.db),
    ]);
    expect(rounds.reduce((sum, round) => sum + (round?.sent ?? 0), 0)).toBe(emails.length);
    const delivered = smtp.received.slice(before).map((mail) => mail.to[0]);
    expect(delivered.sort()).toEqual(emails.map((email) => `<${email}>`).sort());
  });
});
