import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVE_NEED_STATUSES, NEED_STATUSES } from "../../../domain/needs.js";
import { buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { createTestApp, type TestApp } from "../../test-support/harness.js";
import { refreshNeedSearchVector } from "../needs/needs.repo.js";
import { CANDIDATE_POOL, findNeedCandidates, rankFromContributions } from "./matching.repo.js";

/**
 * need_terms (migration 2026-12-12T0300) is what the reverse view ranks its pool from: it must hold each active
 * need's lexemes, and its contributions must give ts_rank bit for bit, so the pool is the one ts_rank gives.
 */
let test: TestApp;
let owner: string;

beforeAll(async () => {
  test = await createTestApp();
  owner = await buildOrganisation(test.db, { kind: "municipality", name: "Odense Kommune", municipalityCode: "0461" });
});
afterAll(async () => {
  await test.close();
});

const termsOf = async (id: string) =>
  (await test.db.selectFrom("need_terms").select("term").where("need_id", "=", id).orderBy("term").execute()).map(
    (row) => row.term,
  );

const lexemesOf = async (id: string) =>
  (
    await sql<{ term: string }>`
      select t as term from needs n, unnest(tsvector_to_array(n.search_vector)) t
      where n.id = ${id} order by 1`.execute(test.db)
  ).rows.map((row) => row.term);

/** ts_rank against an OR query of `terms`, as the pool ranked before need_terms. */
async function tsRank(id: string, terms: string[]): Promise<number> {
  const result = await sql<{ rank: number }>`
    select ts_rank(n.search_vector,
      (select string_agg(quote_literal(t), ' | ') from unnest(${terms}::text[]) t)::tsquery)::float8 as rank
    from needs n where n.id = ${id}`.execute(test.db);
  return Number(result.rows[0].rank);
}

async function contributionsOf(id: string, terms: string[]): Promise<number[]> {
  const rows = await test.db
    .selectFrom("need_terms")
    .select("contribution")
    .where("need_id", "=", id)
    .where("term", "in", terms)
    .orderBy(sql`term collate "C"`)
    .execute();
  return rows.map((row) => Number(row.contribution));
}

describe("need_terms", () => {
  it("holds the lexemes of active needs only, following status and text changes", async () => {
    for (const status of NEED_STATUSES) {
      const id = await buildNeed(test.db, { ownerOrganisationId: owner, status, title: `Faldsensor ${status}` });
      const active = ACTIVE_NEED_STATUSES.includes(status);
      expect(await termsOf(id), status).toEqual(active ? await lexemesOf(id) : []);
    }
    const id = await buildNeed(test.db, { ownerOrganisationId: owner, status: "parked" });
    expect(await termsOf(id)).toEqual([]);
    await test.db.updateTable("needs").set({ status: "new" }).where("id", "=", id).execute();
    expect(await termsOf(id)).toEqual(await lexemesOf(id));
    await test.db.updateTable("needs").set({ title: "Rengøringsrobot på plejecentret" }).where("id", "=", id).execute();
    await refreshNeedSearchVector(test.db, id);
    expect(await termsOf(id)).toContain("rengøringsrobot");
    expect(await termsOf(id)).toEqual(await lexemesOf(id));
    await test.db.updateTable("needs").set({ status: "solved" }).where("id", "=", id).execute();
    expect(await termsOf(id)).toEqual([]);
  });

  it("gives ts_rank bit for bit: words repeated, in the title and the text, in other proportions", async () => {
    const texts = [
      ["Robot", "robot robot robot sensor demens sensor robot"],
      ["Sensor til demens", "Demens og fald. Fald om natten, fald i badet; sensor, sensor."],
      ["Loftlift", "forflytning loftlift hjemmepleje robot demens sensor fald nat bad lift"],
      ["Hjemmepleje og robot", "demens ".repeat(40) + "robot sensor"],
      ["Fald", "fald"],
    ];
    const queries = [
      ["robot"],
      ["robot", "sensor"],
      ["demens", "fald", "sensor", "nat"],
      ["bad", "demens", "fald", "forflytning", "hjemmepl", "lift", "loftlift", "nat", "robot", "sensor", "ukendt"],
    ];
    for (const [title, description] of texts) {
      const id = await buildNeed(test.db, { ownerOrganisationId: owner, title, description });
      for (const query of queries) {
        const stems = (
          await sql<{ stem: string }>`
            select distinct unnest(tsvector_to_array(to_tsvector('danish', ${query.join(" ")}))) as stem`.execute(
            test.db,
          )
        ).rows.map((row) => row.stem);
        const terms = [...new Set([...stems, ...query])];
        expect(rankFromContributions(await contributionsOf(id, terms), terms.length), `${title}: ${query}`).toBe(
          await tsRank(id, terms),
        );
      }
    }
  });

  it("ranks the reverse view's pool as ts_rank does, the newest first among equals, past the pool's size", async () => {
    const company = await buildOrganisation(test.db, { kind: "company", name: "Sensorfirma ApS", careAreas: [] });
    // More needs than the pool holds, most of them ranked equal, some a rounding apart.
    const words = ["sensor", "demens", "fald", "robot", "nat"];
    for (let index = 0; index < CANDIDATE_POOL + 40; index += 1) {
      const picked = words.filter((_, position) => (index >> position) % 2 === 1 || position === index % 5);
      await buildNeed(test.db, {
        ownerOrganisationId: owner,
        careArea: "hospital",
        title: `Behov ${index}`,
        description: picked.map((word, position) => `${word} `.repeat(1 + ((index + position) % 3))).join(""),
      });
    }
    const terms = ["sensor", "dem", "demens", "fald", "robot"];
    const reference = await sql<{ id: string }>`
      select n.id from needs n
      where n.status in ('new', 'qualified', 'matched')
        and n.search_vector @@ (select string_agg(quote_literal(t), ' | ') from unnest(${terms}::text[]) t)::tsquery
      order by ts_rank(n.search_vector,
        (select string_agg(quote_literal(t), ' | ') from unnest(${terms}::text[]) t)::tsquery) desc, n.created_at desc
      limit ${CANDIDATE_POOL}`.execute(test.db);
    const pool = await findNeedCandidates(test.db, { id: company, careAreas: [], terms });
    expect(reference.rows.length).toBe(CANDIDATE_POOL);
    expect(pool.map((row) => row.id)).toEqual(reference.rows.map((row) => row.id));
  });
});
