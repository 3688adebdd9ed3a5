import assessmentsDa from "./assessments/i18n/da.json";
import assessmentsEn from "./assessments/i18n/en.json";
import businessCasesDa from "./business-cases/i18n/da.json";
import businessCasesEn from "./business-cases/i18n/en.json";
import needsDa from "./needs/i18n/da.json";
import needsEn from "./needs/i18n/en.json";
import processesDa from "./processes/i18n/da.json";
import processesEn from "./processes/i18n/en.json";

/** The translations of each feature area: an i18next namespace named after the area. */
export const featureResources = {
  da: { needs: needsDa, processes: processesDa, businessCases: businessCasesDa, assessments: assessmentsDa },
  en: { needs: needsEn, processes: processesEn, businessCases: businessCasesEn, assessments: assessmentsEn },
};
