import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let agent: Client;
let needId: string;

interface FundingItem {
  id: string;
  name: string;
  nextRound: string;
  fit: {
    fits: boolean;
    expired: boolean;
    state: string;
    amountDkk: number | null;
    rules: { key: string; met: boolean; required: unknown; actual: unknown }[];
  };
}
interface FundingAnswer {
  context: { municipalities: number; regions: number; municipalityCodes: string[]; regionCodes: string[] };
  items: FundingItem[];
}

const fundingOf = async (id: string) =>
  (await agent.request({ method: "GET", url: `/api/needs/${id}/funding` })).json<FundingAnswer>();
const itemNamed = (answer: FundingAnswer, name: string) => {
  const item = answer.items.find((entry) => entry.name === name);
  if (!item) {
    throw new Error(`no programme ${name}`);
  }
  return item;
};
const programme = (overrides: Record<string, unknown>) => ({ name: "Testpulje", owner: "Testfond", ...overrides });

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  const aarhus = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Aarhus Kommune",
    municipalityCode: "0751",
  });
  const unit = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Hjemmeplejen Syd",
    parentId: aarhus,
    municipalityCode: "0751",
  });
  needId = await buildNeed(test.db, { ownerOrganisationId: unit, careArea: "home_care" });
});
afterAll(async () => {
  await test.close();
});

describe("funding for a need", () => {
  it("states each rule as codes and values, the same in every language, no sentence for the browser", async () => {
    const danish = await agent.request({ method: "GET", url: `/api/needs/${needId}/funding` });
    const english = await agent.request({
      method: "GET",
      url: `/api/needs/${needId}/funding`,
      headers: { "accept-language": "en" },
    });
    expect(danish.statusCode).toBe(200);
    expect(english.body).toBe(danish.body);
    const items = danish.json<{ items: (FundingItem & { reasons?: unknown })[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.reasons === undefined)).toBe(true);
    const rules = items.flatMap((item) => item.fit.rules);
    const kinds = rules.find((rule) => rule.key === "eligible_kind");
    expect(kinds).toMatchObject({ required: expect.any(Array), actual: ["municipality"] });
    const municipalities = rules.find((rule) => rule.key === "min_municipalities");
    expect(municipalities).toMatchObject({ required: expect.any(Number), actual: 1 });
  });

  it("is for those who may see the need", async () => {
    const other = await buildOrganisation(test.db, {
      kind: "municipality",
      name: "Odense Kommune",
      municipalityCode: "0461",
    });
    const company = await buildOrganisation(test.db, { name: "Løft ApS" });
    for (const organisationId of [other, company]) {
      const member = await signIn(test, "member", organisationId);
      expect((await member.request({ method: "GET", url: `/api/needs/${needId}/funding` })).statusCode).toBe(404);
    }
    expect((await anonymous(test.app).request({ method: "GET", url: `/api/needs/${needId}/funding` })).statusCode).toBe(
      401,
    );
  });
});

