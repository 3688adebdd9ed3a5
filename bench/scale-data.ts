/**
 * The national-scale data set for `npm run bench:scale` (issue 16), built once per size and cached:
 * a PostgreSQL cluster kept under .cache/bench-scale/pg, one database per size and generator version
 * (`scale_<organisations>_v<SCALE_DATA_VERSION>`).
 * A database that finished seeding carries the row bench_scale_done; anything else is dropped and built again.
 * With BENCH_SCALE_ENGINE=pglite the same data goes through the same SQL into a PGlite data folder instead
 * (.cache/bench-scale/pglite/scale_<organisations>_v<SCALE_DATA_VERSION>, see ensureScalePglite).
 *
 * Organisations come from the bench's own generator (bench/seed.ts, skewed: a few large municipalities
 * with many units); everything else is generated inside PostgreSQL with INSERT … SELECT over
 * generate_series (one statement per table, no round trips), from Danish word lists.
 * Sizes at BENCH_SCALE=100000: 50,000 needs, 10,000 processes (3–5 participants, 0–4 gates, 5 tasks,
 * 1 document each), 1,000 seminars with 50,000 registrations, 5,000 knowledge entries, 2,000,000 audit rows.
 */
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sql } from "kysely";
import { openDatabase, type Db } from "../src/server/db/database.js";
import { compoundWords } from "../src/server/platform/lexicon.js";
import { ROOT } from "./config.js";
import { seedBenchData } from "./seed.js";

export interface ScaleSizes {
  organisations: number;
  needs: number;
  processes: number;
  seminars: number;
  registrations: number;
  knowledge: number;
  audit: number;
  users: number;
}

export function scaleSizes(organisations: number): ScaleSizes {
  const share = (part: number) => Math.max(1, Math.round(organisations * part));
  return {
    organisations,
    needs: share(0.5),
    processes: share(0.1),
    seminars: share(0.01),
    registrations: share(0.5),
    knowledge: share(0.05),
    audit: share(20),
    users: share(0.01),
  };
}

/**
 * Bump when the generated rows change: the cached databases are named by it. New migrations do not need a
 * bump (the runner migrates a cached database to the latest schema before measuring).
 */
export const SCALE_DATA_VERSION = 2;

/**
 * What turns a finished database of the version before into this version in place (seconds instead of a
 * rebuild of 100,000 organisations): version 2 gave the knowledge entries their kind-shaped facts.
 */
const UPGRADE_FROM_PREVIOUS: (db: Db) => Promise<void> = (db) => fillKnowledgeFacts(db);

const NEED_SUBJECTS = [
  "Forflytning af borgere med nedsat mobilitet",
  "Natlige tilsyn på plejecentre",
  "Medicinhåndtering i hjemmeplejen",
  "Faldforebyggelse hos ældre borgere",
  "Ensomhed blandt borgere med demens",
  "Tunge løft ved sengebade",
  "Rengøring af toiletter og badeværelser",
  "Spisning for borgere med tremor",
  "Genoptræning efter hofteoperation",
  "Dokumentation i hjemmesygeplejen",
  "Kørsel og ruteplanlægning i hjemmeplejen",
  "Inkontinens og bleskift om natten",
  "Vandring hos borgere med demens",
  "Skærmbesøg i stedet for fysiske besøg",
  "Robotstøvsugere på plejecentre",
  "Telemedicin til borgere med KOL",
];
const NEED_SETTINGS = ["i hjemmeplejen", "på plejecentre", "på botilbud", "i sygeplejen", "i genoptræningen"];
const NEED_DETAILS = [
  "Medarbejderne bruger meget tid på opgaven, og arbejdsmiljøet er presset.",
  "Borgerne oplever utryghed, og pårørende efterspørger bedre løsninger.",
  "Vi ønsker at afprøve velfærdsteknologi, der frigør tid til omsorg.",
  "Sensorer eller robotter kunne måske aflaste personalet om natten.",
  "Opgaven kræver i dag to medarbejdere ved hver forflytning.",
  "Løsningen skal kunne integreres med omsorgsjournalen.",
];
const PROCESS_TOPICS = [
  "Loftlifte i eget hjem",
  "Sensorer mod fald om natten",
  "Spiserobot på plejecenter",
  "Medicindispenser i hjemmeplejen",
  "Vaske-tørre-toiletter",
  "Skærmbesøg og telemedicin",
  "GPS-alarmer til borgere med demens",
  "Træningsrobot i genoptræningen",
];
const SEMINAR_TOPICS = [
  "Velfærdsteknologi i hjemmeplejen",
  "Robotter og arbejdsmiljø",
  "Demens og tryghedsteknologi",
  "Telemedicin i praksis",
  "Innovationspartnerskaber og udbud",
  "Forflytning uden tunge løft",
];
const FIRST_NAMES = ["Anne", "Mette", "Lars", "Søren", "Hanne", "Jens", "Camilla", "Mikkel", "Line", "Peter", "Sofie"];
const LAST_NAMES = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen"];
const CARE_AREAS = ["elderly_care", "home_care", "disability", "rehabilitation", "dementia", "health"];
const ENTITIES = [
  "need",
  "process",
  "organisation",
  "seminar_registration",
  "knowledge_entry",
  "user",
  "business_case",
];

