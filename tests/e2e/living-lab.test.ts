import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

describe("living-lab feedback", () => {
  it("an agent makes a citizen link, a citizen answers anonymously with consent, the summary counts it", async () => {
    const agent = await e2e.newPage();
    await login(agent, USERS.agent);
    await agent.goto("/forloeb?visning=liste");
    await agent.getByRole("link", { name: "Skærmbesøg i hjemmeplejen" }).click();
    await agent.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
    await agent
      .getByRole("navigation", { name: "Forløbets sider" })
      .getByRole("link", { name: /^Testplaner/ })
      .click();
    const feedback = agent.locator(".test-plan-feedback");
    await feedback.getByText("Ingen har svaret endnu").waitFor();

    // A link for citizens, shown once with a copy button.
    await feedback.locator("summary", { hasText: "Lav et feedbacklink" }).click();
    await feedback.getByLabel("Hvem skal svare?").selectOption("citizen");
    await feedback.getByRole("button", { name: "Lav feedbacklink" }).click();
    const linkField = feedback.getByLabel("Feedbacklink", { exact: true });
    await linkField.waitFor();
    expect(await feedback.locator("[role='status']").first().innerText()).toContain("vises kun denne ene gang");
    await feedback.getByRole("button", { name: "Kopiér link" }).waitFor();
    const link = new URL(await linkField.inputValue());
    expect(link.pathname).toMatch(/^\/feedback\/.{20,}$/);
    // The same link as a QR code with its text, to print and put up where the test takes place.
    const qr = feedback.getByRole("img", { name: /QR-kode med feedbacklinket til borgere/ });
    await qr.locator("svg").waitFor();
    expect(await feedback.locator(".qr-code-text").innerText()).toBe(await linkField.inputValue());
    await expectNoAxeViolations(agent, "the new feedback link with its QR code");
    if (process.env.E2E_SCREENSHOTS) {
      await feedback.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/feedback-qr.png` });
    }
    // Printed: the code and its link, without the copy field.
    await agent.emulateMedia({ media: "print" });
    expect(await qr.isVisible()).toBe(true);
    expect(await linkField.isVisible()).toBe(false);
    if (process.env.E2E_SCREENSHOTS) {
      await feedback.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/feedback-qr-print.png` });
    }
    await agent.emulateMedia({ media: "screen" });

    // A citizen without a login opens it on a phone.
    const citizen = await e2e.newPage();
    await citizen.setViewportSize({ width: 390, height: 844 });
    await citizen.goto(link.pathname);
    await heading(citizen, "Din oplevelse af løsningen");
    // No main menu for someone without an account; the language switch stays in the top bar.
    expect(await citizen.getByRole("button", { name: "Menu" }).count()).toBe(0);
    expect(await citizen.locator(".portal-info .language-switch").isVisible()).toBe(true);
    expect(await citizen.locator(".feedback-test-facts").innerText()).toContain(
      "Skærmbesøg til medicinpåmindelse og trivselssamtaler",
    );
    expect(await citizen.getByLabel("Svar anonymt").isChecked()).toBe(true);
    await expectNoAxeViolations(citizen, "the public feedback form");

    // Sending without consent is stopped in the browser, with the reason next to the checkbox.
    await citizen.getByRole("button", { name: "Send svar" }).click();
    await citizen.locator(".error-summary").waitFor();
    expect(await citizen.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    expect(await citizen.locator("#feedback-consent-error").innerText()).toContain(
      "Du skal give samtykke for at kunne svare",
    );
    expect(await citizen.locator("#feedback-easy_to_use-error").innerText()).toContain("Besvar spørgsmålet");
    await expectNoAxeViolations(citizen, "the feedback form with errors");

    await citizen.getByLabel("Jeg giver samtykke").check();
    for (const question of [
      "Løsningen er nem at bruge",
      "Jeg føler mig tryg, når løsningen bruges",
      "Løsningen gør hverdagen bedre",
    ]) {
      await citizen.getByRole("group", { name: question }).getByLabel("Enig", { exact: true }).check();
    }
    await citizen
      .getByRole("group", { name: /Vil du gerne fortsætte/ })
      .getByLabel("Ja")
      .check();
    await citizen.getByLabel("Hvad fungerede godt?").fill("Det var rart at se medarbejderen på skærmen.");
    await citizen.getByRole("button", { name: "Send svar" }).click();
    await heading(citizen, "Tak for dit svar");
    expect(await citizen.locator(".feedback-reference").innerText()).toMatch(/^[0-9A-F]{8}$/);

    // Back with the agent: the summary counts the answer, without a name.
    await agent.reload();
    await feedback.locator(".feedback-table").first().waitFor();
    expect(await feedback.locator("[data-testid^='feedback-responses-']").innerText()).toBe("1");
    const scales = feedback.locator(".feedback-table").first();
    expect(await scales.getByRole("row", { name: /Løsningen er nem at bruge/ }).innerText()).toContain("75");
    expect(await feedback.innerText()).toContain("Det var rart at se medarbejderen på skærmen.");
    await expectNoAxeViolations(agent, "the feedback summary");
  });

  it("tells a respondent plainly when a link does not exist", async () => {
    const page = await e2e.newPage();
    await page.goto(`/feedback/${"x".repeat(43)}`);
    await page.getByText("Linket findes ikke").waitFor();
    await expectNoAxeViolations(page, "an unknown feedback link");
  });
});