describe("counting the applicants of a need", () => {
  const sixCodes = ["0101", "0147", "0151", "0153", "0155", "0157"];

  it("counts owner and co-owners as distinct municipalities: «at least 6 municipalities» can be met", async () => {
    const municipalities = await Promise.all(
      sixCodes.map((code) =>
        buildOrganisation(test.db, { kind: "municipality", name: `Kommune ${code}`, municipalityCode: code }),
      ),
    );
    const [owner, ...others] = municipalities as [string, ...string[]];
    const unitOfOwner = await buildOrganisation(test.db, {
      kind: "public_unit",
      name: "Plejecenter Nord",
      parentId: owner,
      municipalityCode: "0101",
    });
    const created = await agent.request({
      method: "POST",
      url: "/api/needs",
      payload: {
        ownerOrganisationId: owner,
        careArea: "home_care",
        title: "Fælles afprøvning",
        description: "Seks kommuner afprøver sammen.",
        coOwnerIds: [...others, unitOfOwner],
      },
    });
    expect(created.statusCode).toBe(201);
    const answer = await fundingOf(created.json().id);
    expect(answer.context).toMatchObject({
      municipalities: 6,
      regions: 0,
      municipalityCodes: sixCodes,
      regionCodes: ["1084"],
    });
    const digst = itemNamed(answer, "Digitaliseringsstyrelsen – Strategi for digital velfærd, initiativ 3.3");
    expect(digst.fit.rules.find((rule) => rule.key === "min_municipalities")).toMatchObject({ met: true, actual: 6 });

    // Five are not enough.
    const five = await agent.request({
      method: "PATCH",
      url: `/api/needs/${created.json().id}`,
      payload: { coOwnerIds: others.slice(1) },
    });
    expect(five.statusCode).toBe(200);
    const fewer = await fundingOf(created.json().id);
    expect(fewer.context.municipalities).toBe(5);
    expect(
      itemNamed(fewer, "Digitaliseringsstyrelsen – Strategi for digital velfærd, initiativ 3.3").fit.rules.find(
        (rule) => rule.key === "min_municipalities",
      ),
    ).toMatchObject({ met: false, actual: 5 });
  });

  it("counts the participants of an active network process holding the need, not of a stopped one", async () => {
    const owner = await buildOrganisation(test.db, {
      kind: "municipality",
      name: "Vejle Kommune",
      municipalityCode: "0630",
    });
    const partners = await Promise.all(
      ["0561", "0563"].map((code) =>
        buildOrganisation(test.db, { kind: "municipality", name: `Netværkskommune ${code}`, municipalityCode: code }),
      ),
    );
    const region = await buildOrganisation(test.db, {
      kind: "region",
      name: "Region Sjælland",
      municipalityCode: "0259",
    });
    const needOfNetwork = await buildNeed(test.db, { ownerOrganisationId: owner });
    const addProcess = async (status: "active" | "stopped", organisations: string[]) => {
      const { id } = await test.db
        .insertInto("processes")
        .values({ title: `Netværk ${status}`, kind: "network", status })
        .returning("id")
        .executeTakeFirstOrThrow();
      await test.db.insertInto("process_needs").values({ process_id: id, need_id: needOfNetwork }).execute();
      await test.db
        .insertInto("process_participants")
        .values(
          organisations.map((organisationId) => ({
            process_id: id,
            organisation_id: organisationId,
            role: "test_site",
          })),
        )
        .execute();
    };
    await addProcess("active", partners);
    await addProcess("stopped", [region]);
    expect((await fundingOf(needOfNetwork)).context).toMatchObject({ municipalities: 3, regions: 0 });
  });
});

