import type { AuditVocabulary } from "./types.js";

/** Needs, matching, open calls, offers and the market dialogue. */
export const needsVocabulary: AuditVocabulary = {
  entities: {
    need: { da: "Behov", en: "Need" },
    need_match: { da: "Match", en: "Match" },
    open_call: { da: "Opslag", en: "Open call" },
    offer: { da: "Tilbud", en: "Offer" },
    offer_attachment: { da: "Bilag til tilbud", en: "Offer attachment" },
    market_dialogue: { da: "Markedsdialog", en: "Market dialogue" },
    disclosure: { da: "Ligebehandlingslog", en: "Equal-treatment log" },
  },
  actions: {
    status: { da: "Status", en: "Status" },
    shortlisted: { da: "Sat på kortlisten", en: "Shortlisted" },
    dismissed: { da: "Fravalgt", en: "Dismissed" },
    upload: { da: "Fil lagt op", en: "File uploaded" },
    record: { da: "Registreret", en: "Recorded" },
    meeting: { da: "Møde registreret", en: "Meeting recorded" },
    question: { da: "Spørgsmål stillet", en: "Question asked" },
    answer: { da: "Svar givet", en: "Answer given" },
    note: { da: "Note skrevet", en: "Note written" },
  },
  details: {
    status: {
      new: { da: "Ny", en: "New" },
      qualified: { da: "Kvalificeret", en: "Qualified" },
      matched: { da: "Matchet", en: "Matched" },
      in_process: { da: "I forløb", en: "In a process" },
      solved: { da: "Løst", en: "Solved" },
      parked: { da: "Parkeret", en: "Parked" },
    },
  },
  fields: {
    priority: { da: "Prioritet", en: "Priority" },
    dimension: { da: "Dimension", en: "Dimension" },
    budgetDkk: { da: "Budget", en: "Budget" },
    priceDkk: { da: "Pris", en: "Price" },
    coOwnerIds: { da: "Medejere", en: "Co-owners" },
    ownerOrganisationId: { da: "Ejer", en: "Owner" },
    decision: { da: "Beslutning", en: "Decision" },
    chosenOfferId: { da: "Valgt tilbud", en: "Chosen offer" },
    closingReason: { da: "Begrundelse for lukning", en: "Reason for closing" },
    answersToAll: { da: "Svar til alle", en: "Answers to all" },
  },
  values: {
    status: {
      new: { da: "Ny", en: "New" },
      qualified: { da: "Kvalificeret", en: "Qualified" },
      matched: { da: "Matchet", en: "Matched" },
      in_process: { da: "I forløb", en: "In a process" },
      solved: { da: "Løst", en: "Solved" },
      parked: { da: "Parkeret", en: "Parked" },
      open: { da: "Åbent", en: "Open" },
      closed: { da: "Lukket", en: "Closed" },
      submitted: { da: "Indsendt", en: "Submitted" },
    },
    priority: {
      low: { da: "Lav", en: "Low" },
      medium: { da: "Middel", en: "Medium" },
      high: { da: "Høj", en: "High" },
    },
    decision: {
      shortlisted: { da: "Sat på kortlisten", en: "Shortlisted" },
      dismissed: { da: "Fravalgt", en: "Dismissed" },
    },
  },
};
