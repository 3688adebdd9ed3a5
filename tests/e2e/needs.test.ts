import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/domain/validation.js";
import { formatDate } from "../../src/web/components/format.js";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

const LIFTING_NEED = "Færre tunge løft ved forflytning";
const LIFTING_CALL = "Markedsdialog: færre tunge løft ved forflytning i hjemmeplejen";

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await expect.poll(() => page.getByRole("tab", { name }).getAttribute("aria-selected")).toBe("true");
}

describe("needs, matching and funding", () => {
  it("an agent finds a need, sees why partners rank, dismisses one with a reason, sees the funding rules", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.getByRole("navigation", { name: "Hovedmenu", exact: true }).getByRole("link", { name: "Behov" }).click();
    await page.waitForURL("**/behov");
    await heading(page, "Behov");
    await page.locator(".needs-table").waitFor();
    await expectNoAxeViolations(page, "the needs list");

    // «forflytning» alone also finds the robot pilot's need (robots help with transfers there too).
    await page.getByLabel("Søg i behov").fill("tunge løft");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await page.waitForURL(/q=tunge/);
    await expect.poll(() => page.locator(".needs-table tbody a").allInnerTexts()).toEqual([LIFTING_NEED]);

    // The board: a column per status, and a need moved from the keyboard keeps focus.
    await page.getByRole("button", { name: "Tavle" }).click();
    await page.waitForURL(/visning=tavle/);
    await expect.poll(() => page.getByRole("button", { name: "Tavle" }).getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => page.locator("#board-column-in_process").innerText()).toBe("I forløb, 1 behov");
    await expectNoAxeViolations(page, "the needs board");
    await page.getByRole("combobox", { name: `Flyt «${LIFTING_NEED}» til` }).focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#board-column-matched").innerText()).toBe("Matchet, 1 behov");
    await expect
      .poll(() => page.locator("[role=status]", { hasText: "er flyttet til" }).innerText())
      .toBe(`«${LIFTING_NEED}» er flyttet til Matchet.`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(LIFTING_NEED);

    await page.getByRole("link", { name: LIFTING_NEED }).click();
    await page.waitForURL(/\/behov\/[0-9a-f-]{36}$/);
    await heading(page, LIFTING_NEED);
    expect(await page.locator("#panel-behov").innerText()).toContain("Forflytning og løft");
    await expectNoAxeViolations(page, "a need's page");

    // Tabs follow the arrow keys (one tab stop, WAI-ARIA tabs).
    await page.getByRole("tab", { name: "Behovet" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("tab", { name: "Partnere" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-partnere");
    const first = page.locator(".partner-list > li").first();
    await expect.poll(() => first.innerText()).toContain("LøfteLet ApS");
    const firstText = await first.innerText();
    expect(firstText).toContain("Kompetencer: Forflytning og løft, Hjælpemidler");
    expect(firstText).toContain("Erfaring med hjemmepleje");
    expect(firstText).toContain("Samme region (Region Midtjylland)");
    expect(firstText).toContain("På shortlisten");
    // The shared words as written in both texts, highlighted; knowledge institutions listed on their own.
    expect(firstText).toContain("Fælles ord (behovet · partneren):");
    expect(await first.locator(".shared-word mark").count()).toBeGreaterThan(1);
    const institutions = page.getByRole("list", { name: "Rangerede videninstitutioner" });
    await expect.poll(() => institutions.locator(":scope > li").count()).toBeGreaterThan(0);
    expect(await institutions.locator(":scope > li").first().innerText()).toContain("Landsdækkende");
    await expectNoAxeViolations(page, "the partners tab");

    const vendeSeng = page.locator(".partner-card", { hasText: "VendeSeng A/S" });
    await vendeSeng.getByRole("button", { name: "Fravælg VendeSeng A/S" }).click();
    const dialog = page.getByRole("dialog", { name: "Fravælg VendeSeng A/S" });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("decision-reason");
    await expectNoAxeViolations(page, "the dismiss dialog");
    await dialog.getByRole("button", { name: "Fravælg partneren" }).click();
    await expect.poll(() => dialog.locator(".form-error-message").innerText()).toContain(MESSAGES.da.reason_required);
    await dialog.getByLabel("Begrundelse").fill("Sælger kun til plejehjem, ikke til hjemmeplejen");
    await dialog.getByRole("button", { name: "Fravælg partneren" }).click();
    await expect.poll(() => page.locator(".alert-success").innerText()).toContain("VendeSeng A/S er fravalgt.");
    await expect.poll(() => vendeSeng.innerText()).toContain("Fravalgt");

    await openTab(page, "Shortliste");
    const row = page.locator(".shortlist-table tr", { hasText: "VendeSeng A/S" });
    await expect.poll(() => row.innerText()).toContain("Sælger kun til plejehjem, ikke til hjemmeplejen");
    expect(await row.innerText()).toContain("Jonas Holm");
    await expectNoAxeViolations(page, "the shortlist tab");

    // Four rounds the demo catalogue lacks (its real programmes state no dates ahead), added as an agent would.
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const rounds = {
      ahead: { name: "Forflytningspuljen", deadline: inDays(45), maxAmount: 400_000 },
      notYetOpen: { name: "Velfærdsteknologipuljen, 2. runde", opensOn: inDays(20), deadline: inDays(80) },
      passed: { name: "Arbejdsmiljøpuljen", deadline: inDays(-30), nextRound: "forventes at åbne i marts 2027" },
      rolling: { name: "Hjælpemiddelpuljen", rolling: true },
    };
    const created = await page.evaluate(async (programmes) => {
      const me = (await (await fetch("/api/me")).json()) as { csrfToken?: string };
      const statuses: number[] = [];
      for (const programme of programmes) {
        const response = await fetch("/api/funding-programmes", {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken ?? "" },
          body: JSON.stringify({ owner: "Testfonden", eligibleKinds: ["municipality"], ...programme }),
        });
        statuses.push(response.status);
      }
      return statuses;
    }, Object.values(rounds));
    expect(created).toEqual([201, 201, 201, 201]);

    await openTab(page, "Finansiering");
    const digst = page.locator(".programme-card", { hasText: "Digitaliseringsstyrelsen" });
    // Its counts are a guideline («som udgangspunkt»): shown as a point to argue, not as a rule that fails.
    await expect.poll(() => digst.innerText()).toContain("Som udgangspunkt mindst 6 kommuner – I har 1");
    expect(await digst.locator(".funding-rule-guidance").first().innerText()).toMatch(
      /^Vejledende:\s*Som udgangspunkt mindst 6 kommuner – I har 1, så begrund i ansøgningen/,
    );
    // It fits only if the need's owners argue the guideline: shown apart from the fits whose rules are all met.
    expect(await digst.locator(".badge").innerText()).toBe("Kan passe, hvis I begrunder det");
    const groups = page.locator("#panel-finansiering .funding-group");
    expect(await groups.locator("h3").allInnerTexts()).toEqual([
      expect.stringMatching(/^Passer \(\d+\)$/),
      expect.stringMatching(/^Kan passe, hvis I begrunder det \(\d+\)$/),
      expect.stringMatching(/^Øvrige programmer \(\d+\)$/),
    ]);
    const ifJustified = groups.nth(1);
    expect(await ifJustified.locator(".programme-card").count()).toBeGreaterThan(0);
    expect(await ifJustified.innerText()).toContain("Digitaliseringsstyrelsen");
    expect(await groups.first().locator(".badge").allInnerTexts()).toEqual(expect.arrayContaining(["Passer"]));
    expect(await groups.first().innerText()).not.toContain("Digitaliseringsstyrelsen");
    const vejle = page.locator(".programme-card", { hasText: "Vejle Kommune" });
    expect(await vejle.locator(".badge").innerText()).toBe("Fristen er overskredet");
    expect(await vejle.innerText()).toContain("Fristen 31. december 2024 er overskredet");
    expect(await vejle.innerText()).toContain("Der er ikke kendt nogen næste runde.");
    // What a programme grants shows on its card, not only in its folded facts (the need has no budget yet).
    expect(await digst.locator(".programme-amount").innerText()).toBe("Op til 1.500.000 kr. pr. ansøgning");
    // A deadline ahead, a round not yet open, a passed deadline with what is next, a rolling pool, an unknown one.
    const card = (name: string) => page.locator(".programme-card", { has: page.getByRole("heading", { name }) });
    const ahead = card(rounds.ahead.name);
    expect(await ahead.locator(".programme-amount").innerText()).toBe("Op til 400.000 kr. pr. ansøgning");
    expect(await ahead.locator(".funding-rule-met").allInnerTexts()).toContainEqual(
      expect.stringContaining(`Ansøgningsfrist ${formatDate(rounds.ahead.deadline, "da")}`),
    );
    expect(await ahead.innerText()).not.toContain("overskredet");
    expect(await card(rounds.notYetOpen.name).locator(".badge").allInnerTexts()).toContain(
      `Åbner ${formatDate(rounds.notYetOpen.opensOn, "da")}`,
    );
    const passed = card(rounds.passed.name);
    expect(await passed.locator(".badge").innerText()).toBe("Fristen er overskredet");
    expect(await passed.innerText()).toContain("Næste runde: forventes at åbne i marts 2027");
    expect(await passed.locator(".funding-rule-unmet").innerText()).toContain(
      `Fristen ${formatDate(rounds.passed.deadline, "da")} er overskredet`,
    );
    expect(await card(rounds.rolling.name).locator(".badge").allInnerTexts()).toContain("Løbende ansøgning");
    // The demo's Aarhus pool states no deadline and is not stated rolling: it never says «Løbende ansøgning».
    const aarhus = card("Aarhus Kommune – OPI-pulje");
    expect(await aarhus.innerText()).toContain("Fristen er ikke kendt – tjek hos udbyderen, om der er en åben runde");
    expect(await aarhus.innerText()).not.toContain("Løbende");
    // Rules name kinds in words, never as codes.
    expect(await page.locator("#panel-finansiering").innerText()).not.toMatch(/municipality|knowledge_institution/);
    await expectNoAxeViolations(page, "the funding tab");

    await page.getByRole("link", { name: "Se hele finansieringskataloget" }).click();
    await page.waitForURL("**/finansiering");
    await expect.poll(() => page.locator(".programme-card").count()).toBeGreaterThan(5);
    await expectNoAxeViolations(page, "the funding catalogue");
  });

  it("a home-care member records a need (shared schema's errors first) and publishes it as an open call", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.publicMember);
    await page.goto("/behov");
    await page.getByRole("link", { name: "Registrér behov" }).click();
    await page.waitForURL("**/behov/ny");
    await heading(page, "Registrér behov");
    // A member's own organisation is the owner until they choose another.
    await expect.poll(() => page.locator(".picker-selected").innerText()).toContain("Hjemmeplejen Aarhus Syd");
    await page.getByLabel("Medarbejdertimer pr. år").fill("mange");
    await page.getByRole("button", { name: "Registrér behov" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains("error-summary")))
      .toBe(true);
    expect(await summary.innerText()).toContain(`Titel: ${MESSAGES.da.required}`);
    expect(await summary.innerText()).toContain(`Plejeområde: ${MESSAGES.da.required}`);
    expect(await page.locator("#field-staffHoursPerYear-error").innerText()).toContain(MESSAGES.da.number_required);
    expect(await page.getByLabel("Medarbejdertimer pr. år").getAttribute("aria-describedby")).toContain(
      "field-staffHoursPerYear-error",
    );
    await expectNoAxeViolations(page, "the need form with errors");

    await page.getByLabel("Titel").fill("Natlig tilsyn uden at vække borgeren");
    await page
      .getByLabel("Beskrivelse")
      .fill(
        "Natlige tilsynsbesøg vækker borgere, der sover. Vi vil afprøve sensorer og kamera med " +
          "samtykke, så tilsyn kan ske uden at forstyrre.",
      );
    await page.getByLabel("Plejeområde").selectOption("home_care");
    await page.getByLabel("Medarbejdertimer pr. år").fill("1.200");
    await page.getByLabel("Sensorer og IoT").check();
    await page.getByRole("button", { name: "Registrér behov" }).click();
    await page.waitForURL(/\/behov\/[0-9a-f-]{36}$/);
    await heading(page, "Natlig tilsyn uden at vække borgeren");
    expect(await page.locator(".alert-success").innerText()).toContain("Behovet er registreret.");
    expect(await page.locator("#panel-behov").innerText()).toContain("1.200 timer");

    await openTab(page, "Åbent opslag");
    await expect
      .poll(() => page.getByLabel("Opslagets titel").inputValue())
      .toBe("Natlig tilsyn uden at vække borgeren");
    await expectNoAxeViolations(page, "the open-call tab");
    await page.getByRole("button", { name: "Offentliggør opslaget" }).click();
    const confirm = page.getByRole("dialog", { name: "Offentliggør opslaget?" });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain("synligt for alle");
    await confirm.getByRole("button", { name: "Offentliggør opslaget" }).click();
    await expect.poll(() => page.locator("#panel-opslag").innerText()).toContain("Opslaget er offentliggjort.");
    expect(await page.locator(".call-summary").innerText()).toContain("Åbent for tilbud");
    await expect.poll(() => page.locator(".call-summary").innerText()).toContain("0 tilbud");
  });

  it("anyone reads open calls; a company offers with attachments but never sees another company's offers", async () => {
    const page = await e2e.newPage();
    await page.goto("/opslag");
    await heading(page, "Åbne opslag");
    await expect.poll(() => page.locator(".call-card-title").allInnerTexts()).toContain(LIFTING_CALL);
    await expectNoAxeViolations(page, "the public list of open calls");
    await page.getByRole("link", { name: LIFTING_CALL }).click();
    await heading(page, LIFTING_CALL);
    expect(await page.locator("main").innerText()).not.toContain("Tilbud fra");
    await expectNoAxeViolations(page, "a public open call");

    await page.getByRole("link", { name: "Log ind for at afgive tilbud" }).click();
    await page.waitForURL(/\/login\?next=/);
    await login(page, USERS.companyMember);
    await page.waitForURL(/\/opslag\/[0-9a-f-]{36}$/);
    const solution = page.getByLabel("Jeres løsning");
    await expect.poll(() => solution.inputValue()).toContain("Loftlift med rumdækkende skinnesystem");
    await solution.fill(
      "Loftlift med rumdækkende skinnesystem, el-højdeindstillelig bad-/toiletstol og to års service.",
    );
    await page.getByRole("button", { name: "Ret dit tilbud" }).click();
    await expect
      .poll(() => page.locator(".offer-section .alert-success").innerText())
      .toContain("Jeres tilbud er rettet.");

    // A file whose content is not what its name says is refused with the server's message.
    await page.getByLabel("Fil", { exact: true }).setInputFiles({
      name: "tilbud.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<html>ikke en pdf</html>"),
    });
    await page.getByRole("button", { name: "Vedhæft fil" }).click();
    await expect
      .poll(() => page.locator("#attachment-file-error").innerText())
      .toContain("indholdet skal passe til filtypen");
    await page.getByLabel("Fil", { exact: true }).setInputFiles({
      name: "prisark.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n% prisark\n"),
    });
    await page.getByRole("button", { name: "Vedhæft fil" }).click();
    await expect.poll(() => page.locator(".attachment-list").innerText()).toContain("prisark.pdf");
    await expectNoAxeViolations(page, "a company's offer form");

    // The company sees only its own offer and none of the institution's tools; the API agrees.
    expect(await page.locator("#offers-heading").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Eksportér tilbud (CSV)" }).count()).toBe(0);
    const callId = page.url().split("/").pop() ?? "";
    const seen = await page.evaluate(
      async (id) =>
        (await (await fetch(`/api/calls/${id}/offers`)).json()) as {
          items: { companyId: string; companyName: string }[];
        },
      callId,
    );
    expect(seen.items.map((offer) => offer.companyName)).toEqual(["LøfteLet ApS"]);
    // Needs are not the company's to read, and the reverse match is for agents.
    await page.goto("/behov?q=forflytning");
    await expect
      .poll(() => page.locator(".empty-state").innerText())
      .toContain("Virksomheder ser behov gennem de åbne opslag");
    await page.goto(`/organisationer/${seen.items[0]?.companyId ?? ""}/behov-match`);
    await heading(page, "Ingen adgang");
  });

  it("the institution's agent logs market dialogue and closes the call with a choice, after confirming", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await page.goto("/opslag");
    await page.getByRole("link", { name: LIFTING_CALL }).click();
    await heading(page, LIFTING_CALL);
    await expect.poll(() => page.locator(".offer-item").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Eksportér tilbud (CSV)" }).getAttribute("href")).toMatch(
      /\/offers\/export$/,
    );

    await page.getByRole("button", { name: "Registrér kontakt" }).click();
    await expect.poll(() => page.locator("#field-kind-error").innerText()).toContain(MESSAGES.da.required);
    await page.getByRole("combobox", { name: /^Type/ }).selectOption("question");
    await page
      .getByLabel("Referat")
      .fill("VendeSeng spurgte, om loftlifte i lejeboliger kræver udlejers tilladelse. Svaret er sendt til alle.");
    await page.getByRole("button", { name: "Registrér kontakt" }).click();
    await expect.poll(() => page.locator(".dialogue-table").innerText()).toContain("VendeSeng spurgte");
    await expectNoAxeViolations(page, "the call as the institution sees it");

    await page.getByLabel("Tilbuddet fra LøfteLet ApS").check();
    await page.getByRole("button", { name: "Luk opslaget" }).click();
    await expect.poll(() => page.locator("#field-reason-error").innerText()).toContain(MESSAGES.da.required);
    await page.getByLabel("Begrundelse").fill("Eneste tilbud, der dækker både loftlift og service.");
    await page.getByRole("button", { name: "Luk opslaget" }).click();
    const confirm = page.getByRole("dialog", { name: "Luk opslaget?" });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain("tilbuddet fra LøfteLet ApS");
    // The dialog starts on the safe choice.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Annullér");
    await confirm.getByRole("button", { name: "Luk opslaget" }).click();
    await expect
      .poll(() => page.locator("main").innerText())
      .toContain("Opslaget er lukket, og valget er registreret.");
    await expect.poll(() => page.locator(".needs-facts").innerText()).toContain("Lukket");
    await expect.poll(() => page.locator(".alert-info").innerText()).toContain("Valgt: tilbuddet fra LøfteLet ApS.");
    expect(await page.locator(".dialogue-table").innerText()).toContain("Lukning");

    await page.goto(`/organisationer`);
    await page.getByLabel("Søg i organisationer").fill("LøfteLet");
    await page.getByRole("button", { name: "Søg", exact: true }).click();
    await page.getByRole("link", { name: "LøfteLet ApS" }).click();
    await page.waitForURL(/\/organisationer\/[0-9a-f-]{36}$/);
    await page.goto(`${page.url()}/behov-match`);
    await heading(page, "Behov der passer til LøfteLet ApS");
    await expect.poll(() => page.locator(".partner-list > li").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, "the needs a company fits");
  });
});
