import type { AuditVocabulary } from "./types.js";

/** The knowledge base: entries, their review and publication, files, links and adoptions. */
export const knowledgeVocabulary: AuditVocabulary = {
  entities: { knowledge_entry: { da: "Vidensartikel", en: "Knowledge entry" } },
  actions: {
    state: { da: "Tilstand", en: "State" },
    link: { da: "Forløb koblet på", en: "Process linked" },
    adoption: { da: "Ibrugtagning registreret", en: "Adoption recorded" },
    file: { da: "Fil", en: "File" },
  },
  details: {
    state: {
      draft: { da: "Kladde", en: "Draft" },
      in_review: { da: "Til gennemsyn", en: "In review" },
      published: { da: "Offentliggjort", en: "Published" },
      archived: { da: "Arkiveret", en: "Archived" },
    },
    file: { upload: { da: "lagt op", en: "uploaded" } },
  },
  fields: {
    state: { da: "Tilstand", en: "State" },
    summary: { da: "Resumé", en: "Summary" },
  },
  values: {
    state: {
      draft: { da: "Kladde", en: "Draft" },
      in_review: { da: "Til gennemsyn", en: "In review" },
      published: { da: "Offentliggjort", en: "Published" },
      archived: { da: "Arkiveret", en: "Archived" },
    },
  },
};