/** A SQL text[] literal of the list, for picking by index inside a statement. */
function textArray(items: readonly string[]) {
  return sql`${items}::text[]`;
}

async function seedNeeds(db: Db, count: number): Promise<void> {
  // Compound parts of each title (search_extra), computed once per title in the app's own way.
  const extras = NEED_SUBJECTS.map((subject) => compoundWords(subject, NEED_DETAILS.join(" ")));
  await sql`
    insert into needs (owner_organisation_id, care_area, dimension, title, description, affected,
      staff_hours_per_year, citizens_affected, quality_potential, priority, status, source, search_extra,
      created_at, updated_at)
    select owners.id,
      (${textArray(CARE_AREAS)})[1 + g % ${CARE_AREAS.length}],
      null,
      (${textArray(NEED_SUBJECTS)})[1 + g % ${NEED_SUBJECTS.length}] || ' '
        || (${textArray(NEED_SETTINGS)})[1 + (g / 7) % ${NEED_SETTINGS.length}],
      (${textArray(NEED_DETAILS)})[1 + g % ${NEED_DETAILS.length}] || ' '
        || (${textArray(NEED_DETAILS)})[1 + (g / 3) % ${NEED_DETAILS.length}],
      'Borgere og medarbejdere', 100 + (g * 37) % 4000, (g * 13) % 500, 'Mere tid til omsorg',
      (array['low','medium','high'])[1 + g % 3],
      (array['new','qualified','matched','in_process','solved','parked'])[1 + (g / 5) % 6],
      'direct',
      (${textArray(extras)})[1 + g % ${extras.length}::int],
      now() - ((g % 1500) * interval '1 day'), now() - ((g % 300) * interval '1 day')
    from generate_series(1, ${count}::int) g
    join lateral (
      select id from scale_owners where n = 1 + (g * 7919) % (select count(*) from scale_owners)
    ) owners on true`.execute(db);
  await sql`
    update needs set search_vector =
      setweight(to_tsvector('danish', title), 'A') ||
      setweight(to_tsvector('danish', description), 'B') ||
      setweight(to_tsvector('danish', affected || ' ' || quality_potential), 'C') ||
      setweight(to_tsvector('danish', coalesce(search_extra, '')), 'D')`.execute(db);
}

