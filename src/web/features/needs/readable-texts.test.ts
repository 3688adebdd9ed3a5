import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import daMain from "../../i18n/da.json";
import daNeeds from "./i18n/da.json";
import { describeFundingRule } from "./funding-rule-text.js";
import { fieldSummaryItems } from "./need-field-labels.js";
import type { NeedsT } from "./labels.js";
import { describePart } from "./score-part-text.js";

let t: NeedsT;
let tc: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: "da",
    resources: { da: { translation: daMain, needs: daNeeds } },
    interpolation: { escapeValue: false },
  });
  t = instance.getFixedT("da", "needs") as unknown as NeedsT;
  tc = instance.getFixedT("da");
});

describe("score parts in words", () => {
  it("names competences, words, care area, region, SME and earlier work the way the brief asks", () => {
    expect(
      describePart({ key: "competence", points: 35, max: 35, detail: ["Forflytning og løft"] }, "home_care", t, tc),
    ).toBe("Kompetencer: Forflytning og løft");
    expect(
      describePart({ key: "text", points: 25, max: 25, detail: ["forflytning", "loftlift"] }, "home_care", t, tc),
    ).toBe("Tekst: forflytning, loftlift");
    expect(describePart({ key: "careArea", points: 15, max: 15, detail: ["home_care"] }, "home_care", t, tc)).toBe(
      "Erfaring med hjemmepleje",
    );
    expect(describePart({ key: "careArea", points: 7.5, max: 15, detail: ["nursing_home"] }, "home_care", t, tc)).toBe(
      "Erfaring med plejehjem (beslægtet område)",
    );
    expect(describePart({ key: "region", points: 10, max: 10, detail: ["1082"] }, "home_care", t, tc)).toBe(
      "Samme region (Region Midtjylland)",
    );
    expect(describePart({ key: "sme", points: 5, max: 5, detail: [] }, "home_care", t, tc)).toBe("SMV");
    expect(describePart({ key: "collaboration", points: 10, max: 10, detail: ["1"] }, "home_care", t, tc)).toBe(
      "Har arbejdet med jer før",
    );
    expect(describePart({ key: "collaboration", points: 10, max: 10, detail: ["3"] }, "home_care", t, tc)).toBe(
      "Har arbejdet med jer før (3 gange)",
    );
  });

  it("says plainly what earned nothing", () => {
    expect(describePart({ key: "careArea", points: 0, max: 15, detail: [] }, "dementia", t, tc)).toBe(
      "Ingen erfaring med demens",
    );
    expect(describePart({ key: "region", points: 0, max: 10, detail: [] }, "home_care", t, tc)).toBe("En anden region");
    expect(describePart({ key: "region", points: 0, max: 0, detail: ["national"] }, "home_care", t, tc)).toBe(
      "Landsdækkende: arbejder i alle regioner",
    );
    expect(describePart({ key: "sme", points: 0, max: 5, detail: [] }, "home_care", t, tc)).toBe("Ikke en SMV");
  });
});

describe("funding rules in words", () => {
  it("names kinds and care areas instead of codes", () => {
    expect(
      describeFundingRule(
        { key: "eligible_kind", met: true, required: "municipality, region", actual: "municipality, company" },
        t,
        tc,
        "da",
      ),
    ).toBe("I kan søge som kommune");
    expect(
      describeFundingRule(
        { key: "eligible_kind", met: false, required: "company", actual: "municipality" },
        t,
        tc,
        "da",
      ),
    ).toBe("Kan kun søges af virksomhed – I er kommune");
    expect(
      describeFundingRule(
        { key: "care_area", met: false, required: "prevention, dementia", actual: "home_care" },
        t,
        tc,
        "da",
      ),
    ).toBe("Gælder kun forebyggelse eller demens");
  });

  it("states the numbers a network programme asks for", () => {
    expect(describeFundingRule({ key: "min_municipalities", met: false, required: 6, actual: 1 }, t, tc, "da")).toBe(
      "Kræver mindst 6 kommuner: I har 1",
    );
  });

  it("writes an expired deadline as a Danish date", () => {
    expect(
      describeFundingRule({ key: "deadline", met: false, required: "2024-12-31", actual: "2026-11-23" }, t, tc, "da"),
    ).toBe("Fristen 31. december 2024 er overskredet");
  });
});

describe("error summary entries", () => {
  it("follow the form's order, name the field and link to its control, also for an item of a list", () => {
    const items = fieldSummaryItems(
      t,
      { careArea: "Skal udfyldes", title: "Skal udfyldes", "competenceIds.0": "Ukendt kompetence" },
      ["title", "careArea", "competenceIds"],
    );
    expect(items).toEqual([
      { target: "field-title", label: "Titel", message: "Skal udfyldes" },
      { target: "field-careArea", label: "Plejeområde", message: "Skal udfyldes" },
      { target: "field-competenceIds", label: "Kompetencer", message: "Ukendt kompetence" },
    ]);
  });
});
