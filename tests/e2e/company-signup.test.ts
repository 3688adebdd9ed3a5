import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

/**
 * A company without an account finds an open call, signs up, confirms by the mailed link, is approved by
 * an agent, answers the call and sees the answers given to all bidders — never another company's offer.
 */
let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
}, 120_000);
afterAll(async () => {
  await e2e?.close();
});

const LIFTING_CALL = "Markedsdialog: færre tunge løft ved forflytning i hjemmeplejen";
const EMAIL = "mette@plejeteknik-nord.example";
const PASSWORD = "vi løfter sammen i nord";

async function checkBothWidths(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page, `${where} at 390 px`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where}: no sideways scrolling`).toBe(390);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page, where);
}

describe("a new company joins", () => {
  it("signs up from a call, confirms by mail, is approved, answers the call and sees the answers to all", async () => {
    const company = await e2e.newPage();
    await company.goto("/opslag");
    await company.getByRole("link", { name: LIFTING_CALL }).click();
    await heading(company, LIFTING_CALL);
    await company.getByRole("link", { name: "Opret virksomhedskonto" }).click();
    await heading(company, "Opret virksomhedskonto");
    await checkBothWidths(company, "the sign-up page");

    // Mistakes first: the shared schema's messages, named in the summary; nothing is sent.
    await company.getByLabel("CVR-nummer").fill("41950006");
    await company.getByRole("button", { name: "Opret konto" }).click();
    const errors = company.locator(".error-summary");
    await errors.waitFor();
    expect(await errors.innerText()).toContain("kontrolcifferet passer ikke");
    expect(await errors.innerText()).toContain("Organisationens navn");
    await expectNoAxeViolations(company, "the sign-up page with errors");

    await company.getByLabel("CVR-nummer").fill("4195 0005");
    await company.getByLabel("Organisationens navn").fill("Plejeteknik Nord ApS");
    await company.getByLabel("Dit navn").fill("Mette Nord");
    await company.getByLabel("Din e-mail").fill(EMAIL);
    await company.locator("#signup-password").fill(PASSWORD);
    await company.locator("#signup-repeat").fill(PASSWORD);
    await company.getByRole("button", { name: "Opret konto" }).click();
    await company.getByText("Tjek din e-mail").waitFor();
    expect(await company.locator("main").innerText()).toContain(EMAIL);

    const mail = await e2e.mailTo(EMAIL);
    expect(mail.subject).toBe("Bekræft din e-mail til Samspil");
    const link = /https?:\/\/\S+\/opret-virksomhedskonto\/bekraeft\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    expect(link).toBeTruthy();
    await company.goto(new URL(link as string).pathname);
    // Confirmed and signed in, acting for nobody until approved: the home page says so.
    await heading(company, "Velkommen, Mette");
    await company.getByText("Din tilknytning venter på godkendelse").waitFor();
    expect(await company.locator("main").innerText()).toContain("Plejeteknik Nord ApS");
    await checkBothWidths(company, "the home page of a person waiting for approval");

    // The same link again is refused plainly.
    await company.goto(new URL(link as string).pathname);
    await company.getByText("Linket er allerede brugt").waitFor();

    const agent = await e2e.newPage();
    await login(agent, USERS.agent);
    await agent.goto("/tilmeldinger");
    await heading(agent, "Tilmeldinger");
    const card = agent.getByRole("article", { name: "Mette Nord – Plejeteknik Nord ApS" });
    await card.waitFor();
    expect(await card.innerText()).toContain("Organisationen er ny i Samspil");
    await checkBothWidths(agent, "the staff list of sign-ups");
    await card.getByRole("button", { name: "Godkend" }).click();
    await agent.getByText("Mette Nord handler nu for Plejeteknik Nord ApS og har fået besked.").waitFor();
    expect((await e2e.mailTo(EMAIL)).subject).toBe("Du handler nu for Plejeteknik Nord ApS i Samspil");

    // The open session acts for the company at once (a page load reads who is signed in again).
    await company.goto("/opslag");
    await company.getByRole("link", { name: LIFTING_CALL }).click();
    await heading(company, LIFTING_CALL);
    await company
      .getByLabel("Jeres løsning")
      .fill("Mobile loftlifte, der kan flyttes mellem boliger, og oplæring på stedet.");
    await company.getByRole("button", { name: "Afgiv tilbud" }).click();
    await expect.poll(() => company.locator(".offer-section .alert-success").innerText()).toContain("tilbud");
    const answers = company.getByRole("region", { name: "Spørgsmål og svar" });
    await expect.poll(() => answers.innerText()).toContain("Svar til alle: Loftshøjden er 2,40–2,55 m");
    expect(await answers.innerText()).toContain("Kan skinnesystemer bores op");
    // Equal treatment, not disclosure: no other company's offer or name.
    const main = await company.locator("main").innerText();
    expect(main).not.toContain("LøfteLet");
    expect(main).not.toContain("Loftlift med rumdækkende skinnesystem");
    await checkBothWidths(company, "the call page of a newly approved company");
  });
});
