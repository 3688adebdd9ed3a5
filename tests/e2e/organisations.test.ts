import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/domain/validation.js";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

describe("organisation registry", () => {
  it("an agent signs in, finds organisations by Danish full-text and fuzzy search, and opens one", async () => {
    const page = await e2e.newPage();
    await page.goto("/organisationer");
    // Anonymous: sent to the login page, and back to the list afterwards.
    await page.waitForURL(/\/login\?next=/);
    await heading(page, "Log ind");
    expect(await page.title()).toBe("Log ind – Samspil");
    await expectNoAxeViolations(page, "the login page");

    await page.getByLabel("E-mail").fill(USERS.agent);
    await page.getByLabel("Adgangskode").fill("wrong-password");
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect.poll(() => page.locator(".error-summary").innerText()).toContain("Forkert e-mail eller adgangskode");

    await login(page, USERS.agent);
    await page.waitForURL("**/organisationer");
    await heading(page, "Organisationer");
    await expect.poll(() => page.locator("header").innerText()).toContain("Jonas Holm");
    expect(await page.locator("header").innerText()).toContain("Innovationsagent");
    await page.locator(".organisation-table").waitFor();
    await expectNoAxeViolations(page, "the organisation list");

    await page.getByLabel("Søg i organisationer").fill("robotter");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await page.waitForURL(/q=robotter/);
    const names = () => page.locator(".organisation-table tbody tr td:first-child a").allInnerTexts();
    await expect.poll(names).toContain("Spiseven Robotics ApS");
    expect(await names()).not.toContain("Aalborg Kommune");
    expect(await page.locator(".results-status").innerText()).toMatch(/^\d+ organisationer · side 1 af 1$/);

    await page.getByLabel("Søg i organisationer").fill("teknologisk inst");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await page.waitForURL(/q=teknologisk/);
    const link = page.getByRole("link", { name: "Teknologisk Institut (DTI)" });
    await link.waitFor();

    // The filters live in the URL: reload keeps the search.
    await page.reload();
    expect(await page.getByLabel("Søg i organisationer").inputValue()).toBe("teknologisk inst");

    await page.getByRole("link", { name: "Teknologisk Institut (DTI)" }).click();
    await page.waitForURL(/\/organisationer\/[0-9a-f-]{36}$/);
    await heading(page, "Teknologisk Institut (DTI)");
    // Focus moves to the new page's heading after navigation.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    expect(await page.locator(".organisation-badges").innerText()).toContain("Videninstitution");
    await expect.poll(() => page.locator("#competences-heading + ul").innerText()).not.toBe("");
    await expectNoAxeViolations(page, "an organisation's page");
  });

  it("creating an organisation shows the schema's CVR message at the field, then saves and edits it", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.goto("/organisationer");
    await page.getByRole("link", { name: "Opret organisation" }).click();
    await heading(page, "Opret organisation");

    await page.getByLabel("Type").selectOption("company");
    await page.getByLabel("Navn").fill("Sengeløft Robotik ApS");
    await page.getByLabel("CVR-nummer").fill("12345678");
    await page.getByLabel("Antal ansatte").selectOption("1-9");
    await page.getByRole("button", { name: "Opret organisation" }).click();

    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    const cvrError = page.locator("#field-cvr-error");
    expect(await cvrError.innerText()).toContain(MESSAGES.da.cvr_checksum);
    expect(await page.getByLabel("CVR-nummer").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("CVR-nummer").getAttribute("aria-describedby")).toContain("field-cvr-error");
    await expectNoAxeViolations(page, "the organisation form with errors");

    // The summary links to the field.
    await summary.getByRole("link", { name: /CVR-nummer/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("field-cvr");

    await page.getByLabel("CVR-nummer").fill("13748136");
    await page.getByLabel("Søg efter branchekode").fill("software");
    await page.locator(".picker-results button").first().click();
    await page.locator(".chip-list .tag").first().waitFor();
    await page.getByLabel("Hjemmepleje").check();
    await page.getByRole("button", { name: "Tilføj kontaktperson" }).click();
    await page.locator("#field-contactPersons-0-name").fill("Ida Sørensen");
    await page.locator("#field-contactPersons-0-email").fill("ida@sengeloeft.example");
    await page.getByRole("button", { name: "Opret organisation" }).click();

    await page.waitForURL(/\/organisationer\/[0-9a-f-]{36}$/);
    await heading(page, "Sengeløft Robotik ApS");
    const facts = await page.locator(".organisation-facts").innerText();
    expect(facts).toContain("13748136");
    expect(facts).toContain("1–9 ansatte");
    expect(await page.locator(".organisation-badges").innerText()).toContain("SMV");
    expect(await page.getByRole("status").first().innerText()).toContain("Organisationen er oprettet");
    expect(await page.locator("#contacts-heading + .table--responsive-scroll table").innerText()).toContain(
      "Ida Sørensen",
    );

    await page.getByRole("link", { name: "Redigér" }).click();
    await heading(page, "Redigér Sengeløft Robotik ApS");
    await page.getByLabel("Beskrivelse").fill("Loftlifte, der lader én medarbejder klare forflytningen.");
    await page.getByRole("button", { name: "Gem ændringer" }).click();
    await page.waitForURL(/\/organisationer\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator(".organisation-description").innerText()).toContain("Loftlifte");

    // Archiving asks first (focus starts on "Annullér"), then marks the organisation; it can be restored.
    await page.getByRole("button", { name: "Arkivér" }).click();
    const dialog = page.getByRole("dialog", { name: "Arkivér organisationen?" });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Annullér");
    await dialog.getByRole("button", { name: "Arkivér" }).click();
    await expect.poll(() => page.locator(".organisation-badges").innerText()).toContain("Arkiveret");
    expect(await page.locator("main").innerText()).toContain("Organisationen er arkiveret");
    await page.getByRole("button", { name: "Genskab" }).click();
    await page
      .getByRole("dialog", { name: "Genskab organisationen?" })
      .getByRole("button", { name: "Genskab" })
      .click();
    await expect.poll(() => page.locator(".organisation-badges").innerText()).not.toContain("Arkiveret");

    // A second organisation with the same CVR: the server's 409 lands next to the CVR field.
    await page.goto("/organisationer/ny");
    await page.getByLabel("Type").selectOption("company");
    await page.getByLabel("Navn").fill("Dobbeltgænger ApS");
    await page.getByLabel("CVR-nummer").fill("13748136");
    await page.getByRole("button", { name: "Opret organisation" }).click();
    await expect.poll(() => page.locator("#field-cvr-error").textContent()).toContain(MESSAGES.da.cvr_taken);
  });

  it("imports a CSV with one bad row: preview shows its error, valid rows are imported, the list exports", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.goto("/organisationer/import");
    await heading(page, "Importér organisationer");
    expect(await page.locator(".alert-info").innerText()).toContain(
      "enten kommer de alle med, eller også kommer ingen af dem med",
    );

    const csv = [
      "Navn;Type;CVR;Kommunekode;Plejeområder",
      "Vaskerobot Nord ApS;company;29403473;0851;nursing_home",
      "Fejlfirma ApS;company;12345678;0851;",
      "Tryghedsalarm Vest ApS;company;;0657;home_care; elder_care",
    ].join("\n");
    await page
      .getByLabel("Fil")
      .setInputFiles({ name: "organisationer.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Kontrollér filen" }).click();

    const preview = page.locator(".import-preview");
    await preview.waitFor();
    const badRow = preview.locator("tbody tr", { hasText: "Fejlfirma ApS" });
    expect(await badRow.innerText()).toContain("Fejl");
    expect(await badRow.innerText()).toContain(MESSAGES.da.cvr_checksum);
    expect(await page.locator(".import-counts").innerText()).toMatch(/3\s+rækker i alt/);
    await expectNoAxeViolations(page, "the import preview");

    await page.getByRole("button", { name: "Importér 2 gyldige rækker" }).click();
    await expect
      .poll(() => page.locator("#result-heading").innerText(), { timeout: 15_000 })
      .toBe("Importen er gennemført");
    const result = await page.locator(".import-result").innerText();
    expect(result).toContain("2 organisationer oprettet");
    expect(result).toContain("1 række med fejl sprunget over");

    await page.getByRole("link", { name: "Gå til organisationerne" }).click();
    await page.getByLabel("Søg i organisationer").fill("Vaskerobot");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await page.getByRole("link", { name: "Vaskerobot Nord ApS" }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Eksportér til CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^organisationer-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = await readFile(await download.path(), "utf8");
    expect(exported).toContain("Navn;Type;CVR");
    expect(exported).toContain("Vaskerobot Nord ApS");
    expect(exported).not.toContain("LøfteLet ApS");
  });

  it("a municipality's page tells its story: its units' needs and processes, linked, axe-clean at 390 px", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.goto("/organisationer");
    await page.getByLabel("Søg i organisationer").fill("Aarhus Kommune");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await page.getByRole("link", { name: "Aarhus Kommune", exact: true }).click();
    await heading(page, "Aarhus Kommune");
    const story = page.locator(".organisation-story");
    const needs = story.getByRole("region", { name: "Behov", exact: true });
    const processes = story.getByRole("region", { name: "Forløb", exact: true });
    await needs.getByRole("listitem").first().waitFor();
    // The unit's need, with its status in words and the unit named.
    const need = needs.locator("li", { hasText: "Færre tunge løft ved forflytning" });
    expect(await need.innerText()).toContain("I forløb");
    expect(await need.innerText()).toContain("Hjemmeplejen Aarhus Syd");
    expect(await processes.innerText()).toContain("Aktivt");
    await expectNoAxeViolations(page, "a municipality's page with its story");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page, "a municipality's page at 390 px");
    // The story itself fits the phone's width (the page's contact table scrolls on its own).
    expect(await story.evaluate((element) => element.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await story.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(390);

    const processLink = processes.getByRole("link").first();
    const processTitle = await processLink.innerText();
    await processLink.click();
    await heading(page, processTitle);
    await page.goBack();
    await heading(page, "Aarhus Kommune");
    await needs.getByRole("link", { name: "Færre tunge løft ved forflytning" }).click();
    await heading(page, "Færre tunge løft ved forflytning");
  });
});
