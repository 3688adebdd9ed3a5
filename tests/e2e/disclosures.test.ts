import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const LIFTING = "Fra 2 til 1: loftlifte i hjemmeplejen";

describe("the equal-treatment record", () => {
  it("an agent records material given to a company in a process and exports the neutralisation pack", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.goto("/forloeb?visning=liste");
    await page.getByRole("link", { name: LIFTING }).click();
    await page.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
    await heading(page, LIFTING);

    // The agreements page explains the head start briefly and points to the real record.
    await page
      .getByRole("navigation", { name: "Forløbets sider" })
      .getByRole("link", { name: /^Aftaler/ })
      .click();
    const summary = page.getByRole("region", { name: "Ligebehandling" });
    await summary.getByText(/registreringer i ligebehandlingsloggen/).waitFor();
    await summary.getByRole("link", { name: "Se loggen og eksportér neutraliseringspakken" }).click();
    await page.locator("#panel-heading", { hasText: "Ligebehandling" }).waitFor();

    const table = page.locator(".disclosure-table");
    await table.waitFor();
    expect(await table.innerText()).toContain("Plantegninger af tre boliger");
    expect(await table.innerText()).toContain("Svar til alle: loftshøjde og skinnesystemer");
    await expectNoAxeViolations(page, "a process's equal-treatment record");

    // A mistake first: no recipient and no title; the summary names the fields and nothing is written.
    await page.getByRole("button", { name: "Registrér", exact: true }).click();
    const errors = page.locator(".error-summary");
    await errors.waitFor();
    expect(await errors.innerText()).toContain("Titel");
    expect(await errors.innerText()).toContain("Modtagere");

    await page.getByLabel("Titel").fill("Referat fra mødet om badeværelser");
    await page.getByLabel("Beskrivelse").fill("Målene på de tre badeværelser og ønsker fra terapeuterne.");
    await page.getByLabel("Dato").fill("2026-11-30");
    await page
      .getByRole("group", { name: /Modtagere/ })
      .getByLabel("LøfteLet ApS")
      .check();
    await page.getByLabel("Fil (valgfri)").setInputFiles({
      name: "referat-badevaerelser.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4 referat badeværelser"),
    });
    await page.getByRole("button", { name: "Registrér", exact: true }).click();
    await page.getByText("«Referat fra mødet om badeværelser» er registreret.").waitFor();
    const row = table.locator("tr", { hasText: "Referat fra mødet om badeværelser" });
    expect(await row.innerText()).toContain("LøfteLet ApS");
    expect(await row.getByRole("link", { name: "Hent referat-badevaerelser.pdf" }).count()).toBe(1);

    // The pack: a confirmation of what it holds, then the ZIP.
    await page.getByRole("button", { name: "Eksportér neutraliseringspakke" }).click();
    const confirm = page.getByRole("region", { name: "Det kommer med i pakken" });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain("Deltagende virksomheder: LøfteLet ApS, VendeSeng A/S.");
    expect(await confirm.innerText()).toContain("Kommentarer til LøfteLets prototype");
    await expectNoAxeViolations(page, "the pack confirmation");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      confirm.getByRole("link", { name: "Hent pakken (ZIP)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^neutraliseringspakke-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(new Uint8Array(await readFile((await download.path()) as string)));
    expect(Object.keys(zip)).toContain("index.xlsx");
    expect(Object.keys(zip).some((name) => name.endsWith("referat-badevaerelser.pdf"))).toBe(true);
    const index = strFromU8(zip["index.html"]);
    expect(index).toContain("Referat fra mødet om badeværelser");
    expect(index).not.toContain("Kommentarer til LøfteLets prototype");
  });

  it("the company sees what it received in the process, not the pack", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.companyMember);
    await page.goto("/forloeb?visning=liste");
    await page.getByRole("link", { name: LIFTING }).click();
    await page.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
    await page
      .getByRole("navigation", { name: "Forløbets sider" })
      .getByRole("link", { name: /^Ligebehandling/ })
      .click();
    const table = page.locator(".disclosure-table");
    await table.waitFor();
    expect(await table.innerText()).toContain("Plantegninger af tre boliger");
    expect(await page.getByRole("button", { name: "Eksportér neutraliseringspakke" }).count()).toBe(0);
    await expectNoAxeViolations(page, "a company's view of the record");
  });
});
