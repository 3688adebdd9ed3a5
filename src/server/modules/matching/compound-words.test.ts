import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NeedCreate } from "../../../domain/needs.js";
import { buildOrganisation } from "../../test-support/factories.js";
import { createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";
import { backfillNeedSearchExtra, insertNeedRecord } from "../needs/needs.service.js";
import { backfillOrganisationSearchExtra } from "../organisations/organisations.service.js";
import { listNeedTerms, listOrganisationTerms } from "./matching.repo.js";

let test: TestApp;
let agent: Client;
let unit: string;
let needId: string;
let robots: string;
let sensors: string;

interface Partner {
  organisationId: string;
  name: string;
  match: { parts: { key: string; detail: string[] }[] };
}

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  const aarhus = await buildOrganisation(test.db, { kind: "municipality", name: "Aarhus Kommune" });
  unit = await buildOrganisation(test.db, { kind: "public_unit", name: "Plejecenter Vest", parentId: aarhus });
  needId = await insertNeedRecord(
    test.db,
    NeedCreate.parse({
      ownerOrganisationId: unit,
      careArea: "nursing_home",
      title: "Servicerobotter og faldsensorer",
      description: "Vi vil prøve velfærds-/servicerobotter til madvogne og en faldsensor på værelserne.",
    }),
    null,
  );
  robots = await buildOrganisation(test.db, {
    name: "Robotfirmaet ApS",
    careAreas: ["hospital"],
    description: "Vi udvikler en robot, der kører mad ud.",
  });
  sensors = await buildOrganisation(test.db, {
    name: "Fald og Sensor ApS",
    careAreas: ["hospital"],
    description: "Sensorer, der opdager fald om natten.",
  });
});
afterAll(async () => {
  await test.close();
});

describe("compound parts in the search documents", () => {
  it("indexes the parts of a need's compounds beside the whole words", async () => {
    const terms = await listNeedTerms(test.db, needId);
    expect(terms).toEqual(expect.arrayContaining(["servicerobot", "robot", "fald", "sensor"]));
  });

  it("indexes the parts of an organisation's compounds", async () => {
    const id = await buildOrganisation(test.db, {
      name: "Loftliftfabrikken ApS",
      description: "Loftlifte til plejehjem.",
    });
    expect(await listOrganisationTerms(test.db, id)).toEqual(expect.arrayContaining(["lift", "loft"]));
  });

  it("lets a need's compounds meet an organisation's simple words in ranking", async () => {
    const response = await agent.request({ method: "GET", url: `/api/needs/${needId}/partners` });
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: Partner[] }>().items;
    const text = (id: string) =>
      items.find((item) => item.organisationId === id)?.match.parts.find((part) => part.key === "text")?.detail;
    // The words as the need writes them (the parts of its compounds), not the stems.
    expect(text(robots)).toContain("robotter");
    expect(text(sensors)).toEqual(expect.arrayContaining(["fald", "sensor"]));
  });

  it("recomputes the parts when the need's text changes", async () => {
    const response = await agent.request({
      method: "PATCH",
      url: `/api/needs/${needId}`,
      payload: { description: "Nu søger vi en loftlift." },
    });
    expect(response.statusCode).toBe(200);
    const terms = await listNeedTerms(test.db, needId);
    expect(terms).toEqual(expect.arrayContaining(["loft", "lift"]));
    expect(terms).not.toContain("værels");
  });

  it("fills rows from before the column once, then does nothing", async () => {
    const id = await buildOrganisation(test.db, { name: "Gammel Række ApS", description: "Vasketoiletter." });
    const other = await buildOrganisation(test.db, { name: "Anden Række ApS", description: "Faldsensorer." });
    await test.db.updateTable("organisations").set({ search_extra: null }).where("id", "in", [id, other]).execute();
    await test.db
      .updateTable("needs")
      .set({ search_extra: null, search_vector: sql`to_tsvector('danish', '')` })
      .where("id", "=", needId)
      .execute();
    expect(await backfillOrganisationSearchExtra(test.db)).toBe(2);
    expect(await backfillNeedSearchExtra(test.db)).toBe(1);
    // Each row gets its own parts (one statement per batch must not mix them up).
    expect(await listOrganisationTerms(test.db, id)).toEqual(expect.arrayContaining(["toilet"]));
    expect(await listOrganisationTerms(test.db, id)).not.toContain("sensor");
    expect(await listOrganisationTerms(test.db, other)).toEqual(expect.arrayContaining(["sensor"]));
    expect(await listOrganisationTerms(test.db, other)).not.toContain("toilet");
    const found = await sql<{ n: number }>`
      select count(*)::int as n from needs
      where id = ${needId} and search_vector @@ to_tsquery('danish', 'lift')`.execute(test.db);
    expect(found.rows[0].n).toBe(1);
    const row = await test.db
      .selectFrom("needs")
      .select("search_extra")
      .where("id", "=", needId)
      .executeTakeFirstOrThrow();
    expect(row.search_extra).toBe("service robotter fald sensorer loft lift");
    expect(await backfillOrganisationSearchExtra(test.db)).toBe(0);
    expect(await backfillNeedSearchExtra(test.db)).toBe(0);
  });
});
