import i18next from "i18next";
import { createElement, Fragment, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { lazyPages, preloadFirstPage } from "./lazy-pages.js";
import { featureMenuTexts, loadFeatureTexts, loadWantedTexts } from "./resources.js";

// The routes files as text: they must leave the pages to the lazy chunk.
const routeSources = import.meta.glob<string>("./*/routes.tsx", { eager: true, query: "?raw", import: "default" });

describe("feature routes", () => {
  it.each(Object.entries(routeSources))("%s imports no page: pages come lazily", (_file, source) => {
    expect(source).not.toMatch(/from "\.\/pages\//);
    expect(source).toMatch(/lazyPages\(\(\) => import\("\.\/([a-z]+-)?pages\.js"\)/);
  });
});

describe("feature texts", () => {
  it("start with the menu labels only, then add an area's page texts, keeping the labels", async () => {
    await i18next.init({
      resources: { da: featureMenuTexts("da"), en: featureMenuTexts("en") },
      lng: "da",
      fallbackLng: "da",
      initAsync: false,
    });
    expect(i18next.t("needs:nav")).toBe("Behov");
    expect(i18next.getResource("da", "needs", "status.new")).toBeUndefined();

    await loadFeatureTexts(["needs"]);
    expect(i18next.t("needs:nav")).toBe("Behov");
    expect(i18next.getResource("da", "needs", "status.new")).toBe("Ny");
    // Only the reader's language is fetched.
    expect(i18next.getResource("en", "needs", "status.new")).toBeUndefined();

    // A language switch first fetches the texts already in use.
    await loadWantedTexts("en");
    expect(i18next.getResource("en", "needs", "status.new")).toBe("New");
    expect(i18next.t("needs:nav", { lng: "en" })).toBe("Needs");
  });
});

describe("the first page, fetched before the first render", () => {
  const Wrapper = ({ children }: { children?: ReactNode }) => children;

  it("finds a lazy page as the route's element or in its wrapper, fetches its chunk once, and resolves", async () => {
    const loads: string[] = [];
    const page = lazyPages(async () => {
      loads.push("area");
      return { APage: () => null, BPage: () => null };
    }, []);
    const [first, second] = [page("APage"), page("BPage")];
    await preloadFirstPage([
      createElement(Wrapper, null, createElement(first)),
      createElement(Fragment, null, "text", [createElement(second, { key: "b" })]),
      null,
    ]);
    expect(loads).toEqual(["area"]);
  });

  it("resolves when a chunk fails (the page shows the error when it renders), and asks again next time", async () => {
    let attempts = 0;
    const page = lazyPages(() => {
      attempts += 1;
      return Promise.reject(new Error("offline"));
    }, [])("APage");
    await expect(preloadFirstPage([createElement(Wrapper, null, createElement(page))])).resolves.toBeUndefined();
    await preloadFirstPage([createElement(page)]);
    expect(attempts).toBe(2);
  });

  it("does nothing for a route without lazy pages", async () => {
    await expect(preloadFirstPage([createElement(Wrapper, null, "login")])).resolves.toBeUndefined();
  });
});
