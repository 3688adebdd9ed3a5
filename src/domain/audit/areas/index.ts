import { assessmentsVocabulary } from "./assessments.js";
import { businessCasesVocabulary } from "./business-cases.js";
import { commonVocabulary } from "./common.js";
import { knowledgeVocabulary } from "./knowledge.js";
import { needsVocabulary } from "./needs.js";
import { organisationsVocabulary } from "./organisations.js";
import { processesVocabulary } from "./processes.js";
import { seminarsVocabulary } from "./seminars.js";
import type { AuditVocabulary } from "./types.js";

export type { AuditVocabulary, Label } from "./types.js";
export { commonVocabulary };

/** Every area's vocabulary; an area adds its file here. */
export const AUDIT_AREAS: AuditVocabulary[] = [
  organisationsVocabulary,
  needsVocabulary,
  processesVocabulary,
  businessCasesVocabulary,
  assessmentsVocabulary,
  seminarsVocabulary,
  knowledgeVocabulary,
];
