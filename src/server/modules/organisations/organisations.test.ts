import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrganisationQuery } from "../../../domain/organisation.js";
import { nameKeyWords, readNameKeyPage } from "./organisation-name-keys.repo.js";
import { refreshSearchVectors } from "./organisations.repo.js";
import { toPrefixTsQuery } from "../../platform/search.js";
import { buildCompetence, buildOrganisation, nextCvr } from "../../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let agent: Client;
let robotId: string;
let aarhusId: string;

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  robotId = await buildCompetence(test.db, "robotteknologi", "Robotteknologi", "Robotics");
  aarhusId = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Aarhus Kommune",
    municipalityCode: "0751",
  });
  await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Hjemmeplejen Aarhus Syd",
    parentId: aarhusId,
    careAreas: ["home_care"],
  });
  await buildOrganisation(test.db, {
    kind: "knowledge_institution",
    name: "Teknologisk Institut",
    municipalityCode: "0751",
  });
  await buildOrganisation(test.db, {
    kind: "company",
    name: "Løftegrej ApS",
    cvr: nextCvr(),
    municipalityCode: "0101",
    employeeBand: "1-9",
    description: "Vi udvikler en robot til forflytning med loftlift",
    competenceIds: [robotId],
  });
  await buildOrganisation(test.db, {
    kind: "company",
    name: "Stor Koncern A/S",
    municipalityCode: "0461",
    employeeBand: "250+",
  });
});
afterAll(async () => {
  await test.close();
});

async function names(query: string): Promise<string[]> {
  const response = await agent.request({ method: "GET", url: `/api/organisations?${query}` });
  expect(response.statusCode).toBe(200);
  return response.json<{ items: { name: string }[] }>().items.map((item) => item.name);
}

describe("search", () => {
  it("finds by Danish stemming: «robotter» matches a text that says «robot»", async () => {
    expect(await names("q=robotter")).toContain("Løftegrej ApS");
  });

  it("finds by word prefixes: «teknologisk inst» finds Teknologisk Institut first", async () => {
    expect((await names("q=teknologisk%20inst"))[0]).toBe("Teknologisk Institut");
  });

  it("finds by a misspelt name (trigram similarity)", async () => {
    expect(await names("q=Teknologisc%20Institutt")).toContain("Teknologisk Institut");
  });

  it("finds by competence name", async () => {
    expect(await names("q=robotics")).toContain("Løftegrej ApS");
  });

  it("treats SQL and punctuation as plain text", async () => {
    expect(await names(`q=${encodeURIComponent("'); drop table organisations; --")}`)).toEqual([]);
    expect((await names("q=%26%7C!:*")).length).toBeGreaterThanOrEqual(0);
  });
});

describe("filters and paging", () => {
  it("filters by kind, region, municipality, competence and SME", async () => {
    expect(await names("kind=public_unit")).toEqual(["Hjemmeplejen Aarhus Syd"]);
    expect(await names("regionCode=1084")).toEqual(["Løftegrej ApS"]);
    expect(await names("municipalityCode=461")).toEqual(["Stor Koncern A/S"]);
    expect(await names(`competenceId=${robotId}`)).toEqual(["Løftegrej ApS"]);
    expect(await names("sme=true")).toEqual(["Løftegrej ApS"]);
    expect(await names("sme=false&kind=company")).toEqual(["Stor Koncern A/S"]);
  });

  it("counts a company of unknown size as not an SME, as isSme does, with a search and without", async () => {
    const id = await buildOrganisation(test.db, { name: "Ukendtstørrelse ApS", employeeBand: undefined });
    try {
      expect(await names("sme=false&kind=company")).toEqual(["Stor Koncern A/S", "Ukendtstørrelse ApS"]);
      expect(await names("sme=false&q=ukendtst%C3%B8rrelse")).toEqual(["Ukendtstørrelse ApS"]);
      expect(await names("sme=true&q=ukendtst%C3%B8rrelse")).toEqual([]);
    } finally {
      await test.db.deleteFrom("organisations").where("id", "=", id).execute();
    }
  });

  it("pages, and caps the page size at 100", async () => {
    const first = await agent.request({ method: "GET", url: "/api/organisations?pageSize=2&page=1" });
    const body = first.json<{ items: unknown[]; total: number; pageSize: number }>();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(5);
    const capped = await agent.request({ method: "GET", url: "/api/organisations?pageSize=100000" });
    expect(capped.json().pageSize).toBe(100);
  });

  it("answers a bad filter with 400 naming it", async () => {
    const response = await agent.request({ method: "GET", url: "/api/organisations?kind=shop&regionCode=9999" });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().fields)).toEqual(expect.arrayContaining(["kind.0", "regionCode"]));
  });
});

