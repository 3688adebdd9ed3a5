import { describe, expect, it } from "vitest";
import { isSme, OrganisationCreate, OrganisationPatch, OrganisationQuery } from "./organisation.js";
import { issuesToFields } from "./validation.js";

function fieldsOf(input: unknown, language: "da" | "en" = "da"): Record<string, string> {
  const result = OrganisationCreate.safeParse(input);
  return result.success ? {} : issuesToFields(result.error.issues, language);
}

describe("OrganisationCreate", () => {
  it("accepts a minimal company and fills defaults", () => {
    const parsed = OrganisationCreate.parse({
      kind: "company",
      name: "  LøfteLet ApS ",
      cvr: "13748136",
      municipalityCode: "101",
    });
    expect(parsed).toMatchObject({
      name: "LøfteLet ApS",
      cvr: "13748136",
      municipalityCode: "0101",
      db07Codes: [],
      contactPersons: [],
    });
  });

  it.each([
    [{ kind: "company", name: "X", cvr: "1234" }, "cvr", "CVR-nummeret skal være 8 cifre"],
    [
      { kind: "company", name: "X", cvr: "13748137" },
      "cvr",
      "CVR-nummeret er ikke gyldigt: kontrolcifferet passer ikke",
    ],
    [
      { kind: "company", name: "X", municipalityCode: "0999" },
      "municipalityCode",
      "Kommunekoden findes ikke på listen over de 98 kommuner",
    ],
    [{ kind: "company", name: "" }, "name", "Skal udfyldes"],
    [{ kind: "company", name: "x".repeat(201) }, "name", "Må højst være 200 tegn"],
    [{ kind: "shop", name: "X" }, "kind", "Er ikke en af de tilladte værdier"],
    [
      { kind: "public_unit", name: "Hjemmeplejen" },
      "parentId",
      "En offentlig enhed skal høre under en kommune, region eller statslig institution",
    ],
    [
      { kind: "company", name: "X", website: "javascript:alert(1)" },
      "website",
      "Skal være en webadresse, der begynder med http:// eller https://",
    ],
    [{ kind: "company", name: "X", careAreas: ["space"] }, "careAreas.0", "Er ikke en af de tilladte værdier"],
    [{ kind: "company", name: "X", role: "admin" }, "role", "Feltet findes ikke og må ikke sendes: role"],
    [
      { kind: "company", name: "X", contactPersons: [{ name: "A", email: "nope" }] },
      "contactPersons.0.email",
      "Skal være en gyldig e-mailadresse",
    ],
    [{ kind: "company", name: "a\u0000b" }, "name", "Må ikke indeholde NUL-tegn"],
    [{ kind: "company", name: 42 }, "name", "Har en forkert type"],
  ])("%j → %s: %s", (input, field, message) => {
    expect(fieldsOf(input)[field]).toBe(message);
  });

  it("speaks English when asked", () => {
    expect(fieldsOf({ kind: "company", name: "X", cvr: "13748137" }, "en").cvr).toBe(
      "The CVR number is not valid: the check digit does not match",
    );
  });
});

describe("OrganisationPatch", () => {
  it("refuses mass assignment of unknown fields", () => {
    expect(OrganisationPatch.safeParse({ organisationId: "x" }).success).toBe(false);
    expect(OrganisationPatch.safeParse({ name: "Ny" }).success).toBe(true);
  });
});

describe("OrganisationQuery", () => {
  it("caps the page size at 100 and splits kinds", () => {
    const parsed = OrganisationQuery.parse({ pageSize: "100000", kind: "company,region" });
    expect(parsed.pageSize).toBe(100);
    expect(parsed.kind).toEqual(["company", "region"]);
  });
});

describe("isSme", () => {
  it.each([
    ["company", "1-9", true],
    ["company", "50-249", true],
    ["company", "250+", false],
    ["company", null, false],
    ["municipality", "1-9", false],
  ] as const)("%s with %s → %s", (kind, band, expected) => {
    expect(isSme(kind, band)).toBe(expected);
  });
});

describe("a missing choice", () => {
  it("is «required» when the input is reported, as the server does", () => {
    const result = OrganisationCreate.safeParse({ name: "X" }, { reportInput: true });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesToFields(result.error.issues, "da").kind).toBe("Skal udfyldes");
    }
  });
});
