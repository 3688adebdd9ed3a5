import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "../../src/server/platform/clock.js";
import { createSettableClock } from "../../src/server/test-support/clock.js";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

/**
 * The home page per role, and the agent's outreach log: a visit logged today with a follow-up tomorrow
 * shows on the home page the next day (the server's clock is moved by the test, not the browser's). The programme
 * manager's home says when the embedded database has grown past its size (here a limit of 10 organisations).
 */
const clock = createSettableClock();
let e2e: E2E;

beforeAll(async () => {
  // The demo data has more than 10 organisations: past this limit the manager sees the embedded database's notice.
  e2e = await startE2E({ clock, config: { embeddedOrganisationLimit: 10 } });
}, 120_000);
afterAll(async () => {
  await e2e?.close();
});

async function onPhone(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page, `${where} at 390 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

function dayAfter(isoDay: string): string {
  const date = new Date(`${isoDay}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

describe("the agent", () => {
  it("logs a visit with a follow-up tomorrow and sees it on the home page the next day", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await heading(page, "Velkommen, Jonas");
    const section = page.locator("section", {
      has: page.getByRole("heading", { name: /^Opfølgninger, der skal klares/ }),
    });
    await expectNoAxeViolations(page, "the agent's home page");
    await onPhone(page, "the agent's home page");

    const today = todayIn(clock);
    await page.getByRole("link", { name: "Registrér en kontakt" }).first().click();
    await heading(page, "Registrér en kontakt");
    await page.getByLabel("Dato").fill(today);
    await page.getByLabel("Organisation").fill("Vikærgården");
    await page.getByRole("button", { name: /Plejehjemmet Vikærgården/ }).click();
    await page.getByLabel("Deltagere").fill("Forstander, Jonas Holm");
    await page.getByLabel("Noter").fill("Aftalte at sende materiale om faldsensorer.");
    await page.getByLabel("Opfølgning").fill(dayAfter(today));
    await expectNoAxeViolations(page, "the outreach form");
    await onPhone(page, "the outreach form");
    await page.getByRole("button", { name: "Gem kontakten" }).click();
    await page.waitForURL(/\/kontaktlog\/[0-9a-f-]{36}$/);
    await heading(page, `Besøg ${today}`);
    await expectNoAxeViolations(page, "a logged contact");

    await page.goto("/");
    await heading(page, "Velkommen, Jonas");
    expect(await section.innerText()).not.toContain("Plejehjemmet Vikærgården");

    clock.advanceDays(1);
    await page.reload();
    await heading(page, "Velkommen, Jonas");
    await expect.poll(() => section.innerText()).toContain("Plejehjemmet Vikærgården");
    await section.getByRole("link", { name: "Plejehjemmet Vikærgården" }).click();
    await page.getByRole("button", { name: "Markér opfølgningen som klaret" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("er klaret");
    await page.goto("/");
    await heading(page, "Velkommen, Jonas");
    expect(await section.innerText()).not.toContain("Plejehjemmet Vikærgården");
    await page.goto("/kontaktlog");
    await heading(page, "Min kontaktlog");
    await expectNoAxeViolations(page, "the outreach log");
    await page.screenshot({ path: "/tmp/home-agent-log.png", fullPage: true });
  });

  it("keeps the agent's home page light: no chart code, at most 350 KB transferred", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    const session = await page.context().newCDPSession(page);
    await session.send("Network.enable");
    let bytes = 0;
    const files: string[] = [];
    session.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
    });
    page.on("response", (response) => files.push(response.url()));
    await page.goto("/", { waitUntil: "networkidle" });
    await heading(page, "Velkommen, Jonas");
    await page.screenshot({ path: "/tmp/home-agent.png", fullPage: true });
    expect(bytes).toBeLessThanOrEqual(350 * 1024);
    expect(files.filter((url) => /chart|recharts|echarts|uplot/i.test(url))).toEqual([]);
  });
});

