import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCompetence, buildOrganisation, nextCvr } from "../../test-support/factories.js";
import { createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";
import { refreshSearchVectors } from "../organisations/organisations.repo.js";
import { listOrganisationTermDrift } from "./matching.repo.js";

/**
 * organisation_terms (migration 2026-12-11T0300) is what partner matching counts shared words from: it must hold
 * exactly the lexemes of each organisation's search_vector after every write path, in the same transaction.
 */
let test: TestApp;
let agent: Client;
let admin: Client;
let sensors: string;

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  admin = await signIn(test, "admin");
  sensors = await buildCompetence(test.db, "sensorer", "Sensorer og IoT", "Sensors and IoT");
});
afterAll(async () => {
  await test.close();
});

const termsOf = async (id: string) =>
  (
    await test.db
      .selectFrom("organisation_terms")
      .select("term")
      .where("organisation_id", "=", id)
      .orderBy("term")
      .execute()
  ).map((row) => row.term);

function multipart(content: string) {
  const boundary = "----samspil-terms-boundary";
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="import.csv"\r\n` +
    `Content-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return { payload: body, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

describe("organisation_terms", () => {
  it("follows create and update through the API, with the compound parts", async () => {
    const created = await agent.request({
      method: "POST",
      url: "/api/organisations",
      payload: {
        kind: "company",
        name: "Faldsensor Nord ApS",
        municipalityCode: "0751",
        description: "Vi laver loftlifte",
        competenceIds: [sensors],
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    expect(await termsOf(id)).toEqual(expect.arrayContaining(["faldsensor", "sensor", "loftlift", "iot"]));
    expect(await listOrganisationTermDrift(test.db)).toEqual([]);

    const updated = await agent.request({
      method: "PATCH",
      url: `/api/organisations/${id}`,
      payload: { description: "Vi laver vendesenge" },
    });
    expect(updated.statusCode).toBe(200);
    const terms = await termsOf(id);
    expect(terms).toEqual(expect.arrayContaining(["vendeseng"]));
    expect(terms).not.toContain("loftlift");
    expect(await listOrganisationTermDrift(test.db)).toEqual([]);
  });

  it("follows an import (created and updated rows) and a renamed competence", async () => {
    const cvr = nextCvr();
    const start = async (csv: string) => {
      const started = await agent.request({ method: "POST", url: "/api/organisations/import", ...multipart(csv) });
      expect(started.statusCode).toBe(202);
      const jobId = started.json<{ id: string }>().id;
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const job = await agent.request({ method: "GET", url: `/api/organisations/import/${jobId}` });
        if (job.json<{ status: string }>().status !== "running") {
          return job.json<{ status: string }>();
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error("import did not finish");
    };
    const header = "Navn;Type;CVR;Kommunekode;Beskrivelse";
    expect(await start(`${header}\nTermimport ApS;company;${cvr};101;Medicinrobotter`)).toMatchObject({
      status: "done",
    });
    const row = await test.db.selectFrom("organisations").select("id").where("cvr", "=", cvr).executeTakeFirstOrThrow();
    expect(await termsOf(row.id)).toEqual(expect.arrayContaining(["medicinrobot", "robot"]));
    expect(await start(`${header}\nTermimport ApS;company;${cvr};101;Spiserobotter`)).toMatchObject({
      status: "done",
    });
    expect(await termsOf(row.id)).toEqual(expect.arrayContaining(["spiserobot"]));
    expect(await termsOf(row.id)).not.toContain("medicinrobot");
    expect(await listOrganisationTermDrift(test.db)).toEqual([]);

    const holder = await buildOrganisation(test.db, { competenceIds: [sensors] });
    const renamed = await admin.request({
      method: "PATCH",
      url: `/api/competences/${sensors}`,
      payload: { nameDa: "Sensorer og alarmer" },
    });
    expect(renamed.statusCode).toBe(200);
    expect(await termsOf(holder)).toEqual(expect.arrayContaining(["alarm"]));
    expect(await listOrganisationTermDrift(test.db)).toEqual([]);
  });

  it("follows a bulk rewrite, spares untouched rows, rolls back with its transaction and goes on delete", async () => {
    const ids = [
      await buildOrganisation(test.db, { description: "Rengøringsrobot" }),
      await buildOrganisation(test.db, { description: "Telemedicin" }),
    ];
    await sql`update organisations set description = 'Nøglefri adgang' where id in (${sql.join(ids)})`.execute(test.db);
    await refreshSearchVectors(test.db, ids);
    for (const id of ids) {
      expect(await termsOf(id)).toEqual(expect.arrayContaining(["nøglefri", "adgang"]));
      expect(await termsOf(id)).not.toContain("telemedicin");
    }
    // A change that leaves the text alone rewrites nothing.
    await sql`update organisations set updated_at = now() where id in (${sql.join(ids)})`.execute(test.db);
    expect(await listOrganisationTermDrift(test.db)).toEqual([]);

    await expect(
      test.db.transaction().execute(async (trx) => {
        await sql`update organisations set description = 'Vendeseng' where id = ${ids[0]}`.execute(trx);
        await refreshSearchVectors(trx, [ids[0]]);
        expect(
          await trx
            .selectFrom("organisation_terms")
            .select("term")
            .where("term", "=", "vendeseng")
            .where("organisation_id", "=", ids[0])
            .execute(),
        ).toHaveLength(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await termsOf(ids[0])).not.toContain("vendeseng");

    await test.db.deleteFrom("organisations").where("id", "=", ids[1]).execute();
    expect(await termsOf(ids[1])).toEqual([]);
    expect(await listOrganisationTermDrift(test.db)).toEqual([]);
  });
});
