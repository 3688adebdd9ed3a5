import type { Page } from "playwright-core";
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

const isFocused = (page: Page, className: string) =>
  page.evaluate((name) => document.activeElement?.classList.contains(name) ?? false, className);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Answers every scale question still open with «Ved ikke» (the respondent does not know). */
async function answerTheRestWithDontKnow(page: Page, label: string): Promise<void> {
  for (const group of await page.locator(".respond-scale").all()) {
    if ((await group.locator("input:checked").count()) === 0) {
      await group.getByLabel(label, { exact: true }).check();
    }
  }
}

describe("360° assessments", () => {
  it("agent starts an assessment; a relative answers on a phone by keyboard, comes back and submits once", async () => {
    const agent = await e2e.newPage();
    await login(agent, USERS.agent);
    await agent.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "Vurderinger" }).click();
    await heading(agent, "360°-vurderinger");
    await agent.locator(".assessment-table").waitFor();
    await expectNoAxeViolations(agent, "the assessment list");

    await agent.getByRole("link", { name: "Start vurdering" }).click();
    await heading(agent, "Start vurdering");
    await agent.getByRole("button", { name: "Start vurdering" }).click();
    await expect.poll(() => isFocused(agent, "error-summary")).toBe(true);
    expect(await agent.locator("#field-organisationId-error").innerText()).toContain(MESSAGES.da.required);
    await expectNoAxeViolations(agent, "the start form with errors");
    await agent.locator("#field-organisationId").fill("Aarhus Syd");
    await agent.getByRole("button", { name: /Hjemmeplejen Aarhus Syd/ }).click();
    await agent.locator("#field-title").fill("Innovationsvurdering 2027");
    await agent.getByRole("button", { name: "Start vurdering" }).click();
    await agent.waitForURL(/\/vurderinger\/[0-9a-f-]{36}$/);
    await heading(agent, "Innovationsvurdering 2027");
    expect(await agent.locator("main").innerText()).toContain("Vurderingen er startet");

    await agent.locator("#invite-audience").selectOption("citizens");
    await agent.locator("#invite-name").fill("Ruth Andersen");
    await agent.getByRole("button", { name: "Invitér og lav link" }).click();
    const linkField = agent.locator("#issued-link-value");
    await linkField.waitFor();
    const issued = await agent.locator(".issued-link").innerText();
    expect(issued).toContain("Linket vises kun nu");
    expect(issued).toContain("Der er ikke sendt nogen e-mail");
    const link = new URL(await linkField.inputValue());
    expect(link.pathname).toMatch(/^\/svar\/[A-Za-z0-9_-]{40,}$/);
    await expect.poll(() => agent.locator(".respondents-table").innerText()).toContain("Ruth Andersen");
    await expectNoAxeViolations(agent, "an open assessment with the once-shown link");

    // The respondent: no account, a phone, the keyboard.
    const phone = await e2e.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(link.pathname);
    await heading(phone, "Samspil 360 – innovationsvurdering");
    expect(await phone.getByRole("navigation", { name: "Hovedmenu" }).count()).toBe(0);
    expect(await phone.locator(".respond-progress-text").innerText()).toBe("0 af 11 besvaret");
    await expectNoAxeViolations(phone, "the respondent's form on a phone");

    await phone.locator("#q-tech_fit").focus();
    await phone.keyboard.press("ArrowDown");
    await phone.keyboard.press("ArrowDown");
    await phone.keyboard.press("ArrowDown");
    await phone.keyboard.press("Tab");
    await phone.keyboard.press("Space");
    await expect.poll(() => phone.locator(".respond-progress-text").innerText()).toBe("2 af 11 besvaret");
    expect(await phone.locator('input[name="tech_fit"][value="4"]').isChecked()).toBe(true);
    await expect.poll(() => phone.locator(".respond-save-status").innerText()).toContain("Alle svar er gemt");

    // Coming back later: the answers were saved.
    await phone.reload();
    await phone.locator('input[name="tech_fit"]').first().waitFor();
    expect(await phone.locator('input[name="tech_fit"][value="4"]').isChecked()).toBe(true);

    // Submitting too early: the server's missing questions, listed and linked.
    await phone.getByRole("button", { name: "Indsend" }).click();
    await expect.poll(() => isFocused(phone, "error-summary")).toBe(true);
    const summary = phone.locator(".error-summary");
    expect(await summary.innerText()).toContain("Besvar de 6 spørgsmål, der mangler");
    await summary.getByRole("link").first().click();
    await expect.poll(() => focusedId(phone)).toMatch(/^q-[a-z_]+$/);

    // In English, the same saved answers.
    await phone.locator(".respond-language").click();
    await heading(phone, "Samspil 360 – innovation assessment");
    expect(await phone.locator('input[name="tech_fit"][value="4"]').isChecked()).toBe(true);
    await answerTheRestWithDontKnow(phone, "Don't know");
    await phone.locator("#q-user_comment").fill("Somebody should show me how it works before it is installed.");
    await expect.poll(() => phone.locator(".respond-progress-text").innerText()).toBe("9 of 11 answered");
    await phone.getByRole("button", { name: "Submit" }).click();
    await heading(phone, "Thank you for your answers");
    const reference = (await phone.locator(".respond-reference").innerText()).trim();
    expect(reference).toMatch(/^SV-[0-9A-F]{8}$/);
    await expectNoAxeViolations(phone, "the receipt");

    // A second submit (a double tap, a retried request) gives the same receipt; the link now shows it.
    const again = await phone.request.post(`/api/respond/${link.pathname.split("/").pop()}/submit`);
    expect(again.status()).toBe(200);
    expect((await again.json()).reference).toBe(reference);
    await phone.reload();
    await expect.poll(() => phone.locator("main").innerText()).toContain("You have already submitted your answers");
    expect(await phone.locator(".respond-reference").innerText()).toBe(reference);

    await agent.reload();
    await expect.poll(() => agent.locator(".respondents-table").innerText()).toContain("Indsendt");
    expect(await agent.locator("#rate-citizens-numbers").innerText()).toContain("1 af 1 har indsendt");

    // Ruth asks to be forgotten: the agent erases her name and link after a confirmation; her answers still count.
    await agent.getByRole("button", { name: /^Slet personoplysninger\s*:\s*Ruth Andersen$/ }).click();
    const dialog = agent.getByRole("dialog", { name: "Slet personoplysninger om Ruth Andersen?" });
    expect(await dialog.innerText()).toContain("De indsendte svar bliver i vurderingen uden navn");
    await expectNoAxeViolations(agent, "the erase confirmation");
    await dialog.getByRole("button", { name: "Slet personoplysninger" }).click();
    await expect.poll(() => agent.locator(".respondents-table").innerText()).toContain("Personoplysninger slettet");
    expect(await agent.locator(".respondents-table").innerText()).not.toContain("Ruth Andersen");
    expect(await agent.locator("#rate-citizens-numbers").innerText()).toContain("1 af 1 har indsendt");
    await phone.reload();
    await expect.poll(() => phone.locator("main").innerText()).not.toContain("You have already submitted");

    // A link that leads nowhere says so, and what to do.
    const stranger = await e2e.newPage();
    await stranger.goto("/svar/ikke-et-rigtigt-link-men-langt-nok");
    await heading(stranger, "Linket virker ikke");
    await expectNoAxeViolations(stranger, "an unknown respondent link");
  });

  it("agent invites many at once: a wrong group in a pasted list is named with its row and the choices", async () => {
    const agent = await e2e.newPage();
    await agent.setViewportSize({ width: 390, height: 844 });
    await login(agent, USERS.agent);
    await agent.goto("/vurderinger/ny");
    await heading(agent, "Start vurdering");
    await agent.locator("#field-organisationId").fill("Aarhus Syd");
    await agent.getByRole("button", { name: /Hjemmeplejen Aarhus Syd/ }).click();
    await agent.locator("#field-title").fill("Vurdering med mange respondenter");
    await agent.getByRole("button", { name: "Start vurdering" }).click();
    await heading(agent, "Vurdering med mange respondenter");

    const bulk = agent.locator(".bulk-respondents");
    // Nothing pasted: the summary says so and leads to the field.
    await bulk.getByRole("button", { name: "Se listen" }).click();
    await expect.poll(() => isFocused(agent, "error-summary")).toBe(true);
    expect(await bulk.locator("#bulk-text-error").innerText()).toContain("Indsæt listen");

    const list = (group: string) =>
      [
        "Navn;E-mail;Gruppe",
        "Ane Berg;ane@example.dk;Ledelse",
        `Bo Holm;bo@example.dk;${group}`,
        "Cai Lund;cai@example.dk;Borgere og pårørende",
      ].join("\n");
    await bulk.locator("#bulk-text").fill(list("Chefer"));
    await bulk.getByRole("button", { name: "Se listen" }).click();
    await expect.poll(() => isFocused(agent, "error-summary")).toBe(true);
    const summary = await bulk.locator(".error-summary").innerText();
    expect(summary).toContain("Række 3, Gruppe");
    expect(summary).toContain("Ledelse, Medarbejdere, Borgere og pårørende, Samarbejdspartnere");
    expect(await bulk.locator("#bulk-row-3").innerText()).toContain("Gruppen skal være en af");
    expect(await bulk.locator("#bulk-row-3").innerText()).toContain("Bo Holm;bo@example.dk;Chefer");
    expect(await bulk.locator("#bulk-row-2").innerText()).toContain("ane@example.dk");
    expect(await bulk.getByRole("button", { name: /^Invitér/ }).count()).toBe(0);
    await bulk.locator(".error-summary").getByRole("link").first().click();
    await expect.poll(() => focusedId(agent)).toBe("bulk-row-3");
    await expectNoAxeViolations(agent, "a bulk list with a wrong row at 390 px");

    // Fixed: «medarbejdere» in lower case is a group too; everyone is invited, one mail each, no link shown.
    await bulk.locator("#bulk-text").fill(list("medarbejdere"));
    await bulk.getByRole("button", { name: "Se listen" }).click();
    expect(await bulk.locator("#bulk-row-3").innerText()).toContain("Medarbejdere");
    await bulk.getByRole("button", { name: "Invitér 3 personer" }).click();
    await expect.poll(() => bulk.locator(".alert-success").innerText()).toContain("3 personer er inviteret");
    await expect.poll(() => agent.locator(".respondents-table tbody tr").count()).toBe(3);
    const listed = await agent.locator(".respondents-table").innerText();
    for (const name of ["Ane Berg", "Bo Holm", "Cai Lund"]) {
      expect(listed).toContain(name);
    }
    expect(await agent.locator("main").innerText()).not.toMatch(/\/svar\//);
    expect(await agent.locator("#issued-link-value").count()).toBe(0);
    expect(await agent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(agent, "the respondents after a bulk invitation at 390 px");

    // A CSV file (columns in another order) is read and invited the same way.
    await bulk.getByLabel("Upload en fil (CSV eller XLSX)").check();
    await bulk.locator("#bulk-file").setInputFiles({
      name: "personer.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Gruppe;Navn;E-mail\nSamarbejdspartnere;Dea Juhl;dea@example.dk\n", "utf8"),
    });
    await bulk.getByRole("button", { name: "Se listen" }).click();
    await expect.poll(() => bulk.locator("#bulk-row-2").innerText()).toContain("Samarbejdspartnere");
    await bulk.getByRole("button", { name: "Invitér 1 person" }).click();
    await expect.poll(() => agent.locator(".respondents-table tbody tr").count()).toBe(4);
    expect(await agent.locator(".respondents-table").innerText()).toContain("Dea Juhl");
  });

  it("results: radar with its figures in a table; a gap becomes one need, a company member sees nothing", async () => {
    const agent = await e2e.newPage();
    await login(agent, USERS.agent);
    await agent.goto("/vurderinger?status=closed");
    const row = agent
      .locator(".assessment-table tbody tr", { hasText: "Hjemmeplejen Aarhus Syd" })
      .filter({ hasText: "Innovationsvurdering 2026" });
    await row.getByRole("link").click();
    await heading(agent, "Innovationsvurdering 2026");
    await agent.getByRole("link", { name: "Se resultater" }).click();
    await heading(agent, "Resultater: Innovationsvurdering 2026");
    const resultsUrl = agent.url();

    await agent.locator(".radar-chart svg").waitFor();
    expect(await agent.locator(".radar-chart").getAttribute("role")).toBe("img");
    expect(await agent.locator("#score-table tbody tr", { hasText: "Teknologi" }).innerText()).toContain("77,1");
    await expectNoAxeViolations(agent, "the results");
    // Baselines join the chart and the table together.
    await agent.getByRole("checkbox", { name: "Forrige vurdering" }).check();
    expect(await agent.locator("#score-table thead").innerText()).toContain("Forrige vurdering");

    expect(await agent.locator(".comparison-table tbody tr", { hasText: "Teknologi" }).innerText()).toContain("+31,3");
    expect(await agent.locator("main").innerText()).toContain("Tabletten til dokumentation er god");

    const firstGap = agent.locator(".gap-item").first();
    expect(await firstGap.locator("h3").innerText()).toContain("Implementering og drift");
    await firstGap.getByRole("button", { name: /Opret behov/ }).click();
    const needLink = firstGap.getByRole("link", { name: "Se behovet" });
    await needLink.waitFor();
    expect(await needLink.getAttribute("href")).toMatch(/^\/behov\/[0-9a-f-]{36}$/);
    expect(await firstGap.innerText()).toContain("er oprettet");
    await agent.reload();
    await agent.locator(".gap-item").first().getByRole("link", { name: "Se behovet" }).waitFor();
    expect(
      await agent
        .locator(".gap-item")
        .first()
        .getByRole("button", { name: /Opret behov/ })
        .count(),
    ).toBe(0);

    const [download] = await Promise.all([
      agent.waitForEvent("download"),
      agent.getByRole("link", { name: "Hent rå svar (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^360-innovationsvurdering-2026\.xlsx$/);
    expect(await agent.getByRole("link", { name: /Udskriv rapport/ }).getAttribute("target")).toBe("_blank");

    // The assessed institution reads its results, without the agent's actions.
    const member = await e2e.newPage();
    await login(member, USERS.publicMember);
    await member.goto(new URL(resultsUrl).pathname);
    await heading(member, "Resultater: Innovationsvurdering 2026");
    expect(await member.getByRole("button", { name: /Opret behov/ }).count()).toBe(0);

    // A company: no assessments in the list, and the results are not there for it.
    const company = await e2e.newPage();
    await login(company, USERS.companyMember);
    await company.goto("/vurderinger");
    await expect
      .poll(() => company.locator(".empty-state").innerText())
      .toContain(
        "360°-vurderinger gælder offentlige institutioner og enheder. LøfteLet ApS er ikke en offentlig organisation",
      );
    await company.goto(new URL(resultsUrl).pathname);
    await expect.poll(() => company.locator("main").innerText()).toContain("Vi kan ikke finde det, du leder efter");
    expect(await company.locator("main").innerText()).not.toContain("Tabletten");
  });

  it("the programme manager edits Samspil 360 into a new draft, publishes it, deletes an unused draft", async () => {
    const admin = await e2e.newPage();
    await login(admin, USERS.admin);
    await admin.goto("/vurderinger/skabeloner");
    await heading(admin, "Skabeloner til vurderinger");
    await admin.locator(".templates-table").waitFor();
    await expectNoAxeViolations(admin, "the template list");

    await admin.getByRole("link", { name: /^Redigér som ny version/ }).click();
    await heading(admin, "Redigér Samspil 360 – innovationsvurdering (version 1)");
    await admin.locator("#field-definition-title-da").fill("");
    await admin.getByRole("button", { name: "Gem som ny kladde" }).click();
    await expect.poll(() => isFocused(admin, "error-summary")).toBe(true);
    expect(await admin.locator(".error-summary").innerText()).toContain(`Titel (dansk): ${MESSAGES.da.required}`);
    await admin.locator("#field-definition-title-da").fill("Samspil 360 – innovationsvurdering");

    await admin.locator("summary", { hasText: "Teknologi" }).click();
    await admin.getByRole("button", { name: "Tilføj spørgsmål" }).first().click();
    await admin
      .locator("#field-definition-sections-0-questions-6-text-da")
      .fill("Vi får besked, når en ny løsning er klar til afprøvning.");
    await admin
      .locator("#field-definition-sections-0-questions-6-text-en")
      .fill("We are told when a new solution is ready to be tried.");
    await expectNoAxeViolations(admin, "the template editor");
    await admin.getByRole("button", { name: "Gem som ny kladde" }).click();

    await admin.waitForURL((url) => /\/vurderinger\/skabeloner\/[0-9a-f-]{36}$/.test(url.pathname));
    await heading(admin, "Samspil 360 – innovationsvurdering (version 2)");
    expect(await admin.locator("main").innerText()).toContain("Ændringerne er gemt som en ny kladde");
    expect(await admin.locator("main").innerText()).toContain(
      "Vi får besked, når en ny løsning er klar til afprøvning.",
    );
    await expectNoAxeViolations(admin, "a template version");
    await admin.getByRole("button", { name: "Udgiv" }).click();
    const publish = admin.getByRole("dialog", { name: "Udgiv version 2?" });
    await publish.getByRole("button", { name: "Udgiv" }).click();
    await expect.poll(() => admin.locator("main").innerText()).toContain("Versionen er udgivet");

    await admin.getByRole("link", { name: "Alle skabeloner" }).click();
    const rows = admin.locator(".templates-table tbody tr");
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain("Udgivet");
    expect(await rows.nth(1).innerText()).toContain("Trukket tilbage");

    // An unused draft can be deleted, after a confirmation.
    await rows
      .nth(0)
      .getByRole("link", { name: /^Redigér som ny version/ })
      .click();
    await admin.getByRole("button", { name: "Gem som ny kladde" }).click();
    await heading(admin, "Samspil 360 – innovationsvurdering (version 3)");
    await admin.getByRole("button", { name: "Slet" }).click();
    await admin
      .getByRole("dialog", { name: "Slet kladden (version 3)?" })
      .getByRole("button", { name: "Slet" })
      .click();
    await admin.waitForURL("**/vurderinger/skabeloner");
    // The URL changes before the list has rendered: wait for the list's message.
    await expect.poll(() => admin.locator("main").innerText()).toContain("(version 3) er slettet");
    await expect.poll(() => rows.count()).toBe(2);
  });
});
