import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg } from "node:os";
import path from "node:path";
import { chromium, type APIRequestContext, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildApp } from "../src/server/app.js";
import { readConfig } from "../src/server/config.js";
import { migrateToLatest, openDatabase } from "../src/server/db/database.js";
import { DEMO_PASSWORD } from "../src/server/seed/demo-content.js";
import { loadDemoData } from "../src/server/seed/demo.js";
import { loadReferenceData } from "../src/server/seed/reference.js";

/**
 * First load on a phone: the real app (built web + Fastify + in-memory PGlite with demo data) on
 * loopback, Debian's Chromium throttled to «slow 4G» (1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT)
 * and a CPU four times slower. For each page, a cold visit (empty cache) and a warm one (the same
 * browser again): time until the page's main content is there, bytes on the wire, and on the warm
 * visit the script and style bytes that still came over the network; each visit's critical request
 * chain (how many requests, one waiting for the other, until the page was ready) and its main-thread
 * CPU time. Each page is then judged against issue 17's goals.
 *
 * The ready times depend on how busy the machine is (the server, Chromium and its 4× CPU throttle
 * share the cores with whatever else runs), and so, less, does the main thread's CPU time (thread
 * ticks: a busy machine still slows each instruction); bytes, request counts and the chain depth do
 * not, so compare those between runs on a busy machine.
 *
 *   npm run build:web && npm run bench:web
 *   BENCH_WEB_TRACE=1 npm run bench:web    # also each request of each visit: start, end, size, depth
 *   BENCH_WEB_ROOT=/tmp/other-build npm run bench:web    # another build (a before/after comparison)
 *   BENCH_WEB_ONLY='home|respondent' npm run bench:web   # only the pages whose name matches
 *   BENCH_WEB_PROFILE=1 npm run bench:web   # also where the warm visit's main thread goes (slows that visit)
 *   BENCH_WEB_WARM_RUNS=7 npm run bench:web  # seven repeat visits per page, the median shown (a busy machine)
 */

const root = path.resolve(import.meta.dirname, "..");
const webRoot = path.resolve(process.env.BENCH_WEB_ROOT ?? path.join(root, "dist/web"));
const CHROMIUM = "/usr/bin/chromium";
const AGENT = "agent@samspil.example";

const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
/**
 * Repeat visits per page (BENCH_WEB_WARM_RUNS, default 1); the table shows the median one. On a machine
 * busy with other work a single visit's time moves by ±0.5 s: compare medians of 5 or more.
 */
const WARM_RUNS = Math.max(1, Number(process.env.BENCH_WEB_WARM_RUNS ?? "1") || 1);
/** Generous: a slow-4G cold load takes 5–15 s, more on a machine busy with other work. */
const READY_TIMEOUT = 120_000;

/** Issue 17: on slow 4G and a 4× slower CPU, per page. */
const GOALS = { coldMs: 3000, coldBytes: 350 * 1024, warmMs: 1500, warmScriptStyleBytes: 0 };

interface Scenario {
  name: string;
  path: string;
  /** The page's main content: present once the page is usable. */
  ready: string;
  signedIn: boolean;
}

