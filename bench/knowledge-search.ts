/**
 * npm run bench (last step): the knowledge base's search over 5,000 published entries — Danish full text
 * with compound parts, filters and the reader's facts — timed through the service as the API calls it.
 * PGlite in memory; PostgreSQL too when DATABASE_URL is set (inside a transaction that is rolled back,
 * so nothing is left in that database). Goals: p95 ≤ 150 ms on PGlite, ≤ 50 ms on PostgreSQL.
 * `npm run bench:knowledge -- --explain` prints each query's plan (EXPLAIN ANALYZE) after the figures.
 */
import { CompiledQuery, sql } from "kysely";
import { KnowledgeQuery, EntryInput } from "../src/domain/knowledge/entries.js";
import { migrateToLatest, openDatabase, type Db } from "../src/server/db/database.js";
import { insertEntry, searchStatement, setEntryState } from "../src/server/modules/knowledge/knowledge.repo.js";
import { columnsOf, searchKnowledge } from "../src/server/modules/knowledge/knowledge.service.js";

const ENTRIES = 5_000;
const ROUNDS = 300;

const SUBJECTS = [
  ["Servicerobotter på plejecentret", "technology"],
  ["Loftlifte i hjemmeplejen", "forflytning"],
  ["Skærmbesøg til borgere i eget hjem", "video"],
  ["Vasketoiletter på plejehjem", "hygiejne"],
  ["Telemedicin til borgere med KOL", "sundhed"],
  ["Demensvenlige sensorer om natten", "tryghed"],
  ["Spiserobotter til borgere med handicap", "rehabilitering"],
  ["Elektroniske låse i hjemmeplejen", "nøgler"],
] as const;
const STATUSES = ["pilot", "implemented", "scaled", "stopped"] as const;
const PHASES = ["idea", "startup", "innovation", "market_maturation", "implementation"] as const;
const SIDES = ["public", "company", "knowledge"] as const;
const AREAS = ["elder_care", "home_care", "nursing_home", "dementia", "disability"] as const;

function entry(index: number): EntryInput {
  const [title, theme] = SUBJECTS[index % SUBJECTS.length];
  return EntryInput.parse({
    kind: "case",
    title: `${title} ${index}`,
    summary: `Afprøvning nr. ${index} om ${theme} med velfærdsteknologi i kommunen`,
    facts: {
      status: STATUSES[index % STATUSES.length],
      need: `Medarbejderne bruger meget tid på ${theme}; borgerne ønsker mere selvhjulpenhed. Sag ${index}.`,
      solution: `${title} kombineret med oplæring af personalet og ny arbejdstilrettelæggelse`,
      parties: [
        { name: `Kommune ${index % 98}`, side: "public", role: "initiator" },
        { name: `Virksomhed ${index % 300}`, side: SIDES[index % 3], role: "collaborator" },
      ],
      phase: PHASES[index % PHASES.length],
      careArea: AREAS[index % AREAS.length],
      lessons: "Start småt, mål før og efter, og involver medarbejderne tidligt.",
    },
  });
}

async function seed(db: Db): Promise<void> {
  // Compound parts depend only on the subject: computed once per subject, not 5,000 times.
  const columnsBySubject = new Map<number, ReturnType<typeof columnsOf>>();
  for (let index = 0; index < ENTRIES; index += 1) {
    const input = entry(index);
    const subject = index % SUBJECTS.length;
    const shared = columnsBySubject.get(subject) ?? columnsOf(input);
    columnsBySubject.set(subject, shared);
    const id = await insertEntry(db, {
      ...columnsOf({ ...input, facts: input.facts, title: input.title }),
      search_extra: shared.search_extra,
      process_id: null,
      source_key: `bench:${index}`,
      created_by: null,
    });
    await setEntryState(db, id, "published", new Date(Date.now() - index * 60_000));
  }
}

const QUERIES = [
  { q: "robot" },
  { q: "forflytning", phase: "implementation" },
  { q: "hjemmepleje", side: "company" },
  { kind: "case", status: "stopped" },
  { phase: "innovation", side: "public", careArea: "dementia" },
  { q: "telemedicin kol" },
  {},
].map((query) => KnowledgeQuery.parse(query));

async function measure(db: Db): Promise<{ p50: number; p95: number; max: number }> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    await searchKnowledge(db, null, QUERIES[round % QUERIES.length]);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(share * times.length))] * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

/** The search statement's plan for each bench query, as an anonymous reader runs it. */
async function explain(db: Db): Promise<void> {
  for (const query of QUERIES) {
    const compiled = searchStatement(db, { kind: "public" }, query).compile();
    const plan = await db.executeQuery<{ "QUERY PLAN": string }>(
      CompiledQuery.raw(`explain (analyze, buffers) ${compiled.sql}`, [...compiled.parameters]),
    );
    process.stdout.write(`\n-- ${JSON.stringify(query)}\n${plan.rows.map((row) => row["QUERY PLAN"]).join("\n")}\n`);
  }
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
        await seed(trx);
        // What autovacuum does after a bulk load: the planner gets the table's statistics.
        await sql`analyze knowledge_entries`.execute(trx);
        const seeded = Math.round(performance.now() - started);
        const figures = await measure(trx);
        const goal = kind === "PGlite" ? 150 : 50;
        process.stdout.write(
          `knowledge search, ${kind}, ${ENTRIES} entries (seeded in ${seeded} ms), ${ROUNDS} searches: ` +
            `p50 ${figures.p50} ms, p95 ${figures.p95} ms, max ${figures.max} ms ` +
            `(goal p95 ≤ ${goal} ms: ${figures.p95 <= goal ? "met" : "NOT met"})\n`,
        );
        if (process.argv.includes("--explain")) {
          await explain(trx);
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
