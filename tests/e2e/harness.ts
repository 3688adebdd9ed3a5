import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { AxeResults, Result } from "axe-core";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { readConfig, type Config } from "../../src/server/config.js";
import { migrateToLatest, openDatabase, type Database } from "../../src/server/db/database.js";
import { DEMO_PASSWORD } from "../../src/server/seed/demo-content.js";
import { loadDemoData } from "../../src/server/seed/demo.js";
import { loadKnowledgeContent } from "../../src/server/seed/demo-knowledge.js";
import { loadReferenceData } from "../../src/server/seed/reference.js";
import type { Clock } from "../../src/server/platform/clock.js";

/**
 * Browser journeys: the real app (built web + Fastify + in-memory PGlite with demo data) in
 * this process, driven by Debian's Chromium through playwright-core. One server and one
 * browser per test file; every test gets its own browser context (its own cookies).
 */

const root = path.resolve(import.meta.dirname, "../..");
const webRoot = path.join(root, "dist/web");
const CHROMIUM = "/usr/bin/chromium";
const AXE_SCRIPT = path.join(root, "node_modules/axe-core/axe.min.js");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Content-Security-Policy violations each page reported (the app must run under the strict CSP). */
const cspViolations = new WeakMap<Page, string[]>();

export { DEMO_PASSWORD };

export const USERS = {
  admin: "programleder@samspil.example",
  agent: "agent@samspil.example",
  publicMember: "hjemmepleje@samspil.example",
  companyMember: "virksomhed@samspil.example",
} as const;

export interface E2E {
  baseUrl: string;
  browser: Browser;
  /** A fresh, signed-out browser tab (own context, Danish unless told otherwise). */
  newPage: () => Promise<Page>;
  /**
   * The newest mail to an address, as the recipient gets it (with its personal link). The outbox page
   * masks personal links (issue 15), so a journey reads the recipient's mail here, as a person reads theirs.
   */
  mailTo: (address: string) => Promise<{ subject: string; text: string }>;
  close: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The demo database: a copy of the one global-setup.ts built for this run, or (under a config without that
 * setup) built here as main.ts does: migrations, reference and demo data, the knowledge base's content.
 */
async function openDemoDatabase(): Promise<Database> {
  const demoDump = inject("samspilDemoDatabase");
  if (demoDump) {
    return openDatabase({ loadDataDir: new Blob([readFileSync(demoDump)]) });
  }
  const database = await openDatabase({});
  await migrateToLatest(database.db);
  await loadReferenceData(database.db);
  await loadDemoData(database.db);
  // The knowledge base's methods, tools and real cases, as main.ts publishes them at start.
  await loadKnowledgeContent(database.db);
  return database;
}

async function startServer(
  clock?: Clock,
  settings: Partial<Config> = {},
): Promise<{ app: FastifyInstance; database: Database; baseUrl: string }> {
  if (!existsSync(path.join(webRoot, "index.html"))) {
    throw new Error(`No web build in ${webRoot}: run "npm run build:web" before the browser tests (npm test does it).`);
  }
  // The port is chosen first so that links the server writes (invitation e-mails) point at it.
  const port = await freePort();
  const config = {
    ...readConfig({ ...process.env, DEMO_DATA: "true", PORT: String(port), WEB_ROOT: webRoot, SMTP_URL: "" }),
    ...settings,
  };
  const database = await openDemoDatabase();
  const app = await buildApp({ config, database, logger: false, clock });
  await app.listen({ port, host: "localhost" });
  return { app, database, baseUrl: `http://localhost:${port}` };
}

async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the browser journeys need it (scripts/ensure-tools.sh installs it).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * With `clock`, the server's modules read «now» from it (a journey can move to «tomorrow»); `config` changes
 * settings (e.g. a low embeddedOrganisationLimit).
 */
export async function startE2E(options: { clock?: Clock; config?: Partial<Config> } = {}): Promise<E2E> {
  const [server, browser] = await Promise.all([startServer(options.clock, options.config), launchBrowser()]);
  const contexts: BrowserContext[] = [];
  return {
    baseUrl: server.baseUrl,
    browser,
    newPage: async () => {
      const context = await browser.newContext({
        baseURL: server.baseUrl,
        viewport: { width: 1280, height: 900 },
        acceptDownloads: true,
        locale: "da-DK",
      });
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      const page = await context.newPage();
      const violations: string[] = [];
      cspViolations.set(page, violations);
      page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("Content Security Policy")) {
          violations.push(message.text());
        }
      });
      page.on("pageerror", (error) => {
        process.stderr.write(`[browser error] ${error.message}\n`);
      });
      return page;
    },
    mailTo: async (address) => {
      const mail = await server.database.db
        .selectFrom("outbox")
        .select(["subject", "body_text as text"])
        .where("recipient", "=", address.toLowerCase())
        .orderBy("created_at", "desc")
        .executeTakeFirst();
      if (!mail) {
        throw new Error(`No mail to ${address} in the outbox`);
      }
      return mail;
    },
    close: async () => {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close();
      await server.app.close();
      await server.database.close();
    },
  };
}

