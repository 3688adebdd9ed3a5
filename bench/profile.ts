/**
 * Where a request's database time goes: each SQL statement the app runs for a scenario,
 * timed alone (sequentially, no load), with its EXPLAIN ANALYZE plan kept for the JSON.
 */
import { CompiledQuery, type KyselyPlugin } from "kysely";
import type { Db } from "../src/server/db/database.js";
import { createSession, findSessionWithUser } from "../src/server/modules/auth/sessions.repo.js";
import { searchOrganisations } from "../src/server/modules/organisations/organisations.repo.js";
import { getOrganisation } from "../src/server/modules/organisations/organisations.service.js";
import type { Scenario } from "./scenarios.js";

const RUNS = 15;
const WARMUP_RUNS = 3;

export interface Timing {
  medianMs: number;
  p95Ms: number;
}

export interface StatementProfile extends Timing {
  sql: string;
  /** Execution time PostgreSQL reports in EXPLAIN ANALYZE. */
  explainMs: number | undefined;
  plan: string[];
}

export interface ScenarioProfile {
  scenario: string;
  /** The whole repo call (rows and count run in parallel where the pool allows). */
  call: Timing;
  statements: StatementProfile[];
}

export interface DatabaseProfile {
  sessionLookup: Timing;
  getById: Timing;
  scenarios: ScenarioProfile[];
}

async function time(action: () => Promise<unknown>): Promise<Timing> {
  for (let run = 0; run < WARMUP_RUNS; run += 1) {
    await action();
  }
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const startedAt = performance.now();
    await action();
    samples.push(performance.now() - startedAt);
  }
  samples.sort((a, b) => a - b);
  const at = (share: number) => samples[Math.min(samples.length - 1, Math.floor(share * samples.length))];
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}

/**
 * The statements a repo call sends, compiled, in the order they answer. A plugin also sees every
 * subquery built on the same Kysely instance (a CTE, a UNION part): only a query that gets a result
 * was sent.
 */
export async function captureStatements(db: Db, call: (db: Db) => Promise<unknown>): Promise<CompiledQuery[]> {
  const executor = db.getExecutor();
  const compiled = new Map<unknown, CompiledQuery>();
  const sent: CompiledQuery[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      compiled.set(queryId, executor.compileQuery(node, queryId));
      return node;
    },
    transformResult: async ({ result, queryId }) => {
      const statement = compiled.get(queryId);
      if (statement) {
        sent.push(statement);
      }
      return result;
    },
  };
  await call(db.withPlugin(plugin));
  return sent;
}

async function explain(db: Db, statement: CompiledQuery): Promise<string[]> {
  const result = await db.executeQuery<Record<string, string>>(
    CompiledQuery.raw(`explain (analyze, buffers) ${statement.sql}`, [...statement.parameters]),
  );
  return result.rows.map((row) => Object.values(row)[0]);
}

export async function profileStatement(db: Db, statement: CompiledQuery): Promise<StatementProfile> {
  const timing = await time(() => db.executeQuery(statement));
  const plan = await explain(db, statement);
  const executionLine = plan.find((line) => line.startsWith("Execution Time:"));
  return {
    ...timing,
    sql: statement.sql,
    explainMs: executionLine ? Number(/([\d.]+) ms/.exec(executionLine)?.[1]) : undefined,
    plan,
  };
}

export async function profileDatabase(
  db: Db,
  scenarios: Scenario[],
  organisationId: string,
  userEmail: string,
): Promise<DatabaseProfile> {
  const user = await db.selectFrom("users").select("id").where("email", "=", userEmail).executeTakeFirstOrThrow();
  const { token } = await createSession(db, user.id);
  const profiles: ScenarioProfile[] = [];
  for (const scenario of scenarios) {
    const query = scenario.query;
    if (!query) {
      continue;
    }
    const statements = await captureStatements(db, (captureDb) => searchOrganisations(captureDb, query));
    const statementProfiles: StatementProfile[] = [];
    for (const statement of statements) {
      statementProfiles.push(await profileStatement(db, statement));
    }
    profiles.push({
      scenario: scenario.key,
      call: await time(() => searchOrganisations(db, query)),
      statements: statementProfiles,
    });
  }
  return {
    sessionLookup: await time(() => findSessionWithUser(db, token)),
    getById: await time(() => getOrganisation(db, organisationId)),
    scenarios: profiles,
  };
}
