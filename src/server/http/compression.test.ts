import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation } from "../test-support/factories.js";
import { createTestApp, signIn, type Client, type TestApp } from "../test-support/harness.js";
import { COMPRESS_THRESHOLD } from "./compression.js";

let test: TestApp;
let agent: Client;

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  for (let index = 0; index < 30; index += 1) {
    await buildOrganisation(test.db, { name: `Kompressionskommune ${index}` });
  }
});
afterAll(async () => {
  await test.close();
});

const get = (url: string, acceptEncoding: string) =>
  agent.request({ method: "GET", url, headers: { "accept-encoding": acceptEncoding } });

describe("API answers compressed above the threshold", () => {
  it("sends a large JSON answer as br when accepted, gzip when only gzip, plain otherwise", async () => {
    const url = "/api/organisations?pageSize=50";
    const plain = await get(url, "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(COMPRESS_THRESHOLD);

    const br = await get(url, "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers["cache-control"]).toBe("no-store");
    expect(br.rawPayload.length).toBeLessThan(plain.body.length / 3);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);

    const gzip = await get(url, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);

    const deflateOnly = await get(url, "deflate");
    expect(deflateOnly.headers["content-encoding"]).toBeUndefined();
    expect(deflateOnly.body).toBe(plain.body);
  });

  it("leaves small answers alone", async () => {
    const me = await get("/api/me", "br, gzip");
    expect(me.statusCode).toBe(200);
    expect(me.body.length).toBeLessThan(COMPRESS_THRESHOLD);
    expect(me.headers["content-encoding"]).toBeUndefined();
  });

  it("keeps a CSV export a download, compressed on the wire and intact", async () => {
    const plain = await get("/api/organisations/export?format=csv", "identity");
    expect(plain.statusCode).toBe(200);
    expect(plain.body).toContain("Kompressionskommune 29");
    const compressed = await get("/api/organisations/export?format=csv", "br");
    expect(compressed.headers["content-encoding"]).toBe("br");
    expect(compressed.headers["content-disposition"]).toMatch(/^attachment; filename="organisationer-.*\.csv"$/);
    expect(compressed.headers["content-type"]).toMatch(/^text\/csv/);
    expect(brotliDecompressSync(compressed.rawPayload).toString()).toBe(plain.body);
  });

  it("sends an XLSX export (already a zip) as it is", async () => {
    const response = await get("/api/organisations/export?format=xlsx", "br, gzip");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers["content-disposition"]).toMatch(/\.xlsx"$/);
    expect(response.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});
