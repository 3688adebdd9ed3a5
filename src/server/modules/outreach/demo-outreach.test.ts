import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HomePage } from "../../../domain/home/views.js";
import type { OutreachContact } from "../../../domain/outreach/views.js";
import { loadDemoData } from "../../seed/demo.js";
import { DEMO_PASSWORD } from "../../seed/demo-content.js";
import { createTestApp, login, type TestApp } from "../../test-support/harness.js";
import { outreachModule } from "./outreach.module.js";

let test: TestApp;

beforeAll(async () => {
  test = await createTestApp();
  expect(await loadDemoData(test.db)).toBe(true);
});
afterAll(async () => {
  await test.close();
});

describe("demo outreach", () => {
  it("gives the demo agent a dozen contacts over the last months, some follow-ups due on the home page", async () => {
    const agent = await login(test.app, "agent@samspil.example", DEMO_PASSWORD);
    const mine = (await agent.request({ method: "GET", url: "/api/outreach?mine=true" })).json<{
      items: OutreachContact[];
    }>().items;
    expect(mine).toHaveLength(12);
    const due = mine.filter((contact) => contact.followUpDue).map((contact) => contact.organisations[0]?.name);
    // Newest contact first.
    expect(due).toEqual([
      "Plejecenter Fuglsanggården",
      "Spiseven Robotics ApS",
      "Hjemmeplejen Odense Nord",
      "Region Midtjylland",
    ]);
    const home = (await agent.request({ method: "GET", url: "/api/me/home" })).json<HomePage>();
    expect(home.sections.find((section) => section.key === "followUpsDue")?.total).toBe(4);
  });

  it("counts the public institutions visited, not companies", async () => {
    const measure = outreachModule.measures?.find((item) => item.code === "institutions_visited");
    const rows = (await measure?.evidence(test.db, { from: "2000-01-01", to: "2100-01-01" })) ?? [];
    expect(rows.map((row) => row.label).sort()).toEqual(
      [
        "Aarhus Kommune",
        "Hjemmeplejen Aarhus Syd",
        "Viborg Kommune",
        "Hjemmeplejen Viborg Midt",
        "Region Midtjylland",
        "Odense Kommune",
        "Hjemmeplejen Odense Nord",
        "Plejecenter Fuglsanggården",
        "Social- og Boligstyrelsen",
      ].sort(),
    );
  });
});
