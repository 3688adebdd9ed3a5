import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/domain/validation.js";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

const DEMO_CASE = "Loftlifte i Hjemmeplejen Aarhus Syd: fra 2 til 1 ved forflytning";
const CONFIDENTIAL = "Virksomhedens side er fortrolig, indtil virksomheden deler den";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

async function openDemoCase(page: Page): Promise<void> {
  await page.goto("/business-cases");
  await page.getByRole("link", { name: DEMO_CASE }).click();
  await page.waitForURL(/\/business-cases\/[0-9a-f-]{36}$/);
  await heading(page, DEMO_CASE);
}

/** Text as read, with the no-break spaces Intl puts before "kr." made plain. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ");
}

/** The key figures beside the inputs: the public side's net present value as shown. */
async function publicNpv(page: Page): Promise<string> {
  return plain(await page.locator("#key-figures-public + dl dd").first().innerText());
}

function saveStatus(page: Page): Promise<string> {
  return page.locator(".bc-save-status").innerText();
}

/** Calls the API from inside a signed-in page (same origin, its session and CSRF token). */
function callApi<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = (await (await fetch("/api/me")).json()) as { csrfToken?: string };
      const response = await fetch(url, {
        method,
        headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken ?? "" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) {
        throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
      }
      return (await response.json()) as T;
    },
    { method, url, body },
  ) as Promise<T>;
}

