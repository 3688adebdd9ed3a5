import { describe, expect, it } from "vitest";
import { SignupBody, signupLinkState, signupWarnings, type SignupStatus } from "./signup.js";

const now = new Date("2026-12-09T10:00:00Z");

describe("signupLinkState", () => {
  it.each<[SignupStatus, string, string]>([
    ["unconfirmed", "2026-12-09T10:00:01Z", "valid"],
    ["unconfirmed", "2026-12-09T10:00:00Z", "expired"],
    ["unconfirmed", "2026-12-08T10:00:00Z", "expired"],
    ["pending", "2026-12-10T10:00:00Z", "used"],
    ["pending", "2026-12-08T10:00:00Z", "used"],
    ["approved", "2026-12-10T10:00:00Z", "used"],
    ["rejected", "2026-12-10T10:00:00Z", "used"],
  ])("%s, expiring %s → %s", (status, expiresAt, expected) => {
    expect(signupLinkState({ status, expiresAt: new Date(expiresAt) }, now)).toBe(expected);
  });
});

describe("signupWarnings", () => {
  const base = {
    isNewOrganisation: false,
    otherMembers: 0,
    registryKind: "company",
    registryName: "Løftelet ApS",
    givenName: "Løftelet ApS",
  };
  it.each([
    ["a known company, nobody else, same name", {}, []],
    ["the same name in other case and punctuation", { givenName: "LØFTELET aps." }, []],
    ["a new registry entry", { isNewOrganisation: true }, ["new_organisation"]],
    ["a CVR another person acts for", { otherMembers: 1 }, ["claimed_by_others"]],
    ["a knowledge institution", { registryKind: "knowledge_institution" }, []],
    ["a CVR of a municipality", { registryKind: "municipality" }, ["not_company_kind"]],
    ["another name than the registry's", { givenName: "Løfteting ApS" }, ["name_differs"]],
    [
      "everything at once",
      { isNewOrganisation: true, otherMembers: 2, registryKind: "other", givenName: "X" },
      ["new_organisation", "claimed_by_others", "not_company_kind", "name_differs"],
    ],
  ])("%s", (_label, overrides, expected) => {
    expect(signupWarnings({ ...base, ...overrides })).toEqual(expected);
  });
});

describe("SignupBody", () => {
  const valid = {
    kind: "company",
    cvr: "10000009",
    organisationName: "Ny ApS",
    name: "Sara",
    email: "Sara@Ny.example",
    password: "en lang sætning",
  };
  it("lower-cases the e-mail and accepts companies and knowledge institutions only", () => {
    expect(SignupBody.parse(valid).email).toBe("sara@ny.example");
    expect(SignupBody.safeParse({ ...valid, kind: "knowledge_institution" }).success).toBe(true);
    expect(SignupBody.safeParse({ ...valid, kind: "municipality" }).success).toBe(false);
  });
  it.each([
    ["cvr", "10000008", "cvr_checksum"],
    ["cvr", "1234567", "cvr_format"],
    ["password", "password1", "password_common"],
    ["password", "kort", "password_short"],
  ])("refuses %s %s with %s", (field, value, message) => {
    const result = SignupBody.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message });
  });
});