async function seedProcesses(db: Db, count: number): Promise<void> {
  await sql`
    insert into processes (title, kind, description, phase, status, created_at, updated_at)
    select (${textArray(PROCESS_TOPICS)})[1 + g % ${PROCESS_TOPICS.length}] || ' – '
        || (select name from municipalities order by code offset g % 98 limit 1),
      case when g % 10 = 0 then 'network' else 'individual' end,
      'Innovationsforløb om velfærdsteknologi med kommune, virksomhed og vidensinstitution.',
      (array['needs_assessment','market_scan','partnership','development','test','evaluation',
        'implementation'])[1 + g % 7],
      (array['active','active','active','completed','stopped'])[1 + g % 5],
      now() - ((g % 1400) * interval '1 day'), now() - ((g % 200) * interval '1 day')
    from generate_series(1, ${count}::int) g`.execute(db);
  // Only the processes made here: the demo processes already have their participants, needs and gates.
  await sql`create temporary table scale_processes as
    select id, row_number() over (order by id) as n from processes p
    where not exists (select 1 from process_participants pp where pp.process_id = p.id)`.execute(db);
  await sql`create index on scale_processes (n)`.execute(db);
  await sql`analyze scale_processes`.execute(db);
  await sql`
    insert into process_participants (process_id, organisation_id, role)
    select distinct on (p.id, o.id) p.id, o.id, (array['need_owner','developer','knowledge_partner','test_site'])[1 + k]
    from scale_processes p
    cross join generate_series(0, 3) k
    join scale_orgs o on o.n = 1 + (p.n * 104729 + k * 7907) % (select count(*) from scale_orgs)
    where k < 3 + p.n % 2`.execute(db);
  await sql`
    insert into process_needs (process_id, need_id)
    select p.id, n.id from scale_processes p
    join (select id, row_number() over (order by id) as n from needs) n on n.n = p.n`.execute(db);
  await sql`
    insert into process_gates (process_id, phase, decision, rationale, decided_at)
    select p.id,
      (array['needs_assessment','market_scan','partnership','development'])[1 + k],
      (array['go','go','adjust','stop'])[1 + (p.n + k) % 4],
      'Styregruppen vurderer, at behovet er dokumenteret og at løsningen kan afprøves.',
      now() - ((p.n % 1000 - k * 30) * interval '1 day')
    from scale_processes p cross join generate_series(0, 3) k
    where k < p.n % 5`.execute(db);
  await sql`
    insert into process_tasks (process_id, kind, title, owner_text, starts_on, due_on, done_at)
    select p.id, (array['task','milestone','training','instruction','follow_up'])[1 + k],
      (array['Planlæg afprøvning','Aftal testperiode','Oplær medarbejdere','Skriv instruks',
        'Følg op på effekt'])[1 + k],
      'Projektleder', current_date - (p.n % 400)::int, current_date - (p.n % 400)::int + 30 + k * 10,
      case when k < 2 then now() - interval '10 days' end
    from scale_processes p cross join generate_series(0, 4) k`.execute(db);
  await sql`
    insert into process_documents (process_id, filename, content_type, size_bytes, content)
    select p.id, 'Samarbejdsaftale.pdf', 'application/pdf', 2048, decode(repeat('25504446', 512), 'hex')
    from scale_processes p`.execute(db);
}

async function seedSeminars(db: Db, seminars: number, registrations: number): Promise<void> {
  await sql`
    insert into seminars (title, description, care_areas, place_address, starts_at, ends_at,
      registration_opens_at, registration_closes_at, capacities, status)
    select (${textArray(SEMINAR_TOPICS)})[1 + g % ${SEMINAR_TOPICS.length}] || ' ' || (2022 + g % 5),
      'Et seminar for kommuner, virksomheder og vidensinstitutioner.',
      array[(${textArray(CARE_AREAS)})[1 + g % ${CARE_AREAS.length}]],
      'Rådhuspladsen 1, København',
      now() + ((g - ${Math.round(seminars * 0.8)}::int) * interval '1 day'),
      now() + ((g - ${Math.round(seminars * 0.8)}::int) * interval '1 day') + interval '3 hours',
      now() - interval '2000 days',
      now() + ((g - ${Math.round(seminars * 0.8)}::int) * interval '1 day') - interval '1 day',
      '{"public": 30, "company": 15, "knowledge": 5, "other": 5}'::jsonb,
      case when g < ${Math.round(seminars * 0.8)}::int then 'held' else 'published' end
    from generate_series(1, ${seminars}::int) g`.execute(db);
  await sql`
    insert into seminar_registrations (seminar_id, name, email, side, organisation_id, organisation_name, status,
      token_hash, created_at)
    select s.id,
      (${textArray(FIRST_NAMES)})[1 + g % ${FIRST_NAMES.length}] || ' '
        || (${textArray(LAST_NAMES)})[1 + (g / 11) % ${LAST_NAMES.length}],
      'deltager' || g || '@example.test',
      (array['public','company','knowledge','other'])[1 + g % 4],
      o.id, o.name,
      (array['registered','registered','attended','attended','no_show','cancelled','waitlisted'])[1 + g % 7],
      md5('scale-registration-' || g), now() - ((g % 1000) * interval '1 day')
    from generate_series(1, ${registrations}::int) g
    join (select id, row_number() over (order by id) as n from seminars) s
      on s.n = 1 + g % ${seminars}::int
    join scale_orgs o on o.n = 1 + (g * 6007) % (select count(*) from scale_orgs)`.execute(db);
}

