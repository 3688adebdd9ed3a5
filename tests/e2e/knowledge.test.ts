import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const STOPPED_PROCESS = "Vaske-tørre-toiletter på plejehjem";
const CASE_TITLE = "Vaske-tørre-toiletter: erfaringer fra et stoppet forløb";
// «plejehjemsafdelinger» splits into plejehjem + afdelinger: a search for «afdeling» meets it.
const CASE_SUMMARY = "Københavns Kommune afprøvede toiletterne i to plejehjemsafdelinger og stoppede i tide.";
const TOOL = "Tjekliste til OPI-aftalen";
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

describe("the knowledge base", () => {
  it("an agent turns a stopped process into a case; the organisations approve; it is published and found", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.goto("/forloeb?status=stopped&visning=liste");
    await page.locator(".process-list-table").getByRole("link", { name: STOPPED_PROCESS }).click();
    await heading(page, STOPPED_PROCESS);
    await page.getByRole("button", { name: "Lav en case af forløbet" }).click();
    await page.waitForURL(/\/viden\/[0-9a-f-]{36}\/redaktion$/);
    await heading(page, STOPPED_PROCESS);
    expect(await page.locator(".badge", { hasText: "Redaktionel status" }).innerText()).toBe(
      "Redaktionel status: Kladde",
    );
    // Publishing waits for both organisations: the button says why it is disabled.
    const publish = page.getByRole("button", { name: "Offentliggør" });
    expect(await publish.isDisabled()).toBe(true);
    const blocked = await page.locator("#knowledge-publish-blocked").innerText();
    expect(blocked).toContain("Københavns Kommune");
    expect(blocked).toContain("Klarvand Hygiejne ApS");
    await expectNoAxeViolations(page, "a draft case");

    // The draft tells the gate decisions in words, and the editor has every fact of the case.
    expect(await page.getByLabel("Faser og beslutninger").inputValue()).toMatch(/: Stop/);
    await page.locator("#knowledge-title").fill(CASE_TITLE);
    await page.getByLabel("Resumé (én linje)").fill(CASE_SUMMARY);
    await page.getByLabel("Innovationstype").selectOption({ label: "Proces" });
    await page.getByRole("button", { name: "Tilføj resultat" }).click();
    await page.getByLabel("Resultat 1: værditype").selectOption({ label: "Medarbejdertilfredshed" });
    await page.getByLabel("Resultat", { exact: true }).fill("Personalet ville beholde toiletterne");
    await page.getByLabel("Dokumentation", { exact: true }).fill("Interview med 6 medarbejdere");
    await page.getByLabel("Forudsætninger for succes").fill("Et fast vandtryk på afdelingen");
    await page.getByLabel("Kommentar til versionen").fill("Titel, resumé og resultater skrevet til læserne");
    await page.getByRole("button", { name: "Gem ny version" }).click();
    await heading(page, CASE_TITLE);

    // The agent records both approvals (given outside Samspil), then sends to review and publishes.
    await page.getByRole("button", { name: "Registrér godkendelse for Københavns Kommune" }).click();
    await expect.poll(() => page.locator(".knowledge-approvals").innerText()).toContain("Registreret af agent");
    await page.getByRole("button", { name: "Registrér godkendelse for Klarvand Hygiejne ApS" }).click();
    await expect.poll(() => page.getByRole("button", { name: /Registrér godkendelse/ }).count()).toBe(0);
    await page.getByRole("button", { name: "Send til gennemsyn" }).click();
    await expect.poll(() => publish.isDisabled()).toBe(false);
    await expectNoAxeViolations(page, "a case ready to publish");
    await publish.click();
    await expect
      .poll(() => page.locator(".badge", { hasText: "Redaktionel status" }).innerText())
      .toBe("Redaktionel status: Offentliggjort");

    // Anyone finds it on the portal with a part of a Danish compound.
    const reader = await e2e.newPage();
    await reader.goto("/viden");
    await heading(reader, "Viden om offentlig-privat innovation");
    await reader.getByLabel("Søg i viden").fill("afdeling");
    await reader.getByRole("button", { name: "Søg", exact: true }).click();
    await reader.waitForURL(/q=afdeling/);
    await expect.poll(() => reader.locator(".knowledge-card-title").allInnerTexts()).toContain(CASE_TITLE);
    if (SCREENSHOTS) {
      await page.screenshot({ path: `${SCREENSHOTS}/viden-redaktion.png`, fullPage: true });
      await reader.screenshot({ path: `${SCREENSHOTS}/viden-search.png` });
    }
    await reader.getByRole("link", { name: CASE_TITLE }).click();
    await heading(reader, CASE_TITLE);
    const facts = await reader.locator(".knowledge-entry").innerText();
    expect(facts).toContain("Stoppet");
    expect(facts).toContain("Klarvand Hygiejne ApS");
    expect(facts).toContain("Medarbejdertilfredshed");
    expect(facts).toContain("Et fast vandtryk på afdelingen");
    expect(facts).not.toMatch(/\b(go|stop|adjust)\b/);
    expect(facts).toContain("Taget i brug af 0 af 98 kommuner");
    await expectNoAxeViolations(reader, "a published case");

    // The agent records from the municipality's own page that it pilots the solution.
    await page.goto("/organisationer?q=K%C3%B8benhavns");
    await page.getByRole("link", { name: "Københavns Kommune" }).click();
    await heading(page, "Københavns Kommune");
    // The case is found by a word of its title (a list of every case would be too long to choose from).
    await page.getByLabel("Case", { exact: true }).fill("toiletter");
    const found = page.getByRole("button", { name: new RegExp(`^${CASE_TITLE}`) });
    if (SCREENSHOTS) {
      await found.waitFor();
      await page.locator(".knowledge-adoption-form").screenshot({ path: `${SCREENSHOTS}/viden-kommune-picker.png` });
    }
    await found.click();
    await page.getByLabel("Afprøver").check();
    await page.getByRole("button", { name: "Registrér", exact: true }).click();
    await expect.poll(() => page.locator(".knowledge-adoptions table").innerText()).toContain(CASE_TITLE);
    await expectNoAxeViolations(page, "a municipality's page with its adoptions");
    await reader.reload();
    await expect
      .poll(() => reader.locator(".knowledge-spread-count").innerText())
      .toBe("Taget i brug af 1 af 98 kommuner");
    expect(await reader.locator(".knowledge-spread-summary").innerText()).toBe("Region Hovedstaden: 1 afprøver");
    await reader.locator(".knowledge-spread-chart svg").first().waitFor();
    await expectNoAxeViolations(reader, "a published case with its spread chart");
    if (SCREENSHOTS) {
      await page.screenshot({ path: `${SCREENSHOTS}/viden-kommune.png`, fullPage: true });
      await reader.screenshot({ path: `${SCREENSHOTS}/viden-case.png`, fullPage: true });
    }
    // On a phone the parties table scrolls inside its own named, focusable box, not the whole page.
    await reader.setViewportSize({ width: 390, height: 844 });
    const parties = reader.getByRole("region", { name: "Parter" });
    expect(await parties.getAttribute("tabindex")).toBe("0");
    // Polled: the chart takes its new width a moment after the window narrows.
    await expect.poll(() => reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 390, height: 844 });
    if (SCREENSHOTS) {
      await reader.screenshot({ path: `${SCREENSHOTS}/viden-case-390.png`, fullPage: true });
      await page.screenshot({ path: `${SCREENSHOTS}/viden-kommune-390.png`, fullPage: true });
    }
  });

  it("an anonymous reader on a phone filters by phase and side, opens a tool and downloads its file", async () => {
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await page.getByRole("link", { name: "Viden", exact: true }).click();
    await page.waitForURL("**/viden");
    await heading(page, "Viden om offentlig-privat innovation");
    await page
      .locator(".knowledge-list")
      .waitFor()
      .catch(async (error: unknown) => {
        console.log(await page.locator("main").innerText());
        throw error;
      });
    await expectNoAxeViolations(page, "the knowledge portal on a phone");
    if (SCREENSHOTS) {
      await page.screenshot({ path: `${SCREENSHOTS}/viden-390.png`, clip: { x: 0, y: 0, width: 390, height: 1500 } });
    }
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole("link", { name: /^Opstart/ }).click();
    await page.waitForURL(/phase=startup/);
    await page.getByRole("link", { name: "Jeg er en virksomhed" }).click();
    await page.waitForURL(/phase=startup.*side=company|side=company.*phase=startup/);
    await expect.poll(() => page.getByLabel("Fase", { exact: true }).inputValue()).toBe("startup");
    await expect.poll(() => page.getByLabel("Side", { exact: true }).inputValue()).toBe("company");
    await expect.poll(() => page.locator(".knowledge-card-title").allInnerTexts()).toContain(TOOL);
    await expectNoAxeViolations(page, "a filtered portal");

    // A filtered view is a link: opened afresh it shows the same.
    const link = page.url();
    await page.goto(link);
    await expect.poll(() => page.locator(".knowledge-card-title").allInnerTexts()).toContain(TOOL);

    await page.getByRole("link", { name: TOOL }).click();
    await heading(page, TOOL);
    expect(await page.locator(".knowledge-entry").innerText()).toContain("Versionshistorik");
    await expectNoAxeViolations(page, "a tool's page");
    if (SCREENSHOTS) {
      await page.screenshot({
        path: `${SCREENSHOTS}/viden-tool-390.png`,
        clip: { x: 0, y: 0, width: 390, height: 1500 },
      });
    }
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Hent aftale-tjekliste\.md/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("aftale-tjekliste.md");
    const file = await download.path();
    expect(readFileSync(file, "utf8")).toContain("IP");

    // Printed, the entry is the content only: no header, no buttons.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("header.header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Udskriv" }).isVisible()).toBe(false);
  });
});
