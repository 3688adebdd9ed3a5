import type { AuditVocabulary } from "./types.js";

/** Business cases: versions and the company's shared side. */
export const businessCasesVocabulary: AuditVocabulary = {
  entities: { business_case: { da: "Business case", en: "Business case" } },
  actions: {
    save_version: { da: "Version gemt", en: "Version saved" },
    share_company_side: { da: "Virksomhedens side delt", en: "Company side shared" },
    unshare_company_side: { da: "Deling af virksomhedens side trukket tilbage", en: "Company side no longer shared" },
  },
  fields: {
    inputs: { da: "Forudsætninger", en: "Inputs" },
    number: { da: "Versionsnummer", en: "Version number" },
    companySharedAt: { da: "Delt af virksomheden", en: "Shared by the company" },
    publicOrganisationId: { da: "Offentlig part", en: "Public party" },
    companyOrganisationId: { da: "Virksomhed", en: "Company" },
  },
};
