import type { AuditVocabulary } from "./types.js";

const STATUS = {
  active: { da: "Aktivt", en: "Active" },
  stopped: { da: "Stoppet – med erfaringer", en: "Stopped – with lessons" },
  completed: { da: "Gennemført", en: "Completed" },
};

const PHASES = {
  needs_assessment: { da: "Behovsafklaring", en: "Needs assessment" },
  market_scan: { da: "Markedsafdækning", en: "Market scan" },
  partnership: { da: "Partnerskab og aftaler", en: "Partnership and agreements" },
  development: { da: "Udvikling", en: "Development" },
  test: { da: "Test og demonstration", en: "Test and demonstration" },
  evaluation: { da: "Evaluering og business case", en: "Evaluation and business case" },
  implementation: { da: "Implementering og spredning", en: "Implementation and spread" },
};

const AGREEMENTS = {
  ip: { da: "Immaterielle rettigheder (IP)", en: "Intellectual property (IP)" },
  confidentiality: { da: "Fortrolighed", en: "Confidentiality" },
  roles_costs: { da: "Roller og fordeling af omkostninger", en: "Roles and cost sharing" },
  procurement_basis: { da: "Udbudsretligt grundlag", en: "Procurement basis" },
  data_processing: { da: "Databehandleraftale", en: "Data processing agreement" },
  publication_rights: { da: "Ret til at offentliggøre resultater", en: "Right to publish results" },
};

/** Innovation processes: phases, gates, agreements, tasks, participants and documents. */
export const processesVocabulary: AuditVocabulary = {
  entities: { process: { da: "Forløb", en: "Process" } },
  actions: {
    start: { da: "Forløb startet", en: "Process started" },
    tags: { da: "Innovationsmærker ændret", en: "Innovation tags changed" },
    gate: { da: "Gatebeslutning", en: "Gate decision" },
    agreement: { da: "Aftale", en: "Agreement" },
    task: { da: "Opgave", en: "Task" },
    participant: { da: "Deltager", en: "Participant" },
    document: { da: "Dokument", en: "Document" },
    test_plan: { da: "Testplan", en: "Test plan" },
    feedback_link: { da: "Feedbacklink", en: "Feedback link" },
  },
  details: {
    gate: {
      go: { da: "Go", en: "Go" },
      adjust: { da: "Justér", en: "Adjust" },
      stop: { da: "Stop", en: "Stop" },
    },
    agreement: AGREEMENTS,
    task: {
      add: { da: "tilføjet", en: "added" },
      update: { da: "ændret", en: "changed" },
      done: { da: "udført", en: "done" },
    },
    participant: { add: { da: "tilføjet", en: "added" }, remove: { da: "fjernet", en: "removed" } },
    document: { upload: { da: "lagt op", en: "uploaded" } },
    test_plan: { add: { da: "tilføjet", en: "added" } },
    feedback_link: { create: { da: "oprettet", en: "created" } },
  },
  fields: {
    phase: { da: "Fase", en: "Phase" },
    theme: { da: "Tema", en: "Theme" },
    participants: { da: "Deltagere", en: "Participants" },
    rationale: { da: "Begrundelse", en: "Rationale" },
    lessons: { da: "Erfaringer", en: "Lessons" },
    dueOn: { da: "Frist", en: "Due" },
    done: { da: "Udført", en: "Done" },
    documentId: { da: "Dokument", en: "Document" },
    confidentialFor: { da: "Fortroligt for", en: "Confidential for" },
    audience: { da: "Målgruppe", en: "Audience" },
    planId: { da: "Testplan", en: "Test plan" },
    linkId: { da: "Link", en: "Link" },
  },
  values: {
    status: {
      ...STATUS,
      open: { da: "Åben", en: "Open" },
      in_progress: { da: "I gang", en: "In progress" },
      settled: { da: "Afklaret", en: "Settled" },
      not_relevant: { da: "Ikke relevant", en: "Not relevant" },
    },
    phase: PHASES,
    kind: {
      individual: { da: "Individuelt forløb", en: "Individual process" },
      network: { da: "Netværksforløb", en: "Network process" },
    },
    role: {
      need_owner: { da: "Behovsejer", en: "Need owner" },
      developer: { da: "Udvikler/leverandør", en: "Developer/supplier" },
      knowledge_partner: { da: "Videnpartner", en: "Knowledge partner" },
      test_site: { da: "Testsite", en: "Test site" },
      funder: { da: "Finansierende part", en: "Funder" },
      evaluator: { da: "Evaluator", en: "Evaluator" },
    },
    decision: { go: { da: "Go", en: "Go" }, adjust: { da: "Justér", en: "Adjust" }, stop: { da: "Stop", en: "Stop" } },
  },
};
