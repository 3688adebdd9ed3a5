/**
 * The programme dashboard and exports at scale: 10,000 organisations, 5,000 needs, 1,000 processes
 * (with participants and gates) and 100 seminars (held ones with attendees). Times the dashboard, one
 * indicator's evidence and the XLSX and CSV exports (service calls plus serialisation, as a request
 * does), and prints p50/p95; first one run split by part (each measure, funnel, collaboration), so a
 * slow figure points at its module's query.
 * On PGlite always; on PostgreSQL too when DATABASE_URL is set (a fresh database, dropped after).
 * Targets (issue 14): p95 ≤ 1 s on PGlite, ≤ 300 ms on PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { migrateToLatest, openDatabase, type Database, type Db } from "../src/server/db/database.js";
import { buildProgrammeCsv, buildProgrammeWorkbook } from "../src/server/modules/programme/programme-export.js";
import { providedMeasures } from "../src/server/modules/programme/programme.measures.js";
import {
  allEvidence,
  buildDashboard,
  indicatorEvidence,
  timeDashboardParts,
} from "../src/server/modules/programme/programme.service.js";
import { loadReferenceData } from "../src/server/seed/reference.js";

const ORGANISATIONS = 10_000;
const NEEDS = 5_000;
const PROCESSES = 1_000;
const SEMINARS = 100;
const RUNS = Number(process.env.BENCH_PROGRAMME_RUNS ?? 20);
const TODAY = "2027-06-30";

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let start = 0; start < rows.length; start += size) {
    await insert(rows.slice(start, start + size));
  }
}

const dayIn2026 = (index: number) => new Date(Date.UTC(2026, 0, 1) + (index % 540) * 86_400_000);

async function seed(db: Db): Promise<void> {
  await db
    .insertInto("programmes")
    .values({
      name: "Bench-programmet",
      starts_on: "2026-01-01",
      ends_on: "2028-12-31",
      targets: JSON.stringify({ municipalities: 5, regionalInstitutions: 1, stateInstitutions: 1, smes: 25 }),
    })
    .execute();
  const kinds = ["company", "company", "company", "public_unit", "knowledge_institution"];
  const parents = (
    await db
      .insertInto("organisations")
      .values(
        Array.from({ length: 100 }, (_, index) => ({
          kind: index % 10 === 0 ? "region" : "municipality",
          name: `Bench kommune ${index}`,
          contact_persons: "[]",
        })),
      )
      .returning("id")
      .execute()
  ).map((row) => row.id);
  const organisations: string[] = [];
  await insertChunked(
    Array.from({ length: ORGANISATIONS - parents.length }, (_, index) => index),
    async (chunk) => {
      const rows = await db
        .insertInto("organisations")
        .values(
          chunk.map((index) => {
            const kind = kinds[index % kinds.length];
            return {
              kind,
              name: `Bench organisation ${index}`,
              parent_id: kind === "public_unit" ? parents[index % parents.length] : null,
              employee_band: kind === "company" ? (index % 7 === 0 ? "250+" : "10-49") : null,
              contact_persons: "[]",
            };
          }),
        )
        .returning(["id", "kind"])
        .execute();
      organisations.push(...rows.map((row) => row.id));
    },
  );
  const units = organisations.filter((_, index) => kinds[index % kinds.length] === "public_unit");
  const companies = organisations.filter((_, index) => kinds[index % kinds.length] === "company");
  const needs: string[] = [];
  await insertChunked(
    Array.from({ length: NEEDS }, (_, index) => index),
    async (chunk) => {
      const rows = await db
        .insertInto("needs")
        .values(
          chunk.map((index) => ({
            owner_organisation_id: units[index % units.length],
            care_area: "home_care",
            title: `Bench-behov ${index}`,
            description: "Et behov til benchmark",
            created_at: dayIn2026(index),
          })),
        )
        .returning("id")
        .execute();
      needs.push(...rows.map((row) => row.id));
    },
  );
  const phases = ["needs_assessment", "market_scan", "partnership", "development", "test", "evaluation"];
  await insertChunked(
    Array.from({ length: PROCESSES }, (_, index) => index),
    async (chunk) => {
      const rows = await db
        .insertInto("processes")
        .values(
          chunk.map((index) => ({
            title: `Bench-forløb ${index}`,
            kind: index % 4 === 0 ? ("network" as const) : ("individual" as const),
            created_at: dayIn2026(index),
            novelty: ["first", "adapted", "copied"][index % 3],
          })),
        )
        .returning("id")
        .execute();
      const indexes = chunk;
      await db
        .insertInto("process_needs")
        .values(rows.map((row, position) => ({ process_id: row.id, need_id: needs[indexes[position] * 5] })))
        .execute();
      await db
        .insertInto("process_participants")
        .values(
          rows.flatMap((row, position) => {
            const index = indexes[position];
            return [
              { process_id: row.id, organisation_id: units[index % units.length], role: "need_owner" },
              { process_id: row.id, organisation_id: companies[index % companies.length], role: "developer" },
              {
                process_id: row.id,
                organisation_id: companies[(index + Math.floor(companies.length / 2)) % companies.length],
                role: "developer",
              },
            ];
          }),
        )
        .execute();
      await db
        .insertInto("process_gates")
        .values(
          rows.flatMap((row, position) => {
            const index = indexes[position];
            return phases.slice(0, index % phases.length).map((phase, step) => ({
              process_id: row.id,
              phase,
              decision: "go" as const,
              rationale: "bench",
              decided_at: new Date(dayIn2026(index).getTime() + (step + 1) * 20 * 86_400_000),
            }));
          }),
        )
        .execute();
    },
  );
  await seedSeminars(db, companies);
  // Statistics, as autovacuum gathers them after a bulk load: without them the planner guesses a nested loop.
  await sql`analyze`.execute(db);
}

/** 100 seminars over the period, the past ones held with 30 attendees each. */
async function seedSeminars(db: Db, companies: string[]): Promise<void> {
  const seminars = await db
    .insertInto("seminars")
    .values(
      Array.from({ length: SEMINARS }, (_, index) => {
        const startsAt = new Date(Date.UTC(2026, 0, 15) + index * 7 * 86_400_000);
        const isPast = startsAt.toISOString().slice(0, 10) < TODAY;
        return {
          title: `Bench-seminar ${index}`,
          starts_at: startsAt,
          ends_at: new Date(startsAt.getTime() + 3 * 3_600_000),
          registration_opens_at: new Date(startsAt.getTime() - 30 * 86_400_000),
          registration_closes_at: new Date(startsAt.getTime() - 86_400_000),
          capacities: JSON.stringify({ company: { capacity: 40, reserved: 0 } }),
          status: isPast ? "held" : "published",
          created_at: startsAt,
          updated_at: startsAt,
        };
      }),
    )
    .returning(["id", "status", "starts_at"])
    .execute();
  const registrations = seminars
    .filter((seminar) => seminar.status === "held")
    .flatMap((seminar, index) =>
      Array.from({ length: 30 }, (_, seat) => ({
        seminar_id: seminar.id,
        name: `Deltager ${seat}`,
        side: "company",
        organisation_id: companies[(index * 30 + seat) % companies.length],
        status: "attended",
        created_at: seminar.starts_at,
        updated_at: seminar.starts_at,
      })),
    );
  await insertChunked(registrations, (chunk) => db.insertInto("seminar_registrations").values(chunk).execute());
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

async function time(label: string, work: () => Promise<unknown>, targetMs: number) {
  await work(); // warm-up
  const durations: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await work();
    durations.push(performance.now() - started);
  }
  const p95 = percentile(durations, 0.95);
  process.stdout.write(
    `  ${label.padEnd(34)} p50 ${percentile(durations, 0.5).toFixed(0).padStart(5)} ms  ` +
      `p95 ${p95.toFixed(0).padStart(5)} ms  (target ≤ ${targetMs} ms: ${p95 <= targetMs ? "ok" : "FAIL"})\n`,
  );
  return p95 <= targetMs;
}

