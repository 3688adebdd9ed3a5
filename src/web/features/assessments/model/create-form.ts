import { AssessmentCreate } from "../../../../domain/assessment/index.js";
import type { Language } from "../../../../domain/validation.js";
import { checkWith, type Checked } from "../../../forms/form-check.js";

export interface CreateFormState {
  organisation: { id: string; name: string } | null;
  templateId: string;
  title: string;
}

/**
 * Checked with the server's own schema. An organisation or template not chosen yet is
 * «Skal udfyldes», not «Skal være et gyldigt id».
 */
export function validateCreate(state: CreateFormState, language: Language): Checked<AssessmentCreate> {
  return checkWith(
    AssessmentCreate,
    { organisationId: state.organisation?.id ?? "", templateId: state.templateId, title: state.title },
    language,
    {
      organisationId: !state.organisation,
      templateId: state.templateId === "",
    },
  );
}
