/**
 * bench:scale's import scenario (issue 16): a 100,000-row CSV and XLSX file of organisations, uploaded
 * through the real API as the import page does (preview, then import, then polling the job's progress),
 * while a second client asks for the organisation list every 200 ms; then, on a restarted server, the
 * export of everything imported (CSV and XLSX) with the server's peak RSS. Runs on a fresh database of
 * the bench's cluster (dropped after). Goals: each import under 3 minutes, the list answering meanwhile,
 * the export under 500 MB RSS.
 */
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { sql } from "kysely";
import { CARE_AREA_LABELS, KIND_LABELS } from "../src/domain/organisation-labels.js";
import { TRANSFER_COLUMNS } from "../src/domain/organisation-transfer.js";
import { openDatabase } from "../src/server/db/database.js";
import { writeXlsx } from "../src/server/platform/xlsx-writer.js";
import type { Cleanups } from "./cleanup.js";
import { LOGIN } from "./database-run.js";
import { logIn } from "./http.js";
import { findFreePort, startServer, type ServerProcess } from "./processes.js";
import { seedBenchData } from "./seed.js";

export interface ImportFigure {
  name: string;
  ms?: number;
  peakRssMiB?: number;
  note?: string;
}

const GOAL_MS = 3 * 60_000;
const CARE_AREAS = Object.values(CARE_AREA_LABELS).map((label) => label.da);
const TOWNS = [
  "Aarhus",
  "Odense",
  "Aalborg",
  "Esbjerg",
  "Vejle",
  "Randers",
  "Horsens",
  "Kolding",
  "Silkeborg",
  "Roskilde",
];
const WORDS = ["Velfærd", "Robot", "Omsorg", "Sensor", "Hjælpemiddel", "Digital", "Rehab", "Mobilitet", "Tryg", "Sund"];

/** A CVR with a valid modulus-11 check digit, from a counter (the 7-prefix keeps clear of the seeds' 98/99). */
function cvrOf(counter: number): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (let candidate = 7_000_000 + counter * 11; ; candidate += 1) {
    const digits = String(candidate).padStart(7, "0");
    const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) {
      return `${digits}${check}`;
    }
  }
}

interface Reference {
  municipalityCodes: string[];
  competences: string[];
  db07: string[];
}

/**
 * The file's rows: mostly companies with a CVR, a share of public units under a municipality (by its code)
 * and knowledge institutions; one row in 200 has a wrong CVR check digit, to be reported and skipped.
 */
export function importRows(count: number, offset: number, reference: Reference): string[][] {
  const header = TRANSFER_COLUMNS.map((column) => column.header);
  const rows: string[][] = [header];
  for (let index = 0; index < count; index += 1) {
    const n = offset + index;
    const word = WORDS[n % WORDS.length];
    const town = TOWNS[(n >> 3) % TOWNS.length];
    const cells: Record<string, string> = {};
    if (n % 20 < 16) {
      const cvr = cvrOf(n);
      cells.kind = KIND_LABELS.company.da;
      cells.name = `${word}${["Tech", " ApS", " A/S", "Care"][n % 4]} ${town} ${n}`;
      cells.cvr = n % 200 === 7 ? `${cvr.slice(0, 7)}${(Number(cvr[7]) + 1) % 10}` : cvr;
      cells.employeeBand = ["1–9 ansatte", "10–49 ansatte", "50–249 ansatte", "250 eller flere ansatte"][n % 4];
      cells.db07Codes = reference.db07[n % reference.db07.length] ?? "";
      cells.website = `https://firma${n}.example.dk`;
    } else if (n % 20 < 19) {
      cells.kind = KIND_LABELS.public_unit.da;
      cells.name = `${["Plejecenter", "Hjemmeplejen", "Rehabiliteringsenhed"][n % 3]} ${word} ${n}`;
      cells.municipalityCode = reference.municipalityCodes[n % reference.municipalityCodes.length];
    } else {
      cells.kind = KIND_LABELS.knowledge_institution.da;
      cells.name = `Videnscenter for ${word.toLowerCase()} ${town} ${n}`;
    }
    cells.address = `${word}vej ${(n % 120) + 1}, ${town}`;
    cells.careAreas = `${CARE_AREAS[n % CARE_AREAS.length]}; ${CARE_AREAS[(n + 3) % CARE_AREAS.length]}`;
    cells.competences = reference.competences[n % reference.competences.length] ?? "";
    cells.description = `${word} til ${CARE_AREAS[n % CARE_AREAS.length].toLowerCase()} i ${town}.`;
    rows.push(TRANSFER_COLUMNS.map((column) => cells[column.key] ?? ""));
  }
  return rows;
}

const csvOf = (rows: string[][]) =>
  `\uFEFF${rows.map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(";")).join("\r\n")}\r\n`;

