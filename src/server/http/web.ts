import { existsSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance, FastifyReply } from "fastify";
import fastifyStatic from "@fastify/static";
// The route option `compress` (http/compression.ts) is declared by the plugin's types.
import type {} from "@fastify/compress";
import { pagePreloader } from "./page-preloads.js";

/** Vite puts every content-hashed file under assets/: its name changes whenever its bytes do. */
const HASHED_DIR = "assets";
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html names the current hashed files, so the browser revalidates it on every visit. */
const REVALIDATE = "no-cache";

/**
 * Serves the built React app from `webRoot`. The build writes `.br` and `.gz` files next to each
 * asset (vite.config.ts, ADR 0014); the one the browser accepts is sent, else the plain file, as
 * it is: nothing is compressed per request here. Hashed assets are cached for a year, index.html
 * is revalidated; every non-API path without a file extension gets index.html so client routes
 * work on reload. Files are looked up per request (a rebuild while the server runs is seen),
 * inside the web root only.
 */
export function registerWeb(app: FastifyInstance, webRoot: string): void {
  const indexFile = path.join(webRoot, "index.html");
  if (!existsSync(indexFile)) {
    app.log.warn(`No web build in ${webRoot}: run "npm run build:web" (npm start does it)`);
    return;
  }
  const assetsDir = path.join(webRoot, HASHED_DIR) + path.sep;
  void app.register(fastifyStatic, {
    root: webRoot,
    serve: false,
    index: false,
    dotfiles: "ignore",
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      reply.header("cache-control", filePath.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
    },
  });
  const preloaded = pagePreloader(webRoot);
  const options = { schema: { hide: true }, compress: false } as const;
  app.get("/*", options, (request, reply) => {
    const [pathname, query] = request.url.split("?", 2) as [string, string | undefined];
    if (pathname.startsWith("/api/")) {
      return reply.callNotFound();
    }
    // A missing file, or anything under assets/, is a 404, never the app: a stale script answered
    // with HTML would fail in confusing ways.
    if (/\.[a-z0-9]+$/i.test(pathname) || pathname.startsWith(`/${HASHED_DIR}/`)) {
      return reply.sendFile(pathname.slice(1));
    }
    const html = preloaded(pathname, query ?? "");
    if (html !== null) {
      return reply.type("text/html; charset=utf-8").header("cache-control", REVALIDATE).send(html);
    }
    return reply.sendFile("index.html");
  });
  // The agent's home page: its chunk and first API answer preloaded like the public pages'.
  app.get("/", options, (request, reply) => {
    const html = preloaded("/", request.url.split("?", 2)[1] ?? "");
    if (html !== null) {
      return reply.type("text/html; charset=utf-8").header("cache-control", REVALIDATE).send(html);
    }
    return reply.sendFile("index.html");
  });
}
