/**
 * Test support: the people around one business case. A municipality unit and a company are the
 * two parties; the municipality above the unit, a competitor company, another municipality, an
 * agent and an admin stand around.
 * The company's figures are odd numbers that appear nowhere else, so a test can search any
 * answer, workbook or report for them.
 */
import { createCeilingHoistExample } from "../../../domain/business-case/examples.js";
import type { BusinessCaseInputs } from "../../../domain/business-case/inputs.js";
import { buildOrganisation } from "../factories.js";
import { createTestApp, signIn, type Client, type TestApp } from "../harness.js";

export interface BusinessCaseWorld {
  test: TestApp;
  admin: Client;
  agent: Client;
  publicMember: Client;
  /** A member of Aarhus Kommune, the municipality the public unit belongs to. */
  municipalityMember: Client;
  companyMember: Client;
  competitor: Client;
  otherPublic: Client;
  municipalityId: string;
  otherMunicipalityId: string;
  publicOrganisationId: string;
  companyOrganisationId: string;
  competitorOrganisationId: string;
}

export async function createBusinessCaseWorld(): Promise<BusinessCaseWorld> {
  const test = await createTestApp();
  const municipality = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Aarhus Kommune",
    municipalityCode: "0751",
  });
  const publicOrganisationId = await buildOrganisation(test.db, {
    kind: "public_unit",
    name: "Hjemmeplejen Aarhus Syd",
    parentId: municipality,
  });
  const companyOrganisationId = await buildOrganisation(test.db, { kind: "company", name: "LøfteLet ApS" });
  const competitorOrganisationId = await buildOrganisation(test.db, { kind: "company", name: "Konkurrent Løft A/S" });
  const otherMunicipality = await buildOrganisation(test.db, {
    kind: "municipality",
    name: "Odense Kommune",
    municipalityCode: "0461",
  });
  return {
    test,
    admin: await signIn(test, "admin"),
    agent: await signIn(test, "agent"),
    publicMember: await signIn(test, "member", publicOrganisationId),
    municipalityMember: await signIn(test, "member", municipality),
    companyMember: await signIn(test, "member", companyOrganisationId),
    competitor: await signIn(test, "member", competitorOrganisationId),
    otherPublic: await signIn(test, "member", otherMunicipality),
    municipalityId: municipality,
    otherMunicipalityId: otherMunicipality,
    publicOrganisationId,
    companyOrganisationId,
    competitorOrganisationId,
  };
}

export const SECRET_COMPANY_SIDE: NonNullable<BusinessCaseInputs["companySide"]> = {
  developmentCost: 2_417_003,
  unitCost: 19_117,
  unitPrice: 47_311,
  supportCostPerUnit: 3_071,
  salesCostPerYear: 451_009,
  market: { institutions: 97, unitsPerInstitution: 19, adoption: [3, 7, 13, 21] },
};

export function createSecretInputs(): BusinessCaseInputs {
  return { ...createCeilingHoistExample(), companySide: SECRET_COMPANY_SIDE };
}

/** The company's money figures, as JSON, Danish or English text would write them. */
export function listSecretSpellings(): string[] {
  const figures = [
    SECRET_COMPANY_SIDE.developmentCost,
    SECRET_COMPANY_SIDE.unitCost,
    SECRET_COMPANY_SIDE.unitPrice,
    SECRET_COMPANY_SIDE.supportCostPerUnit,
    SECRET_COMPANY_SIDE.salesCostPerYear,
  ];
  return figures.flatMap((figure) => [String(figure), figure.toLocaleString("da-DK"), figure.toLocaleString("en-GB")]);
}

/**
 * The secret figures the text contains as numbers of their own: «3071» inside a random id or a longer number
 * is not the figure (a test once failed on an id that happened to hold it).
 */
export function findSecrets(text: string): string[] {
  return listSecretSpellings().filter((spelling) => {
    const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`).test(text);
  });
}

/** An agent creates a case between the two parties with the secret company figures; returns its id. */
export async function createSecretCase(
  cast: BusinessCaseWorld,
  title = "Loftlifte i Hjemmeplejen Aarhus Syd",
): Promise<string> {
  const { horizonYears, discountRate, publicSide, companySide } = createSecretInputs();
  const response = await cast.agent.request({
    method: "POST",
    url: "/api/business-cases",
    payload: {
      title,
      publicOrganisationId: cast.publicOrganisationId,
      companyOrganisationId: cast.companyOrganisationId,
      horizonYears,
      discountRate,
      publicSide,
      companySide,
    },
  });
  if (response.statusCode !== 201) {
    throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  }
  return response.json<{ id: string }>().id;
}
