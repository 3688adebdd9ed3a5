import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/domain/validation.js";
import { DEMO_PASSWORD, expectNoAxeViolations, heading, login, startE2E, USERS, type E2E } from "./harness.js";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

/** What has focus: tag, id and text, for assertions and for failure messages. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName ?? "",
      id: element?.id ?? "",
      text: (element?.innerText ?? element?.getAttribute("aria-label") ?? "").trim(),
      href: element?.getAttribute("href") ?? "",
      outline: element ? getComputedStyle(element).outlineStyle : "",
    };
  });
}

/** Presses Tab until `isTarget` holds for the focused element (at most `limit` times). */
async function tabUntil(page: Page, isTarget: (element: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press("Tab");
    const element = await focused(page);
    if (isTarget(element)) {
      return element;
    }
  }
  throw new Error(`Tab never reached the element (last: ${JSON.stringify(await focused(page))})`);
}

describe("language", () => {
  it("switches to English from the header, and stays English after a reload (and for the server)", async () => {
    const page = await e2e.newPage();
    await login(page, USERS.agent);
    await heading(page, "Velkommen, Jonas");
    await page.goto("/organisationer");
    await heading(page, "Organisationer");
    expect(await page.getAttribute("html", "lang")).toBe("da");

    await page.getByRole("button", { name: "English" }).click();
    await heading(page, "Organisations");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("header").innerText()).toContain("Sign out");
    expect(await page.getByRole("navigation", { name: "Main menu" }).innerText()).toContain("Home");
    expect(await page.title()).toBe("Organisations – Samspil");

    await page.reload();
    await heading(page, "Organisations");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.evaluate(() => window.localStorage.getItem("samspil_lang"))).toBe("en");
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === "samspil_lang")?.value).toBe("en");
    await expectNoAxeViolations(page, "the organisation list in English");

    // Validation messages come from the shared schema, in English; the server answers in English too.
    await page.goto("/organisationer/ny");
    await page.getByRole("button", { name: "Create organisation" }).click();
    await expect.poll(() => page.locator("#field-name-error").innerText()).toContain(MESSAGES.en.required);
    await page.getByLabel("Type").selectOption("company");
    await page.getByLabel("Name").fill("Dublet");
    await page.getByLabel("CVR number").fill("13748136");
    await page.getByRole("button", { name: "Create organisation" }).click();
    await page.waitForURL(/\/organisationer\/[0-9a-f-]{36}$/);
    await page.goto("/organisationer/ny");
    await page.getByLabel("Type").selectOption("company");
    await page.getByLabel("Name").fill("Dublet igen");
    await page.getByLabel("CVR number").fill("13748136");
    await page.getByRole("button", { name: "Create organisation" }).click();
    await expect.poll(() => page.locator("#field-cvr-error").textContent()).toContain(MESSAGES.en.cvr_taken);

    // Signed in, the choice is saved: another browser, Danish by default, turns English at sign-in.
    const elsewhere = await e2e.newPage();
    await login(elsewhere, USERS.agent);
    await heading(elsewhere, "Welcome, Jonas");
    expect(await elsewhere.getAttribute("html", "lang")).toBe("en");
    await elsewhere.close();

    await page.getByRole("button", { name: "Dansk" }).click();
    await heading(page, "Opret organisation");
    expect(await page.getAttribute("html", "lang")).toBe("da");
  });
});

describe("keyboard", () => {
  it("signs in and reaches an organisation with only Tab, typing and Enter, with focus always visible", async () => {
    const page = await e2e.newPage();
    await page.goto("/login");
    await heading(page);

    const skip = await tabUntil(page, (element) => element.href === "#main-content", 1);
    expect(skip.text).toBe("Gå til sidens indhold");
    expect(skip.outline).not.toBe("none");
    await page.keyboard.press("Enter");
    expect((await focused(page)).id).toBe("main-content");

    const email = await tabUntil(page, (element) => element.tag === "INPUT");
    expect(email.id).toBe("login-email");
    await page.keyboard.type(USERS.agent);
    await page.keyboard.press("Tab");
    expect((await focused(page)).id).toBe("login-password");
    await page.keyboard.type(DEMO_PASSWORD);
    const submit = await tabUntil(page, (element) => element.tag === "BUTTON");
    expect(submit.text).toBe("Log ind");
    expect(submit.outline).not.toBe("none");
    await page.keyboard.press("Enter");

    // Signing in leads to the home page; the main menu leads on.
    await heading(page, "Velkommen, Jonas");
    expect((await focused(page)).tag).toBe("H1");
    await tabUntil(page, (element) => element.tag === "A" && element.text === "Organisationer");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/organisationer");
    await heading(page, "Organisationer");
    // After the route change focus is on the new page's h1, so reading starts there.
    expect((await focused(page)).tag).toBe("H1");

    await tabUntil(page, (element) => element.id === "filter-q");
    await page.keyboard.type("robotter");
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=robotter/);
    const link = await tabUntil(page, (element) => element.tag === "A" && element.text === "Spiseven Robotics ApS", 80);
    expect(link.outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await heading(page, "Spiseven Robotics ApS");
    expect((await focused(page)).tag).toBe("H1");
  });
});