const xlsxOf = (rows: string[][]) =>
  writeXlsx("Import", [
    {
      name: "Organisationer",
      columns: rows[0].map((header) => ({ header, width: 20 })),
      rows: rows.slice(1),
    },
  ]);

function percentile(sorted: number[], share: number): number {
  return sorted.length === 0 ? 0 : Math.round(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]);
}

interface Session {
  cookie: string;
  csrf: string;
}

async function upload(baseUrl: string, path: string, session: Session, bytes: Buffer, filename: string) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), filename);
  const headers = { cookie: session.cookie, "x-csrf-token": session.csrf };
  const response = await fetch(`${baseUrl}${path}`, { method: "POST", body: form, headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface Job {
  id: string;
  status: string;
  phase: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  message?: string;
  preview?: { invalid: number; rows: { row: number; errors?: Record<string, string> }[] };
}

/** Polls a job as the import page does (every second here), until it is no longer running. */
async function follow(baseUrl: string, cookie: string, started: Job) {
  let job = started;
  let polls = 0;
  while (job.status === "running") {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const response = await fetch(`${baseUrl}/api/organisations/import/${job.id}`, { headers: { cookie } });
    if (response.status !== 200) {
      throw new Error(`progress poll ${response.status}: ${await response.text()}`);
    }
    job = (await response.json()) as Job;
    polls += 1;
    if (polls % 15 === 0) {
      process.stdout.write(
        `    … ${job.phase} ${job.processed.toLocaleString("en")} / ${job.total.toLocaleString("en")}\n`,
      );
    }
  }
  return { job, polls };
}

/** Preview and import one file, polling the job as the import page does, with a list request every 200 ms. */
async function importOnce(server: ServerProcess, session: Session, bytes: Buffer, filename: string) {
  const { cookie } = session;
  const latencies: number[] = [];
  let isImporting = true;
  const probe = (async () => {
    while (isImporting) {
      const started = performance.now();
      const response = await fetch(`${server.baseUrl}/api/organisations?pageSize=20`, { headers: { cookie } });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const started = performance.now();
  try {
    const previewPosted = await upload(server.baseUrl, "/api/organisations/import/preview", session, bytes, filename);
    const previewAcceptedMs = performance.now() - started;
    if (previewPosted.status !== 202) {
      return {
        ok: false as const,
        note: `preview ${previewPosted.status}: ${JSON.stringify(previewPosted.body).slice(0, 200)}`,
      };
    }
    const checked = await follow(server.baseUrl, cookie, previewPosted.body as unknown as Job);
    const previewMs = performance.now() - started;
    if (checked.job.status !== "done" || !checked.job.preview) {
      return { ok: false as const, note: `preview ${checked.job.status}: ${checked.job.message ?? ""}` };
    }
    const preview = checked.job.preview;
    const reported = preview.rows.filter((row) => row.errors);
    process.stdout.write(
      `    rows reported with errors, first: ${reported
        .slice(0, 2)
        .map((row) => `${row.row} ${JSON.stringify(row.errors)}`)
        .join("; ")}\n`,
    );
    const importStarted = performance.now();
    const posted = await upload(server.baseUrl, "/api/organisations/import", session, bytes, filename);
    if (posted.status !== 202) {
      return { ok: false as const, note: `import ${posted.status}: ${JSON.stringify(posted.body).slice(0, 200)}` };
    }
    const acceptedMs = performance.now() - importStarted;
    const { job, polls } = await follow(server.baseUrl, cookie, posted.body as unknown as Job);
    const importMs = performance.now() - importStarted;
    const ms = performance.now() - started;
    if (job.status !== "done") {
      return { ok: false as const, note: `${job.status}: ${job.message ?? ""}` };
    }
    return {
      ok: true as const,
      ms,
      previewAcceptedMs,
      previewMs,
      acceptedMs,
      importMs,
      job,
      polls: polls + checked.polls,
      invalid: preview.invalid,
    };
  } finally {
    isImporting = false;
    await probe;
    latencies.sort((a, b) => a - b);
    process.stdout.write(
      `    list while importing: ${latencies.length} requests, p50 ${percentile(latencies, 0.5)} ms, ` +
        `p95 ${percentile(latencies, 0.95)} ms, max ${percentile(latencies, 1)} ms\n`,
    );
  }
}

async function exportOnce(server: ServerProcess, cookie: string, format: "csv" | "xlsx") {
  const started = performance.now();
  const response = await fetch(`${server.baseUrl}/api/organisations/export?format=${format}`, { headers: { cookie } });
  let bytes = 0;
  const reader = response.body?.getReader();
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) {
      break;
    }
    bytes += chunk.value.byteLength;
  }
  return { status: response.status, bytes, ms: Math.round(performance.now() - started) };
}

export async function runImportScenario(adminUrl: string, size: number, cleanups: Cleanups): Promise<ImportFigure[]> {
  const name = `samspil_bench_import_${randomBytes(4).toString("hex")}`;
  const admin = await openDatabase({ databaseUrl: adminUrl });
  await sql.raw(`create database ${name}`).execute(admin.db);
  await admin.close();
  cleanups.add(`drop the import database ${name}`, async () => {
    const again = await openDatabase({ databaseUrl: adminUrl });
    await sql.raw(`drop database if exists ${name} with (force)`).execute(again.db);
    await again.close();
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  let reference: Reference;
  try {
    await seedBenchData(database.db, 0);
    const [municipalities, competences, db07] = await Promise.all([
      database.db.selectFrom("organisations").select("municipality_code").where("kind", "=", "municipality").execute(),
      database.db.selectFrom("competences").select("slug").execute(),
      database.db.selectFrom("db07_codes").select("code").where("code", "like", "62%").execute(),
    ]);
    reference = {
      municipalityCodes: municipalities.flatMap((row) => (row.municipality_code ? [row.municipality_code] : [])),
      competences: competences.map((row) => row.slug),
      db07: db07.map((row) => row.code),
    };
  } finally {
    await database.close();
  }
  const figures: ImportFigure[] = [];
  const start = async () => {
    const server = await startServer({
      name: "import",
      entry: "src/server/main.ts",
      port: await findFreePort(),
      env: { DATABASE_URL: url.toString() },
      readyTimeoutMs: 300_000,
    });
    cleanups.add("stop the import server", server.stop);
    const cookie = await logIn(server.baseUrl, LOGIN.email, LOGIN.password);
    const me = (await (await fetch(`${server.baseUrl}/api/me`, { headers: { cookie } })).json()) as {
      csrfToken: string;
    };
    return { server, cookie, session: { cookie, csrf: me.csrfToken } };
  };
  const { server, session } = await start();
  for (const [format, offset] of [
    ["csv", 0],
    ["xlsx", size],
  ] as const) {
    const made = performance.now();
    const rows = importRows(size, offset, reference);
    const bytes = format === "csv" ? Buffer.from(csvOf(rows), "utf8") : xlsxOf(rows);
    process.stdout.write(
      `  import of ${size.toLocaleString("en")} rows (${format.toUpperCase()}, ` +
        `${(bytes.length / 1024 / 1024).toFixed(1)} MB, made in ${Math.round(performance.now() - made)} ms):\n`,
    );
    const result = await importOnce(server, session, bytes, `organisationer.${format}`).catch((error: unknown) => ({
      ok: false as const,
      note: error instanceof Error ? `${error.message} (${String(error.cause)})` : String(error),
    }));
    if (!result.ok) {
      process.stdout.write(`    FAILED: ${result.note}\n    server: ${server.output().slice(-1500)}\n`);
      figures.push({ name: `import ${format.toUpperCase()} ${size}`, note: `failed: ${result.note}` });
      continue;
    }
    const { job } = result;
    process.stdout.write(
      `    check: upload answered in ${Math.round(result.previewAcceptedMs)} ms, preview ready at ` +
        `${Math.round(result.previewMs)} ms; import: upload answered in ${Math.round(result.acceptedMs)} ms, ` +
        `checked and written in ${Math.round(result.importMs / 1000)} s ` +
        `(${Math.round((size / result.importMs) * 1000)} rows/s, load ${loadavg()
          .map((value) => value.toFixed(1))
          .join(" ")}); ` +
        `done in ${Math.round(result.ms / 1000)} s (goal < 180 s: ${result.ms < GOAL_MS ? "met" : "NOT met"}); ` +
        `${job.created} created, ${job.updated} updated, ${job.skipped} skipped (preview: ${String(result.invalid)} ` +
        `invalid), ${result.polls} progress polls; server peak RSS ${server.peakRssMiB() ?? "?"} MiB\n`,
    );
    figures.push({
      name: `import ${format.toUpperCase()} ${size}`,
      ms: Math.round(result.ms),
      peakRssMiB: server.peakRssMiB(),
    });
  }
  await server.stop();
  // A fresh process, so its peak RSS is the export's alone.
  for (const format of ["csv", "xlsx"] as const) {
    const fresh = await start();
    const result = await exportOnce(fresh.server, fresh.cookie, format);
    const rss = fresh.server.peakRssMiB();
    process.stdout.write(
      `  export of every organisation (${format.toUpperCase()}): ${result.status}, ` +
        `${(result.bytes / 1024 / 1024).toFixed(1)} MB in ${result.ms} ms, server peak RSS ${rss ?? "?"} MiB ` +
        `(goal < 500 MiB: ${rss !== undefined && rss < 500 ? "met" : "NOT met"})\n`,
    );
    figures.push({ name: `export ${format.toUpperCase()} after import`, ms: result.ms, peakRssMiB: rss });
    await fresh.server.stop();
  }
  return figures;
}