async function benchmark(name: string, database: Database, targetMs: number): Promise<boolean> {
  const seeding = performance.now();
  await seed(database.db);
  process.stdout.write(
    `${name}: seeded ${ORGANISATIONS} organisations, ${NEEDS} needs, ${PROCESSES} processes, ${SEMINARS} seminars ` +
      `in ${((performance.now() - seeding) / 1000).toFixed(1)} s; ${RUNS} runs each\n`,
  );
  const parts = await timeDashboardParts(database.db, TODAY);
  process.stdout.write(
    `  one dashboard by part (${providedMeasures().size} measures): ` +
      `${parts.map(({ part, ms }) => `${part} ${ms.toFixed(0)}`).join(", ")} ms\n`,
  );
  const results = [
    await time(
      "GET /api/programme/dashboard",
      async () => JSON.stringify(await buildDashboard(database.db, "da", TODAY)),
      targetMs,
    ),
    await time(
      "GET …/indicators/needs_recorded/evidence",
      async () => JSON.stringify(await indicatorEvidence(database.db, "needs_recorded", "da", TODAY)),
      targetMs,
    ),
    await time(
      "GET /api/programme/export.xlsx",
      async () => {
        const { programme, indicators } = await allEvidence(database.db, "da", TODAY);
        return buildProgrammeWorkbook(programme.name, indicators, "da", "http://bench");
      },
      targetMs,
    ),
    await time(
      "GET /api/programme/export.csv",
      async () => buildProgrammeCsv((await allEvidence(database.db, "da", TODAY)).indicators, "da", "http://bench"),
      targetMs,
    ),
  ];
  return results.every(Boolean);
}

async function main(): Promise<number> {
  let isMet = true;
  // BENCH_PROGRAMME_ENGINE=postgres skips PGlite; BENCH_PROGRAMME_KEEP=1 keeps the PostgreSQL database for EXPLAIN.
  if (process.env.BENCH_PROGRAMME_ENGINE !== "postgres") {
    const lite = await openDatabase({});
    try {
      await migrateToLatest(lite.db);
      await loadReferenceData(lite.db);
      isMet = (await benchmark("PGlite", lite, 1000)) && isMet;
    } finally {
      await lite.close();
    }
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    process.stdout.write("PostgreSQL: not measured (DATABASE_URL is not set).\n");
    return isMet ? 0 : 1;
  }
  const name = `samspil_bench_programme_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const postgres = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  try {
    await migrateToLatest(postgres.db);
    await loadReferenceData(postgres.db);
    isMet = (await benchmark("PostgreSQL", postgres, 300)) && isMet;
  } finally {
    await postgres.close();
    if (process.env.BENCH_PROGRAMME_KEEP) {
      process.stdout.write(`PostgreSQL database kept: ${name}\n`);
      return isMet ? 0 : 1;
    }
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  }
  return isMet ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Programme bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