describe("geographic limits of pools", () => {
  it("opens Aarhus Kommune's own pool to Aarhus and its units only", async () => {
    const odense = await buildOrganisation(test.db, {
      kind: "municipality",
      name: "Odense Kommune",
      municipalityCode: "0461",
    });
    const odenseNeed = await buildNeed(test.db, { ownerOrganisationId: odense });
    const aarhusPool = "Aarhus Kommune – OPI-pulje";
    expect(itemNamed(await fundingOf(needId), aarhusPool).fit).toMatchObject({ fits: true });
    const forOdense = itemNamed(await fundingOf(odenseNeed), aarhusPool).fit;
    expect(forOdense.fits).toBe(false);
    expect(forOdense.rules.find((rule) => rule.key === "municipality")).toEqual({
      key: "municipality",
      met: false,
      required: ["0751"],
      actual: ["0461"],
    });
    expect(itemNamed(await fundingOf(odenseNeed), "Region Hovedstadens OPI-pulje").fit.rules).toContainEqual({
      key: "region",
      met: false,
      required: ["1084"],
      actual: ["1083"],
    });
  });

  it.each([
    [{ regionCodes: ["1099"] }, "regionCodes"],
    [{ municipalityCodes: ["0998"] }, "municipalityCodes"],
    [{ opensOn: "snart" }, "opensOn"],
    [{ nextRound: "x".repeat(301) }, "nextRound"],
  ])("refuses a programme with %j naming %s, and stores nothing", async (override, field) => {
    const count = async () =>
      Number(
        (
          await test.db
            .selectFrom("funding_programmes")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const response = await agent.request({
      method: "POST",
      url: "/api/funding-programmes",
      payload: programme(override),
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().fields).map((key) => key.split(".")[0])).toEqual([field]);
    expect(await count()).toBe(before);
  });

  it("stores the limits and round facts, and gives them back on edit", async () => {
    const created = await agent.request({
      method: "POST",
      url: "/api/funding-programmes",
      payload: programme({ name: "Regional pulje", regionCodes: ["1082"], municipalityCodes: ["751"] }),
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      regionCodes: ["1082"],
      municipalityCodes: ["0751"],
      opensOn: null,
      nextRound: "",
    });
    const edited = await agent.request({
      method: "PUT",
      url: `/api/funding-programmes/${created.json().id}`,
      payload: programme({ name: "Regional pulje", opensOn: "2099-02-01", nextRound: "Forår 2100" }),
    });
    expect(edited.json()).toMatchObject({
      regionCodes: [],
      municipalityCodes: [],
      opensOn: "2099-02-01",
      nextRound: "Forår 2100",
    });
    const member = await signIn(test, "member", await buildOrganisation(test.db, { name: "Puljejæger ApS" }));
    expect(
      (await member.request({ method: "POST", url: "/api/funding-programmes", payload: programme({}) })).statusCode,
    ).toBe(403);
  });
});

describe("deadline states and the amount to apply for", () => {
  it("shows expired with its next round, upcoming as upcoming, and the amount from the budget", async () => {
    const add = async (overrides: Record<string, unknown>) =>
      (await agent.request({ method: "POST", url: "/api/funding-programmes", payload: programme(overrides) })).json<{
        id: string;
      }>().id;
    await add({ name: "Udløbet pulje", deadline: "2020-01-31", nextRound: "Ny runde forventes i 2027" });
    await add({ name: "Kommende pulje", opensOn: "2099-01-01", deadline: "2099-03-01" });
    await add({ name: "Løbende pulje", maxAmount: 1_500_000, cofinancingPct: 50, rolling: true });
    await add({ name: "Lille pulje", maxAmount: 1_000_000, cofinancingPct: 50 });
    await add({ name: "Vejledende pulje", minMunicipalities: 6, minRegions: 2, countsAreGuidance: true });

    const budgeted = await agent.request({
      method: "PATCH",
      url: `/api/needs/${needId}`,
      payload: { budgetDkk: 2_400_000 },
    });
    expect(budgeted.statusCode).toBe(200);
    const answer = await fundingOf(needId);
    expect(itemNamed(answer, "Udløbet pulje")).toMatchObject({
      nextRound: "Ny runde forventes i 2027",
      fit: { state: "expired", expired: true, fits: false },
    });
    expect(itemNamed(answer, "Kommende pulje").fit).toMatchObject({ state: "upcoming", fits: true });
    expect(itemNamed(answer, "Løbende pulje").fit).toMatchObject({
      state: "rolling",
      fits: true,
      amountDkk: 1_200_000,
    });
    // No deadline and not stated rolling: the deadline is not known, and the programme can still fit.
    expect(itemNamed(answer, "Lille pulje").fit).toMatchObject({
      state: "unknown",
      fits: true,
      fitsIfJustified: false,
      amountDkk: 1_000_000,
    });
    expect(itemNamed(answer, "Lille pulje")).toMatchObject({ rolling: false, countsAreGuidance: false });
    // One municipality against «som udgangspunkt mindst seks kommuner eller to regioner»: shown, not ruled out.
    // It fits only if they argue it, so it is told apart from the fits whose rules are all met (`fits` stays true).
    expect(itemNamed(answer, "Vejledende pulje")).toMatchObject({
      countsAreGuidance: true,
      fit: {
        fits: true,
        fitsIfJustified: true,
        rules: [
          { key: "min_municipalities", met: false, guidance: true, required: 6, actual: 1 },
          { key: "min_regions", met: false, guidance: true, required: 2, actual: 0 },
        ],
      },
    });
    expect(answer.items.at(-1)?.fit.state).toBe("expired");

    const negative = await agent.request({
      method: "PATCH",
      url: `/api/needs/${needId}`,
      payload: { budgetDkk: -100 },
    });
    expect(negative.statusCode).toBe(400);
    expect(Object.keys(negative.json().fields)).toEqual(["budgetDkk"]);
    expect(itemNamed(await fundingOf(needId), "Løbende pulje").fit.amountDkk).toBe(1_200_000);
  });
});

describe("funding for a process", () => {
  it("counts the process's participants and is for those who may see the process", async () => {
    const [silkeborg, herning] = await Promise.all([
      buildOrganisation(test.db, { kind: "municipality", name: "Silkeborg Kommune", municipalityCode: "0740" }),
      buildOrganisation(test.db, { kind: "municipality", name: "Herning Kommune", municipalityCode: "0657" }),
    ]);
    const herningUnit = await buildOrganisation(test.db, {
      kind: "public_unit",
      name: "Herning Hjemmepleje",
      parentId: herning,
      municipalityCode: "0657",
    });
    const company = await buildOrganisation(test.db, { name: "Netværksrobot ApS" });
    const need = await buildNeed(test.db, { ownerOrganisationId: silkeborg, careArea: "home_care" });
    await agent.request({ method: "PATCH", url: `/api/needs/${need}`, payload: { budgetDkk: 1_000_000 } });
    const { id: processId } = await test.db
      .insertInto("processes")
      .values({ title: "Netværk om forflytning", kind: "network" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await test.db.insertInto("process_needs").values({ process_id: processId, need_id: need }).execute();
    await test.db
      .insertInto("process_participants")
      .values([
        { process_id: processId, organisation_id: silkeborg, role: "need_owner" },
        { process_id: processId, organisation_id: herningUnit, role: "test_site" },
        { process_id: processId, organisation_id: company, role: "developer" },
      ])
      .execute();

    const response = await agent.request({ method: "GET", url: `/api/processes/${processId}/funding` });
    expect(response.statusCode).toBe(200);
    const answer = response.json<
      FundingAnswer & { context: { hasCompany: boolean; budgetDkk: number; careArea: string } }
    >();
    expect(answer.context).toMatchObject({
      municipalities: 2,
      municipalityCodes: ["0657", "0740"],
      regionCodes: ["1082"],
      hasCompany: true,
      careArea: "home_care",
      budgetDkk: 1_000_000,
    });
    expect(itemNamed(answer, "Welfare Tech OPI-pulje (Region Syddanmark)").fit.rules).toContainEqual(
      expect.objectContaining({ key: "region", met: false }),
    );

    const stranger = await signIn(
      test,
      "member",
      await buildOrganisation(test.db, {
        kind: "municipality",
        name: "Ikast-Brande Kommune",
        municipalityCode: "0756",
      }),
    );
    expect((await stranger.request({ method: "GET", url: `/api/processes/${processId}/funding` })).statusCode).toBe(
      404,
    );
    const participant = await signIn(test, "member", herning);
    expect((await participant.request({ method: "GET", url: `/api/processes/${processId}/funding` })).statusCode).toBe(
      200,
    );
    expect(
      (await anonymous(test.app).request({ method: "GET", url: `/api/processes/${processId}/funding` })).statusCode,
    ).toBe(401);
  });
});
