import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";
import { refreshNeedSearchVectors } from "./needs.repo.js";

let test: TestApp;
let agent: Client;
let aarhus: string;
let homeCare: string;
let odense: string;

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  aarhus = await buildOrganisation(test.db, { kind: "municipality", name: "Aarhus Kommune", municipalityCode: "0751" });
  homeCare = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Hjemmeplejen Syd",
    parentId: aarhus,
    municipalityCode: "0751",
  });
  odense = await buildOrganisation(test.db, { kind: "municipality", name: "Odense Kommune", municipalityCode: "0461" });
});
afterAll(async () => {
  await test.close();
});

const validNeed = () => ({
  ownerOrganisationId: homeCare,
  careArea: "home_care",
  dimension: "technology",
  title: "Færre tunge løft ved forflytning",
  description: "Mange forflytninger kræver to medarbejdere. Vi vil afprøve loftlifte og vendesystemer.",
  affected: "Medarbejdere og borgere i hjemmeplejen",
  staffHoursPerYear: 2400,
  citizensAffected: 80,
  qualityPotential: "Færre arbejdsskader og mere tryghed for borgeren",
  priority: "high",
});

describe("needs", () => {
  it("records a need, finds it by Danish search and by filters, and moves its status with a log", async () => {
    const created = await agent.request({ method: "POST", url: "/api/needs", payload: validNeed() });
    expect(created.statusCode).toBe(201);
    const need = created.json();
    expect(need).toMatchObject({
      status: "new",
      ownerName: "Hjemmeplejen Syd",
      staffHoursPerYear: 2400,
      ownerRegionCode: "1082",
    });

    const search = await agent.request({ method: "GET", url: "/api/needs?q=forflytningerne" });
    expect(search.json().items.map((item: { id: string }) => item.id)).toContain(need.id);
    const filtered = await agent.request({
      method: "GET",
      url: `/api/needs?status=new,qualified&careArea=home_care&ownerOrganisationId=${aarhus}`,
    });
    expect(filtered.json().items.map((item: { id: string }) => item.id)).toContain(need.id);

    const moved = await agent.request({
      method: "PATCH",
      url: `/api/needs/${need.id}`,
      payload: { status: "qualified" },
    });
    expect(moved.json().status).toBe("qualified");
    const audit = await test.db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", need.id)
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["create", "status:qualified"]);
  });

  it.each([
    [{ careArea: "astronomy" }, "careArea"],
    [{ staffHoursPerYear: -5 }, "staffHoursPerYear"],
    [{ staffHoursPerYear: "mange" }, "staffHoursPerYear"],
    [{ description: "   " }, "description"],
    [{ title: "" }, "title"],
    [{ status: "done" }, "status"],
    [{ ownerOrganisationId: "nope" }, "ownerOrganisationId"],
  ])("refuses %j naming %s, and stores nothing", async (override, field) => {
    const before = await test.db
      .selectFrom("needs")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const response = await agent.request({
      method: "POST",
      url: "/api/needs",
      payload: { ...validNeed(), ...override },
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().fields)).toContain(field);
    const after = await test.db
      .selectFrom("needs")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("says the negative potential in Danish", async () => {
    const response = await agent.request({
      method: "POST",
      url: "/api/needs",
      payload: { ...validNeed(), staffHoursPerYear: -1 },
    });
    expect(response.json().fields.staffHoursPerYear).toBe("Må ikke være negativ");
  });

  it("refuses a need owned by a company", async () => {
    const company = await buildOrganisation(test.db, { name: "Ejer ApS" });
    const response = await agent.request({
      method: "POST",
      url: "/api/needs",
      payload: { ...validNeed(), ownerOrganisationId: company },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.ownerOrganisationId).toBe(
      "Behovet skal ejes af en offentlig organisation eller enhed",
    );
  });
});

describe("who may see and change needs", () => {
  it("lets the unit and its municipality see and edit the need; other municipalities and companies not", async () => {
    const needId = await buildNeed(test.db, { ownerOrganisationId: homeCare, title: "Synlighed" });
    const unitMember = await signIn(test, "member", homeCare);
    const municipalityMember = await signIn(test, "member", aarhus);
    const otherMunicipality = await signIn(test, "member", odense);
    const company = await signIn(test, "member", await buildOrganisation(test.db, { name: "Nysgerrig ApS" }));

    for (const client of [unitMember, municipalityMember, agent]) {
      expect((await client.request({ method: "GET", url: `/api/needs/${needId}` })).statusCode).toBe(200);
      expect(
        (await client.request({ method: "PATCH", url: `/api/needs/${needId}`, payload: { priority: "low" } }))
          .statusCode,
      ).toBe(200);
      const list = await client.request({ method: "GET", url: "/api/needs?q=synlighed" });
      expect(list.json().items.map((item: { id: string }) => item.id)).toContain(needId);
    }
    for (const client of [otherMunicipality, company]) {
      expect((await client.request({ method: "GET", url: `/api/needs/${needId}` })).statusCode).toBe(404);
      expect(
        (await client.request({ method: "PATCH", url: `/api/needs/${needId}`, payload: { priority: "high" } }))
          .statusCode,
      ).toBe(404);
      const list = await client.request({ method: "GET", url: "/api/needs?q=synlighed" });
      expect(list.json()).toMatchObject({ items: [], total: 0 });
    }
    expect(
      (await otherMunicipality.request({ method: "POST", url: "/api/needs", payload: validNeed() })).statusCode,
    ).toBe(403);
    expect((await anonymous(test.app).request({ method: "GET", url: "/api/needs" })).statusCode).toBe(401);
    expect((await anonymous(test.app).request({ method: "GET", url: `/api/needs/${needId}` })).statusCode).toBe(401);
  });

  it("lets a unit member record a need for their own unit", async () => {
    const member = await signIn(test, "member", homeCare);
    const response = await member.request({ method: "POST", url: "/api/needs", payload: validNeed() });
    expect(response.statusCode).toBe(201);
  });
});

describe("joint needs and budgets", () => {
  const countRows = async (table: "needs" | "need_co_owners") =>
    Number(
      (
        await test.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("records co-owners and a budget, lists them on the need, and logs the change", async () => {
    const created = await agent.request({
      method: "POST",
      url: "/api/needs",
      payload: { ...validNeed(), title: "Fælles behov", coOwnerIds: [odense], budgetDkk: 2_400_000 },
    });
    expect(created.statusCode).toBe(201);
    const need = created.json();
    expect(need).toMatchObject({ coOwners: [{ id: odense, name: "Odense Kommune" }], budgetDkk: 2_400_000 });

    const vejle = await buildOrganisation(test.db, {
      kind: "municipality",
      name: "Vejle Kommune",
      municipalityCode: "0630",
    });
    const changed = await agent.request({
      method: "PATCH",
      url: `/api/needs/${need.id}`,
      payload: { coOwnerIds: [vejle, odense], budgetDkk: null },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      coOwners: [
        { id: odense, name: "Odense Kommune" },
        { id: vejle, name: "Vejle Kommune" },
      ],
      budgetDkk: null,
    });
    const audit = await test.db
      .selectFrom("audit_log")
      .select(["action", "before", "after"])
      .where("entity_id", "=", need.id)
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["create", "update"]);
    expect((audit[1]?.after as { coOwners: unknown[] }).coOwners).toHaveLength(2);
    expect((audit[1]?.before as { coOwners: unknown[] }).coOwners).toHaveLength(1);
  });

  it.each([
    [
      "a company as co-owner",
      async () => ({ coOwnerIds: [await buildOrganisation(test.db, { name: "Med ApS" })] }),
      "coOwnerIds",
    ],
    ["the owner as its own co-owner", () => Promise.resolve({ coOwnerIds: [homeCare] }), "coOwnerIds"],
    [
      "an unknown co-owner",
      () => Promise.resolve({ coOwnerIds: ["00000000-0000-4000-8000-000000000000"] }),
      "coOwnerIds",
    ],
    ["a co-owner that is no id", () => Promise.resolve({ coOwnerIds: ["Odense"] }), "coOwnerIds"],
    ["a negative budget", () => Promise.resolve({ budgetDkk: -1 }), "budgetDkk"],
  ])("refuses %s naming the field, and stores nothing", async (_label, makeOverride, field) => {
    const override = await makeOverride();
    const [needsBefore, coOwnersBefore] = [await countRows("needs"), await countRows("need_co_owners")];
    const response = await agent.request({
      method: "POST",
      url: "/api/needs",
      payload: { ...validNeed(), ...override },
    });
    expect(response.statusCode).toBe(400);
    // An element of a list is named by its place in it (coOwnerIds.0).
    expect(Object.keys(response.json().fields).map((key) => key.split(".")[0])).toEqual([field]);
    expect([await countRows("needs"), await countRows("need_co_owners")]).toEqual([needsBefore, coOwnersBefore]);
  });

  it("refuses a company as co-owner on an edit and keeps the co-owners it had", async () => {
    const needId = (
      await agent.request({ method: "POST", url: "/api/needs", payload: { ...validNeed(), coOwnerIds: [odense] } })
    ).json().id as string;
    const company = await buildOrganisation(test.db, { name: "Medejer ApS" });
    const response = await agent.request({
      method: "PATCH",
      url: `/api/needs/${needId}`,
      payload: { title: "Nyt navn", coOwnerIds: [company] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.coOwnerIds).toBe(
      "Medejere skal være offentlige organisationer eller enheder, og ejeren må ikke gentages",
    );
    const need = (await agent.request({ method: "GET", url: `/api/needs/${needId}` })).json();
    expect(need).toMatchObject({ title: validNeed().title, coOwners: [{ id: odense }] });
  });

  it("lets a co-owner's members and its units see the joint need but not change it", async () => {
    const odenseUnit = await buildOrganisation(test.db, {
      kind: "public_unit",
      name: "Odense Sygepleje",
      parentId: odense,
      municipalityCode: "0461",
    });
    const unitCoOwned = (
      await agent.request({
        method: "POST",
        url: "/api/needs",
        payload: { ...validNeed(), title: "Medejet enhedsbehov", coOwnerIds: [odenseUnit] },
      })
    ).json().id as string;
    const odenseMember = await signIn(test, "member", odense);
    expect((await odenseMember.request({ method: "GET", url: `/api/needs/${unitCoOwned}` })).statusCode).toBe(200);
    const list = await odenseMember.request({ method: "GET", url: "/api/needs?q=enhedsbehov" });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([unitCoOwned]);
    expect(
      (await odenseMember.request({ method: "PATCH", url: `/api/needs/${unitCoOwned}`, payload: { priority: "low" } }))
        .statusCode,
    ).toBe(403);
    const unitMember = await signIn(test, "member", odenseUnit);
    expect((await unitMember.request({ method: "GET", url: `/api/needs/${unitCoOwned}` })).statusCode).toBe(200);
    const stranger = await signIn(
      test,
      "member",
      await buildOrganisation(test.db, { kind: "municipality", name: "Vejen Kommune", municipalityCode: "0575" }),
    );
    expect((await stranger.request({ method: "GET", url: `/api/needs/${unitCoOwned}` })).statusCode).toBe(404);
  });
});

describe("a search with more than 1,000 matches", () => {
  beforeAll(async () => {
    // 1,030 needs with «massebehov» in the description, every 20th also in the title, a day apart.
    const rows = Array.from({ length: 1030 }, (_, index) => ({
      owner_organisation_id: homeCare,
      care_area: "home_care",
      title: index % 20 === 0 ? `Massebehov nummer ${index}` : `Andet behov ${index}`,
      description: `Massebehov i beskrivelsen ${index % 7 === 0 ? "massebehov igen" : ""}`,
      affected: "Borgere",
      quality_potential: "Tryghed",
      created_at: new Date(Date.UTC(2024, 0, 1) + index * 86_400_000),
    }));
    await test.db.insertInto("needs").values(rows).execute();
    await sql`
      update needs set search_vector =
        setweight(to_tsvector('danish', title), 'A') ||
        setweight(to_tsvector('danish', description), 'B') ||
        setweight(to_tsvector('danish', affected || ' ' || quality_potential), 'C') ||
        setweight(to_tsvector('danish', coalesce(search_extra, '')), 'D')`.execute(test.db);
  });

  it("counts up to 1,000, then says there are more, and ranks its first pages as full ranking would", async () => {
    const expected = await test.db
      .selectFrom("needs as n")
      .select("n.id")
      .where(sql<boolean>`n.search_vector @@ to_tsquery('danish', 'massebehov:*')`)
      .orderBy(sql`ts_rank(n.search_vector, to_tsquery('danish', 'massebehov:*'))`, "desc")
      .orderBy("n.created_at", "desc")
      .orderBy("n.id")
      .execute();
    expect(expected).toHaveLength(1030);
    for (const page of [1, 2, 3]) {
      const response = await agent.request({ method: "GET", url: `/api/needs?q=massebehov&pageSize=25&page=${page}` });
      const body = response.json<{ items: { id: string }[]; total: number; isTotalExact: boolean }>();
      expect(body).toMatchObject({ total: 1000, isTotalExact: false });
      expect(body.items.map((item) => item.id)).toEqual(
        expected.slice((page - 1) * 25, page * 25).map((row) => row.id),
      );
    }
    const few = await agent.request({ method: "GET", url: "/api/needs?q=massebehov%20nummer" });
    expect(few.json()).toMatchObject({ total: 52, isTotalExact: true });
  });

  it("ranks a broad one-word search's first pages from the title keys as full ranking would, after edits", async () => {
    // 1,010 titles with «storbehov» (the title keys answer, migration 2026-12-12T0210), mentioned 0–3 more times.
    const rows = Array.from({ length: 1010 }, (_, index) => ({
      owner_organisation_id: homeCare,
      care_area: "home_care",
      title: `Storbehov ${index}`,
      description: `Beskrivelse ${"storbehov ".repeat(index % 4)}`,
      affected: "Borgere",
      quality_potential: "Tryghed",
      created_at: new Date(Date.UTC(2023, 0, 1) + (index % 50) * 86_400_000),
    }));
    const ids = await test.db.insertInto("needs").values(rows).returning("id").execute();
    await refreshNeedSearchVectors(
      test.db,
      ids.map((row) => row.id),
    );
    const ranked = async () =>
      (
        await test.db
          .selectFrom("needs as n")
          .select("n.id")
          .where(sql<boolean>`n.search_vector @@ to_tsquery('danish', 'storbehov:*')`)
          .orderBy(sql`ts_rank(n.search_vector, to_tsquery('danish', 'storbehov:*'))`, "desc")
          .orderBy("n.created_at", "desc")
          .orderBy("n.id")
          .limit(50)
          .execute()
      ).map((row) => row.id);
    const firstPages = async () => {
      const found: string[] = [];
      for (const page of [1, 2]) {
        const response = await agent.request({ method: "GET", url: `/api/needs?q=storbehov&pageSize=25&page=${page}` });
        const body = response.json<{ items: { id: string }[]; total: number; isTotalExact: boolean }>();
        expect(body).toMatchObject({ total: 1000, isTotalExact: false });
        found.push(...body.items.map((item) => item.id));
      }
      return found;
    };
    const expected = await ranked();
    expect(await firstPages()).toEqual(expected);

    // The last of them, retitled with the word three times, ranks first at once.
    const last = expected[49];
    const patched = await agent.request({
      method: "PATCH",
      url: `/api/needs/${last}`,
      payload: { title: "Storbehov storbehov storbehov", description: "Storbehov storbehov storbehov" },
    });
    expect(patched.statusCode).toBe(200);
    const after = await firstPages();
    expect(after[0]).toBe(last);
    expect(after).toEqual(await ranked());
  });
});
