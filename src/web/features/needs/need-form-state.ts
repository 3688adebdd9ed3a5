import { NeedCreate, NeedPatch, type Need } from "../../../domain/needs.js";
import type { Language } from "../../../domain/validation.js";
import { checkWith, type Checked } from "../../forms/form-check.js";
import type { PickedOrganisation } from "../../forms/organisation-picker.js";

export interface NeedFormState {
  owner: PickedOrganisation | null;
  careArea: string;
  dimension: string;
  title: string;
  description: string;
  affected: string;
  staffHoursPerYear: string;
  citizensAffected: string;
  qualityPotential: string;
  priority: string;
  status: string;
  competenceIds: string[];
  coOwners: PickedOrganisation[];
  budgetDkk: string;
}

export function emptyNeedForm(owner: PickedOrganisation | null): NeedFormState {
  return {
    owner,
    careArea: "",
    dimension: "",
    title: "",
    description: "",
    affected: "",
    staffHoursPerYear: "",
    citizensAffected: "",
    qualityPotential: "",
    priority: "medium",
    status: "new",
    competenceIds: [],
    coOwners: [],
    budgetDkk: "",
  };
}

export function needFormFromNeed(need: Need): NeedFormState {
  return {
    owner: { id: need.ownerOrganisationId, name: need.ownerName },
    careArea: need.careArea,
    dimension: need.dimension ?? "",
    title: need.title,
    description: need.description,
    affected: need.affected,
    staffHoursPerYear: need.staffHoursPerYear === null ? "" : String(need.staffHoursPerYear).replace(".", ","),
    citizensAffected: need.citizensAffected === null ? "" : String(need.citizensAffected),
    qualityPotential: need.qualityPotential,
    priority: need.priority,
    status: need.status,
    competenceIds: need.competences.map((competence) => competence.id),
    coOwners: need.coOwners.map((item) => ({ id: item.id, name: item.name })),
    budgetDkk: need.budgetDkk === null ? "" : String(need.budgetDkk).replace(".", ","),
  };
}

/**
 * Danish or plain numbers: "1.500,5" and "1500.5" → 1500.5, "3.200" → 3200 (dots between groups of
 * three are thousands); empty → null; anything else → NaN, which the shared schema reports.
 */
export function parseAmount(value: string): number | null {
  const trimmed = value.trim().replace(/\s/g, "");
  if (trimmed === "") {
    return null;
  }
  const isGrouped = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed);
  const normalised = isGrouped || trimmed.includes(",") ? trimmed.replace(/\./g, "").replace(",", ".") : trimmed;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

const orUndefined = (value: string) => (value === "" ? undefined : value);

function sharedFields(state: NeedFormState): Record<string, unknown> {
  return {
    careArea: orUndefined(state.careArea),
    dimension: state.dimension === "" ? null : state.dimension,
    title: state.title,
    description: state.description,
    affected: state.affected,
    staffHoursPerYear: parseAmount(state.staffHoursPerYear),
    citizensAffected: parseAmount(state.citizensAffected),
    qualityPotential: state.qualityPotential,
    priority: state.priority,
    status: state.status,
    competenceIds: state.competenceIds,
    coOwnerIds: state.coOwners.map((item) => item.id),
    budgetDkk: parseAmount(state.budgetDkk),
  };
}

/** Selects nobody has touched say «required» (the shared message), not «not an allowed value». */
const blankChoices = (state: NeedFormState) => ({ careArea: state.careArea === "", ownerOrganisationId: !state.owner });

export function validateNeedCreate(state: NeedFormState, language: Language): Checked<NeedCreate> {
  return checkWith(
    NeedCreate,
    { ownerOrganisationId: state.owner?.id, ...sharedFields(state) },
    language,
    blankChoices(state),
  );
}

export function validateNeedPatch(state: NeedFormState, language: Language): Checked<NeedPatch> {
  return checkWith(NeedPatch, sharedFields(state), language, blankChoices(state));
}