async function seedKnowledge(db: Db, count: number): Promise<void> {
  await sql`
    insert into knowledge_entries (kind, state, title, summary, facts, care_area, source_key, published_at)
    select (array['case','method','tool'])[1 + g % 3],
      case when g % 10 = 0 then 'draft' else 'published' end,
      (${textArray(PROCESS_TOPICS)})[1 + g % ${PROCESS_TOPICS.length}] || ': erfaringer fra '
        || (select name from municipalities order by code offset g % 98 limit 1) || ' ' || (2018 + g % 8),
      (${textArray(NEED_DETAILS)})[1 + g % ${NEED_DETAILS.length}] || ' '
        || (${textArray(NEED_SUBJECTS)})[1 + g % ${NEED_SUBJECTS.length}] || ' blev afprøvet med gode resultater.',
      '{}'::jsonb,
      (${textArray(CARE_AREAS)})[1 + g % ${CARE_AREAS.length}],
      'scale-' || g,
      case when g % 10 <> 0 then now() - ((g % 2000) * interval '1 day') end
    from generate_series(1, ${count}::int) g`.execute(db);
  await fillKnowledgeFacts(db);
}

const KNOWLEDGE_CARE_AREAS = ["elder_care", "home_care", "nursing_home", "rehabilitation", "dementia", "health_care"];
const PHASES = ["idea", "startup", "innovation", "market_maturation", "implementation"];
const MODELS = ["mini_trial", "udbudsfri_opi", "innovation_partnership", "strategic_partnership"];
const TECHNOLOGIES = ["loftlift", "sensorer", "spiserobot", "medicindispenser", "skærmbesøg", "GPS-alarm"];
const LESSONS = [
  "Oplæring af medarbejderne tog længere tid end planlagt, men gav tryghed.",
  "Borgerne tog godt imod løsningen, når pårørende var med fra start.",
  "Integrationen med omsorgsjournalen skulle afklares før afprøvningen.",
];

/**
 * The entries' facts as the app stores them (kind-shaped, valid for CaseFacts / MethodFacts / ToolFacts) and
 * the columns the portal filters on beside them (phase, sides, care area, model, case status), as the
 * knowledge service derives them. The search document (a generated column) picks up the facts' texts.
 */
