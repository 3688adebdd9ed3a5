import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { readConfig } from "../config.js";
import type { Database } from "../db/database.js";
import { openTestDatabase } from "../test-support/test-database.js";
import { PAGE_PRELOADS } from "./page-preloads.js";

/**
 * The web root as the Vite build leaves it: index.html, a content-hashed script with its .br and
 * .gz siblings; and next to the web root a file that must never be served.
 */
const INDEX_HTML =
  '<!doctype html><head><title>Samspil</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>' +
  "</head><div id=root></div>";
/**
 * The build manifest: the open calls' chunk imports a shared chunk and the entry, and has a stylesheet; one call's
 * chunk (with its forms) is another.
 */
const MANIFEST = {
  "index.html": { file: "assets/index-Ab12Cd34.js", isEntry: true },
  "features/needs/public-pages.ts": {
    file: "assets/needs-public-Xy.js",
    imports: ["_shared-Zz.js", "index.html"],
    css: ["assets/needs-Cs.css"],
  },
  "features/needs/call-pages.ts": {
    file: "assets/needs-call-Qw.js",
    imports: ["_shared-Zz.js", "index.html"],
    css: ["assets/needs-Cs.css"],
  },
  "_shared-Zz.js": { file: "assets/shared-Zz.js", imports: ["index.html"] },
  "features/needs/i18n/da.json": { file: "assets/needs-da-Tx.js" },
};
const SCRIPT = `console.log(${JSON.stringify("samspil ".repeat(400))});\n`;
const SECRET = '{"secret":"outside the web root"}';

let tempDir: string;
let database: Database;
let app: FastifyInstance;

