import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoData } from "../../seed/demo.js";
import { DEMO_PASSWORD } from "../../seed/demo-content.js";
import { buildOrganisation } from "../../test-support/factories.js";
import { anonymous, login, signIn, createTestApp, type Client, type TestApp } from "../../test-support/harness.js";

let test: TestApp;
let admin: Client;

const NAME = "Xenia Qvistgaard-Bødtker";
const EMAIL = "xenia.qvistgaard@firma.example";
const PASSWORD = "en lang og god sætning";

interface Person {
  id: string;
  organisationId: string;
  client: Client;
}
let person: Person;

const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Every text, JSON, array and search-vector column of every table, and how many rows mention `needle`. */
async function findEverywhere(needle: string): Promise<Record<string, number>> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = 'public'
      and (c.data_type in ('text', 'character varying', 'jsonb', 'json', 'tsvector', 'ARRAY'))
    order by 1, 2`.execute(test.db);
  const hits: Record<string, number> = {};
  for (const { table_name, column_name } of columns.rows) {
    const result = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(table_name)}
      where ${sql.ref(column_name)}::text ilike ${`%${needle}%`}`.execute(test.db);
    if (result.rows[0].n > 0) {
      hits[`${table_name}.${column_name}`] = result.rows[0].n;
    }
  }
  return hits;
}

async function latestInvitationToken(email: string): Promise<string> {
  const mail = await test.db
    .selectFrom("outbox")
    .selectAll()
    .where("recipient", "=", email)
    .orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
  return /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.body_text)?.[1] ?? "";
}

