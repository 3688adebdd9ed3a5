import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readZipEntry } from "../../src/server/test-support/zip.js";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const LIFTING = "Fra 2 til 1: loftlifte i hjemmeplejen";

describe("the draft OPI agreement", () => {
  it("a company member answers the chooser, sees why, and downloads the draft for the chosen model", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.companyMember);
    await page.goto("/forloeb?visning=liste");
    await page.getByRole("link", { name: LIFTING }).click();
    await page.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
    await heading(page, LIFTING);
    await page
      .getByRole("navigation", { name: "Forløbets sider" })
      .getByRole("link", { name: /^Aftaler/ })
      .click();
    const chooser = page.getByRole("region", { name: "Udkast til aftale" });
    await chooser.waitFor();
    expect(await chooser.getByRole("link", { name: /Hent udkast/ }).count()).toBe(0);

    // A new solution, no purchase, no payment: udbudsfri OPI, with the reason in words.
    await chooser.getByLabel("At udvikle en ny løsning").check();
    await chooser
      .getByRole("group", { name: /købe løsningen bagefter/ })
      .getByLabel("Nej")
      .check();
    await chooser.getByLabel("Nej, hver part bærer sine egne omkostninger").check();
    const recommendation = chooser.locator(".alert-info");
    await expect.poll(() => recommendation.innerText()).toContain("Anbefaling: Udbudsfrit OPI-samarbejde");
    expect(await recommendation.innerText()).toContain("uden at den offentlige part køber en ydelse");
    expect(await chooser.getByLabel("Udbudsfrit OPI-samarbejde").isChecked()).toBe(true);
    await expectNoAxeViolations(page, "the agreement page with the draft chooser");

    // Expecting to buy afterwards turns the recommendation into an innovation partnership.
    await chooser
      .getByRole("group", { name: /købe løsningen bagefter/ })
      .getByLabel("Ja")
      .check();
    await expect.poll(() => recommendation.innerText()).toContain("Anbefaling: Innovationspartnerskab");
    expect(await chooser.getByLabel("Innovationspartnerskab").isChecked()).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      chooser.getByRole("link", { name: "Hent udkast til aftale (DOCX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("udkast-til-aftale-innovation-partnership.docx");
    const xml = readZipEntry(readFileSync(await download.path()), "word/document.xml")?.toString("utf8") ?? "";
    expect(xml).toContain("LøfteLet ApS");
    expect(xml).toContain("Hjemmeplejen Aarhus Syd");
    expect(xml).toContain("Innovationspartnerskab");
    expect(xml).toContain("juridiske rådgivere");
  });
});