describe("business cases", () => {
  it("agent edits a case: figures follow, autosave, bad input gets schema message, versions compare", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.goto("/business-cases");
    await heading(page, "Business cases");
    const row = page.locator(".bc-case-table tbody tr", { hasText: DEMO_CASE });
    expect(plain(await row.innerText())).toContain("6.292.672 kr.");
    expect(await row.innerText()).toContain("Fortrolig");
    await expectNoAxeViolations(page, "the business-case list");

    await openDemoCase(page);
    // The agent sees both sides, in Danish number format.
    expect(await page.getByLabel("Indkøb").inputValue()).toBe("900.000");
    expect(await page.getByLabel("Udviklingsomkostning").inputValue()).toBe("3.800.000");
    expect(await publicNpv(page)).toBe("6.292.672 kr.");
    expect(await page.locator(".bc-key-figures").innerText()).toContain("Begge sider samlet");
    await expectNoAxeViolations(page, "the business-case editor");

    // Live: fewer hours freed lowers the public net present value at once, then the draft is saved.
    await page.getByLabel("Frigjorte medarbejdertimer").fill("1800");
    await expect.poll(() => publicNpv(page)).not.toBe("6.292.672 kr.");
    await expect.poll(() => saveStatus(page)).toMatch(/Gemt kl\. \d\d\.\d\d/);
    await page.getByLabel("Frigjorte medarbejdertimer").blur();
    expect(await page.getByLabel("Frigjorte medarbejdertimer").inputValue()).toBe("1.800");
    const loweredNpv = await publicNpv(page);

    // Bad input: the shared schema's message next to the field, in the problem list, and nothing saved.
    await page.getByLabel("Indfasning år 2").fill("120");
    await page.getByLabel("Tidshorisont").fill("-1");
    await page.getByLabel("Indkøb").fill("mange");
    await expect
      .poll(() => page.locator("#field-publicSide-phaseIn-1-error").innerText())
      .toContain(MESSAGES.da.percent_max);
    expect(await page.locator("#field-horizonYears-error").innerText()).toContain(MESSAGES.da.horizon_negative);
    expect(await page.locator("#field-publicSide-investment-purchase-error").innerText()).toContain(
      MESSAGES.da.number_expected,
    );
    expect(await page.getByLabel("Indkøb").getAttribute("aria-describedby")).toContain(
      "field-publicSide-investment-purchase-error",
    );
    const problems = await page.locator(".bc-inputs-form .error-summary").innerText();
    expect(problems).toContain(`Indfasning år 2: ${MESSAGES.da.percent_max}`);
    expect(problems).toContain(`Tidshorisont: ${MESSAGES.da.horizon_negative}`);
    expect(await saveStatus(page)).toContain("Ikke gemt: ret de markerede felter");
    expect(await page.locator(".bc-key-figures").innerText()).toContain(
      "Tallene er fra de seneste gyldige forudsætninger",
    );
    await expectNoAxeViolations(page, "the editor with errors");
    await page.getByRole("radio", { name: "En egen rente for alle år" }).check();
    await page.getByLabel("Egen diskonteringsrente").fill("100");
    await expect
      .poll(() => page.locator("#field-discountRate-ratePct-error").innerText())
      .toContain(MESSAGES.da.discount_rate_max);
    await page.getByRole("radio", { name: /Finansministeriets rente/ }).check();
    await page.getByLabel("Indfasning år 2").fill("80");
    await page.getByLabel("Tidshorisont").fill("10");
    await page.getByLabel("Indkøb").fill("900.000");
    await expect.poll(() => saveStatus(page)).toMatch(/^Gemt/);
    expect(await publicNpv(page)).toBe(loweredNpv);

    // The change survived a reload (it was autosaved).
    await page.reload();
    await expect.poll(() => page.getByLabel("Frigjorte medarbejdertimer").inputValue()).toBe("1.800");

    // Cash flows and key figures per side.
    await page.getByRole("tab", { name: "Pengestrømme og nøgletal" }).click();
    expect(page.url()).toContain("visning=pengestroemme");
    const publicYears = page.getByRole("region", { name: "Den offentlige side år for år" });
    await expect.poll(() => publicYears.locator("tbody tr").count()).toBe(11);
    expect(plain(await publicYears.locator("tfoot").innerText())).toContain(loweredNpv);
    await expectNoAxeViolations(page, "the cash-flow tab");

    // Tornado: the chart is paired with a table of the same figures, sorted by swing.
    await page.getByRole("tab", { name: "Følsomhed og scenarier" }).click();
    const tornadoTable = page.getByRole("table", { name: /Den offentlige sides nutidsværdi/ });
    await expect.poll(() => tornadoTable.locator("tbody tr").count()).toBe(13);
    expect(
      await page
        .getByRole("img", { name: /Tornadodiagram: Den offentlige sides nutidsværdi/ })
        .locator("svg .recharts-bar-rectangle")
        .count(),
    ).toBeGreaterThan(0);
    expect(await page.locator(".bc-scenarios-table thead").innerText()).toMatch(
      /Pessimistisk\s+Forventet\s+Optimistisk/,
    );
    await expectNoAxeViolations(page, "the sensitivity tab");

    // Own scenarios beside the three standard ones: a named change of the sales price, its key figures, kept.
    const own = page.locator("section[aria-labelledby='own-scenarios-heading']");
    await own.getByRole("button", { name: "Tilføj scenarie" }).click();
    await own.getByLabel("Navn på scenariet").fill("Dobbelt pris");
    await own.getByRole("button", { name: "Ændr et tal mere" }).click();
    await own.getByLabel("Forudsætning", { exact: true }).selectOption({ label: "Salgspris pr. enhed" });
    await own.getByLabel("Salgspris pr. enhed i scenariet (kr.)").fill("90.000");
    await own.getByRole("button", { name: "Gem scenarier" }).click();
    await expect.poll(() => own.getByRole("status").innerText()).toBe("Scenarierne er gemt.");
    const ownTable = own.getByRole("table", { name: "Nøgletal i egne scenarier" });
    expect(await ownTable.locator("thead").innerText()).toContain("Dobbelt pris");
    const ownFigures = plain(await ownTable.locator("tbody").nth(1).innerText());
    // Twice the price: the company's net present value is well above the standard expected scenario's.
    const expectedCompanyNpv = plain(
      await page.locator(".bc-scenarios-table").first().locator("tbody").nth(1).locator("tr td").nth(1).innerText(),
    );
    const ownCompanyNpv = /^Virksomheden\nNutidsværdi\s+([\d.]+) kr\./.exec(ownFigures)?.[1] ?? "";
    expect(Number(ownCompanyNpv.replace(/\./g, ""))).toBeGreaterThan(2 * Number(expectedCompanyNpv.replace(/\D/g, "")));
    await expectNoAxeViolations(page, "the sensitivity tab with an own scenario");
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await expect.poll(() => own.getByLabel("Navn på scenariet").inputValue()).toBe("Dobbelt pris");
    expect(await own.getByLabel("Salgspris pr. enhed i scenariet (kr.)").inputValue()).toBe("90.000");
    expect(plain(await ownTable.locator("tbody").nth(1).innerText())).toBe(ownFigures);
    // A negative price is refused with the schema's message at the field, and nothing is saved.
    await own.getByLabel("Salgspris pr. enhed i scenariet (kr.)").fill("-1");
    await own.getByRole("button", { name: "Gem scenarier" }).click();
    await expect
      .poll(() => own.locator("#scenario-0-change-0-value-error").innerText())
      .toContain(MESSAGES.da.too_small_number.replace("{min}", "0"));
    expect(await own.getByLabel("Salgspris pr. enhed i scenariet (kr.)").getAttribute("aria-invalid")).toBe("true");
    expect(await own.getByRole("status").innerText()).toBe(
      `Dobbelt pris, Salgspris pr. enhed: ${MESSAGES.da.too_small_number.replace("{min}", "0")}`,
    );
    const caseId = /business-cases\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
    const stored = await callApi<{ scenarios: { changes: { value: number }[] }[] }>(
      page,
      "GET",
      `/api/business-cases/${caseId}`,
    );
    expect(stored.scenarios[0].changes[0].value).toBe(90000);
    await expectNoAxeViolations(page, "an own scenario with a negative price");

    // Versions: a comment is required; then the draft is saved as version 3 and compared with version 2.
    await page.getByRole("tab", { name: "Versioner" }).click();
    await page.getByRole("button", { name: "Gem version" }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary")))
      .toBe(true);
    expect(await page.locator("#field-comment-error").innerText()).toContain(MESSAGES.da.required);
    await page.getByLabel("Kommentar").fill("Færre frigjorte timer efter opfølgning i hjemmeplejen");
    await page.getByRole("button", { name: "Gem version" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Version 3 er gemt" }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole("region", { name: "Gemte versioner" }).innerText())
      .toContain("Færre frigjorte timer");
    await page.getByLabel("Sammenlign", { exact: true }).selectOption("2");
    await page.getByLabel("med", { exact: true }).selectOption("3");
    await page.getByRole("button", { name: "Sammenlign", exact: true }).click();
    const changed = page.getByRole("table", { name: "Ændrede forudsætninger" });
    await expect.poll(() => changed.innerText()).toMatch(/Frigjorte medarbejdertimer\s+2\.400\s+1\.800/);
    expect(await page.getByRole("table", { name: "Nøgletal i begge" }).innerText()).toContain(
      "Offentlig side: nutidsværdi",
    );
    await expectNoAxeViolations(page, "the versions tab with a comparison");

    // Exports: the workbook downloads; the report opens in a new tab.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Hent Excel (XLSX) med formler" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^business-case-loftlifte.*\.xlsx$/);
    expect(await page.getByRole("link", { name: /Udskriv rapport/ }).getAttribute("target")).toBe("_blank");
  });

  it("the company side stays confidential until the company shares it, with a confirmation", async () => {
    const institution = await e2e.newPage();
    await login(institution, USERS.publicMember);
    await openDemoCase(institution);
    expect(await institution.locator(".bc-inputs-form").innerText()).toContain(CONFIDENTIAL);
    expect(await institution.getByLabel("Udviklingsomkostning").count()).toBe(0);
    expect(await institution.locator("#key-figures-company").count()).toBe(0);
    expect(await institution.getByRole("button", { name: /Del virksomhedens side/ }).count()).toBe(0);
    await institution.getByRole("tab", { name: "Pengestrømme og nøgletal" }).click();
    expect(await institution.getByRole("region", { name: "Virksomhedens side år for år" }).count()).toBe(0);
    expect(await institution.locator("#panel-pengestroemme").innerText()).toContain(CONFIDENTIAL);
    await expectNoAxeViolations(institution, "the editor for the public institution");

    // The company sees both sides, may not change the public one, and shares its own.
    const company = await e2e.newPage();
    await login(company, USERS.companyMember);
    await openDemoCase(company);
    expect(await company.getByLabel("Indkøb").getAttribute("readonly")).not.toBeNull();
    expect(await company.locator(".bc-side-public").innerText()).toContain(
      "Kun Hjemmeplejen Aarhus Syd, innovationsagenter og programlederen kan ændre den offentlige side",
    );
    expect(await company.locator("#field-companySide-unitPrice").inputValue()).toBe("45.000");
    await company.getByRole("button", { name: "Del virksomhedens side med Hjemmeplejen Aarhus Syd" }).click();
    const dialog = company.getByRole("dialog", { name: "Del virksomhedens side med Hjemmeplejen Aarhus Syd?" });
    await dialog.waitFor();
    expect(await company.evaluate(() => document.activeElement?.textContent)).toBe("Annullér");
    await expectNoAxeViolations(company, "the share confirmation");
    await dialog.getByRole("button", { name: "Del virksomhedens side" }).click();
    await expect
      .poll(() => company.locator(".bc-share").innerText())
      .toContain("Virksomhedens side er nu delt med Hjemmeplejen Aarhus Syd");

    await institution.reload();
    await expect
      .poll(() => institution.locator(".bc-share").innerText())
      .toContain("LøfteLet ApS har delt sin side med jer");
    expect(await institution.getByLabel("Udviklingsomkostning").getAttribute("readonly")).not.toBeNull();
    expect(await institution.locator("#key-figures-company").count()).toBe(1);

    await company.getByRole("button", { name: "Stop delingen" }).click();
    await company
      .getByRole("dialog", { name: "Stop delingen med Hjemmeplejen Aarhus Syd?" })
      .getByRole("button", { name: "Stop delingen" })
      .click();
    await expect.poll(() => company.locator(".bc-share").innerText()).toContain("Delingen er stoppet");
    await institution.reload();
    await expect.poll(() => institution.locator(".bc-inputs-form").innerText()).toContain(CONFIDENTIAL);
  });

  it("the public institution creates a case with its own organisation filled in, reads it in English", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.publicMember);
    await page.goto("/business-cases");
    await page.getByRole("link", { name: "Ny business case" }).first().click();
    await heading(page, "Ny business case");
    await expect.poll(() => page.locator(".read-only-field").innerText()).toContain("Hjemmeplejen Aarhus Syd");
    await page.getByRole("button", { name: "Opret business case" }).click();
    await expect.poll(() => page.locator("#field-title-error").innerText()).toContain(MESSAGES.da.required);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    await expectNoAxeViolations(page, "the new-case form with errors");

    await page.getByLabel("Titel").fill("Rengøringsrobot i Hjemmeplejen Aarhus Syd");
    await page.getByLabel("Virksomhed").fill("løftelet");
    await page.getByRole("button", { name: /LøfteLet ApS/ }).click();
    await page.getByRole("button", { name: "Opret business case" }).click();
    await page.waitForURL(/\/business-cases\/[0-9a-f-]{36}$/);
    await heading(page, "Rengøringsrobot i Hjemmeplejen Aarhus Syd");
    expect(await page.getByRole("status").filter({ hasText: "Business casen er oprettet" }).count()).toBe(1);
    expect(await page.getByLabel("Indkøb").inputValue()).toBe("0");
    // The company is a party, but its (blank) side is still the company's to share.
    expect(await page.locator(".bc-inputs-form").innerText()).toContain(CONFIDENTIAL);
    expect(await publicNpv(page)).toBe("0 kr.");

    await page.getByLabel("Indkøb").fill("250000");
    await page.getByLabel("Andre besparelser").fill("100000");
    await expect.poll(() => saveStatus(page)).toMatch(/^Gemt kl\./);
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.getByLabel("Purchase").inputValue()).toBe("250,000");
    expect(await page.getByRole("tab", { name: "Cash flows and key figures" }).count()).toBe(1);
    expect(await page.locator(".bc-key-figures").innerText()).toContain("Simple payback");
    await expectNoAxeViolations(page, "the editor in English");
  });

  it("a municipality member chooses one of its units as the public side of a new case", async () => {
    // The programme manager invites a member of Aarhus Kommune, who chooses a password.
    const admin = await e2e.newPage();
    await login(admin, USERS.admin);
    const found = await callApi<{ items: { id: string; name: string }[] }>(
      admin,
      "GET",
      "/api/organisations?q=Aarhus%20Kommune&kind=municipality",
    );
    const aarhus = found.items.find((item) => item.name === "Aarhus Kommune");
    expect(aarhus).toBeDefined();
    const email = "birgit.dam@aarhus.example";
    await callApi(admin, "POST", "/api/users", {
      email,
      name: "Birgit Dam",
      role: "member",
      organisationId: aarhus?.id,
    });
    const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec((await e2e.mailTo(email)).text)?.[1];
    expect(token).toBeDefined();
    const password = "kommunen-vaelger-enheden";
    await callApi(admin, "POST", "/api/invitations/accept", { token, password });

    const page = await e2e.newPage();
    await login(page, email, password);
    await page.goto("/business-cases");
    await page.getByRole("link", { name: "Ny business case" }).first().click();
    await heading(page, "Ny business case");
    const side = page.getByLabel("Offentlig organisation");
    expect(await side.locator("option").allInnerTexts()).toEqual(
      expect.arrayContaining(["Aarhus Kommune", "Hjemmeplejen Aarhus Syd"]),
    );
    expect(await side.inputValue()).toBe(aarhus?.id);
    await expectNoAxeViolations(page, "the new-case form with the municipality's units");
    await side.selectOption({ label: "Hjemmeplejen Aarhus Syd" });
    await page.getByLabel("Titel").fill("Vaske-tørre-toiletter i Hjemmeplejen Aarhus Syd");
    await page.getByRole("button", { name: "Opret business case" }).click();
    await page.waitForURL(/\/business-cases\/[0-9a-f-]{36}$/);
    await heading(page, "Vaske-tørre-toiletter i Hjemmeplejen Aarhus Syd");
    const created = await callApi<{ publicOrganisation: { id: string; name: string } }>(
      page,
      "GET",
      `/api/business-cases/${page.url().split("/").pop() ?? ""}`,
    );
    expect(created.publicOrganisation.name).toBe("Hjemmeplejen Aarhus Syd");
  });
});
