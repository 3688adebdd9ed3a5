import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { readConfig } from "../config.js";
import { openTestDatabase } from "../test-support/test-database.js";
import type { Database } from "../db/database.js";

/** The built web app: client routes get index.html, assets are files, a rebuild needs no restart. */
let webRoot: string;
let app: FastifyInstance;
let database: Database;

beforeAll(async () => {
  webRoot = mkdtempSync(path.join(tmpdir(), "samspil-web-"));
  mkdirSync(path.join(webRoot, "assets"));
  writeFileSync(path.join(webRoot, "index.html"), "<!doctype html><title>Samspil</title>");
  writeFileSync(path.join(webRoot, "assets", "app-old.js"), "console.log('old')");
  writeFileSync(path.join(path.dirname(webRoot), "samspil-outside.txt"), "secret");
  database = await openTestDatabase();
  app = await buildApp({
    config: readConfig({ NODE_ENV: "test", DEMO_DATA: "false", WEB_ROOT: webRoot }),
    database,
    logger: false,
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(webRoot, { recursive: true, force: true });
  rmSync(path.join(path.dirname(webRoot), "samspil-outside.txt"), { force: true });
});

describe("web assets", () => {
  it("answers a client route with the app and an unknown API path with a JSON 404", async () => {
    const page = await app.inject({ method: "GET", url: "/organisationer/123?side=2" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    const api = await app.inject({ method: "GET", url: "/api/does-not-exist" });
    expect(api.statusCode).toBe(401);
  });

  it("serves a file built after start, and a missing file is a 404, not the app", async () => {
    expect((await app.inject({ method: "GET", url: "/assets/app-old.js" })).statusCode).toBe(200);
    writeFileSync(path.join(webRoot, "assets", "app-new.js"), "console.log('new')");
    const fresh = await app.inject({ method: "GET", url: "/assets/app-new.js" });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.body).toBe("console.log('new')");
    expect(fresh.headers["content-type"]).toContain("javascript");
    const missing = await app.inject({ method: "GET", url: "/assets/app-missing.js" });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).toContain("application/json");
  });

  it("never serves a file outside the web root", async () => {
    for (const url of [
      "/../samspil-outside.txt",
      "/assets/..%2F..%2Fsamspil-outside.txt",
      "/%2e%2e/samspil-outside.txt",
    ]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.body).not.toContain("secret");
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
    }
  });
});
