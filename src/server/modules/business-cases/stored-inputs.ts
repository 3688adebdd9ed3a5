import { BusinessCaseInputs, CompanySideInputs } from "../../../domain/business-case/inputs.js";
import { OwnScenarios, withholdCompanyChanges, type OwnScenario } from "../../../domain/business-case/own-scenarios.js";
import type { BusinessCaseAccess } from "../../../domain/business-case/views.js";

const PublicPart = BusinessCaseInputs.omit({ companySide: true });

/** The model as stored: `inputs` (horizon, rate, public side) and `company_inputs` apart. */
export function decodeStoredInputs(inputs: unknown, companyInputs: unknown): BusinessCaseInputs {
  return { ...PublicPart.parse(inputs), companySide: CompanySideInputs.nullable().parse(companyInputs ?? null) };
}

export function encodeStoredInputs(inputs: BusinessCaseInputs): { inputs: string; company_inputs: string | null } {
  const { companySide, ...publicPart } = inputs;
  return {
    inputs: JSON.stringify(publicPart),
    company_inputs: companySide === null ? null : JSON.stringify(companySide),
  };
}

/** The own scenarios as stored (a case from before them has none). */
export function decodeStoredScenarios(scenarios: unknown): OwnScenario[] {
  return OwnScenarios.parse(scenarios ?? []);
}

/** The own scenarios as the reader may see them: without the company's figures unless they may see its side. */
export function withholdScenarios(scenarios: OwnScenario[], access: BusinessCaseAccess): OwnScenario[] {
  return access.canSeeCompanySide ? scenarios : withholdCompanyChanges(scenarios);
}

/** The model as the reader may see it: without the company side unless they may see it. */
export function withholdCompanySide(inputs: BusinessCaseInputs, access: BusinessCaseAccess): BusinessCaseInputs {
  return access.canSeeCompanySide ? inputs : { ...inputs, companySide: null };
}
