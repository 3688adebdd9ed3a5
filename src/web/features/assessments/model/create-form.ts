import { AssessmentCreate } from "../../../../domain/assessment/index.js";
import { issuesToFields, translateMessage, type Language } from "../../../../domain/validation.js";

export interface CreateFormState {
  organisation: { id: string; name: string } | null;
  templateId: string;
  title: string;
}

export type CreateValidation = { ok: true; body: AssessmentCreate } | { ok: false; errors: Record<string, string> };

/**
 * Checked with the server's own schema. An organisation or template not chosen yet is
 * «Skal udfyldes», not «Skal være et gyldigt id».
 */
export function validateCreate(state: CreateFormState, language: Language): CreateValidation {
  const parsed = AssessmentCreate.safeParse({ organisationId: state.organisation?.id ?? "", templateId: state.templateId, title: state.title });
  if (parsed.success) {
    return { ok: true, body: parsed.data };
  }
  const errors = issuesToFields(parsed.error.issues, language);
  const required = translateMessage("required", language);
  if (errors.organisationId && !state.organisation) {
    errors.organisationId = required;
  }
  if (errors.templateId && state.templateId === "") {
    errors.templateId = required;
  }
  return { ok: false, errors };
}
