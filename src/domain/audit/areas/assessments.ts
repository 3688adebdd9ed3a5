import type { AuditVocabulary } from "./types.js";

/** 360° assessments, their respondents and the questionnaire templates. */
export const assessmentsVocabulary: AuditVocabulary = {
  entities: {
    assessment: { da: "Vurdering", en: "Assessment" },
    assessment_respondent: { da: "Respondent", en: "Respondent" },
    questionnaire_template: { da: "Spørgeskemaskabelon", en: "Questionnaire template" },
  },
  actions: {
    gap_to_need: { da: "Hul gjort til behov", en: "Gap turned into a need" },
    invite: { da: "Inviteret", en: "Invited" },
    renew_link: { da: "Nyt link sendt", en: "New link sent" },
    save_answers: { da: "Svar gemt", en: "Answers saved" },
    erase_personal_data: { da: "Personoplysninger slettet", en: "Personal data erased" },
  },
  fields: {
    templateId: { da: "Skabelon", en: "Template" },
    expiresInDays: { da: "Linkets levetid (dage)", en: "Link valid for (days)" },
  },
  values: {
    status: { open: { da: "Åben", en: "Open" }, closed: { da: "Lukket", en: "Closed" } },
    audience: {
      management: { da: "Ledelse", en: "Management" },
      staff: { da: "Medarbejdere", en: "Staff" },
      citizens: { da: "Borgere", en: "Citizens" },
      partners: { da: "Samarbejdspartnere", en: "Partners" },
    },
  },
};