interface Visit {
  ms: number;
  bytes: number;
  scriptStyleBytes: number;
  requests: number;
  /**
   * Longest chain of requests, each started by the one before (the page = 1), among those done by
   * ready, fonts and images left out: 2 = every script, stylesheet and API call asked for by the page.
   */
  depth: number;
  /** Main-thread CPU time until ready, as the throttled CPU spends it (thread ticks, not wall time). */
  cpuMs: number;
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

async function startServer() {
  if (!existsSync(path.join(webRoot, "index.html"))) {
    throw new Error(`No web build in ${webRoot}: run "npm run build:web" first.`);
  }
  const port = await freePort();
  const config = readConfig({ ...process.env, DEMO_DATA: "true", PORT: String(port), WEB_ROOT: webRoot, SMTP_URL: "" });
  const database = await openDatabase({});
  await migrateToLatest(database.db);
  await loadReferenceData(database.db);
  await loadDemoData(database.db);
  const app = await buildApp({ config, database, logger: false });
  await app.listen({ port, host: "127.0.0.1" });
  return { app, database, baseUrl: `http://127.0.0.1:${port}` };
}

/** Signs the context in through the API (the cookie lands in the context); returns the CSRF token. */
async function signIn(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/auth/login", { data: { email: AGENT, password: DEMO_PASSWORD } });
  if (!response.ok()) {
    throw new Error(`Sign-in failed: ${response.status()} ${await response.text()}`);
  }
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

async function apiJson<T>(
  request: APIRequestContext,
  method: "GET" | "POST",
  url: string,
  csrf: string,
  data?: object,
) {
  const response = await request.fetch(url, { method, data, headers: { "x-csrf-token": csrf } });
  if (!response.ok()) {
    throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

type Items<T> = T[] | { items: T[] };
const itemsOf = <T>(body: Items<T>): T[] => (Array.isArray(body) ? body : body.items);

/** A fresh respondent link (a new open assessment) and a feedback link, made as the demo agent. */
async function makePublicLinks(browser: Browser, baseUrl: string): Promise<{ respondent: string; feedback: string }> {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const csrf = await signIn(context.request);
    const templates = itemsOf(
      await apiJson<Items<{ id: string; status: string }>>(context.request, "GET", "/api/assessment-templates", csrf),
    );
    const template = templates.find((candidate) => candidate.status === "published") ?? templates[0];
    const organisations = itemsOf(
      await apiJson<Items<{ id: string; kind: string }>>(
        context.request,
        "GET",
        "/api/organisations?pageSize=50",
        csrf,
      ),
    );
    const organisation = organisations.find((candidate) => candidate.kind === "municipality") ?? organisations[0];
    const assessment = await apiJson<{ id: string }>(context.request, "POST", "/api/assessments", csrf, {
      organisationId: organisation.id,
      templateId: template.id,
      title: "Måling af første indlæsning",
    });
    const invited = await apiJson<{ link: string }>(
      context.request,
      "POST",
      `/api/assessments/${assessment.id}/respondents`,
      csrf,
      { audience: "citizens", name: "Bench Borger" },
    );
    const processes = itemsOf(await apiJson<Items<{ id: string }>>(context.request, "GET", "/api/processes", csrf));
    for (const process of processes) {
      const detail = await apiJson<{ testPlans?: { id: string }[] }>(
        context.request,
        "GET",
        `/api/processes/${process.id}`,
        csrf,
      );
      const plan = detail.testPlans?.[0];
      if (plan) {
        const feedback = await apiJson<{ link: string }>(
          context.request,
          "POST",
          `/api/processes/${process.id}/test-plans/${plan.id}/feedback-links`,
          csrf,
          { audience: "citizen" },
        );
        return { respondent: new URL(invited.link).pathname, feedback: new URL(feedback.link).pathname };
      }
    }
    throw new Error("The demo data has no test plan to ask feedback for");
  } finally {
    await context.close();
  }
}

/** The URL without the origin, as the trace prints it. */
const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, "");

/** The parts of a DevTools CPU profile read here. */
interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * With BENCH_WEB_PROFILE=1, the warm visit's main-thread time by script and the functions with the most self
 * time (a sampling profile until ready; sampling slows the page, so the figures of such a run are not the bench's).
 */

function printProfile(profile: CpuProfile, scenario: Scenario): void {
  const selfMs = new Map<number, number>();
  profile.samples?.forEach((id, index) =>
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000),
  );
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    const script = url ? local(url) : functionName;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const file = local(url).replace(/^\/assets\//, "");
    const where = `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
      .join("\n");
  console.log(
    `${scenario.name}, warm visit, main thread by script:\n${top(byScript, 8)}\nby function:\n${top(byFunction, 15)}`,
  );
}

/** Opens `path` with the page throttled and counts what came over the network until `ready` shows. */
async function visit(context: BrowserContext, page: Page, scenario: Scenario, profile = false): Promise<Visit> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  const types = new Map<string, string>();
  let bytes = 0;
  let scriptStyleBytes = 0;
  let requests = 0;
  let readyAt = Infinity;
  const trace = process.env.BENCH_WEB_TRACE === "1";
  const sent = new Map<string, { url: string; at: number; depth: number }>();
  /** Depth of the request that fetched each URL: a request's depth is its initiator's plus one. */
  const depthOf = new Map<string, number>();
  /** Fonts (font-display: swap) and images (icon sprite too) don't hold the page back; the chain counts the rest. */
  const done: { depth: number; at: number; type: string; url: string }[] = [];
  const lines: string[] = [];
  cdp.on("Network.requestWillBeSent", (event) => {
    const initiator = event.initiator;
    const frames = initiator.stack?.callFrames ?? initiator.stack?.parent?.callFrames ?? [];
    const from = initiator.url ?? frames.find((frame) => frame.url)?.url;
    const depth = event.type === "Document" ? 1 : (from ? (depthOf.get(from) ?? 1) : 1) + 1;
    depthOf.set(event.request.url, depth);
    sent.set(event.requestId, { url: local(event.request.url), at: performance.now(), depth });
  });
  cdp.on("Network.responseReceived", (event) => {
    types.set(event.requestId, event.type);
  });
  cdp.on("Network.loadingFinished", (event) => {
    const request = sent.get(event.requestId);
    const now = performance.now();
    if (request) {
      done.push({ depth: request.depth, at: now, type: types.get(event.requestId) ?? "", url: request.url });
    }
    if (trace && request) {
      const from = ((request.at - started) / 1000).toFixed(2);
      const to = ((now - started) / 1000).toFixed(2);
      lines.push(
        `  ${from}–${to} s  ${kb(event.encodedDataLength).padStart(6)}  d${request.depth}  ${request.url.slice(0, 90)}`,
      );
    }
    requests += 1;
    bytes += event.encodedDataLength;
    const type = types.get(event.requestId);
    if (type === "Script" || type === "Stylesheet") {
      scriptStyleBytes += event.encodedDataLength;
    }
  });
  const cpuSeconds = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((metric) => metric.name === "TaskDuration")?.value ?? 0;
  };
  const cpuBefore = await cpuSeconds();
  if (profile) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.start");
  }
  const started = performance.now();
  await page.goto(scenario.path, { waitUntil: "commit", timeout: READY_TIMEOUT });
  await page.waitForFunction(
    (selector) => {
      const main = document.querySelector("main");
      return Boolean(main && !main.querySelector(".samspil-loading") && main.querySelector(selector));
    },
    scenario.ready,
    { timeout: READY_TIMEOUT, polling: 50 },
  );
  readyAt = performance.now();
  const ms = readyAt - started;
  const cpuMs = ((await cpuSeconds()) - cpuBefore) * 1000;
  if (profile) {
    printProfile((await cdp.send("Profiler.stop")).profile, scenario);
  }
  // Let late responses (fonts, the last API call) finish so their bytes count.
  await page.waitForLoadState("networkidle", { timeout: READY_TIMEOUT }).catch(() => undefined);
  await cdp.detach();
  const depth = Math.max(
    0,
    ...done
      .filter(
        (request) =>
          request.at <= readyAt &&
          !["Font", "Image"].includes(request.type) &&
          !/^data:|\.(svg|woff2|png|jpe?g)$/.test(request.url),
      )
      .map((request) => request.depth),
  );
  if (trace) {
    console.log(`${scenario.name}: ready at ${seconds(ms)}, chain depth ${depth}\n${lines.join("\n")}`);
  }
  return { ms, bytes, scriptStyleBytes, requests, depth, cpuMs };
}

/** What a page misses of the goals, empty when it meets them all. */
function shortfalls(cold: Visit, warm: Visit): string[] {
  return [
    cold.ms > GOALS.coldMs ? `cold ${seconds(cold.ms)} > ${seconds(GOALS.coldMs)}` : "",
    cold.bytes > GOALS.coldBytes ? `cold ${kb(cold.bytes)} > ${kb(GOALS.coldBytes)}` : "",
    warm.ms > GOALS.warmMs ? `warm ${seconds(warm.ms)} > ${seconds(GOALS.warmMs)}` : "",
    warm.scriptStyleBytes > GOALS.warmScriptStyleBytes ? `warm JS+CSS ${kb(warm.scriptStyleBytes)}` : "",
  ].filter(Boolean);
}

const failedOn = (scenario: Scenario, visitKind: string) => (error: unknown) => {
  throw new Error(`${scenario.name} (${scenario.path}), ${visitKind} visit: ${String(error)}`, { cause: error });
};

async function measure(browser: Browser, baseUrl: string, scenario: Scenario) {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: "da-DK",
    viewport: { width: 390, height: 844 },
  });
  try {
    if (scenario.signedIn) {
      await signIn(context.request);
    }
    const cold = await visit(context, await context.newPage(), scenario).catch(failedOn(scenario, "cold"));
    const warms: Visit[] = [];
    for (let run = 0; run < WARM_RUNS; run += 1) {
      const profile = run === 0 && process.env.BENCH_WEB_PROFILE === "1";
      warms.push(await visit(context, await context.newPage(), scenario, profile).catch(failedOn(scenario, "warm")));
    }
    // The median visit by ready time (its own bytes, requests and CPU).
    const sorted = [...warms].sort((a, b) => a.ms - b.ms);
    if (warms.length > 1) {
      console.log(`${scenario.name}: repeat visits ready at ${sorted.map((run) => seconds(run.ms)).join(", ")}`);
    }
    return { cold, warm: sorted[Math.floor((sorted.length - 1) / 2)] };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM} (scripts/ensure-tools.sh installs it).`);
  }
  const server = await startServer();
  const browser = await chromium.launch({
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
  try {
    const links = await makePublicLinks(browser, server.baseUrl);
    const scenarios: Scenario[] = [
      { name: "login", path: "/login", ready: "form button[type=submit]", signedIn: false },
      { name: "home (agent)", path: "/", ready: ".home-sections", signedIn: true },
      { name: "open calls /opslag", path: "/opslag", ready: ".call-list, .empty-state", signedIn: false },
      { name: "seminars /seminarer", path: "/seminarer", ready: ".seminar-list, .empty-state", signedIn: false },
      { name: "knowledge /viden", path: "/viden", ready: ".knowledge-list, .empty-state", signedIn: false },
      { name: "respondent link", path: links.respondent, ready: ".respond-progress-text", signedIn: false },
      { name: "feedback link", path: links.feedback, ready: ".feedback-page form", signedIn: false },
    ];
    const load = () => loadavg()[0].toFixed(1);
    console.log(`slow 4G (1.6 Mbit/s, 750 kbit/s up, 150 ms RTT), CPU ${CPU_SLOWDOWN}× slower; Chromium headless`);
    if (WARM_RUNS > 1) {
      console.log(`warm: the median of ${WARM_RUNS} repeat visits`);
    }
    console.log(`load average at start: ${load()} (ready times and CPU grow with it; bytes, requests, depth do not)\n`);
    const rows: string[][] = [
      ["page", "cold ready", "bytes", "req", "depth", "CPU", "warm ready", "bytes", "JS+CSS", "req", "depth", "CPU"],
    ];
    const verdicts: string[] = [];
    const only = new RegExp(process.env.BENCH_WEB_ONLY ?? "");
    for (const scenario of scenarios.filter((candidate) => only.test(candidate.name))) {
      const { cold, warm } = await measure(browser, server.baseUrl, scenario);
      const visitCells = (visited: Visit, bytesOnly = false) => [
        seconds(visited.ms),
        kb(visited.bytes),
        ...(bytesOnly ? [kb(visited.scriptStyleBytes)] : []),
        String(visited.requests),
        String(visited.depth),
        seconds(visited.cpuMs),
      ];
      rows.push([scenario.name, ...visitCells(cold), ...visitCells(warm, true)]);
      const missed = shortfalls(cold, warm);
      verdicts.push(
        `${missed.length === 0 ? "PASS" : "FAIL"}  ${scenario.name}${missed.length ? `: ${missed.join("; ")}` : ""}`,
      );
    }
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    for (const row of rows) {
      console.log(
        row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]))).join("  "),
      );
    }
    console.log(
      `\ngoals: cold ready ≤ ${seconds(GOALS.coldMs)} and ≤ ${kb(GOALS.coldBytes)}; ` +
        `warm ready ≤ ${seconds(GOALS.warmMs)}, no JS+CSS bytes`,
    );
    console.log(verdicts.join("\n"));
    console.log(`load average at end: ${load()}`);
  } finally {
    await browser.close();
    await server.app.close();
    await server.database.close();
  }
}

await main();
