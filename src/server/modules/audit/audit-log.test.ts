import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AuditEntry, AuditPage } from "../../../domain/audit-views.js";
import type { Actor } from "../../platform/actor.js";
import { buildNeed } from "../../test-support/factories.js";
import {
  createBusinessCaseWorld,
  createSecretCase,
  type BusinessCaseWorld,
} from "../../test-support/worlds/business-cases.js";
import { needAuditSubject } from "../needs/audit-names.js";
import { readAuditLog, writeAudit } from "./audit.service.js";

let cast: BusinessCaseWorld;
let caseId: string;
let needId: string;

const actorOf = (id: string, role: Actor["role"], organisationId: string | null): Actor => ({
  id,
  email: `${id}@test.example`,
  name: "Reader",
  role,
  organisationId,
  sessionId: "s",
  csrfToken: "c",
  language: "da",
});

async function page(url: string): Promise<AuditPage> {
  const response = await cast.admin.request({ method: "GET", url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AuditPage>();
}

beforeAll(async () => {
  cast = await createBusinessCaseWorld();
  caseId = await createSecretCase(cast, "Loftlifte i Syd");
  needId = await buildNeed(cast.test.db, {
    ownerOrganisationId: cast.publicOrganisationId,
    title: "Tunge løft om natten",
  });
  for (const status of ["qualified", "matched", "in_process"]) {
    await writeAudit(cast.test.db, {
      actorId: cast.agent.userId,
      entity: "need",
      entityId: needId,
      action: `status:${status}`,
      before: { status: "new" },
      after: { status },
    });
  }
  // An old row, outside any recent period.
  await cast.test.db
    .insertInto("audit_log")
    .values({ at: new Date("2025-03-04T10:00:00Z"), entity: "need", entity_id: needId, action: "create" })
    .execute();
});
afterAll(async () => {
  await cast.test.close();
});

describe("the audit log names what changed", () => {
  it("shows the entity's name with a link to its page, and keeps the codes for the web to label", async () => {
    const { items } = await page(`/api/audit?entity=business_case&entityId=${caseId}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      entity: "business_case",
      action: "create",
      subject: { label: "Loftlifte i Syd", href: `/business-cases/${caseId}` },
      isSubjectHidden: false,
      actor: { id: cast.agent.userId },
    });
  });

  it("gives a reader who may not see the entity a neutral label and no snapshots, never the name", async () => {
    const filter = { entity: "business_case", entityId: caseId, pageSize: 10 };
    const competitor = actorOf(cast.competitor.userId, "member", cast.competitorOrganisationId);
    const [hidden] = (await readAuditLog(cast.test.db, competitor, filter)).items;
    expect(hidden).toMatchObject({ subject: null, isSubjectHidden: true, before: null, after: null });
    expect(JSON.stringify(hidden)).not.toContain("Loftlifte");

    const company = actorOf(cast.companyMember.userId, "member", cast.companyOrganisationId);
    const [shown] = (await readAuditLog(cast.test.db, company, filter)).items;
    expect(shown.subject?.label).toBe("Loftlifte i Syd");
  });

  it("names the entities of a page with one query per entity type, not one per row", async () => {
    const spy = vi.spyOn(needAuditSubject, "names");
    try {
      const { items } = await page(`/api/audit?entity=need&entityId=${needId}`);
      expect(items.length).toBe(4);
      expect(items.every((item: AuditEntry) => item.subject?.label === "Tunge løft om natten")).toBe(true);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.calls[0][2]).toEqual([needId]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("filters and keyset pages", () => {
  it("filters by who, entity type and period (both days inclusive, in Danish time)", async () => {
    const byAgent = await page(`/api/audit?actorId=${cast.agent.userId}&pageSize=100`);
    expect(byAgent.items.length).toBeGreaterThanOrEqual(4);
    expect(byAgent.items.every((item) => item.actor?.id === cast.agent.userId)).toBe(true);

    const needs = await page(`/api/audit?entity=need&pageSize=100`);
    expect(needs.items.map((item) => item.action).sort()).toEqual(
      ["create", "status:in_process", "status:matched", "status:qualified"].sort(),
    );

    const march = await page(`/api/audit?entity=need&from=2025-03-04&to=2025-03-04`);
    expect(march.items.map((item) => item.action)).toEqual(["create"]);
    const before = await page(`/api/audit?entity=need&to=2025-03-03`);
    expect(before.items).toEqual([]);
  });

  it("pages newest first by keyset, without gaps or repeats, and says when there is no next page", async () => {
    const all = await page(`/api/audit?pageSize=100`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const next: AuditPage = await page(
        `/api/audit?pageSize=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      seen.push(...next.items.map((item) => item.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((item) => item.id));
    const times = all.items.map((item) => Date.parse(item.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("refuses a forged cursor or a period that is not a date with a 400", async () => {
    for (const url of ["/api/audit?cursor=1%3B%20drop", "/api/audit?from=yesterday", "/api/audit?actorId=x"]) {
      expect((await cast.admin.request({ method: "GET", url })).statusCode).toBe(400);
    }
  });
});

describe("the CSV export", () => {
  it("streams the filtered log in the reader's words, one line per row", async () => {
    const response = await cast.admin.request({ method: "GET", url: `/api/audit/export.csv?entity=need` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/csv/);
    expect(response.headers["content-disposition"]).toMatch(/attachment; filename="revisionslog-/);
    const lines = response.body
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe('"Tidspunkt";"Hvem";"E-mail";"Type";"Navn";"Id";"Handling";"Ændringer"');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain('"Behov";"Tunge løft om natten"');
    expect(lines[1]).toContain('"Status: I forløb";"Status: Ny → I forløb"');
    expect(lines.at(-1)).toContain('"4. marts 2025 kl. 11.00";"Systemet"');
  });

  it("speaks English to an English reader", async () => {
    const response = await cast.admin.request({
      method: "GET",
      url: `/api/audit/export.csv?entity=need&entityId=${needId}`,
      headers: { "accept-language": "en" },
    });
    expect(response.body).toContain('"Time";"Who"');
    expect(response.body).toContain('"Status: In a process"');
  });
});