/** A person with data in every place Samspil keeps personal data. */
async function buildPerson(): Promise<Person> {
  const organisationId = await buildOrganisation(test.db, {
    name: "Qvist Robotik ApS",
    contactPersons: [
      { name: NAME, title: "Direktør", email: EMAIL.toUpperCase(), phone: "12345678" },
      { name: "Anden Kontakt", title: "", email: "anden@firma.example", phone: "" },
    ],
  });
  const created = await admin.request({
    method: "POST",
    url: "/api/users",
    payload: { email: EMAIL, name: "Xenia Q", role: "member", organisationId },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  expect((await admin.request({ method: "PATCH", url: `/api/users/${id}`, payload: { name: NAME } })).statusCode).toBe(
    200,
  );
  const token = await latestInvitationToken(EMAIL);
  expect(
    (
      await anonymous(test.app).request({
        method: "POST",
        url: "/api/invitations/accept",
        payload: { token, password: PASSWORD },
      })
    ).statusCode,
  ).toBe(200);
  const client = await login(test.app, EMAIL, PASSWORD);

  const other = await test.db
    .selectFrom("users")
    .select("id")
    .where("email", "=", "agent@samspil.example")
    .executeTakeFirstOrThrow();
  await test.db
    .insertInto("notifications")
    .values([
      { user_id: id, kind: "task", title: "Ny opgave til dig", body: "Afklar IP", link: "/forloeb" },
      {
        user_id: other.id,
        kind: "task",
        title: `${NAME} har løst en opgave`,
        body: `Skriv til ${EMAIL}`,
        link: "/forloeb",
      },
    ])
    .execute();
  await test.db
    .insertInto("outbox")
    .values({ recipient: "agent@samspil.example", subject: "Kopi", body_text: `${NAME} <${EMAIL}> spurgte om mødet` })
    .execute();
  const process = await test.db
    .insertInto("processes")
    .values({ title: "Robotforløb", kind: "individual", created_by: id })
    .returning("id")
    .executeTakeFirstOrThrow();
  await test.db
    .insertInto("process_tasks")
    .values({ process_id: process.id, title: "Demonstrér robotten", owner_user_id: id, owner_text: NAME })
    .execute();
  const template = await test.db
    .insertInto("questionnaire_templates")
    .values({ key: "privacy-test", version: 1, definition: JSON.stringify({ questions: [] }) })
    .returning("id")
    .executeTakeFirstOrThrow();
  const assessment = await test.db
    .insertInto("assessments")
    .values({ organisation_id: organisationId, template_id: template.id, title: "Vurdering 2026" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const respondent = await test.db
    .insertInto("assessment_respondents")
    .values({
      assessment_id: assessment.id,
      audience: "management",
      name: NAME,
      email: EMAIL,
      language: "da",
      token_hash: `hash-${id}`,
      expires_at: new Date(Date.now() + 86_400_000),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await test.db
    .insertInto("assessment_answers")
    .values({ respondent_id: respondent.id, question_key: "q1", value: JSON.stringify(4) })
    .execute();
  return { id, organisationId, client };
}

beforeAll(async () => {
  test = await createTestApp();
  expect(await loadDemoData(test.db)).toBe(true);
  admin = await signIn(test, "admin");
  person = await buildPerson();
});
afterAll(async () => {
  await test.close();
});

describe("a person's data export (GDPR Art. 15/20)", () => {
  it("is a JSON download of everything about the person, including the lookup log", async () => {
    const response = await person.client.request({ method: "GET", url: "/api/me/export" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="samspil-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = response.json();
    expect(data.account).toMatchObject({ id: person.id, email: EMAIL, name: NAME, role: "member", hasPassword: true });
    expect(data.organisation).toMatchObject({ id: person.organisationId, name: "Qvist Robotik ApS" });
    // Choosing the password from the invitation signed the person in; then they signed in again here.
    expect(data.sessions).toHaveLength(2);
    expect(Object.keys(data.sessions[0]).sort()).toEqual(["createdAt", "expiresAt", "lastSeenAt"]);
    expect(data.invitations).toEqual([expect.objectContaining({ usedAt: expect.any(String) })]);
    expect(data.notifications.map((item: { title: string }) => item.title)).toEqual(["Ny opgave til dig"]);
    expect(data.authored.processes.map((item: { title: string }) => item.title)).toEqual(["Robotforløb"]);
    expect(data.tasks.map((item: { title: string }) => item.title)).toEqual(["Demonstrér robotten"]);
    expect(data.questionnaireLinks).toEqual([
      expect.objectContaining({ assessmentTitle: "Vurdering 2026", name: NAME, answers: { q1: 4 } }),
    ]);
    expect(data.contactPersonFor).toEqual([
      {
        organisationId: person.organisationId,
        organisationName: "Qvist Robotik ApS",
        entries: [{ name: NAME, title: "Direktør", email: EMAIL.toUpperCase(), phone: "12345678" }],
      },
    ]);
    expect(data.mailsToYou.map((mail: { subject: string }) => mail.subject)).toEqual(["Invitation til Samspil"]);
    expect(data.activity.map((row: { action: string }) => row.action)).toContain("accept_invitation");
    const lookups = data.lookupLog.map((row: { action: string; by: string }) => [row.action, row.by]);
    expect(lookups).toEqual([
      ["export_own_data", "you"],
      ["accept_invitation", "you"],
      ["update", "admin"],
      ["invite", "admin"],
    ]);
  });

  it("holds no one else's e-mail address and no other company's offer", async () => {
    const company = await login(test.app, "virksomhed@samspil.example", DEMO_PASSWORD);
    const agent = await login(test.app, "agent@samspil.example", DEMO_PASSWORD);
    const offers = await test.db
      .selectFrom("offers")
      .innerJoin("organisations", "organisations.id", "offers.company_id")
      .select(["solution_text", "organisations.name"])
      .execute();
    expect(offers.length).toBeGreaterThan(0);
    for (const [client, email] of [
      [company, "virksomhed@samspil.example"],
      [agent, "agent@samspil.example"],
      [person.client, EMAIL],
    ] as const) {
      const body = (await client.request({ method: "GET", url: "/api/me/export" })).body;
      const addresses = new Set((body.match(EMAIL_PATTERN) ?? []).map((address) => address.toLowerCase()));
      expect([...addresses]).toEqual([email]);
      const data = JSON.parse(body);
      for (const offer of offers) {
        const isOwn = data.organisation?.name === offer.name;
        expect([offer.name, body.includes(offer.solution_text)]).toEqual([offer.name, isOwn]);
      }
    }
    const companyData = (await company.request({ method: "GET", url: "/api/me/export" })).json();
    expect(companyData.organisation.name).toBe("LøfteLet ApS");
    expect(companyData.authored.offers).toHaveLength(1);
    expect(companyData.authored.marketDialogue).toHaveLength(1);
    const agentData = (await agent.request({ method: "GET", url: "/api/me/export" })).json();
    expect(agentData.notifications.map((item: { body: string }) => item.body)).toContain("Skriv til [e-mail]");
    expect(agentData.authored.needs.length).toBeGreaterThan(0);
    expect(agentData.authored.processes.length).toBeGreaterThan(0);
    expect(agentData.authored.businessCases.length).toBeGreaterThan(0);
  });

  it("lets an admin export anyone's data, and audits it in the person's lookup log", async () => {
    const response = await admin.request({ method: "GET", url: `/api/users/${person.id}/export` });
    expect(response.statusCode).toBe(200);
    expect(response.json().account.email).toBe(EMAIL);
    const own = (await person.client.request({ method: "GET", url: "/api/me/export" })).json();
    expect(own.lookupLog.map((row: { action: string; by: string }) => [row.action, row.by]).slice(0, 2)).toEqual([
      ["export_own_data", "you"],
      ["export_data", "admin"],
    ]);
  });

  it("refuses the export to anyone else: 401 without a session, 403 for others, 404 for no such user", async () => {
    const agent = await signIn(test, "agent");
    const member = await signIn(test, "member", person.organisationId);
    expect((await anonymous(test.app).request({ method: "GET", url: "/api/me/export" })).statusCode).toBe(401);
    for (const client of [agent, member, person.client]) {
      expect((await client.request({ method: "GET", url: `/api/users/${admin.userId}/export` })).statusCode).toBe(403);
    }
    expect(
      (await anonymous(test.app).request({ method: "GET", url: `/api/users/${person.id}/export` })).statusCode,
    ).toBe(401);
    expect(
      (await admin.request({ method: "GET", url: "/api/users/00000000-0000-4000-8000-000000000000/export" }))
        .statusCode,
    ).toBe(404);
    const bad = await admin.request({ method: "GET", url: "/api/users/not-a-uuid/export" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.id).toBeDefined();
  });
});

describe("erasing a person (GDPR Art. 17)", () => {
  it("refuses anyone but an admin, and an admin erasing themselves", async () => {
    const agent = await signIn(test, "agent");
    const member = await signIn(test, "member", person.organisationId);
    for (const client of [agent, member, person.client]) {
      expect((await client.request({ method: "DELETE", url: `/api/users/${person.id}` })).statusCode).toBe(403);
    }
    expect((await anonymous(test.app).request({ method: "DELETE", url: `/api/users/${person.id}` })).statusCode).toBe(
      401,
    );
    const self = await admin.request({ method: "DELETE", url: `/api/users/${admin.userId}` });
    expect(self.statusCode).toBe(400);
    expect(self.json().fields.id).toBeDefined();
    expect(
      (await admin.request({ method: "DELETE", url: "/api/users/00000000-0000-4000-8000-000000000000" })).statusCode,
    ).toBe(404);
  });

  it("erases name and e-mail from all tables and search, keeps the audit trail pseudonymised; idempotent", async () => {
    const before = { email: await findEverywhere(EMAIL), name: await findEverywhere("Qvistgaard") };
    // The scan sees the person where the app put them, so an empty scan afterwards means something.
    expect(Object.keys(before.email)).toEqual(
      expect.arrayContaining([
        "users.email",
        "outbox.recipient",
        "outbox.body_text",
        "audit_log.after",
        "organisations.contact_persons",
        "assessment_respondents.email",
        "notifications.body",
      ]),
    );
    expect(Object.keys(before.name)).toEqual(
      expect.arrayContaining([
        "users.name",
        "audit_log.after",
        "process_tasks.owner_text",
        "notifications.title",
        "assessment_respondents.name",
      ]),
    );
    const auditRows = await test.db
      .selectFrom("audit_log")
      .select(["id", "actor_id", "entity", "entity_id", "action", "at"])
      .where("entity_id", "=", person.id)
      .orderBy("id")
      .execute();

    const erased = await admin.request({ method: "DELETE", url: `/api/users/${person.id}` });
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toMatchObject({ id: person.id, name: `Slettet bruger ${person.id.slice(0, 8)}` });

    expect(await findEverywhere(EMAIL)).toEqual({});
    expect(await findEverywhere("Qvistgaard")).toEqual({});
    expect(await findEverywhere("Bødtker")).toEqual({});
    const search = await admin.request({ method: "GET", url: "/api/organisations?q=Qvistgaard" });
    expect(search.json().total).toBe(0);
    const vectors = await sql<{ n: number }>`
      select count(*)::int as n from organisations
      where search_vector @@ plainto_tsquery('danish', 'Qvistgaard Bødtker')`.execute(test.db);
    expect(vectors.rows[0].n).toBe(0);

    // Sessions end, and nobody can sign in as the person again.
    expect((await person.client.request({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    expect(
      (
        await test.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { email: EMAIL, password: PASSWORD },
        })
      ).statusCode,
    ).toBe(401);
    const counts = await Promise.all(
      (["sessions", "invitations", "notifications"] as const).map(async (table) =>
        Number(
          (
            await test.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .where("user_id", "=", person.id)
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ),
    );
    expect(counts).toEqual([0, 0, 0]);
    const organisation = await test.db
      .selectFrom("organisations")
      .select("contact_persons")
      .where("id", "=", person.organisationId)
      .executeTakeFirstOrThrow();
    expect(organisation.contact_persons.map((contact) => contact.name)).toEqual(["Anden Kontakt"]);
    const respondent = await test.db
      .selectFrom("assessment_respondents")
      .select(["name", "email", "expires_at"])
      .where("token_hash", "=", `hash-${person.id}`)
      .executeTakeFirstOrThrow();
    expect(respondent.email).toBeNull();
    expect(respondent.expires_at.getTime()).toBeLessThanOrEqual(Date.now());

    // The audit trail keeps every row (who, what, when) and adds the erasure.
    const after = await test.db
      .selectFrom("audit_log")
      .select(["id", "actor_id", "entity", "entity_id", "action", "at"])
      .where("entity_id", "=", person.id)
      .orderBy("id")
      .execute();
    expect(after.slice(0, auditRows.length)).toEqual(auditRows);
    expect(after.slice(auditRows.length).map((row) => row.action)).toEqual(["erase"]);
    const pseudonymised = await test.db
      .selectFrom("audit_log")
      .select("after")
      .where("entity_id", "=", person.id)
      .where("action", "=", "update")
      .executeTakeFirstOrThrow();
    expect(pseudonymised.after).toMatchObject({ name: `Slettet bruger ${person.id.slice(0, 8)}` });

    // Twice is the same as once.
    const again = await admin.request({ method: "DELETE", url: `/api/users/${person.id}` });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(erased.json());
    const erasures = await test.db
      .selectFrom("audit_log")
      .select("id")
      .where("entity_id", "=", person.id)
      .where("action", "=", "erase")
      .execute();
    expect(erasures).toHaveLength(1);

    const list = (await admin.request({ method: "GET", url: "/api/users" })).json();
    expect(list.items.find((user: { id: string }) => user.id === person.id)).toMatchObject({
      erased: true,
      disabled: true,
      invitationPending: false,
    });
    expect(
      (await admin.request({ method: "PATCH", url: `/api/users/${person.id}`, payload: { disabled: false } }))
        .statusCode,
    ).toBe(409);
    expect((await admin.request({ method: "POST", url: `/api/users/${person.id}/invitation` })).statusCode).toBe(409);
  });
});