beforeAll(async () => {
  tempDir = mkdtempSync(path.join(tmpdir(), "samspil-web-"));
  const webRoot = path.join(tempDir, "web");
  mkdirSync(path.join(webRoot, "assets"), { recursive: true });
  writeFileSync(path.join(tempDir, "package.json"), SECRET);
  writeFileSync(path.join(webRoot, "index.html"), INDEX_HTML);
  mkdirSync(path.join(webRoot, ".vite"));
  writeFileSync(path.join(webRoot, ".vite", "manifest.json"), JSON.stringify(MANIFEST));
  const script = path.join(webRoot, "assets", "index-Ab12Cd34.js");
  writeFileSync(script, SCRIPT);
  writeFileSync(`${script}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${script}.gz`, gzipSync(SCRIPT));
  database = await openTestDatabase();
  const config = readConfig({ NODE_ENV: "test", DEMO_DATA: "false", WEB_ROOT: webRoot });
  app = await buildApp({ config, database, logger: false });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(tempDir, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({
    method: "GET",
    url,
    headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
  });

const ASSET = "/assets/index-Ab12Cd34.js";

describe("the web build: pre-compressed files chosen by Accept-Encoding", () => {
  it("sends the brotli file when the browser accepts br", async () => {
    const response = await get(ASSET, "gzip, deflate, br, zstd");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it("sends the gzip file when the browser accepts only gzip", async () => {
    const response = await get(ASSET, "gzip");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(response.rawPayload).toString()).toBe(SCRIPT);
  });

  it("sends the plain file for identity, an encoding it has no file for, or no Accept-Encoding", async () => {
    for (const acceptEncoding of ["identity", "deflate", "zstd;q=1, br;q=0, gzip;q=0", undefined]) {
      const response = await get(ASSET, acceptEncoding);
      expect(response.statusCode, String(acceptEncoding)).toBe(200);
      expect(response.headers["content-encoding"], String(acceptEncoding)).toBeUndefined();
      expect(response.body).toBe(SCRIPT);
    }
  });
});

describe("the web build: caching", () => {
  it("lets the browser keep content-hashed assets for a year", async () => {
    for (const acceptEncoding of ["br", "gzip", "identity"]) {
      const response = await get(ASSET, acceptEncoding);
      expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
  });

  it("makes the browser revalidate index.html, at / and when it is served for a client route", async () => {
    for (const url of ["/", "/behov/2b3c4d5e-0000-4000-8000-000000000000", "/login?next=%2F", "/index.html"]) {
      const response = await get(url, "gzip, br");
      expect(response.statusCode, url).toBe(200);
      // At / with the home page's first API answer preloaded (below).
      expect(response.body.replace(/\s*<link [^>]+>\s*/g, ""), url).toBe(INDEX_HTML);
      expect(response.headers["cache-control"], url).toBe("no-cache");
    }
  });
});

describe("the web build: public pages opened from a link", () => {
  it("names the page's chunk, imports, stylesheet and Danish texts in index.html, not the entry again", async () => {
    const chunks = {
      "/opslag?status=closed": "needs-public-Xy.js",
      "/opslag/2b3c4d5e-0000-4000-8000-000000000000?x=1": "needs-call-Qw.js",
    };
    for (const [url, chunk] of Object.entries(chunks)) {
      const response = await get(url, "gzip, br");
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"], url).toMatch(/^text\/html/);
      expect(response.headers["cache-control"], url).toBe("no-cache");
      const links = response.body.match(/<link [^>]+>/g) ?? [];
      // With a query string the page's API address is not known here: scripts only.
      expect(links, url).toEqual([
        `<link rel="modulepreload" crossorigin href="/assets/${chunk}">`,
        '<link rel="modulepreload" crossorigin href="/assets/shared-Zz.js">',
        '<link rel="modulepreload" crossorigin href="/assets/needs-da-Tx.js">',
        '<link rel="preload" as="style" crossorigin href="/assets/needs-Cs.css">',
      ]);
      expect(response.body.indexOf("<link"), url).toBeLessThan(response.body.indexOf("</head>"));
      expect(response.body.match(/index-Ab12Cd34\.js/g), url).toHaveLength(1);
    }
  });

  it("preloads the API answer the page asks for first, exactly as the page writes its address", async () => {
    const uuid = "2b3c4d5e-0000-4000-8000-000000000000";
    const token = "AbCdEfGhIjKlMnOpQrStUv_-12";
    const expected: Record<string, string[]> = {
      "/": ["/api/me/home"],
      "/opslag": ["/api/calls?status=open"],
      [`/opslag/${uuid}`]: [`/api/calls/${uuid}`],
      "/seminarer": ["/api/seminars"],
      "/viden": ["/api/knowledge"],
      [`/viden/${uuid}`]: [`/api/knowledge/${uuid}`],
      [`/svar/${token}`]: [`/api/respond/${token}`],
      [`/feedback/${token}`]: [`/api/feedback/${token}?language=da`],
      // Not an id or a token the page would ask for, or an address with a query: no data preload.
      "/viden/not-an-id": [],
      "/feedback/short": [],
      [`/svar/${token}?language=en`]: [],
      "/svar/%22%3E%3Cscript%3E": [],
      "/seminarer/ny": [],
    };
    for (const [url, data] of Object.entries(expected)) {
      const response = await get(url, "gzip, br");
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"], url).toBe("no-cache");
      const preloaded = [...response.body.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g)];
      expect(
        preloaded.map((match) => match[1]),
        url,
      ).toEqual(data);
      expect(response.body, url).not.toContain("<script>");
    }
  });

  it("sends other pages as built, and a page whose chunk the manifest lacks without preloads", async () => {
    for (const url of ["/opslagstavle", "/behov", "/feedback/abc"]) {
      const response = await get(url, "gzip, br");
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toBe(INDEX_HTML);
    }
  });
});

describe("the web build: which pages take which chunk", () => {
  it("gives the knowledge portal's pages its public chunk, but not the editors' page nor look-alike paths", () => {
    const chunkOf = (pathname: string) => PAGE_PRELOADS.find((page) => page.path.test(pathname))?.sources[0] ?? null;
    for (const pathname of ["/viden", "/viden/", "/viden/2b3c4d5e-0000-4000-8000-000000000000"]) {
      expect(chunkOf(pathname), pathname).toBe("features/knowledge/public-pages.ts");
    }
    for (const pathname of ["/viden/2b3c4d5e-0000-4000-8000-000000000000/redaktion", "/videnskab"]) {
      expect(chunkOf(pathname), pathname).toBeNull();
    }
  });
});

describe("the web build: what is not there", () => {
  it("answers 404 for a missing asset, never the app", async () => {
    for (const url of ["/assets/index-Zz99Yy88.js", "/assets/index-Zz99Yy88", "/assets/", "/missing.css"]) {
      const response = await get(url, "br, gzip");
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain("<div id=root>");
      expect(response.headers["content-type"], url).not.toMatch(/text\/html/);
    }
  });

  it("serves nothing outside the web root, however the path is encoded", async () => {
    const attempts = [
      "/assets/..%2f..%2fpackage.json",
      "/assets/%2e%2e/%2e%2e/package.json",
      "/assets/%2e%2e%2f%2e%2e%2fpackage.json",
      "/..%2fpackage.json",
      "/%2e%2e/package.json",
      "/assets/..%5c..%5cpackage.json",
      "/assets/....//....//package.json",
      "/assets/%252e%252e%252fpackage.json",
    ];
    for (const url of attempts) {
      for (const acceptEncoding of ["br", "identity"]) {
        const response = await get(url, acceptEncoding);
        expect([400, 403, 404], url).toContain(response.statusCode);
        expect(response.body, url).not.toContain("outside the web root");
        expect(response.body, url).not.toContain("<div id=root>");
      }
    }
  });

  it("leaves /api paths to the API (its JSON answer, not the app)", async () => {
    const response = await get("/api/no-such-thing", "identity");
    expect([401, 404]).toContain(response.statusCode);
    expect(response.headers["content-type"]).toMatch(/application\/json/);
  });
});
