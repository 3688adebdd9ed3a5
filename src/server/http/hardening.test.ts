import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../test-support/harness.js";

let test: TestApp;
let agent: Client;

beforeAll(async () => {
  test = await createTestApp({
    extend: (app) => {
      app.get("/api/test-only/text", async (_request, reply) => reply.type("text/plain").send("plain text"));
    },
  });
  agent = await signIn(test, "agent");
});
afterAll(async () => {
  await test.close();
});

const expectOneErrorFormat = (response: {
  statusCode: number;
  headers: Record<string, unknown>;
  json: () => unknown;
}) => {
  const body = response.json() as Record<string, unknown>;
  expect(typeof body.error).toBe("string");
  expect(typeof body.message).toBe("string");
  expect(body).not.toHaveProperty("statusCode");
  expect(response.headers["x-request-id"]).toBeTruthy();
  expect(response.headers["cache-control"]).toBe("no-store");
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
  expect(response.headers["content-security-policy"]).toBeTruthy();
};

describe("deeply nested JSON", () => {
  it("is refused with 400 in the one error format, also on the anonymous login route", async () => {
    const deep = "[".repeat(7_000) + "]".repeat(7_000);
    for (const url of ["/api/auth/login", "/api/organisations"]) {
      const response = await agent.request({
        method: "POST",
        url,
        headers: { "content-type": "application/json" },
        payload: deep,
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().message).toContain("64");
      expectOneErrorFormat(response);
    }
  });

  it("still accepts nesting up to 64 levels", async () => {
    const nested = `{"email":"a@b.dk","password":"x","extra":${"[".repeat(60)}${"]".repeat(60)}}`;
    const response = await anonymous(test.app).request({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: nested,
    });
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().message).not.toContain("64 levels");
  });
});

describe("lone UTF-16 surrogates", () => {
  it("are refused with 400 naming the field in JSON bodies, anonymous routes included", async () => {
    const response = await anonymous(test.app).request({
      method: "PUT",
      url: "/api/respond/not-a-real-token-but-long-enough/answers",
      headers: { "content-type": "application/json" },
      payload: '{"answers":{"q1":"a\\ud800b"}}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toHaveProperty(["answers.q1"]);
  });

  it("are refused in query strings and in object keys", async () => {
    const query = await agent.request({ method: "GET", url: "/api/organisations?q=a%ED%A0%80b" });
    expect(query.statusCode).toBe(400);
    expect(query.json().fields).toHaveProperty("q");
    const key = await agent.request({
      method: "POST",
      url: "/api/organisations",
      headers: { "content-type": "application/json" },
      payload: '{"kind":"company","name":"X","\\udc00":1}',
    });
    expect(key.statusCode).toBe(400);
  });

  it("are refused in multipart fields", async () => {
    const boundary = "----b";
    const payload = Buffer.from(
      [
        `--${boundary}`,
        'Content-Disposition: form-data; name="confidentialFor"',
        "",
        "\ud800",
        `--${boundary}--`,
        "",
      ].join("\r\n"),
      "utf8",
    );
    const response = await agent.request({
      method: "POST",
      url: "/api/processes/00000000-0000-4000-8000-000000000000/documents",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
  });

  it("accept proper surrogate pairs (emoji)", async () => {
    const response = await agent.request({ method: "GET", url: `/api/organisations?q=${encodeURIComponent("😀")}` });
    expect(response.statusCode).toBe(200);
  });
});

describe("malformed multipart", () => {
  const boundary = "----samspil";
  const part = (headers: string, body: string) => `--${boundary}\r\n${headers}\r\n\r\n${body}\r\n`;
  const bodies: Record<string, { contentType: string; payload: string }> = {
    "a file part with no filename": {
      contentType: `multipart/form-data; boundary=${boundary}`,
      payload:
        part('Content-Disposition: form-data; name="file"\r\nContent-Type: text/csv', "Navn;Type") +
        `--${boundary}--\r\n`,
    },
    "a truncated body": {
      contentType: `multipart/form-data; boundary=${boundary}`,
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nNavn;Ty`,
    },
    "a missing boundary": {
      contentType: "multipart/form-data",
      payload:
        part('Content-Disposition: form-data; name="file"; filename="a.csv"', "Navn;Type") + `--${boundary}--\r\n`,
    },
  };
  const urls = [
    "/api/organisations/import/preview",
    "/api/processes/00000000-0000-4000-8000-000000000000/documents",
    "/api/offers/00000000-0000-4000-8000-000000000000/attachments",
  ];
  for (const [name, { contentType, payload }] of Object.entries(bodies)) {
    it(`answers 400 with a clear message to ${name}`, async () => {
      for (const url of urls) {
        const response = await agent.request({
          method: "POST",
          url,
          headers: { "content-type": contentType },
          payload,
        });
        expect(response.statusCode, `${url}: ${response.body}`).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(500);
        expect(response.json().message.length).toBeGreaterThan(5);
      }
    });
  }
});

describe("router-level errors", () => {
  it("answer bad percent-encoding in the one format with the usual headers, without echoing the URL", async () => {
    const response = await agent.request({ method: "GET", url: "/api/%E0%A4%A" });
    expect(response.statusCode).toBe(400);
    expectOneErrorFormat(response);
    expect(response.body).not.toContain("%E0%A4%A");
  });

  it("answer an unknown route in the one format with the usual headers", async () => {
    const response = await agent.request({ method: "GET", url: "/api/no-such-thing" });
    expect(response.statusCode).toBe(404);
    expectOneErrorFormat(response);
  });

  it("give text answers a charset", async () => {
    const response = await agent.request({ method: "GET", url: "/api/test-only/text" });
    expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
  });
});