describe("each role's home page", () => {
  it.each([
    {
      who: "agent",
      email: USERS.agent,
      welcome: "Velkommen, Jonas",
      shows: [
        "Opfølgninger, der skal klares",
        "Behov uden partnere",
        "Gates med frist",
        "Opgaver med frist",
        "Kommende seminarer",
      ],
    },
    { who: "programme manager", email: USERS.admin, welcome: "Velkommen, Lone", shows: ["Gå til programoversigten"] },
    {
      who: "public unit member",
      email: USERS.publicMember,
      welcome: "Velkommen, Sara",
      shows: [
        "Jeres behov",
        "Vurderinger, I kan svare på",
        "Jeres forløb",
        "Gates med frist",
        "Opgaver med frist",
        "Kommende seminarer",
      ],
    },
    {
      who: "company member",
      email: USERS.companyMember,
      welcome: "Velkommen, Mads",
      shows: ["Åbne opslag, der passer til jer", "Jeres tilbud", "Jeres forløb"],
    },
    {
      who: "knowledge institution member",
      email: "viden@samspil.example",
      welcome: "Velkommen, Karen",
      shows: ["Åbne opslag, der passer til jer", "Jeres tilbud", "Jeres forløb"],
    },
  ])("the $who's renders with each of its sections, axe-clean", async ({ email, welcome, shows, who }) => {
    const page = await e2e.newPage();
    await login(page, email);
    await heading(page, welcome);
    for (const title of shows) {
      await expect.poll(() => page.locator("main").innerText()).toContain(title);
    }
    await expectNoAxeViolations(page, `the ${who}'s home page`);
    await onPhone(page, `the ${who}'s home page`);
    await page.screenshot({ path: `/tmp/home-${who.replace(/ /g, "-")}.png`, fullPage: true });
    if (email !== USERS.admin && email !== USERS.agent) {
      expect(await page.getByRole("navigation", { name: "Hovedmenu" }).innerText()).not.toContain("Kontaktlog");
    }
  });
});

describe("the programme manager on the embedded database", () => {
  it("is told, in Danish and English, that the data has grown past its size, with the move to PostgreSQL", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.admin);
    await heading(page, "Velkommen, Lone");
    const notice = page.locator(".alert-warning", { hasText: "Samspil er ved at vokse fra den indbyggede database" });
    await expect.poll(() => notice.count()).toBe(1);
    const danish = await notice.innerText();
    expect(danish).toMatch(/Samspil har nu [\d.]+ organisationer\. Den indbyggede database \(PGlite\) er beregnet/);
    expect(danish).toContain("til op til 10 organisationer");
    expect(danish).toContain("npm run backup");
    expect(danish).toContain("docs/moving-to-postgresql.md");
    await expectNoAxeViolations(page, "the manager's home with the size notice");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page, "the manager's home with the size notice at 390 px");
    // The commands break rather than widen the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "/tmp/home-size-notice-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: "/tmp/home-size-notice-desktop.png", fullPage: true });

    await page.getByRole("button", { name: "English" }).click();
    await heading(page, "Welcome, Lone");
    const english = page.locator(".alert-warning", { hasText: "Samspil is outgrowing the embedded database" });
    await expect.poll(() => english.count()).toBe(1);
    expect(await english.innerText()).toMatch(/The embedded database \(PGlite\) is meant for up to 10 organisations/);
    await expectNoAxeViolations(page, "the manager's home with the size notice in English");
    await page.getByRole("button", { name: "Dansk" }).click();
    await heading(page, "Velkommen, Lone");
  });
});

describe("the knowledge institution's member", () => {
  it("answers an open call and finds the offer, with where it stands, on the home page", async () => {
    const page = await e2e.newPage();
    await login(page, "viden@samspil.example");
    await heading(page, "Velkommen, Karen");
    await page.goto("/opslag");
    const call = "Servicerobotter til rutineopgaver på plejecenter";
    await page.getByRole("link", { name: call }).click();
    await heading(page, call);
    await page.getByRole("heading", { name: "Afgiv tilbud" }).waitFor();
    expect(await page.locator("main").innerText()).not.toContain("Kun virksomheder");
    await page.getByLabel("Jeres løsning").fill("Forsøgsdesign og effektmåling af robotten over tre måneder.");
    await page.getByLabel("Prisindikation").fill("ca. 120.000 kr.");
    await page.getByRole("button", { name: "Afgiv tilbud" }).click();
    await expect
      .poll(() => page.locator(".offer-section .alert-success").innerText())
      .toContain("Jeres tilbud er afgivet.");
    await expectNoAxeViolations(page, "a knowledge institution's offer form");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/tmp/ki-offer-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: "/tmp/ki-offer-desktop.png", fullPage: true });

    await page
      .getByRole("navigation", { name: "Hovedmenu", exact: true })
      .getByRole("link", { name: "Forside" })
      .click();
    await heading(page, "Velkommen, Karen");
    const offers = page.locator("section", { has: page.getByRole("heading", { name: /^Jeres tilbud/ }) });
    await expect.poll(() => offers.getByRole("heading").innerText()).toBe("Jeres tilbud (1)");
    expect(await offers.getByRole("listitem").innerText()).toMatch(
      new RegExp(`^${call} · frist .+ · åbent for tilbud$`),
    );
    await offers.getByRole("link", { name: call }).click();
    await heading(page, call);
    await page.getByRole("heading", { name: "Ret dit tilbud" }).waitFor();
  });
});