/** Signs in through the login form and waits for the page it leads to. */
export async function login(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes("/login")) {
    await page.goto("/login");
  }
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** How long a page may take to show its heading; the browser tests share two cores with others. */
const HEADING_TIMEOUT = 15_000;

/**
 * Runs in the page: the h1 in main once the page has loaded (no loading indicator), and with
 * `want`, only when it says that; otherwise null.
 */
function readHeading(want: string | null): string | null {
  const main = document.querySelector("main");
  const h1 = main?.querySelector("h1");
  if (!main || !h1 || main.querySelector(".samspil-loading")) {
    return null;
  }
  const text = h1.innerText.trim();
  return want === null || text === want ? text : null;
}

/**
 * The text of the page's h1 once the page has loaded: the heading is there and no loading
 * indicator is. With `expected`, waits until the heading says it (the page may still be on its
 * way from a link or a save) and fails naming the heading it shows instead.
 */
export async function heading(page: Page, expected?: string): Promise<string> {
  try {
    const found = await page.waitForFunction(readHeading, expected ?? null, { timeout: HEADING_TIMEOUT, polling: 100 });
    return (await found.jsonValue()) as string;
  } catch (error) {
    const shown = await page.evaluate(readHeading, null).catch(() => null);
    const problem = expected === undefined ? "No page heading" : `The page heading is not «${expected}»`;
    const state = shown === null ? "the page is still loading or has no h1" : `it is «${shown}»`;
    throw new Error(`${problem} after ${HEADING_TIMEOUT / 1000} s: ${state} (${page.url()})`, { cause: error });
  }
}

function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map(
        (node) => `    ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`,
      );
      return `- ${violation.id} (${violation.impact ?? "?"}): ${violation.help}\n${nodes.join("\n")}`;
    })
    .join("\n");
}

/**
 * Runs axe-core on the page (WCAG 2.0/2.1 A and AA) and fails with the violations listed; also
 * fails if the page has hit the Content-Security-Policy. axe is evaluated through the DevTools
 * protocol: `page.addScriptTag` inserts an inline script, which the app's CSP
 * (script-src 'self') rightly blocks, and bypassing the CSP would hide the app's own violations.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  expect(cspViolations.get(page) ?? [], `Content-Security-Policy violations on ${where}`).toEqual([]);
  // Content dimmed while it reloads (DKFDS .loading-dimmed) is not what the reader is left with: wait till settled.
  await expect.poll(() => page.locator(".loading-dimmed").count(), { timeout: 15_000 }).toBe(0);
  if (!(await page.evaluate(() => "axe" in window))) {
    await page.evaluate(readFileSync(AXE_SCRIPT, "utf8"));
  }
  const results = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } })
      .axe;
    return axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
  }, AXE_TAGS);
  const message = `axe found accessibility violations on ${where}:\n${describeViolations(results.violations)}`;
  expect(results.violations, message).toEqual([]);
}