async function fillKnowledgeFacts(db: Db): Promise<void> {
  await sql`
    with f as (
      select e.id, e.kind, g,
        (${textArray(PHASES)})[1 + g % ${PHASES.length}] as phase,
        (${textArray(KNOWLEDGE_CARE_AREAS)})[1 + g % ${KNOWLEDGE_CARE_AREAS.length}] as care_area,
        (${textArray(MODELS)})[1 + (g / 3) % ${MODELS.length}] as model,
        (array['pilot','implemented','scaled','stopped'])[1 + (g / 3) % 4] as status,
        case g % 3 when 0 then array['public','company'] when 1 then array['public','company','knowledge']
          else array['public'] end as sides,
        (${textArray(NEED_SUBJECTS)})[1 + g % ${NEED_SUBJECTS.length}] as need,
        (${textArray(TECHNOLOGIES)})[1 + g % ${TECHNOLOGIES.length}] as technology,
        (${textArray(LESSONS)})[1 + g % ${LESSONS.length}] as lessons
      from knowledge_entries e
      cross join lateral (select substring(e.source_key from 7)::int as g) n
      where e.source_key like 'scale-%'
    )
    update knowledge_entries e set
      phase = f.phase,
      sides = f.sides,
      care_area = case when f.kind = 'case' then f.care_area end,
      model = case when f.kind = 'case' then f.model end,
      case_status = case when f.kind = 'case' then f.status end,
      facts = case f.kind
        when 'case' then jsonb_build_object(
          'status', f.status, 'need', f.need || ' var et dokumenteret behov.', 'needEvidence', '',
          'solution', 'Afprøvning af ' || f.technology || ' sammen med en virksomhed.',
          'parties', '[]'::jsonb, 'phase', f.phase, 'model', f.model, 'careArea', f.care_area,
          'innovationType', (array['service','process','organisation','communication'])[1 + f.g % 4],
          'novelty', (array['first','adapted','copied'])[1 + f.g % 3],
          'technology', f.technology, 'funding', '',
          'publicResults', jsonb_build_array(jsonb_build_object('valueType', 'efficiency',
            'text', 'Medarbejderne sparede tid ved opgaven.', 'evidence', '')),
          'companyResult', '', 'companyEvidence', '', 'keyFigures', '[]'::jsonb, 'phasesAndGates', '',
          'testSummary', '', 'lessons', f.lessons, 'conditions', '', 'suppliedBy', '', 'licence', 'CC BY 4.0',
          'sources', '[]'::jsonb)
        when 'method' then jsonb_build_object(
          'whenToUse', 'Når ' || lower(f.need) || ' skal løses sammen med en virksomhed.',
          'steps', jsonb_build_array('Beskriv behovet', 'Find mulige løsninger', 'Aftal en afprøvning'),
          'pitfalls', jsonb_build_array('Medarbejderne inddrages for sent'),
          'phase', f.phase, 'sides', to_jsonb(f.sides), 'sources', '[]'::jsonb)
        else jsonb_build_object(
          'author', 'Samspil', 'version', '1.' || (f.g % 5), 'targetSides',
          to_jsonb(f.sides), 'phase', f.phase, 'changes', '[]'::jsonb,
          'samspilLink', '')
      end
    from f where f.id = e.id`.execute(db);
}

async function seedUsersAndAudit(db: Db, users: number, rows: number): Promise<void> {
  await sql`
    insert into users (email, name, role, organisation_id, password_hash)
    select 'bruger' || g || '@example.test',
      (${textArray(FIRST_NAMES)})[1 + g % ${FIRST_NAMES.length}] || ' '
        || (${textArray(LAST_NAMES)})[1 + (g / 11) % ${LAST_NAMES.length}],
      case when g % 20 = 0 then 'agent' else 'member' end,
      case when g % 20 = 0 then null
        else (select id from scale_owners where n = 1 + g % (select count(*) from scale_owners)) end,
      'x'
    from generate_series(1, ${users}::int) g`.execute(db);
  await sql`create temporary table scale_actors as
    select id, row_number() over (order by id) as n from users`.execute(db);
  await sql`create index on scale_actors (n)`.execute(db);
  await sql`analyze scale_actors`.execute(db);
  await sql`create temporary table scale_entities as
    select 'need' as entity, id::text as entity_id, row_number() over (order by id) as n from needs
    union all select 'process', id::text, row_number() over (order by id) from processes
    union all select 'organisation', id::text, row_number() over (order by id) from organisations`.execute(db);
  await sql`create index on scale_entities (entity, n)`.execute(db);
  await sql`analyze scale_entities`.execute(db);
  // Skewed actors: a tenth of the rows by the first few agents (the programme's staff), no actor for jobs.
  // Rows ~30 seconds apart over two years, oldest first, so ids rise with time as in the app.
  const counts = await sql<{ entity: string; count: string }>`
    select entity, count(*)::text as count from scale_entities group by entity`.execute(db);
  const entityCount = new Map(counts.rows.map((row) => [row.entity, Number(row.count)]));
  // Bulk load without the log's secondary indexes, then build them once (a sort each, not 2M inserts each).
  const indexes = await sql<{ name: string; definition: string }>`
    select indexname as name, indexdef as definition from pg_indexes
    where tablename = 'audit_log' and indexname <> 'audit_log_pkey'`.execute(db);
  for (const index of indexes.rows) {
    await sql`drop index ${sql.id(index.name)}`.execute(db);
  }
  for (let start = 1; start <= rows; start += 250_000) {
    const end = Math.min(rows, start + 249_999);
    await sql`
      insert into audit_log (at, actor_id, entity, entity_id, action, after)
      select now() - ((${rows}::int - g) * interval '31 seconds'),
        case when g % 13 = 0 then null
             when g % 10 = 0 then (select id from scale_actors where n = 1 + g % 5)
             else (select id from scale_actors where n = 1 + (g * 7) % ${users}::int) end,
        e.entity, e.entity_id,
        (array['create','update','update','update','status','read'])[1 + g % 6],
        jsonb_build_object('status', (array['new','qualified','active','completed'])[1 + g % 4])
      from generate_series(${start}::int, ${end}::int) g
      join lateral (
        select ent.entity, ent.entity_id from scale_entities ent
        where ent.entity = (array['need','process','organisation'])[1 + g % 3]
          and ent.n = 1 + (g * 31) % (case g % 3 when 0 then ${entityCount.get("need") ?? 1}::int
            when 1 then ${entityCount.get("process") ?? 1}::int else ${entityCount.get("organisation") ?? 1}::int end)
      ) e on true`.execute(db);
    process.stdout.write(`  audit rows ${end.toLocaleString("en")} / ${rows.toLocaleString("en")}\n`);
  }
  for (const index of indexes.rows) {
    await sql.raw(index.definition).execute(db);
  }
}

