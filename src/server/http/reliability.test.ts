import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signIn, type Client, type TestApp } from "../test-support/harness.js";

let test: TestApp;
let agent: Client;

beforeAll(async () => {
  test = await createTestApp({
    extend: (app) => {
      app.get("/api/test-only/explode", async () => {
        throw new Error('relation "secret_table" does not exist');
      });
    },
  });
  agent = await signIn(test, "agent");
});
afterAll(async () => {
  await test.close();
});

describe("health", () => {
  it("answers liveness and readiness", async () => {
    expect((await test.app.inject({ method: "GET", url: "/health" })).json()).toEqual({ status: "ok" });
    expect((await test.app.inject({ method: "GET", url: "/ready" })).json()).toEqual({ status: "ready" });
  });

  it("publishes the OpenAPI document with the stable paths", async () => {
    const spec = (await test.app.inject({ method: "GET", url: "/api/openapi.json" })).json<{
      paths: Record<string, unknown>;
    }>();
    for (const path of [
      "/api/auth/login",
      "/api/auth/logout",
      "/api/me",
      "/api/organisations",
      "/api/organisations/{id}",
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
  });
});

describe("bad input", () => {
  it("answers 413 to a body over 1 MiB", async () => {
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations",
      payload: { kind: "company", name: "X", description: "x".repeat(1_100_000) },
    });
    expect(response.statusCode).toBe(413);
  });

  it("answers 415 to a body that is not JSON", async () => {
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations",
      headers: { "content-type": "text/plain" },
      payload: "kind=company",
    });
    expect(response.statusCode).toBe(415);
  });

  it("answers 400 to malformed JSON", async () => {
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations",
      headers: { "content-type": "application/json" },
      payload: '{"kind":',
    });
    expect(response.statusCode).toBe(400);
  });

  it("refuses NUL characters in query strings too, naming the field", async () => {
    const response = await agent.request({ method: "GET", url: "/api/organisations?q=a%00b" });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toHaveProperty("q");
  });

  it("survives hostile keys such as __proto__ without a 5xx", async () => {
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations",
      headers: { "content-type": "application/json" },
      payload: '{"kind":"company","name":"Proto ApS","__proto__":{"isAdmin":true},"constructor":{"prototype":{}}}',
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });
});

describe("unexpected errors", () => {
  it("answer a generic 500 with a request id, no stack or database text, and the process goes on", async () => {
    const response = await agent.request({ method: "GET", url: "/api/test-only/explode" });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(JSON.stringify(body)).not.toContain("secret_table");
    expect(body.requestId).toBe(response.headers["x-request-id"]);
    expect((await test.app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
  });
});
