/**
 * npm run bench:audit: the audit log's pages over 2,000,000 rows — newest first, by who, by entity type, by one
 * entity, by a period, and deep in the log by keyset — timed through the service as the API calls it (names
 * resolved), with each query's plan, so a missing index shows as a Seq Scan or a Sort. PGlite in memory;
 * PostgreSQL too when DATABASE_URL is set (inside a transaction that is rolled back). Goal: p95 ≤ 50 ms.
 * AUDIT_ROWS sets another row count.
 */
import { sql } from "kysely";
import { AuditQuery } from "../src/domain/audit-views.js";
import { decodeKeysetCursor } from "../src/domain/keyset-cursor.js";
import { migrateToLatest, openDatabase, type Db } from "../src/server/db/database.js";
import type { Actor } from "../src/server/platform/actor.js";
import { auditPageQuery } from "../src/server/modules/audit/audit.repo.js";
import { readAuditLog } from "../src/server/modules/audit/audit.service.js";

const ROWS = Number(process.env.AUDIT_ROWS ?? 2_000_000);
const ROUNDS = 20;
const ENTITIES = ["process", "need", "organisation", "business_case", "seminar_registration", "user", "assessment"];

async function seed(db: Db): Promise<Actor> {
  const user = await db
    .insertInto("users")
    .values({ email: "bench-audit@example.test", name: "Bench", role: "admin", password_hash: "x" })
    .returning("id")
    .executeTakeFirstOrThrow();
  // Rows 31 seconds apart (two years), every 50th by the bench's admin, 20,000 entities per type.
  await sql`
    insert into audit_log (at, actor_id, entity, entity_id, action, after)
    select now() - (g * interval '31 seconds'),
      case when g % 50 = 0 then ${user.id}::uuid end,
      (${ENTITIES}::text[])[1 + g % ${ENTITIES.length}],
      md5((g % 20000)::text)::uuid::text,
      'update',
      jsonb_build_object('status', 'active', 'n', g)
    from generate_series(1, ${ROWS}) g`.execute(db);
  await sql`analyze audit_log`.execute(db);
  return {
    id: user.id,
    email: "bench-audit@example.test",
    name: "Bench",
    role: "admin",
    organisationId: null,
    sessionId: "bench",
    csrfToken: "bench",
    language: "da",
  };
}

async function cases(db: Db, actor: Actor): Promise<[string, AuditQuery][]> {
  const someEntity = await db
    .selectFrom("audit_log")
    .select("entity_id")
    .where("entity", "=", "need")
    .limit(1)
    .executeTakeFirstOrThrow();
  // A cursor 1,000,000 rows deep: keyset costs the same there as on page 1.
  const deep = await db
    .selectFrom("audit_log")
    .select(sql<string>`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '~' || id`.as("cursor"))
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .offset(Math.floor(ROWS / 2))
    .limit(1)
    .executeTakeFirstOrThrow();
  const parse = (query: Record<string, string>) => AuditQuery.parse({ pageSize: "50", ...query });
  return [
    ["newest", parse({})],
    ["by who", parse({ actorId: actor.id })],
    ["by entity type", parse({ entity: "business_case" })],
    ["by one entity", parse({ entity: "need", entityId: someEntity.entity_id })],
    ["by period (one week, a year ago)", parse({ from: isoDaysAgo(372), to: isoDaysAgo(365) })],
    ["type + period", parse({ entity: "process", from: isoDaysAgo(400), to: isoDaysAgo(300) })],
    ["deep keyset (row 1,000,000)", parse({ cursor: deep.cursor })],
    ["who + deep keyset", parse({ actorId: actor.id, cursor: deep.cursor })],
  ];
}

function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(share * times.length))] * 10) / 10;
  return { p50: at(0.5), p95: at(0.95) };
}

class Rollback extends Error {}

async function run(kind: string, databaseUrl: string | undefined): Promise<void> {
  const database = await openDatabase({ databaseUrl });
  try {
    await migrateToLatest(database.db);
    await database.db
      .transaction()
      .execute(async (trx) => {
        const started = performance.now();
        const actor = await seed(trx);
        process.stdout.write(
          `audit log, ${kind}, ${ROWS} rows seeded in ${Math.round(performance.now() - started)} ms\n`,
        );
        for (const [name, query] of await cases(trx, actor)) {
          const pageQuery = () =>
            auditPageQuery(trx, {
              ...query,
              after: query.cursor ? decodeKeysetCursor(query.cursor) : undefined,
              limit: query.pageSize + 1,
            });
          const figures = await measure(() => readAuditLog(trx, actor, query));
          const queryOnly = await measure(() => pageQuery().execute());
          const plan = await pageQuery().explain();
          const lines = plan.map((row) => String(Object.values(row)[0]));
          const flags = lines.filter((line) => /Seq Scan|Sort/.test(line)).map((line) => line.trim());
          process.stdout.write(
            `  ${name}: p50 ${figures.p50} ms, p95 ${figures.p95} ms with names (goal ≤ 50 ms: ` +
              `${figures.p95 <= 50 ? "met" : "NOT met"}); ` +
              `the page query alone p50 ${queryOnly.p50} ms, p95 ${queryOnly.p95} ms` +
              `\n    plan: ${lines
                .filter((line) => /Index|Scan|Sort|Limit/.test(line))
                .map((line) => line.trim())
                .join(" / ")}` +
              (flags.length > 0 ? `\n    WARNING: ${flags.join("; ")}` : "") +
              "\n",
          );
        }
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) {
          throw error;
        }
      });
  } finally {
    await database.close();
  }
}

await run("PGlite", undefined);
if (process.env.DATABASE_URL) {
  await run("PostgreSQL", process.env.DATABASE_URL);
}