/**
 * Fills an empty database (either engine) with the data set for `organisations` through the same bulk SQL,
 * finishing with VACUUM ANALYZE and the marker table bench_scale_done.
 */
async function seedScaleData(db: Db, organisations: number): Promise<void> {
  const sizes = scaleSizes(organisations);
  const step = async (label: string, action: () => Promise<void>) => {
    const began = performance.now();
    await action();
    process.stdout.write(`  ${label}: ${Math.round((performance.now() - began) / 1000)} s\n`);
  };
  await step(`${sizes.organisations.toLocaleString("en")} organisations`, async () => {
    await seedBenchData(db, sizes.organisations, { skewed: true });
  });
  await db.connection().execute(async (connection) => {
    await sql`create temporary table scale_orgs as
      select id, name, row_number() over (order by id) as n from organisations where archived_at is null`.execute(
      connection,
    );
    await sql`create temporary table scale_owners as
      select id, row_number() over (order by id) as n from organisations
      where kind in ('public_unit', 'municipality') and archived_at is null`.execute(connection);
    await sql`create index on scale_orgs (n)`.execute(connection);
    await sql`create index on scale_owners (n)`.execute(connection);
    await sql`analyze scale_orgs, scale_owners`.execute(connection);
    await step(`${sizes.needs.toLocaleString("en")} needs`, () => seedNeeds(connection, sizes.needs));
    await step(`${sizes.processes.toLocaleString("en")} processes with participants, gates, tasks, documents`, () =>
      seedProcesses(connection, sizes.processes),
    );
    await step(`${sizes.seminars} seminars, ${sizes.registrations.toLocaleString("en")} registrations`, () =>
      seedSeminars(connection, sizes.seminars, sizes.registrations),
    );
    await step(`${sizes.knowledge.toLocaleString("en")} knowledge entries`, () =>
      seedKnowledge(connection, sizes.knowledge),
    );
    await step(`${sizes.audit.toLocaleString("en")} audit rows`, () =>
      seedUsersAndAudit(connection, sizes.users, sizes.audit),
    );
  });
  await step("vacuum analyze", async () => {
    await sql`vacuum analyze`.execute(db);
  });
  await sql`create table bench_scale_done (built_at timestamptz default now())`.execute(db);
  await sql`insert into bench_scale_done default values`.execute(db);
}

export interface ScaleDatabase {
  url: string;
  name: string;
  /** Seconds spent building it now; 0 when it came from the cache. */
  builtS: number;
}

