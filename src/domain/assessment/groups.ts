import type { Dimension } from "../dimensions.js";
import type { LocalizedText } from "../questionnaire/index.js";

/** The respondent groups of a 360° assessment: the institution seen from every side. */
export const RESPONDENT_GROUPS = ["management", "staff", "citizens", "partners"] as const;
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number];

export const GROUP_LABELS: Record<RespondentGroup, LocalizedText> = {
  management: { da: "Ledelse", en: "Management" },
  staff: { da: "Medarbejdere", en: "Staff" },
  citizens: { da: "Borgere og pårørende", en: "Citizens and relatives" },
  partners: { da: "Samarbejdspartnere", en: "Partners" },
};

export const DIMENSION_LABELS: Record<Dimension, LocalizedText> = {
  technology: { da: "Teknologi", en: "Technology" },
  strategy: { da: "Strategi", en: "Strategy" },
  organisation: { da: "Organisation", en: "Organisation" },
  business_development: { da: "Forretningsudvikling", en: "Business development" },
  market_development: { da: "Markedsudvikling", en: "Market development" },
  competences: { da: "Kompetencer og uddannelse", en: "Competences and training" },
  user_involvement: { da: "Brugerinddragelse", en: "User involvement" },
  implementation: { da: "Implementering og drift", en: "Implementation and operation" },
};
