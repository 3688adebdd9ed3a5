import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { MESSAGES } from "../../src/domain/validation.js";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const LIFTING = "Fra 2 til 1: loftlifte i hjemmeplejen";

async function openTab(page: Page, name: string): Promise<void> {
  await page
    .getByRole("navigation", { name: "Forløbets sider" })
    .getByRole("link", { name: new RegExp(`^${name}`) })
    .click();
  await page.locator("#panel-heading", { hasText: name }).waitFor();
}

async function openProcess(page: Page, title: string): Promise<void> {
  await page.goto("/forloeb?visning=liste");
  await page.getByRole("link", { name: title }).click();
  await page.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
  await heading(page, title);
}

describe("innovation processes", () => {
  it("agent finds the blocked partnership gate, settles agreements, says go; the need owner is notified", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.getByRole("link", { name: "Forløb", exact: true }).click();
    await heading(page, "Innovationsforløb");

    // The board: the OPIguide's five stages over the seven phases; a stop is shown calmly.
    const board = page.getByRole("region", { name: /Tavle med forløb/ });
    await board.waitFor();
    const stages = await board.locator(".process-stage-heading").allInnerTexts();
    expect(stages.map((text) => text.replace(/\s+/g, " ").trim())).toEqual([
      "1 Idé",
      "2 Opstart",
      "3 Innovation",
      "4 Markedsmodning",
      "5 Implementering",
    ]);
    expect(await board.locator(".process-column", { hasText: "3. Partnerskab og aftaler" }).innerText()).toContain(
      LIFTING,
    );
    expect(await board.locator(".process-card", { hasText: "Vaske-tørre-toiletter" }).innerText()).toContain(
      "Stoppet – med erfaringer",
    );
    await expectNoAxeViolations(page, "the process board");

    // Filters live in the URL, folded away until one is in use; the list view reads row by row.
    expect(await page.locator(".process-filters details").getAttribute("open")).toBeNull();
    expect(await page.getByRole("group", { name: "Visning" }).getByRole("button").allInnerTexts()).toEqual([
      "Liste",
      "Tavle",
    ]);
    await page.getByText("Filtrér forløbene").click();
    await page.getByLabel("Status").selectOption("stopped");
    await page.getByRole("button", { name: "Vis forløb" }).click();
    await page.waitForURL(/status=stopped/);
    expect(await page.locator(".process-filters details").getAttribute("open")).not.toBeNull();
    await page.getByRole("button", { name: "Liste" }).click();
    await page.waitForURL(/visning=liste/);
    await expect.poll(() => page.locator(".process-list-table tbody tr").count()).toBe(1);
    expect(await page.locator(".process-list-table").innerText()).toContain("Vaske-tørre-toiletter på plejehjem");
    await expectNoAxeViolations(page, "the process list");

    await openProcess(page, LIFTING);
    expect(await page.locator(".process-stepper li[aria-current='step']").innerText()).toContain(
      "Partnerskab og aftaler",
    );
    await expectNoAxeViolations(page, "a process's overview");

    // The Innovationsbarometer tags on the overview: the agent sets the novelty and saves.
    const tags = page.getByRole("region", { name: "Innovationsbarometeret" });
    await tags.getByLabel("Nyhedsgrad").selectOption({ label: "Inspireret af andre, men væsentligt tilpasset" });
    await tags.getByRole("button", { name: "Gem kendetegn" }).click();
    await tags.getByText("Kendetegnene er gemt.").waitFor();
    expect(await tags.getByLabel("Nyhedsgrad").inputValue()).toBe("adapted");
    await tags.screenshot({ path: "/tmp/process-tags.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await tags.screenshot({ path: "/tmp/process-tags-390.png" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolations(page, "a process's Innovationsbarometer tags, saved");

    // The gate lists what blocks «go» before anyone tries, and «Go» cannot be chosen.
    await openTab(page, "Gate");
    const blockers = page.locator(".go-blockers");
    expect(await blockers.innerText()).toContain("Aftalepunktet «Immaterielle rettigheder (IP)» er ikke afklaret");
    expect(await blockers.innerText()).toContain("Aftalepunktet «Udbudsretligt grundlag» er ikke afklaret");
    expect(await page.getByLabel("Go", { exact: true }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Registrér beslutningen" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    expect(await page.locator("#gate-rationale-error").innerText()).toContain(MESSAGES.da.required);
    await expectNoAxeViolations(page, "the gate form with errors");

    // Settle the two open agreement items.
    await blockers.getByRole("link", { name: "Gå til aftalerne" }).first().click();
    await page.locator("#panel-heading", { hasText: "Aftaler" }).waitFor();
    expect(await page.locator(".agreements-progress").innerText()).toBe(
      "4 af 6 punkter er afklaret eller ikke relevante",
    );
    for (const [item, id] of [
      ["Immaterielle rettigheder (IP)", "ip"],
      ["Udbudsretligt grundlag", "procurement_basis"],
    ]) {
      const card = page.locator(".agreement-item", { has: page.locator(`#agreement-${id}-heading`) });
      await card.getByLabel("Status").selectOption("settled");
      await card.getByLabel("Note").fill("Aftalt i samarbejdsaftalen af 1. december");
      await card.getByRole("button", { name: /Gem/ }).click();
      await expect
        .poll(() =>
          page
            .getByRole("status")
            .filter({ hasText: `«${item}» er gemt` })
            .count(),
        )
        .toBe(1);
    }
    await expect
      .poll(() => page.locator(".agreements-progress").innerText())
      .toBe("6 af 6 punkter er afklaret eller ikke relevante");
    await expectNoAxeViolations(page, "the agreement checklist");

    // Now «go» is possible; the decision is confirmed, recorded and moves the process on.
    await openTab(page, "Gate");
    expect(await page.locator("main").innerText()).toContain("Alt er på plads til, at forløbet kan sige go");
    await page.getByLabel("Go", { exact: true }).check();
    await page.getByLabel("Begrundelse").fill("Samarbejdsaftalen er underskrevet af alle fire parter");
    await page.getByRole("button", { name: "Registrér beslutningen" }).click();
    const dialog = page.getByRole("dialog", { name: "Sig go og gå videre?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Ja, sig go" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Forløbet er nu i fasen «Udvikling»" }).count())
      .toBe(1);
    await expect
      .poll(() => page.locator(".process-header-badges").innerText(), { timeout: 15_000 })
      .toContain("Fase 4. Udvikling");

    await openTab(page, "Tidslinje");
    const last = page.locator(".process-timeline-item").last();
    expect(await last.innerText()).toContain("Gaten efter 3. Partnerskab og aftaler");
    expect(await last.innerText()).toContain("Samarbejdsaftalen er underskrevet af alle fire parter");
    expect(await last.innerText()).toContain("Besluttet af Jonas Holm");
    await expectNoAxeViolations(page, "the gate timeline");

    // The need owner's member gets the decision in the app.
    const owner = await e2e.newPage();
    await login(owner, USERS.publicMember);
    await owner.getByRole("link", { name: "Notifikationer" }).first().click();
    await heading(owner, "Notifikationer");
    await expect.poll(() => owner.locator(".notification-unread").first().innerText()).toContain(`Go: ${LIFTING}`);
    await expectNoAxeViolations(owner, "the notifications");
    await owner.getByRole("button", { name: "Markér alle som læst" }).click();
    await expect
      .poll(() => owner.locator(".results-status").innerText())
      .toContain("Du har ingen ulæste notifikationer");
  });

  it("an agent starts a process from a need, plans the work, and stops it with lessons learned", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.goto("/forloeb");
    await page.getByRole("link", { name: "Start et nyt forløb" }).click();
    await heading(page, "Start et nyt forløb");

    // The shared schema's messages, in the form's order, before anything is sent.
    await page.getByRole("button", { name: "Start forløbet" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.locator("li").allInnerTexts()).toEqual([
      `Behov, forløbet tager udgangspunkt i: ${MESSAGES.da.need_required}`,
      `Titel: ${MESSAGES.da.required}`,
      `Type forløb: ${MESSAGES.da.required}`,
    ]);
    await expectNoAxeViolations(page, "the new-process form with errors");

    await page.getByLabel("Robotter til rutineopgaver på plejecentret").check();
    await page.getByLabel("Titel").fill("Servicerobot på Ølby Ældrecenter");
    await page.getByLabel("Individuelt forløb").check();
    await page.getByLabel("Tema", { exact: true }).fill("robotter");
    await page.getByLabel("Udbudsfrit OPI-samarbejde").check();
    await page.getByRole("button", { name: "Tilføj deltager" }).click();
    await page.getByLabel("Rolle").selectOption("developer");
    await page.getByLabel("Organisation").fill("Robonær");
    await page.locator(".picker-results button", { hasText: "Robonær A/S" }).click();
    await page.getByRole("button", { name: "Start forløbet" }).click();
    await page.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
    await heading(page, "Servicerobot på Ølby Ældrecenter");
    expect(await page.getByRole("status").filter({ hasText: "Forløbet er startet" }).count()).toBe(1);

    await openTab(page, "Deltagere");
    const participants = await page.locator(".process-panel table").innerText();
    expect(participants).toMatch(/Ølby Ældrecenter\s+Offentlig enhed\s+Behovsejer/);
    expect(participants).toMatch(/Robonær A\/S\s+Virksomhed\s+Udvikler\/leverandør/);
    await expectNoAxeViolations(page, "the participants");

    // A task's owner is chosen among the process's people: here the programme manager.
    await openTab(page, "Opgaver og milepæle");
    const work = page.getByRole("region", { name: "Arbejdsplan" });
    await work.getByLabel("Titel").fill("Aftal testperiode med personalet");
    expect(
      await work.locator("optgroup").evaluateAll((groups) => groups.map((group) => group.getAttribute("label"))),
    ).toContain("Innovationsagenter og programleder");
    await work.getByLabel("Ansvarlig", { exact: true }).selectOption({ label: "Lone Kristensen" });
    await work.getByRole("button", { name: "Tilføj" }).click();
    const workRow = work.locator("tbody tr", { hasText: "Aftal testperiode med personalet" });
    await workRow.waitFor();
    expect(await workRow.innerText()).toContain("Lone Kristensen");

    // The implementation plan is its own list; ticking an item off saves at once.
    const plan = page.getByRole("region", { name: "Implementeringsplan" });
    await plan.getByLabel("Type").selectOption("training");
    await plan.getByLabel("Titel").fill("Oplæring af superbrugere i robotten");
    await plan.getByLabel("Ansvarliges navn").fill("Teamleder, Ølby Ældrecenter");
    await plan.getByLabel("Frist").fill("2027-02-01");
    await plan.getByRole("button", { name: "Tilføj" }).click();
    const row = plan.locator("tbody tr", { hasText: "Oplæring af superbrugere i robotten" });
    await row.waitFor();
    expect(await row.innerText()).toContain("Teamleder, Ølby Ældrecenter");
    await row.getByLabel("«Oplæring af superbrugere i robotten» er udført").check();
    await expect.poll(() => plan.getByRole("status").innerText()).toContain("er markeret som udført");
    await expectNoAxeViolations(page, "tasks and the implementation plan");

    await openTab(page, "Testplaner");
    await page.getByLabel("Hvad testes").fill("Robotten kører mad og linned ud om formiddagen");
    await page.getByLabel("Hypotese").fill("Personalet sparer mindst 30 minutter pr. vagt");
    await page.getByLabel("Startdato").fill("2027-03-01");
    await page.getByLabel("Slutdato").fill("2027-02-01");
    await page.getByRole("button", { name: "Tilføj testplan" }).click();
    await expect.poll(() => page.locator("#plan-ends-error").innerText()).toContain(MESSAGES.da.end_before_start);
    await page.getByLabel("Slutdato").fill("2027-05-31");
    await page.getByRole("button", { name: "Tilføj testplan" }).click();
    await page.locator(".test-plan-card", { hasText: "Robotten kører mad og linned ud" }).waitFor();
    await expectNoAxeViolations(page, "the test plans");

    // Stopping asks for lessons learned; afterwards the stop is shown as a result, not a failure.
    await openTab(page, "Gate");
    await page.getByLabel("Stop", { exact: true }).check();
    await page.getByLabel("Begrundelse").fill("Ældrecentret har fået en robot gennem en anden kommunal indkøbsaftale");
    await page.getByRole("button", { name: "Registrér beslutningen" }).click();
    await expect.poll(() => page.locator("#gate-lessons-error").innerText()).toContain(MESSAGES.da.lessons_required);
    await page.getByLabel("Erfaringer").fill("Afdæk eksisterende indkøbsaftaler i behovsafklaringen.");
    await page.getByRole("button", { name: "Registrér beslutningen" }).click();
    await page
      .getByRole("dialog", { name: "Stop forløbet?" })
      .getByRole("button", { name: "Ja, stop forløbet" })
      .click();
    await expect.poll(() => page.locator(".process-header-badges").innerText()).toContain("Stoppet – med erfaringer");
    expect(await page.locator("main").innerText()).toContain("Afdæk eksisterende indkøbsaftaler i behovsafklaringen.");

    await openTab(page, "Aktivitet");
    const activity = await page.locator(".activity-table").innerText();
    expect(activity).toContain("Stop – forløbet blev stoppet i «Behovsafklaring»");
    expect(activity).toContain("Markerede «Oplæring af superbrugere i robotten» som udført");
    await expectNoAxeViolations(page, "the activity log");
  });

  it("a company member sees only own processes, cannot steer, never another company's confidential doc", async () => {
    const agent = await e2e.newPage();
    await login(agent, USERS.agent);
    await openProcess(agent, LIFTING);
    await openTab(agent, "Dokumenter");
    const upload = async (name: string, content: string, confidentialFor?: string) => {
      await agent.getByLabel("Fil").setInputFiles({ name, mimeType: "application/pdf", buffer: Buffer.from(content) });
      if (confidentialFor) {
        await agent.getByLabel("Fortroligt for").selectOption({ label: confidentialFor });
      }
      await agent.getByRole("button", { name: "Upload", exact: true }).click();
    };
    // The server checks the content, not the name: its message lands next to the field.
    await upload("aftale.pdf", "<html>not a pdf</html>");
    await expect
      .poll(() => agent.locator("#document-file-error").innerText())
      .toContain("indholdet skal passe til filtypen");
    await upload("samarbejdsaftale.pdf", "%PDF-1.4 samarbejdsaftale");
    await agent.locator(".document-table", { hasText: "samarbejdsaftale.pdf" }).waitFor();
    await upload("vendeseng-prisoverslag.pdf", "%PDF-1.4 prisoverslag", "VendeSeng A/S");
    const confidentialRow = agent.locator(".document-table tr", { hasText: "vendeseng-prisoverslag.pdf" });
    await confidentialRow.waitFor();
    expect(await confidentialRow.innerText()).toContain("Fortroligt for VendeSeng A/S");
    await expectNoAxeViolations(agent, "the documents");

    const member = await e2e.newPage();
    await login(member, USERS.companyMember);
    await member.goto("/forloeb?visning=liste");
    await heading(member, "Innovationsforløb");
    await expect.poll(() => member.locator(".process-list-table tbody tr").count()).toBe(1);
    expect(await member.locator(".process-list-table").innerText()).toContain(LIFTING);
    expect(await member.getByRole("link", { name: "Start et nyt forløb" }).count()).toBe(0);
    await expectNoAxeViolations(member, "the board for a company member");

    // Another process is not there at all, and starting one is for agents.
    const screenVisitId = await agent.evaluate(async () => {
      const answer = (await (await fetch("/api/processes")).json()) as { items: { id: string; title: string }[] };
      return answer.items.find((item) => item.title === "Skærmbesøg i hjemmeplejen")?.id ?? "";
    });
    await member.goto(`/forloeb/${screenVisitId}`);
    // It says so about the process, without a pointless «Prøv igen».
    await expect
      .poll(() => member.locator(".alert-error").innerText())
      .toContain("Vi kan ikke finde dette forløb. Det findes ikke, eller du har ikke adgang til det.");
    expect(await member.locator(".alert-error").getByRole("button", { name: "Prøv igen" }).count()).toBe(0);
    await member.goto("/forloeb/nyt");
    await heading(member, "Ingen adgang");

    await openProcess(member, LIFTING);
    await openTab(member, "Gate");
    expect(await member.locator("main").innerText()).toContain(
      "Kun innovationsagenter, programlederen og behovsejerens medarbejdere kan træffe beslutninger",
    );
    expect(await member.getByRole("button", { name: "Registrér beslutningen" }).count()).toBe(0);

    await openTab(member, "Dokumenter");
    const documents = await member.locator(".document-table").innerText();
    expect(documents).toContain("samarbejdsaftale.pdf");
    expect(documents).not.toContain("vendeseng-prisoverslag");
    const choices = await member.getByLabel("Fortroligt for").locator("option").allInnerTexts();
    expect(choices).toEqual(["Ikke fortroligt – alle deltagere kan se det", "LøfteLet ApS"]);

    await openTab(member, "Aktivitet");
    const activity = await member.locator(".activity-table").innerText();
    expect(activity).toContain("Uploadede «samarbejdsaftale.pdf»");
    // An entry about a document the reader may not see is left out entirely, uploader and all.
    expect(activity).not.toContain("fortroligt dokument");
    expect(activity).not.toContain("vendeseng-prisoverslag");
  });
});
