import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

/**
 * Themed seminars (issue 12): an anonymous person registers and confirms by the mail link; a full side
 * wait-lists the next person and a cancellation offers the place on; an agent checks in on a phone and
 * turns an idea into a need.
 */
let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
}, 120_000);
afterAll(async () => {
  await e2e?.close();
});

async function openSeminar(page: Page, title: string): Promise<string> {
  await page.goto("/seminarer");
  await heading(page, "Seminarer");
  await page.getByRole("link", { name: title }).click();
  await heading(page, title);
  return new URL(page.url()).pathname;
}

async function register(page: Page, name: string, email: string, side: string): Promise<string> {
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByRole("radio", { name: side }).check();
  await page.getByLabel("Organisation", { exact: true }).fill("Testorganisation");
  await page.getByRole("button", { name: "Tilmeld" }).click();
  const answer = page.getByRole("status");
  await expect.poll(() => answer.innerText()).toMatch(/tilmeldt|venteliste|e-mail/);
  return answer.innerText();
}

/** The personal link from the person's latest mail (the outbox page masks it; the test reads the mail). */
async function personalLink(address: string): Promise<string> {
  const mail = await e2e.mailTo(address);
  const match = /\/seminarer\/tilmelding\/[A-Za-z0-9_-]+/.exec(mail.text);
  if (!match) {
    throw new Error(`No personal link in the mail to ${address}: ${mail.text}`);
  }
  return match[0];
}

describe("an anonymous person", () => {
  it("registers for the open seminar, confirms by the mail link and gets the .ics", async () => {
    const page = await e2e.newPage();
    await page.goto("/seminarer");
    await heading(page, "Seminarer");
    await expect.poll(() => page.locator("main").innerText()).toContain("Venteliste");
    await expectNoAxeViolations(page, "the seminar list");
    await page.screenshot({ path: "/tmp/semweb-seminarer.png", fullPage: true });
    await openSeminar(page, "Rengøring og hygiejne");
    await expectNoAxeViolations(page, "the seminar page");
    await page.screenshot({ path: "/tmp/semweb-seminar.png", fullPage: true });
    // The seminar's own registration question (optional), answered while registering.
    await page.getByRole("group", { name: "Hvad vil du helst arbejde med i gruppearbejdet?" }).waitFor();
    await page.getByRole("radio", { name: "Arbejdsgange" }).check();
    const answer = await register(page, "Anne Anonym", "anne@example.org", "Offentlige organisationer");
    expect(answer).toContain("Tjek din e-mail for at bekræfte");
    await expectNoAxeViolations(page, "the registration answer");

    await page.goto(await personalLink("anne@example.org"));
    await heading(page, "Din tilmelding");
    await expect.poll(() => page.locator("main").innerText()).toContain("Du er tilmeldt");
    await page.getByRole("button", { name: "Bekræft tilmelding" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Din e-mail er bekræftet");
    await expectNoAxeViolations(page, "the personal registration page");

    const seminarPath = await openSeminar(page, "Rengøring og hygiejne");
    const href = await page.getByRole("link", { name: "Tilføj til kalender (.ics)" }).getAttribute("href");
    expect(href).toBe(`/api${seminarPath.replace("/seminarer", "/seminars")}/ical`);
    const ics = await page.request.get(href as string);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(await ics.text()).toContain("BEGIN:VCALENDAR");
  });

  it("is wait-listed on a full side, and a cancellation offers the place to the first on the list", async () => {
    const page = await e2e.newPage();
    await openSeminar(page, "Demens og teknologi");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/tmp/semweb-list.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    // The company side is full in the demo (4 of 4, two waiting).
    expect(await register(page, "Viggo Virksom", "viggo@example.org", "Virksomheder")).toContain(
      "Du er på venteliste som nr. 3",
    );

    // «Andre» has two places: two take them, the third waits, the first cancels.
    for (const [name, email] of [
      ["Anders Andersen", "anders@example.org"],
      ["Bodil Bang", "bodil@example.org"],
    ]) {
      await openSeminar(page, "Demens og teknologi");
      expect(await register(page, name, email, "Andre")).toContain("Tjek din e-mail");
    }
    await openSeminar(page, "Demens og teknologi");
    expect(await register(page, "Cecilie Clausen", "cecilie@example.org", "Andre")).toContain(
      "Du er på venteliste som nr. 1",
    );

    await page.goto(await personalLink("anders@example.org"));
    await heading(page, "Din tilmelding");
    await page.getByRole("button", { name: "Afmeld" }).click();
    await expectNoAxeViolations(page, "the cancel question");
    await page.getByRole("button", { name: "Ja, afmeld" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Tilmeldingen er afmeldt");

    await page.goto(await personalLink("cecilie@example.org"));
    await heading(page, "Din tilmelding");
    await expect.poll(() => page.locator("main").innerText()).toContain("Du har fået tilbudt en plads");
    await page.getByRole("button", { name: "Tag imod pladsen" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Du er tilmeldt");
  });
});

describe("the agent", () => {
  it("checks a person in on a 390 px phone and turns an idea into a need", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await openSeminar(page, "Fra 2 til 1 – forflytning");
    await page.getByRole("link", { name: "Deltagere, check-in og udbytte" }).click();
    await heading(page, "Deltagere");
    await page.setViewportSize({ width: 390, height: 844 });

    await page.getByLabel("Søg efter navn").fill("Per Hansen");
    const toggle = page.getByRole("button", { name: "Mødt: Per Hansen" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    await page.screenshot({ path: "/tmp/semweb-checkin.png", fullPage: false });
    await expectNoAxeViolations(page, "the check-in page at 390 px");

    await page.getByRole("button", { name: "Gør til behov" }).click();
    await page.getByLabel("Ejer (institution)").selectOption({ label: "Hjemmeplejen Aarhus Syd" });
    await page.getByLabel("Titel på behovet").fill("Vendelagner til én medarbejder");
    await expectNoAxeViolations(page, "the idea-to-need form at 390 px");
    await page.getByRole("button", { name: "Opret behov" }).click();
    const link = page.getByRole("link", { name: "Vendelagner til én medarbejder" });
    await link.waitFor();
    await link.click();
    await heading(page, "Vendelagner til én medarbejder");
  });
});