/** Whether the database exists and finished seeding (it carries bench_scale_done). */
async function isFinished(serverUrl: string, name: string): Promise<boolean> {
  const admin = await openDatabase({ databaseUrl: serverUrl });
  try {
    const exists = await sql`select 1 from pg_database where datname = ${name}`.execute(admin.db);
    if (exists.rows.length === 0) {
      return false;
    }
  } finally {
    await admin.close();
  }
  const database = await openDatabase({ databaseUrl: serverUrl.replace(/\/[^/]*$/, `/${name}`) });
  try {
    const done = await sql<{ done: boolean }>`select to_regclass('bench_scale_done') is not null as done`.execute(
      database.db,
    );
    return done.rows[0].done;
  } finally {
    await database.close();
  }
}

/** The cached database for this size, built first when missing (needs the cluster at `serverUrl`). */
export async function ensureScaleDatabase(serverUrl: string, organisations: number): Promise<ScaleDatabase> {
  const name = `scale_${organisations}_v${SCALE_DATA_VERSION}`;
  const previous = `scale_${organisations}_v${SCALE_DATA_VERSION - 1}`;
  const admin = await openDatabase({ databaseUrl: serverUrl });
  const url = serverUrl.replace(/\/[^/]*$/, `/${name}`);
  try {
    const exists = await sql`select 1 from pg_database where datname = ${name}`.execute(admin.db);
    if (exists.rows.length > 0) {
      if (await isFinished(serverUrl, name)) {
        return { url, name, builtS: 0 };
      }
      await sql`drop database ${sql.id(name)}`.execute(admin.db);
    } else if (await isFinished(serverUrl, previous)) {
      // Upgraded under its old name and renamed after: a failed upgrade leaves the previous version intact.
      const startedAt = performance.now();
      const database = await openDatabase({ databaseUrl: serverUrl.replace(/\/[^/]*$/, `/${previous}`) });
      try {
        await UPGRADE_FROM_PREVIOUS(database.db);
        await sql`vacuum analyze`.execute(database.db);
      } finally {
        await database.close();
      }
      await sql`alter database ${sql.id(previous)} rename to ${sql.id(name)}`.execute(admin.db);
      process.stdout.write(`  upgraded ${previous} in place\n`);
      return { url, name, builtS: Math.round((performance.now() - startedAt) / 1000) };
    }
    await sql`create database ${sql.id(name)}`.execute(admin.db);
  } finally {
    await admin.close();
  }
  const startedAt = performance.now();
  const database = await openDatabase({ databaseUrl: url });
  try {
    await seedScaleData(database.db, organisations);
  } finally {
    await database.close();
  }
  return { url, name, builtS: Math.round((performance.now() - startedAt) / 1000) };
}

export const CACHE_DIR = path.join(ROOT, ".cache", "bench-scale");

export interface ScalePglite {
  /** The app's DATA_DIR for this size (PGlite's files are in its pgdata). */
  dataDir: string;
  name: string;
  builtS: number;
}

/**
 * The cached PGlite data folder for this size (.cache/bench-scale/pglite/scale_<organisations>_v<version>),
 * built first when missing through the same bulk SQL as the PostgreSQL database. A folder without the
 * marker file `done` (an interrupted build) is removed and built again.
 */
export async function ensureScalePglite(organisations: number): Promise<ScalePglite> {
  const name = `scale_${organisations}_v${SCALE_DATA_VERSION}`;
  const dataDir = path.join(CACHE_DIR, "pglite", name);
  const marker = path.join(dataDir, "done");
  if (existsSync(marker)) {
    return { dataDir, name, builtS: 0 };
  }
  rmSync(dataDir, { recursive: true, force: true });
  const startedAt = performance.now();
  const database = await openDatabase({ dataDir });
  try {
    await seedScaleData(database.db, organisations);
  } finally {
    await database.close();
  }
  writeFileSync(marker, new Date().toISOString());
  return { dataDir, name, builtS: Math.round((performance.now() - startedAt) / 1000) };
}

export function hasCachedCluster(): boolean {
  return existsSync(path.join(CACHE_DIR, "pg", "PG_VERSION"));
}