describe("create, read, edit, archive", () => {
  it("creates an organisation with every field and reads it back with region and titles", async () => {
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations",
      payload: {
        kind: "company",
        name: "Sensorhuset ApS",
        cvr: "13748136",
        municipalityCode: "101",
        address: "Vesterbrogade 1, 1620 København V",
        website: "https://sensorhuset.example",
        description: "Sensorer til plejehjem",
        employeeBand: "10-49",
        db07Codes: ["26.51"],
        careAreas: ["nursing_home"],
        competenceIds: [robotId],
        contactPersons: [
          { name: "Ida Sensor", title: "Direktør", email: "ida@sensorhuset.example", phone: "+45 12 34 56 78" },
        ],
      },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      municipalityCode: "0101",
      regionCode: "1084",
      regionName: "Region Hovedstaden",
      isSme: true,
      db07: [{ code: "26.51", title: expect.stringContaining("") }],
      competences: [{ id: robotId, nameDa: "Robotteknologi" }],
    });
    expect(created.db07[0].title.length).toBeGreaterThan(5);
    const read = await agent.request({ method: "GET", url: `/api/organisations/${created.id}` });
    expect(read.json().contactPersons[0].email).toBe("ida@sensorhuset.example");
  });

  it("refuses a duplicate CVR with 409 naming the field, and stores nothing", async () => {
    const cvr = nextCvr();
    await buildOrganisation(test.db, { name: "Første ApS", cvr });
    const before = await test.db
      .selectFrom("organisations")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations",
      payload: { kind: "company", name: "Anden ApS", cvr },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().fields.cvr).toBe("Der findes allerede en organisation med dette CVR-nummer");
    const after = await test.db
      .selectFrom("organisations")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it.each([
    [{ kind: "company", name: "X", cvr: "12345678" }, "cvr"],
    [{ kind: "company", name: "X", municipalityCode: "0999" }, "municipalityCode"],
    [{ kind: "company", name: "x".repeat(300) }, "name"],
    [{ kind: "company", name: ["array"] }, "name"],
    [{ kind: "company", name: "X", db07Codes: ["99.99"] }, "db07Codes"],
    [{ kind: "company", name: "X", competenceIds: ["6f1c0c52-4a43-4d55-9d1e-3b0f3b7b6c11"] }, "competenceIds"],
    [{ kind: "public_unit", name: "Enhed uden forælder" }, "parentId"],
    [{ kind: "company", name: "X\u0000" }, "name"],
    [{ kind: "company", name: "X", role: "admin" }, "role"],
  ])("refuses %j with a 4xx naming %s", async (payload, field) => {
    const response = await agent.request({ method: "POST", url: "/api/organisations", payload });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(Object.keys(response.json().fields ?? {})).toContain(field);
  });

  it("refuses a unit whose parent is a company", async () => {
    const companyId = await buildOrganisation(test.db, { name: "Forælder ApS" });
    const response = await agent.request({
      method: "POST",
      url: "/api/organisations",
      payload: { kind: "public_unit", name: "Forkert enhed", parentId: companyId },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.parentId).toBeDefined();
  });

  it("edits only the fields sent, archives instead of deleting, and logs before/after", async () => {
    const id = await buildOrganisation(test.db, { name: "Redigér ApS", description: "Gammel tekst" });
    const patch = await agent.request({
      method: "PATCH",
      url: `/api/organisations/${id}`,
      payload: { description: "Ny tekst om demens" },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json()).toMatchObject({ name: "Redigér ApS", description: "Ny tekst om demens" });
    expect(await names("q=demens")).toContain("Redigér ApS");

    const archive = await agent.request({
      method: "PATCH",
      url: `/api/organisations/${id}`,
      payload: { archived: true },
    });
    expect(archive.json().archived).toBe(true);
    expect(await names("q=Redig%C3%A9r")).not.toContain("Redigér ApS");
    expect(await names("q=Redig%C3%A9r&includeArchived=true")).toContain("Redigér ApS");

    const log = await test.db.selectFrom("audit_log").selectAll().where("entity_id", "=", id).orderBy("id").execute();
    expect(log.map((row) => row.action)).toEqual(["update", "archive"]);
    expect(log[0].actor_id).toBe(agent.userId);
    expect((log[0].before as { description: string }).description).toBe("Gammel tekst");
    expect((log[0].after as { description: string }).description).toBe("Ny tekst om demens");
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expect(
      (await agent.request({ method: "GET", url: "/api/organisations/6f1c0c52-4a43-4d55-9d1e-3b0f3b7b6c11" }))
        .statusCode,
    ).toBe(404);
    expect((await agent.request({ method: "GET", url: "/api/organisations/not-a-uuid" })).statusCode).toBe(400);
  });
});

describe("who may do what", () => {
  it("refuses anonymous access to every organisation endpoint", async () => {
    const client = anonymous(test.app);
    for (const [method, url] of [
      ["GET", "/api/organisations"],
      ["POST", "/api/organisations"],
      ["GET", `/api/organisations/${aarhusId}`],
      ["PATCH", `/api/organisations/${aarhusId}`],
      ["GET", "/api/organisations/export"],
      ["POST", "/api/organisations/import/preview"],
      ["POST", "/api/organisations/import"],
    ] as const) {
      const response = await client.request({ method, url, payload: method === "GET" ? undefined : {} });
      expect([method, url, response.statusCode]).toEqual([method, url, 401]);
    }
  });

  it("lets a member read, edit their own organisation, and nothing else", async () => {
    const ownId = await buildOrganisation(test.db, { name: "Egen ApS" });
    const otherId = await buildOrganisation(test.db, { name: "Konkurrent ApS" });
    const member = await signIn(test, "member", ownId);

    expect((await member.request({ method: "GET", url: "/api/organisations" })).statusCode).toBe(200);
    expect(
      (
        await member.request({
          method: "PATCH",
          url: `/api/organisations/${ownId}`,
          payload: { description: "Vores tekst" },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await member.request({
          method: "PATCH",
          url: `/api/organisations/${otherId}`,
          payload: { description: "Hacket" },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await member.request({ method: "POST", url: "/api/organisations", payload: { kind: "company", name: "Ny" } }))
        .statusCode,
    ).toBe(403);
    const massAssign = await member.request({
      method: "PATCH",
      url: `/api/organisations/${ownId}`,
      payload: { kind: "municipality", archived: true },
    });
    expect(massAssign.statusCode).toBe(403);
    expect(Object.keys(massAssign.json().fields)).toEqual(["kind", "archived"]);
    const other = await agent.request({ method: "GET", url: `/api/organisations/${otherId}` });
    expect(other.json().description).not.toBe("Hacket");
  });

  it("lets agents and admins edit any organisation", async () => {
    const admin = await signIn(test, "admin");
    const id = await buildOrganisation(test.db, { name: "Fælles ApS" });
    expect(
      (await admin.request({ method: "PATCH", url: `/api/organisations/${id}`, payload: { name: "Fælles II ApS" } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await agent.request({ method: "PATCH", url: `/api/organisations/${id}`, payload: { name: "Fælles III ApS" } }))
        .statusCode,
    ).toBe(200);
  });
});

describe("totals and ranking with many organisations", () => {
  const WORDS = [
    "robot",
    "lift",
    "sensor",
    "demens",
    "pleje",
    "teknik",
    "teknologi",
    "data",
    "forflytning",
    "robotics",
    "velfærd",
    "hjemme",
  ];
  const pick = (seed: number, count: number) =>
    Array.from({ length: count }, (_, index) => WORDS[(seed * 7 + index * 5 + (seed >> index)) % WORDS.length]);

  beforeAll(async () => {
    const rows = Array.from({ length: 1030 }, (_, index) => ({
      kind: "other",
      // Name fragments ("ro", "robo", "robot") give similarities on both sides of the threshold.
      name: `Massedata ${pick(index, 1 + (index % 3))
        .map((word, at) => word.slice(0, 2 + ((index + at) % word.length)))
        .join(" ")} ${index}`,
      description: pick(index + 3, 1 + (index % 6)).join(" "),
      contact_persons: "[]",
    }));
    const ids = await test.db.insertInto("organisations").values(rows).returning("id").execute();
    await refreshSearchVectors(
      test.db,
      ids.map((row) => row.id),
    );
  });

  async function page(query: string) {
    const response = await agent.request({ method: "GET", url: `/api/organisations?${query}` });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: { id: string }[]; total: number; isTotalExact: boolean }>();
  }

  it("counts a list exactly up to 1,000, then says there are more, and every page stays reachable", async () => {
    expect(await page("kind=public_unit")).toMatchObject({ total: 1, isTotalExact: true });
    const first = await page("kind=other&pageSize=25");
    expect(first).toMatchObject({ total: 1000, isTotalExact: false });
    expect(first.items).toHaveLength(25);
    const page41 = await page("kind=other&pageSize=25&page=41");
    expect(page41).toMatchObject({ total: 1025, isTotalExact: false });
    expect(page41.items).toHaveLength(25);
    const last = await page("kind=other&pageSize=25&page=42");
    expect(last).toMatchObject({ total: 1030, isTotalExact: true });
    expect(last.items).toHaveLength(5);
    expect(await page("kind=other&pageSize=25&page=100")).toMatchObject({ items: [], total: 1030, isTotalExact: true });
  });

  it("counts a search up to 1,000, then says there are more (ADR 0020)", async () => {
    expect(await page("q=massedata&pageSize=5")).toMatchObject({ total: 1000, isTotalExact: false });
  });

  it("ranks a broad one-word search's first pages from the name keys as ranking every match, after edits", async () => {
    // Over 1,000 names with «massedata»: the name keys answer (migration 2026-12-12T0200).
    const ranked = async () => {
      const rows = await test.db
        .selectFrom("organisations as o")
        .select("o.id")
        .where("o.archived_at", "is", null)
        .where(sql<boolean>`(o.name % 'massedata' or o.search_vector @@ to_tsquery('danish', 'massedata:*'))`)
        .orderBy(
          sql`ts_rank(o.search_vector, to_tsquery('danish', 'massedata:*')) + similarity(o.name, 'massedata')`,
          "desc",
        )
        .orderBy("o.name")
        .orderBy("o.id")
        .limit(40)
        .execute();
      return rows.map((row) => row.id);
    };
    const ids = async (number: number) =>
      (await page(`q=massedata&pageSize=20&page=${number}`)).items.map((item) => item.id);
    const expected = await ranked();
    expect([...(await ids(1)), ...(await ids(2))]).toEqual(expected);

    // A rename is found at once (the exact name first), an archived organisation is gone.
    const last = expected[39];
    expect(
      (await agent.request({ method: "PATCH", url: `/api/organisations/${last}`, payload: { name: "Massedata" } }))
        .statusCode,
    ).toBe(200);
    expect((await ids(1))[0]).toBe(last);
    expect(
      (await agent.request({ method: "PATCH", url: `/api/organisations/${last}`, payload: { archived: true } }))
        .statusCode,
    ).toBe(200);
    expect(await ids(1)).not.toContain(last);
    expect([...(await ids(1)), ...(await ids(2))]).toEqual(await ranked());
  });

  it("ranks every page as if every match were ranked by ts_rank + similarity, then name", async () => {
    for (const q of [
      "robot",
      "lift sensor",
      "massedata robot",
      "teknik",
      "robotics 7",
      "velfærd hjemme",
      "data",
      "massedata robo 12",
    ]) {
      const tsQuery = toPrefixTsQuery(q) as string;
      const expected = await test.db
        .selectFrom("organisations as o")
        .select("o.id")
        .where("o.archived_at", "is", null)
        .where(sql<boolean>`(o.name % ${q} or o.search_vector @@ to_tsquery('danish', ${tsQuery}))`)
        .orderBy(sql`ts_rank(o.search_vector, to_tsquery('danish', ${tsQuery})) + similarity(o.name, ${q})`, "desc")
        .orderBy("o.name")
        .orderBy("o.id")
        .execute();
      const pages = [];
      for (const number of [1, 2, 3, 9]) {
        const result = await page(`q=${encodeURIComponent(q)}&pageSize=7&page=${number}`);
        expect([q, result.total]).toEqual([q, expected.length]);
        pages.push([number, result.items.map((item) => item.id)]);
      }
      expect(pages).toEqual(
        [1, 2, 3, 9].map((number) => [number, expected.slice((number - 1) * 7, number * 7).map((row) => row.id)]),
      );
    }
  });
});

describe("several words and filters from the name keys (ADR 0020, round 4)", () => {
  const WORDS = ["robot", "lift", "sensor", "demens", "pleje", "teknik", "data", "forflytning", "velfærd"];
  const CAP = 1001;

  beforeAll(async () => {
    // Over 1,000 companies in Aarhus with «Nordlys» and «Robotteknik» in the name: the keys answer.
    const rows = Array.from({ length: 1040 }, (_, index) => ({
      kind: index % 97 === 1 ? "other" : "company",
      name: `Nordlys ${index % 3 === 0 ? "Robotteknik" : "Robot"} ${WORDS[index % WORDS.length]} ${index}`,
      description: WORDS.filter((_, at) => (index >> at) % 2 === 1).join(" "),
      municipality_code: index % 89 === 0 ? "0101" : "0751",
      employee_band: index % 97 === 0 ? "250+" : "1-9",
      contact_persons: "[]",
    }));
    const ids = await test.db.insertInto("organisations").values(rows).returning("id").execute();
    await refreshSearchVectors(
      test.db,
      ids.map((row) => row.id),
    );
  });

  /** Ranking every match of the filtered list, the design the key path must equal. */
  async function ranked(q: string, filters: string) {
    const tsQuery = toPrefixTsQuery(q) as string;
    const rows = await sql<{ id: string }>`
      select o.id from organisations o left join municipalities m on m.code = o.municipality_code
      where o.archived_at is null and (o.name % ${q} or o.search_vector @@ to_tsquery('danish', ${tsQuery}))
        and ${sql.raw(filters)}
      order by ts_rank(o.search_vector, to_tsquery('danish', ${tsQuery})) + similarity(o.name, ${q}) desc, o.name, o.id
      limit 40`.execute(test.db);
    return rows.rows.map((row) => row.id);
  }

  async function firstPages(query: string) {
    const ids: string[] = [];
    for (const number of [1, 2]) {
      const response = await agent.request({
        method: "GET",
        url: `/api/organisations?${query}&pageSize=20&page=${number}`,
      });
      expect(response.statusCode).toBe(200);
      const body = response.json<{ items: { id: string }[]; total: number; isTotalExact: boolean }>();
      expect([query, body.total, body.isTotalExact]).toEqual([query, 1000, false]);
      ids.push(...body.items.map((item) => item.id));
    }
    return ids;
  }

  /** The key path's own answer for the first page (not the fallback), to show it is the one that answered. */
  async function keyPage(query: Record<string, string>) {
    const parsed = OrganisationQuery.parse({ ...query, pageSize: "20" });
    const words = nameKeyWords({ ...parsed, q: parsed.q as string }) as string[];
    const page = await readNameKeyPage(test.db, { ...parsed, q: parsed.q as string }, words, CAP);
    expect(Math.max(page.named, page.texts)).toBeGreaterThanOrEqual(CAP);
    if (words.length > 1) {
      expect(Number(page.rows.at(-1)?.rank)).toBeGreaterThan(1);
    }
    return page.rows.map((row) => row.id);
  }

  it.each([
    ["q=nordlys+robot", { q: "nordlys robot" }, "true"],
    ["q=robot+nordlys", { q: "robot nordlys" }, "true"],
    ["q=nordlys&kind=company", { q: "nordlys", kind: "company" }, "o.kind = 'company'"],
    ["q=nordlys&municipalityCode=0751", { q: "nordlys", municipalityCode: "0751" }, "o.municipality_code = '0751'"],
    ["q=nordlys+robot&regionCode=1082", { q: "nordlys robot", regionCode: "1082" }, "m.region_code = '1082'"],
    [
      "q=nordlys&sme=true",
      { q: "nordlys", sme: "true" },
      "o.kind = 'company' and o.employee_band in ('1-9', '10-49', '50-249')",
    ],
  ])("ranks %s's first pages as ranking every match", async (query, parsed, filters) => {
    const expected = await ranked(parsed.q, filters);
    expect(await firstPages(query)).toEqual(expected);
    expect(await keyPage(parsed)).toEqual(expected.slice(0, 20));
  });

  it("drops an organisation from a filtered search at once when its kind or municipality changes", async () => {
    const [first, second] = await firstPages("q=nordlys+robot&kind=company&municipalityCode=0751");
    for (const [id, payload] of [
      [first, { kind: "other" }],
      [second, { municipalityCode: "0101" }],
    ] as const) {
      const response = await agent.request({ method: "PATCH", url: `/api/organisations/${id}`, payload });
      expect(response.statusCode).toBe(200);
    }
    const after = await firstPages("q=nordlys+robot&kind=company&municipalityCode=0751");
    expect(after).not.toContain(first);
    expect(after).not.toContain(second);
    expect(after).toEqual(await ranked("nordlys robot", "o.kind = 'company' and o.municipality_code = '0751'"));
  });
});
