import { BusinessCaseCreate } from "../../../../domain/business-case/requests.js";
import type { Language } from "../../../../domain/validation.js";
import { checkWith, type Checked } from "../../../forms/form-check.js";

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

/** Checks a new case with the schema the server uses; a missing public organisation is "required". */
export function checkCreate(state: CreateFormState, language: Language): Checked<BusinessCaseCreate> {
  return checkWith(
    BusinessCaseCreate,
    {
      title: state.title,
      publicOrganisationId: state.publicOrganisation?.id,
      companyOrganisationId: state.company?.id ?? null,
      needId: state.need?.id ?? null,
      processId: state.process?.id ?? null,
    },
    language,
  );
}
