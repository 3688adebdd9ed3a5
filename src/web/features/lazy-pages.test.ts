import i18next from "i18next";
import { describe, expect, it } from "vitest";
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
