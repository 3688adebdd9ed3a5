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

describe("administration", () => {
  it("a users-page invitation reaches the outbox; its link lets the new user set a password and sign in", async () => {
    const admin = await e2e.newPage();
    await login(admin, USERS.admin);
    await admin.getByRole("link", { name: "Administration" }).click();
    await heading(admin, "Brugere");
    await admin.locator("table tbody tr").first().waitFor();
    await expectNoAxeViolations(admin, "the users page");

    // A member without an organisation is refused by the shared UserCreate schema.
    await admin.getByLabel("E-mail").fill("nina.holt@loeftelet.example");
    await admin.getByLabel("Navn").fill("Nina Holt");
    await admin.getByLabel("Rolle").selectOption("member");
    await admin.getByRole("button", { name: "Opret og send invitation" }).click();
    await expect
      .poll(() => admin.locator(".error-summary").innerText())
      .toContain(MESSAGES.da.member_needs_organisation);
    await expectNoAxeViolations(admin, "the create-user form with an error");

    await admin.getByLabel("Organisation").fill("LøfteLet");
    await admin.getByRole("button", { name: /LøfteLet ApS/ }).click();
    await admin.getByRole("button", { name: "Opret og send invitation" }).click();
    await expect
      .poll(() => admin.getByRole("status").first().innerText())
      .toContain("der er sendt en invitation til nina.holt@loeftelet.example");
    const row = admin.locator("table tbody tr", { hasText: "nina.holt@loeftelet.example" });
    await expect.poll(() => row.innerText()).toContain("Invitation afventer");
    expect(await row.innerText()).toContain("LøfteLet ApS");

    // Disabling asks first, in a modal dialog.
    await admin.getByRole("button", { name: "Deaktivér Karen Lund" }).click();
    const dialog = admin.getByRole("dialog", { name: "Deaktivér brugeren?" });
    await dialog.waitFor();
    await expectNoAxeViolations(admin, "the disable-user dialog");
    await dialog.getByRole("button", { name: "Deaktivér" }).click();
    await expect
      .poll(() => admin.locator("table tbody tr", { hasText: "Karen Lund" }).innerText())
      .toContain("Deaktiveret");

    await admin.getByRole("link", { name: "Kompetencer" }).first().click();
    await heading(admin, "Kompetencer");
    await admin.locator(".competence-table tbody tr").first().waitFor();
    await expectNoAxeViolations(admin, "the competences page");
    await admin.getByLabel("Navn på dansk").fill("Lydteknologi");
    await admin.getByLabel("Navn på engelsk").fill("Audio technology");
    await admin.getByRole("button", { name: "Tilføj kompetence" }).click();
    await expect.poll(() => admin.locator(".competence-table").innerText()).toContain("Lydteknologi");

    await admin.getByRole("link", { name: "Revisionslog" }).click();
    await heading(admin, "Revisionslog");
    const inviteEntry = admin.locator(".audit-table tbody > tr", { hasText: "Bruger: Nina Holt" });
    await expect.poll(() => inviteEntry.innerText()).toContain("Inviteret");
    await inviteEntry.locator("summary").click();
    await expect.poll(() => inviteEntry.locator(".audit-diff").innerText()).toContain("nina.holt@loeftelet.example");
    await expectNoAxeViolations(admin, "the audit log with a change open");

    // The log reads like a log: filtered to processes, a gate decision names the process, links to it, and
    // says what happened in words («Gatebeslutning: Stop», «Stoppet – med erfaringer»), not codes.
    await admin.getByLabel("Type").selectOption({ label: "Forløb" });
    await admin.getByRole("button", { name: "Vis", exact: true }).click();
    await admin.waitForURL(/\/admin\/log\?entity=process/);
    await expect
      .poll(async () => [...new Set(await admin.locator(".audit-table tbody > tr .audit-kind").allInnerTexts())])
      .toEqual(["Forløb"]);
    const stop = admin.locator(".audit-table tbody > tr", { hasText: "Gatebeslutning: Stop" }).first();
    await stop.locator("summary").click();
    await expect.poll(() => stop.locator(".audit-diff").innerText()).toContain("Stoppet – med erfaringer");
    expect(await stop.innerText()).not.toMatch(/gate:stop|stopped/);
    await expectNoAxeViolations(admin, "the audit log filtered to processes");
    await admin.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(admin, "the audit log at 390 px");
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await admin.setViewportSize({ width: 1280, height: 900 });
    const processLink = stop.locator("td").nth(2).getByRole("link").first();
    const processName = await processLink.innerText();
    await processLink.click();
    await admin.waitForURL(/\/forloeb\//);
    await heading(admin, processName);
    await admin.goBack();
    await heading(admin, "Revisionslog");

    await admin.getByRole("link", { name: "Udbakke" }).click();
    await heading(admin, "Udbakke");
    const mail = admin.locator(".outbox-mail", { hasText: "nina.holt@loeftelet.example" });
    await mail.waitFor();
    expect(await mail.innerText()).toContain("Invitation til Samspil");
    await expectNoAxeViolations(admin, "the outbox");
    // The outbox page masks the personal link; the invitee's own mail has it.
    expect(await mail.innerText()).toContain("/invitation/•••");
    const link = /https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/.exec(
      (await e2e.mailTo("nina.holt@loeftelet.example")).text,
    )?.[0];
    expect(link).toMatch(new RegExp(`^${e2e.baseUrl}/invitation/`));

    const invitee = await e2e.newPage();
    await invitee.goto(link ?? "");
    await heading(invitee, "Vælg din adgangskode");
    expect(await invitee.locator("main").innerText()).toContain("nina.holt@loeftelet.example");
    await expectNoAxeViolations(invitee, "the invitation page");
    await invitee.getByLabel("Adgangskode", { exact: false }).first().fill("kort");
    await invitee.getByLabel("Gentag adgangskoden").fill("kort");
    await invitee.getByRole("button", { name: "Gem adgangskode" }).click();
    await expect
      .poll(() => invitee.locator("#invitation-password-error").innerText())
      .toContain(MESSAGES.da.password_short);

    await invitee.locator("#invitation-password").fill("løft sammen hver dag");
    await invitee.getByLabel("Gentag adgangskoden").fill("løft sammen hver dag");
    await invitee.getByRole("button", { name: "Gem adgangskode" }).click();
    // Signed in at once: no detour through the login page.
    await invitee.waitForURL((url) => url.pathname === "/");
    await expect.poll(() => invitee.locator("header").innerText()).toContain("Nina Holt");

    // The link works once.
    await invitee.goto(link ?? "");
    await expect.poll(() => invitee.locator("main").innerText()).toContain("Invitationen er allerede brugt");
  });

  it("a company member sees no staff actions, is refused the admin pages, edits only what members may", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.companyMember);
    await heading(page, "Velkommen, Mads");
    await page.goto("/organisationer");
    await page.locator(".organisation-table").waitFor();
    expect(await page.getByRole("link", { name: "Opret organisation" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Importér" }).count()).toBe(0);
    expect(await page.getByRole("navigation", { name: "Hovedmenu" }).innerText()).not.toContain("Administration");

    await page.goto("/admin/brugere");
    await heading(page, "Ingen adgang");
    await page.goto("/organisationer/ny");
    await heading(page, "Ingen adgang");

    await page.goto("/");
    await page.getByRole("link", { name: "Se din organisation" }).click();
    await heading(page, "LøfteLet ApS");
    expect(await page.getByRole("button", { name: "Arkivér" }).count()).toBe(0);
    await page.getByRole("link", { name: "Redigér" }).click();
    await heading(page, "Redigér LøfteLet ApS");
    // Kind, CVR and parent are shown but cannot be changed by a member.
    expect(await page.getByLabel("CVR-nummer").count()).toBe(0);
    expect(await page.getByLabel("Type").count()).toBe(0);
    expect(await page.locator("main").innerText()).toContain("kan kun ændres af innovationsagenter og programlederen");
    await page.getByLabel("Adresse").fill("Sønderhøj 12, 8260 Viby J");
    await page.getByRole("button", { name: "Gem ændringer" }).click();
    await expect.poll(() => page.locator(".organisation-facts").innerText()).toContain("Sønderhøj 12, 8260 Viby J");

    await page.goto("/organisationer?q=Spiseven");
    await page.getByRole("link", { name: "Spiseven Robotics ApS" }).click();
    await heading(page, "Spiseven Robotics ApS");
    expect(await page.getByRole("link", { name: "Redigér" }).count()).toBe(0);
  });
});
