import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

describe("programme follow-up", () => {
  it("the manager follows «SMEs in pilot projects» from the dashboard to the companies, exports XLSX", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.admin);
    await page.getByRole("link", { name: "Program", exact: true }).click();
    await heading(page, "Programmets mål: OPI Velfærd 2026–2028");

    const smes = page.getByRole("region", { name: "SMV'er i pilotprojekter" });
    expect(await smes.locator(".indicator-figure").innerText()).toBe("22 af 25 virksomheder");
    const municipalities = page.getByRole("region", { name: "Kommuner i pilotprojekter" });
    expect(await municipalities.locator(".milestone-missed").innerText()).toContain("ikke nået");
    // Seminars held are counted from the seminars module (the demo's past seminar), with evidence.
    expect(await page.getByRole("region", { name: "Afholdte seminarer" }).innerText()).toMatch(/\b1 af \d+ seminar/);
    // The progress chart draws (an SVG with the line of the figure over time, milestones as dots)…
    const chart = smes.locator(".programme-chart");
    await chart.locator(".recharts-surface").waitFor();
    expect(await chart.locator(".recharts-line path.recharts-line-curve").getAttribute("d")).toMatch(
      /^M[\d.]+,[\d.]+L/,
    );
    expect(await chart.locator(".recharts-reference-dot").count()).toBe(3);
    // …and its figures are in a table for those who cannot see the chart.
    await smes.getByText("Tallene bag grafen").click();
    expect(await smes.locator("table tbody tr").count()).toBeGreaterThan(3);
    await page.screenshot({ path: "/tmp/programme-dashboard.png", fullPage: true });
    await chart.screenshot({ path: "/tmp/programme-chart.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/tmp/programme-dashboard-390.png", fullPage: true });
    // The chart redraws to the narrow card's width.
    await expect
      .poll(async () => Number(await chart.locator(".recharts-surface").getAttribute("width")))
      .toBeLessThan(390);
    await chart.screenshot({ path: "/tmp/programme-chart-390.png" });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await page.getByRole("table").filter({ hasText: "Med private virksomheder" }).innerText()).toContain(
      "Innovationsbarometeret",
    );
    await expectNoAxeViolations(page, "the programme dashboard");

    await smes.getByRole("link", { name: /Se de 22 bag tallet/ }).click();
    await page.waitForURL(/\/program\/indikatorer\/pilot_smes$/);
    await heading(page, "SMV'er i pilotprojekter");
    const rows = page.locator("table tbody tr");
    await expect.poll(() => rows.count()).toBe(22);
    expect(await page.locator("table").innerText()).toContain("SkærmNær ApS");
    await expectNoAxeViolations(page, "the evidence of «SMEs in pilot projects»");
    await page.screenshot({ path: "/tmp/programme-evidence.png", fullPage: true });
    await page.getByRole("link", { name: "SkærmNær ApS" }).click();
    await page.waitForURL(/\/organisationer\/[0-9a-f-]{36}$/);
    await heading(page, "SkærmNær ApS");

    await page.goBack();
    await page.getByRole("link", { name: "Tilbage til programmets mål" }).click();
    await heading(page, "Programmets mål: OPI Velfærd 2026–2028");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Hent alle indikatorer som Excel (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^programme-indicators-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    expect(book.getWorksheet("pilot_smes")?.rowCount).toBe(23);
  });

  it("prints the funder report for a chosen period on A4: the figures, no menu, forms or buttons", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.admin);
    await page.goto("/program");
    await heading(page, "Programmets mål: OPI Velfærd 2026–2028");
    await page.getByRole("textbox", { name: "Fra" }).fill("2026-01-01");
    await page.getByRole("textbox", { name: "Til" }).fill("2026-09-30");
    await page.getByRole("button", { name: "Vis rapport" }).click();
    await expect.poll(() => page.locator("main").innerText()).toMatch(/Periode \S.*2026 til 30\. sep\S* 2026/);
    await page.emulateMedia({ media: "print" });
    // Away from the charts: the pointer left over the chart draws a tooltip's dot in the screenshot.
    await page.mouse.move(0, 0);
    await page.setViewportSize({ width: 794, height: 1123 });
    expect(await page.getByRole("button", { name: "Udskriv" }).isVisible()).toBe(false);
    expect(await page.getByRole("link", { name: "Hent alle indikatorer som Excel (XLSX)" }).isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Hovedmenu" }).isVisible()).toBe(false);
    const smes = page.getByRole("region", { name: "SMV'er i pilotprojekter" });
    expect(await smes.isVisible()).toBe(true);
    // The chart covers the chosen period, not the programme's (which runs to December 2028): its time axis
    // starts and ends with the period, and only the milestone inside it (June 2026) is drawn.
    await expect
      .poll(() => smes.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents())
      .toEqual(["jan. 26", "maj 26", "sep. 26"]);
    expect(await smes.locator(".recharts-reference-dot").count()).toBe(1);
    await page.screenshot({ path: "/tmp/programme-report-print.png", fullPage: true });
    await page.screenshot({ path: "/tmp/programme-report-print-top.png" });
    await page.pdf({ path: "/tmp/programme-report.pdf", format: "A4", printBackground: true });
  });

  it("the manager keeps the settings; a milestone outside the period is refused, naming the field", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.admin);
    await page.goto("/program/indstillinger");
    await heading(page, "Program og indikatorer");
    await page.getByLabel("Milepæle (dato og mål, én pr. linje: 2026-09-30 3)").first().fill("2030-01-01 3");
    await page.getByRole("button", { name: "Gem" }).click();
    await page.getByText("Programmet kunne ikke gemmes").waitFor();
    expect(await page.locator(".form-error-message").first().innerText()).toContain("programperioden");
    await expectNoAxeViolations(page, "the programme settings with an error");

    // A new indicator card with a target below zero is refused with the target named.
    await page.getByLabel("Milepæle (dato og mål, én pr. linje: 2026-09-30 3)").first().fill("");
    await page.getByRole("button", { name: "Tilføj en indikator" }).click();
    const card = page.locator("fieldset.indicator-settings").last();
    await card.getByLabel("Kode").fill("visits_extra");
    await card.getByLabel("Navn").fill("Ekstra besøg");
    await card.getByLabel("Enhed").fill("besøg");
    await card.getByLabel("Definition i ord").fill("Besøg hos institutioner ud over planen.");
    await card.getByLabel("Sådan beregnes den").selectOption("institutions_visited");
    await card.getByLabel("Mål", { exact: true }).fill("-1");
    await page.getByRole("button", { name: "Gem" }).click();
    await page.getByText("Programmet kunne ikke gemmes").waitFor();
    expect(await card.locator(".form-error-message").innerText()).not.toBe("");
    await page.screenshot({ path: "/tmp/programme-settings.png", fullPage: true });
  });

  it("shows the public summary without names", async () => {
    const page = await e2e.newPage();
    await page.goto("/programmet");
    await heading(page, "Programmet i tal: OPI Velfærd 2026–2028");
    const text = await page.locator("main").innerText();
    expect(text).toContain("SMV'er i pilotprojekter");
    expect(text).not.toContain("SkærmNær");
    await expectNoAxeViolations(page, "the public programme summary");
  });
});
