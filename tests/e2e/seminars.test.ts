import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toLocalInput } from "../../src/domain/seminars/local-time.js";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

/**
 * Themed seminars (issue 12): an anonymous person registers and confirms by the mail link; a full side
 * wait-lists the next person and a cancellation offers the place on; an agent checks in on a phone and
 * turns an idea into a need; an agent plans a seminar with an agenda and places per side and publishes it.
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

describe("the agent plans a seminar", () => {
  const title = "Velfærdsteknologi i hjemmeplejen";

  it("creates one with two agenda items and places per side, publishes it; it shows on the public list", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.goto("/seminarer");
    await heading(page, "Seminarer");
    await page.getByRole("link", { name: "Planlæg seminar" }).click();
    await heading(page, "Planlæg et seminar");
    await expectNoAxeViolations(page, "the planning form");

    // Nothing filled in: the fields are named in the summary and at the fields.
    await page.getByRole("button", { name: "Gem kladde" }).click();
    const summary = page.locator(".error-summary");
    await expect.poll(() => summary.innerText()).toContain("Titel");
    expect(await summary.innerText()).toContain("Starter");
    await expectNoAxeViolations(page, "the planning form with errors");

    const day = toLocalInput(new Date(Date.now() + 30 * 86_400_000).toISOString()).slice(0, 10);
    await page.locator("#field-title").fill(title);
    await page.getByLabel("Beskrivelse").fill("Hjemmeplejen viser behov; virksomheder pitcher løsninger.");
    await page.getByRole("checkbox", { name: "Hjemmepleje" }).check();
    await page.locator("#field-startsAt").fill(`${day}T09:00`);
    await page.locator("#field-endsAt").fill(`${day}T12:00`);
    await page.getByLabel("Sted (adresse)").fill("Rådhuset, Aarhus");
    await page.getByRole("button", { name: "Tilføj punkt" }).click();
    await page.locator("#field-agenda-0-startsAt").fill("09:00");
    await page.locator("#field-agenda-0-title").fill("Velkomst og behov");
    await page.locator("#field-agenda-0-speaker").fill("Hjemmeplejen Aarhus Syd");
    await page.getByRole("button", { name: "Tilføj punkt" }).click();
    await page.locator("#field-agenda-1-startsAt").fill("09:30");
    await page.locator("#field-agenda-1-durationMinutes").fill("60");
    await page.locator("#field-agenda-1-title").fill("Virksomheder pitcher");
    await page.locator("#field-agenda-1-isPitchSlot").check();
    for (const [side, capacity, reserved] of [
      ["public", "12", "2"],
      ["company", "8", "0"],
      ["knowledge", "4", "0"],
      ["other", "0", "0"],
    ]) {
      await page.locator(`#field-capacities-${side}-capacity`).fill(capacity);
      await page.locator(`#field-capacities-${side}-reserved`).fill(reserved);
    }
    expect(await page.locator("main").innerText()).toContain("afvises ændringen med antallet");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page, "the filled planning form at 390 px");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "the form fits a 390 px screen").toBeLessThanOrEqual(0);
    await page.screenshot({ path: "/tmp/semweb-plan-390.png", fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: "/tmp/semweb-plan-desktop.png", fullPage: true });

    await page.getByRole("button", { name: "Gem kladde" }).click();
    await heading(page, title);
    await expect.poll(() => page.locator("main").innerText()).toContain("gemt som kladde");
    expect(await page.locator("main").innerText()).toContain("Kladde");
    await page.getByRole("button", { name: "Offentliggør" }).click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.innerText()).toContain("synligt for alle");
    await expectNoAxeViolations(page, "the publish question");
    await dialog.getByRole("button", { name: "Offentliggør" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Seminaret er offentliggjort");
    await page.screenshot({ path: "/tmp/semweb-staff-desktop.png", fullPage: true });
    await expectNoAxeViolations(page, "the staff view of a published seminar");

    const visitor = await e2e.newPage();
    await visitor.goto("/seminarer");
    await heading(visitor, "Seminarer");
    await visitor.getByRole("link", { name: title }).click();
    await heading(visitor, title);
    const text = await visitor.locator("main").innerText();
    expect(text).toContain("Velkomst og behov");
    expect(text).toContain("Virksomheder pitcher");
    expect(text).toContain("Offentlige organisationer: 10 ledige");
    expect(text).not.toContain("Andre:");
  });

  it("invites a person from the registry, who registers through the link with the organisation picked", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await openSeminar(page, title);
    await page.getByRole("link", { name: "Invitationer" }).click();
    await heading(page, "Invitationer");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel("Organisation").fill("Hjemmeplejen Aarhus");
    await page.getByRole("button", { name: /Hjemmeplejen Aarhus Syd/ }).click();
    await expect.poll(() => page.locator("#field-side").inputValue()).toBe("public");
    await page.locator("#field-name").fill("Irene Inviteret");
    await page.locator("#field-email").fill("irene@example.org");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Invitationen til Irene Inviteret er sendt");
    expect(await page.locator(".invitation-list").innerText()).toContain("Sendt");
    await expectNoAxeViolations(page, "the invitations page at 390 px");
    await page.screenshot({ path: "/tmp/semweb-invitations-390.png", fullPage: true });

    const mail = await e2e.mailTo("irene@example.org");
    const link = /\/seminarer\/[0-9a-f-]+\?invitation=[A-Za-z0-9_-]+/.exec(mail.text);
    expect(link, mail.text).not.toBeNull();
    const invited = await e2e.newPage();
    await invited.setViewportSize({ width: 390, height: 844 });
    await invited.goto((link as RegExpExecArray)[0]);
    await heading(invited, title);
    await expect.poll(() => invited.locator("main").innerText()).toContain("Du er inviteret");
    expect(await invited.getByLabel("Navn", { exact: true }).inputValue()).toBe("Irene Inviteret");
    await invited.getByLabel("Organisation", { exact: true }).fill("Hjemmeplejen Aarhus");
    await invited.getByRole("button", { name: /Hjemmeplejen Aarhus Syd/ }).click();
    await expect.poll(() => invited.locator("main").innerText()).toContain("Valgt fra registret");
    await expectNoAxeViolations(invited, "the invitation landing at 390 px");
    await invited.screenshot({ path: "/tmp/semweb-invited-390.png", fullPage: true });
    await invited.getByRole("button", { name: "Tilmeld", exact: true }).click();
    await expect.poll(() => invited.getByRole("status").innerText()).toMatch(/e-mail|tilmeldt/);

    await page.reload();
    await heading(page, "Invitationer");
    await expect.poll(() => page.locator(".invitation-list").innerText()).toContain("Tilmeldt");
    expect(await page.locator(".invitation-list").innerText()).toContain("Hjemmeplejen Aarhus Syd");
  });
});
