import { BusinessCaseCreate } from "../../../../domain/business-case/requests.js";
import { issuesToFields, type Language } from "../../../../domain/validation.js";

export interface Picked {
  id: string;
  name: string;
}

export interface CreateFormState {
  title: string;
  publicOrganisation: Picked | null;
  company: Picked | null;
  need: Picked | null;
  process: Picked | null;
}

export type CreateCheck = { ok: true; body: BusinessCaseCreate } | { ok: false; errors: Record<string, string> };

/** Checks a new case with the schema the server uses; a missing public organisation is "required". */
export function checkCreate(state: CreateFormState, language: Language): CreateCheck {
  const parsed = BusinessCaseCreate.safeParse({
    title: state.title,
    publicOrganisationId: state.publicOrganisation?.id,
    companyOrganisationId: state.company?.id ?? null,
    needId: state.need?.id ?? null,
    processId: state.process?.id ?? null,
  });
  return parsed.success ? { ok: true, body: parsed.data } : { ok: false, errors: issuesToFields(parsed.error.issues, language) };
}
