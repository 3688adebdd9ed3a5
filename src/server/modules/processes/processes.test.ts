import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGREEMENT_ITEMS } from "../../../domain/process/phases.js";
import { buildNeed, buildOrganisation } from "../../test-support/factories.js";
import { anonymous, createTestApp, signIn, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let agent: Client;
let owner: Client;
let lifterClient: Client;
let rivalClient: Client;
let outsider: Client;
let unit: string;
let lifter: string;
let rival: string;
let institute: string;
let processId: string;

function multipart(filename: string, content: Buffer, fields: Record<string, string> = {}) {
  const boundary = "----samspil-process-boundary";
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; ` +
    `filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([
      Buffer.from(parts.join("")),
      Buffer.from(head),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

const gate = (client: Client, body: Record<string, unknown>) =>
  client.request({ method: "POST", url: `/api/processes/${processId}/gates`, payload: body });

beforeAll(async () => {
  test = await createTestApp();
  agent = await signIn(test, "agent");
  const municipality = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Aarhus Kommune",
    municipalityCode: "0751",
  });
  unit = await buildOrganisation(test.db, { kind: "public_unit", name: "Hjemmeplejen Syd", parentId: municipality });
  lifter = await buildOrganisation(test.db, { name: "LøfteLet ApS" });
  rival = await buildOrganisation(test.db, { name: "Konkurrent ApS" });
  institute = await buildOrganisation(test.db, { kind: "knowledge_institution", name: "Teknologisk Institut" });
  owner = await signIn(test, "member", unit);
  lifterClient = await signIn(test, "member", lifter);
  rivalClient = await signIn(test, "member", rival);
  outsider = await signIn(test, "member", await buildOrganisation(test.db, { name: "Udenfor ApS" }));
});
afterAll(async () => {
  await test.close();
});

describe("starting a network process", () => {
  it("starts from a need; the need's owner joins as need owner and the need moves to «in process»", async () => {
    const needId = await buildNeed(test.db, { ownerOrganisationId: unit });
    const response = await agent.request({
      method: "POST",
      url: "/api/processes",
      payload: {
        title: "Loftlifte i hjemmeplejen",
        kind: "network",
        theme: "fra 2 til 1",
        needIds: [needId],
        participants: [
          { organisationId: lifter, role: "developer" },
          { organisationId: rival, role: "developer" },
          { organisationId: institute, role: "knowledge_partner" },
        ],
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    processId = body.id;
    expect(body).toMatchObject({ phase: "needs_assessment", opiGuideStage: "idea", status: "active" });
    expect(body.participants.map((item: { role: string }) => item.role).sort()).toEqual([
      "developer",
      "developer",
      "knowledge_partner",
      "need_owner",
    ]);
    const need = await agent.request({ method: "GET", url: `/api/needs/${needId}` });
    expect(need.json().status).toBe("in_process");
    // The move is the needs module's and is logged on the need, by the person who started the process.
    const needAudit = await test.db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "before", "after"])
      .where("entity", "=", "need")
      .where("entity_id", "=", needId)
      .execute();
    expect(needAudit).toEqual([
      {
        action: "status:in_process",
        actor_id: expect.any(String),
        before: { status: "new" },
        after: { status: "in_process", cause: "process_start" },
      },
    ]);
  });

  it("refuses a need owner that is a company and a process without needs", async () => {
    const needId = await buildNeed(test.db, { ownerOrganisationId: unit });
    const wrongRole = await agent.request({
      method: "POST",
      url: "/api/processes",
      payload: {
        title: "X",
        kind: "individual",
        needIds: [needId],
        participants: [{ organisationId: lifter, role: "need_owner" }],
      },
    });
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().fields["participants.0.role"]).toBe(
      "Behovsejer og testsite skal være offentlige organisationer",
    );
    const noNeeds = await agent.request({
      method: "POST",
      url: "/api/processes",
      payload: { title: "X", kind: "individual", needIds: [] },
    });
    expect(noNeeds.json().fields.needIds).toBe("Vælg mindst ét behov");
  });
});

describe("gates", () => {
  it("moves through go and adjust, refusing decisions out of order", async () => {
    expect(
      (await gate(owner, { phase: "needs_assessment", decision: "go", rationale: "Behovet er afdækket" })).json(),
    ).toMatchObject({ phase: "market_scan" });
    const outOfOrder = await gate(owner, { phase: "test", decision: "go", rationale: "Spring over" });
    expect(outOfOrder.statusCode).toBe(409);
    expect(outOfOrder.json().fields.phase).toContain("market_scan");
    expect(
      (
        await gate(agent, { phase: "market_scan", decision: "adjust", rationale: "Flere leverandører skal med" })
      ).json(),
    ).toMatchObject({ phase: "market_scan", status: "active" });
    expect(
      (await gate(agent, { phase: "market_scan", decision: "go", rationale: "Markedet er afsøgt" })).json(),
    ).toMatchObject({ phase: "partnership" });
  });

  it("blocks go at the partnership gate while agreement items are open, naming them", async () => {
    const blocked = await gate(agent, { phase: "partnership", decision: "go", rationale: "Klar" });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().fields.decision).toContain("«Immaterielle rettigheder (IP)»");
    const detail = (await agent.request({ method: "GET", url: `/api/processes/${processId}` })).json();
    expect(detail.goBlockers.map((blocker: { item: string }) => blocker.item)).toEqual([...AGREEMENT_ITEMS]);
    const phaseAfter = await test.db
      .selectFrom("processes")
      .select("phase")
      .where("id", "=", processId)
      .executeTakeFirstOrThrow();
    expect(phaseAfter.phase).toBe("partnership");
  });

  it("lets go when every agreement item is settled, with the settling document; logs each change", async () => {
    const upload = await agent.request({
      method: "POST",
      url: `/api/processes/${processId}/documents`,
      ...multipart("samarbejdsaftale.pdf", Buffer.from("%PDF-1.4 aftale")),
    });
    expect(upload.statusCode).toBe(201);
    for (const item of AGREEMENT_ITEMS) {
      const response = await owner.request({
        method: "PUT",
        url: `/api/processes/${processId}/agreements/${item}`,
        payload: {
          status: item === "data_processing" ? "not_relevant" : "settled",
          note: "Aftalt",
          documentId: upload.json().id,
        },
      });
      expect(response.statusCode).toBe(200);
    }
    expect(
      (await gate(agent, { phase: "partnership", decision: "go", rationale: "Aftalen er underskrevet" })).json(),
    ).toMatchObject({ phase: "development" });
    const actions = (
      await test.db.selectFrom("audit_log").select("action").where("entity_id", "=", processId).execute()
    ).map((row) => row.action);
    expect(actions).toEqual(
      expect.arrayContaining(["start", "gate:go", "gate:adjust", "agreement:ip", "document:upload"]),
    );
  });

  it("stops only with lessons learned, as a recorded outcome, and takes no decision after", async () => {
    const noLessons = await gate(owner, { phase: "development", decision: "stop", rationale: "Prisen blev for høj" });
    expect(noLessons.statusCode).toBe(400);
    expect(noLessons.json().fields.lessons).toBe("Skriv, hvad I har lært, når forløbet stoppes");
    const stopped = await gate(owner, {
      phase: "development",
      decision: "stop",
      rationale: "Prisen blev for høj",
      lessons: "Afklar prisniveau før udvikling",
    });
    expect(stopped.json()).toMatchObject({ status: "stopped" });
    const detail = (await agent.request({ method: "GET", url: `/api/processes/${processId}` })).json();
    expect(detail).toMatchObject({ status: "stopped", lessonsLearned: "Afklar prisniveau før udvikling" });
    expect(detail.gates.at(-1)).toMatchObject({ decision: "stop", lessons: "Afklar prisniveau før udvikling" });
    expect((await gate(agent, { phase: "development", decision: "go", rationale: "Igen" })).statusCode).toBe(409);
  });

  it("notifies the participants of a gate decision, in the app and by e-mail", async () => {
    const notifications = (await lifterClient.request({ method: "GET", url: "/api/notifications" })).json();
    expect(notifications.unread).toBeGreaterThanOrEqual(4);
    expect(notifications.items[0].title).toBe("Stop: Loftlifte i hjemmeplejen");
    const mails = await test.db.selectFrom("outbox").select("subject").where("subject", "like", "Stop:%").execute();
    expect(mails.length).toBeGreaterThan(0);
    const read = await lifterClient.request({ method: "POST", url: "/api/notifications/read-all" });
    expect(read.json().updated).toBe(notifications.unread);
  });

  it("lets only agents and the need owner decide", async () => {
    expect((await gate(lifterClient, { phase: "development", decision: "adjust", rationale: "x" })).statusCode).toBe(
      403,
    );
  });
});

describe("confidential documents in a network", () => {
  let secretId: string;

  it("shows a company's confidential document to it, the need owner and agents, never the other company", async () => {
    const upload = await lifterClient.request({
      method: "POST",
      url: `/api/processes/${processId}/documents`,
      ...multipart("kalkulation.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { confidentialFor: lifter }),
    });
    expect(upload.statusCode).toBe(201);
    secretId = upload.json().id;
    for (const client of [lifterClient, owner, agent]) {
      const list = await client.request({ method: "GET", url: `/api/processes/${processId}/documents` });
      expect(list.json().items.map((item: { id: string }) => item.id)).toContain(secretId);
      expect(
        (await client.request({ method: "GET", url: `/api/processes/${processId}/documents/${secretId}` })).statusCode,
      ).toBe(200);
    }
    const rivalList = await rivalClient.request({ method: "GET", url: `/api/processes/${processId}/documents` });
    expect(rivalList.statusCode).toBe(200);
    expect(rivalList.json().items.map((item: { id: string }) => item.id)).not.toContain(secretId);
    expect(
      (await rivalClient.request({ method: "GET", url: `/api/processes/${processId}/documents/${secretId}` }))
        .statusCode,
    ).toBe(404);
    const rivalDetail = await rivalClient.request({ method: "GET", url: `/api/processes/${processId}` });
    expect(rivalDetail.body).not.toContain("kalkulation.xlsx");
  });

  it("keeps the confidential document out of the other company's activity log (no id, upload, uploader)", async () => {
    const settle = await agent.request({
      method: "PUT",
      url: `/api/processes/${processId}/agreements/ip`,
      payload: { status: "settled", note: "Se kalkulationen", documentId: secretId },
    });
    expect(settle.statusCode).toBe(200);
    const rivalActivity = (await rivalClient.request({ method: "GET", url: `/api/processes/${processId}` })).json()
      .activity as { action: string; detail: Record<string, unknown> }[];
    expect(JSON.stringify(rivalActivity)).not.toContain(secretId);
    expect(rivalActivity.filter((entry) => entry.action === "document:upload" && entry.detail.confidential)).toEqual(
      [],
    );
    expect(rivalActivity.find((entry) => entry.action === "agreement:ip")).toBeDefined();
    const lifterActivity = (await lifterClient.request({ method: "GET", url: `/api/processes/${processId}` })).json()
      .activity as unknown[];
    expect(JSON.stringify(lifterActivity)).toContain(secretId);
  });

  it("does not let a company mark material confidential for another company", async () => {
    const response = await rivalClient.request({
      method: "POST",
      url: `/api/processes/${processId}/documents`,
      ...multipart("a.pdf", Buffer.from("%PDF-1.4"), { confidentialFor: lifter }),
    });
    expect(response.statusCode).toBe(400);
  });

  it("refuses forbidden types and oversized files", async () => {
    expect(
      (
        await owner.request({
          method: "POST",
          url: `/api/processes/${processId}/documents`,
          ...multipart("x.svg", Buffer.from("<svg/>")),
        })
      ).statusCode,
    ).toBe(415);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
    expect(
      (
        await owner.request({
          method: "POST",
          url: `/api/processes/${processId}/documents`,
          ...multipart("x.txt", big),
        })
      ).statusCode,
    ).toBe(413);
  });

  it("keeps outsiders and anonymous callers out of every process endpoint", async () => {
    const urls = [
      `/api/processes/${processId}`,
      `/api/processes/${processId}/documents`,
      `/api/processes/${processId}/documents/${secretId}`,
    ];
    for (const url of urls) {
      expect([url, (await outsider.request({ method: "GET", url })).statusCode]).toEqual([url, 404]);
      expect([url, (await anonymous(test.app).request({ method: "GET", url })).statusCode]).toEqual([url, 401]);
    }
    const board = (await outsider.request({ method: "GET", url: "/api/processes" })).json();
    expect(board.items).toEqual([]);
    expect(
      (await outsider.request({ method: "POST", url: `/api/processes/${processId}/tasks`, payload: { title: "x" } }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await outsider.request({
          method: "POST",
          url: "/api/processes",
          payload: { title: "x", kind: "individual", needIds: [processId] },
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe("tasks, test plans, implementation plan and reminders", () => {
  let activeId: string;

  beforeAll(async () => {
    const needId = await buildNeed(test.db, { ownerOrganisationId: unit });
    activeId = (
      await agent.request({
        method: "POST",
        url: "/api/processes",
        payload: {
          title: "Skærmbesøg",
          kind: "individual",
          needIds: [needId],
          participants: [{ organisationId: lifter, role: "developer" }],
        },
      })
    ).json().id;
  });

  it("refuses a task that ends before it starts, naming the field", async () => {
    const response = await owner.request({
      method: "POST",
      url: `/api/processes/${activeId}/tasks`,
      payload: { title: "Baggrund", startsOn: "2026-12-10", dueOn: "2026-12-01" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.dueOn).toBe("Slutdatoen skal ligge efter startdatoen");
  });

  it("keeps tasks, test plans and implementation items, and reminds the owner once when a task falls due", async () => {
    const soon = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const task = await lifterClient.request({
      method: "POST",
      url: `/api/processes/${activeId}/tasks`,
      payload: { title: "Lever prototype", dueOn: soon, ownerUserId: lifterClient.userId },
    });
    expect(task.statusCode).toBe(201);
    const plan = await owner.request({
      method: "POST",
      url: `/api/processes/${activeId}/test-plans`,
      payload: {
        what: "Skærmbesøg hos 10 borgere",
        hypothesis: "Halvdelen af medicinpåmindelserne kan klares på skærm",
        siteOrganisationId: unit,
        startsOn: "2027-01-05",
        endsOn: "2027-03-31",
        measures: "Tid pr. besøg; borgernes tryghed",
      },
    });
    expect(plan.statusCode).toBe(201);
    const badPlan = await owner.request({
      method: "POST",
      url: `/api/processes/${activeId}/test-plans`,
      payload: { what: "x", hypothesis: "y", startsOn: "2027-02-01", endsOn: "2027-01-01" },
    });
    expect(badPlan.json().fields.endsOn).toBeDefined();
    const training = await owner.request({
      method: "POST",
      url: `/api/processes/${activeId}/tasks`,
      payload: { kind: "training", title: "Oplæring af superbrugere", dueOn: "2027-04-10" },
    });
    expect(training.statusCode).toBe(201);

    const admin = await signIn(test, "admin");
    expect((await admin.request({ method: "POST", url: "/api/admin/run-reminders" })).json().reminded).toBe(1);
    expect((await admin.request({ method: "POST", url: "/api/admin/run-reminders" })).json().reminded).toBe(0);
    const notes = (await lifterClient.request({ method: "GET", url: "/api/notifications" })).json().items;
    expect(notes[0].title).toBe(`Frist ${soon}: Lever prototype`);
    expect((await agent.request({ method: "POST", url: "/api/admin/run-reminders" })).statusCode).toBe(403);

    const detail = (await owner.request({ method: "GET", url: `/api/processes/${activeId}` })).json();
    expect(detail.tasks.map((item: { title: string }) => item.title)).toEqual([
      "Lever prototype",
      "Oplæring af superbrugere",
    ]);
    expect(detail.testPlans[0]).toMatchObject({ siteName: "Hjemmeplejen Syd", endsOn: "2027-03-31" });
    const done = await lifterClient.request({
      method: "PUT",
      url: `/api/processes/${activeId}/tasks/${task.json().id}`,
      payload: { title: "Lever prototype", dueOn: soon, ownerUserId: lifterClient.userId, done: true },
    });
    expect(done.statusCode).toBe(200);
  });

  it("offers the people of the process as task owners, with other companies' e-mails hidden", async () => {
    type Person = { id: string; name: string; organisationName: string | null; email: string | null };
    const seenBy = async (client: Client) =>
      (await client.request({ method: "GET", url: `/api/processes/${processId}` })).json().people as Person[];
    const byLifter = await seenBy(lifterClient);
    const ids = byLifter.map((person) => person.id);
    expect(ids).toEqual(expect.arrayContaining([lifterClient.userId, rivalClient.userId, owner.userId, agent.userId]));
    expect(ids).not.toContain(outsider.userId);
    const rivalSeen = byLifter.find((person) => person.id === rivalClient.userId);
    expect(rivalSeen).toMatchObject({ organisationName: "Konkurrent ApS", email: null });
    expect(rivalSeen?.name).toMatch(/^Test member/);
    expect(byLifter.find((person) => person.id === lifterClient.userId)?.email).toMatch(/@test\.example$/);
    expect((await seenBy(agent)).find((person) => person.id === rivalClient.userId)?.email).toMatch(/@test\.example$/);
  });

  it("refuses a task owner not in the process, naming the field, and reminds a chosen owner", async () => {
    const add = (client: Client, ownerUserId: string) =>
      client.request({
        method: "POST",
        url: `/api/processes/${activeId}/tasks`,
        payload: {
          title: "Book mødelokale",
          ownerUserId,
          dueOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
        },
      });
    for (const stranger of [outsider.userId, rivalClient.userId]) {
      const refused = await add(lifterClient, stranger);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().fields.ownerUserId).toBe(
        "Den ansvarlige skal være en person i forløbet. Skriv navnet, hvis personen ikke har en konto",
      );
    }
    const typed = await lifterClient.request({
      method: "POST",
      url: `/api/processes/${activeId}/tasks`,
      payload: { title: "Ring til viceværten", ownerText: "Jens uden konto" },
    });
    expect(typed.statusCode).toBe(201);
    expect((await add(lifterClient, agent.userId)).statusCode).toBe(201);
    const chosen = await add(lifterClient, owner.userId);
    expect(chosen.statusCode).toBe(201);
    const moved = await lifterClient.request({
      method: "PUT",
      url: `/api/processes/${activeId}/tasks/${chosen.json().id}`,
      payload: { title: "Book mødelokale", ownerUserId: outsider.userId },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().fields.ownerUserId).toBeDefined();

    const admin = await signIn(test, "admin");
    expect((await admin.request({ method: "POST", url: "/api/admin/run-reminders" })).json().reminded).toBe(2);
    const ownerNotes = (await owner.request({ method: "GET", url: "/api/notifications" })).json().items as {
      title: string;
    }[];
    expect(ownerNotes.filter((note) => note.title.endsWith(": Book mødelokale"))).toHaveLength(1);
    const lifterNotes = (await lifterClient.request({ method: "GET", url: "/api/notifications" })).json().items as {
      title: string;
    }[];
    expect(lifterNotes.filter((note) => note.title.endsWith(": Book mødelokale"))).toHaveLength(0);
    const detail = (await owner.request({ method: "GET", url: `/api/processes/${activeId}` })).json();
    expect(detail.tasks.find((task: { id: string }) => task.id === chosen.json().id)).toMatchObject({
      ownerUserId: owner.userId,
    });
    expect(detail.tasks.find((task: { id: string }) => task.id === typed.json().id)).toMatchObject({
      ownerUserId: null,
      ownerName: "Jens uden konto",
    });
  });

  it("reminds the participants instead when a task's owner has been disabled", async () => {
    const leaver = await signIn(test, "member", lifter);
    const task = await leaver.request({
      method: "POST",
      url: `/api/processes/${activeId}/tasks`,
      payload: {
        title: "Aflever nøglebrik",
        ownerUserId: leaver.userId,
        dueOn: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
      },
    });
    expect(task.statusCode).toBe(201);
    await test.db.updateTable("users").set({ disabled_at: new Date() }).where("id", "=", leaver.userId).execute();
    const admin = await signIn(test, "admin");
    expect((await admin.request({ method: "POST", url: "/api/admin/run-reminders" })).json().reminded).toBe(1);
    const notes = (await owner.request({ method: "GET", url: "/api/notifications" })).json().items as {
      title: string;
    }[];
    expect(notes.filter((note) => note.title.endsWith(": Aflever nøglebrik"))).toHaveLength(1);
    const changed = await lifterClient.request({
      method: "PUT",
      url: `/api/processes/${activeId}/tasks/${task.json().id}`,
      payload: { title: "Aflever nøglebrik", ownerUserId: leaver.userId, done: true },
    });
    expect(changed.statusCode).toBe(200);
  });

  it("shows the board by phase, filtered by organisation and status", async () => {
    const board = (
      await agent.request({ method: "GET", url: `/api/processes?organisationId=${lifter}&status=active` })
    ).json();
    expect(board.items.map((item: { title: string }) => item.title)).toEqual(["Skærmbesøg"]);
    const mine = (await rivalClient.request({ method: "GET", url: "/api/processes" })).json();
    expect(mine.items.map((item: { title: string }) => item.title)).toEqual(["Loftlifte i hjemmeplejen"]);
  });

  it("pages the board 100 at a time, newest change first, each process once, for agents and members", async () => {
    // 130 processes, ten at each moment (ties broken by id), the rival company in the even ones.
    const base = Date.parse("2030-01-01T00:00:00.123456Z");
    const created = await test.db
      .insertInto("processes")
      .values(
        Array.from({ length: 130 }, (_, index) => ({
          title: `Side ${index}`,
          kind: "network" as const,
          updated_at: new Date(base - Math.floor(index / 10) * 1000).toISOString().replace("Z", "456Z"),
        })),
      )
      .returning(["id", "title"])
      .execute();
    const rivalIds = created.filter((_, index) => index % 2 === 0).map((row) => row.id);
    await test.db
      .insertInto("process_participants")
      .values(rivalIds.map((id) => ({ process_id: id, organisation_id: rival, role: "developer" })))
      .execute();
    const readAll = async (client: Client, query: string) => {
      const pages: { items: { id: string; updatedAt: string }[]; nextCursor: string | null }[] = [];
      let cursor: string | null = "";
      while (cursor !== null) {
        const response = await client.request({
          method: "GET",
          url: `/api/processes?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
        });
        expect(response.statusCode, response.body).toBe(200);
        const page = response.json<(typeof pages)[number]>();
        pages.push(page);
        cursor = page.nextCursor;
      }
      return pages;
    };
    const expected = await test.db
      .selectFrom("processes")
      .select("id")
      .where("status", "=", "active")
      .orderBy("updated_at", "desc")
      .orderBy("id", "desc")
      .execute();
    const agentPages = await readAll(agent, "status=active");
    expect(agentPages.map((page) => page.items.length)).toEqual([100, expected.length - 100]);
    expect(agentPages.flatMap((page) => page.items.map((item) => item.id))).toEqual(expected.map((row) => row.id));

    const rivalPages = await readAll(rivalClient, "kind=network");
    const rivalSeen = rivalPages.flatMap((page) => page.items.map((item) => item.id));
    expect(rivalPages).toHaveLength(1);
    expect(new Set(rivalSeen)).toEqual(new Set([...rivalIds, ...(await processIdsOf(rival))]));

    const refused = await agent.request({ method: "GET", url: "/api/processes?cursor=2030-01-01~x" });
    expect(refused.statusCode).toBe(400);
  });
});

async function processIdsOf(organisationId: string): Promise<string[]> {
  const rows = await test.db
    .selectFrom("process_participants as pp")
    .innerJoin("processes as p", "p.id", "pp.process_id")
    .select("p.id")
    .where("pp.organisation_id", "=", organisationId)
    .where("p.kind", "=", "network")
    .execute();
  return rows.map((row) => row.id);
}
