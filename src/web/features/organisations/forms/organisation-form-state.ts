import { OrganisationCreate, OrganisationPatch, type Organisation } from "../../../../domain/organisation.js";
import type { Language } from "../../../../domain/validation.js";
import { checkWith, type Checked } from "../../../forms/form-check.js";
import type { PickedOrganisation } from "../../../forms/organisation-picker.js";

export interface ContactRow {
  /** stable React key for the row */
  key: number;
  name: string;
  title: string;
  email: string;
  phone: string;
}

export interface OrganisationFormState {
  kind: string;
  name: string;
  cvr: string;
  parent: PickedOrganisation | null;
  municipalityCode: string;
  address: string;
  website: string;
  description: string;
  employeeBand: string;
  db07: { code: string; title: string }[];
  careAreas: string[];
  competenceIds: string[];
  contactPersons: ContactRow[];
}

let nextRowKey = 1;
export function newContactRow(): ContactRow {
  nextRowKey += 1;
  return { key: nextRowKey, name: "", title: "", email: "", phone: "" };
}

export function emptyForm(): OrganisationFormState {
  return {
    kind: "",
    name: "",
    cvr: "",
    parent: null,
    municipalityCode: "",
    address: "",
    website: "",
    description: "",
    employeeBand: "",
    db07: [],
    careAreas: [],
    competenceIds: [],
    contactPersons: [],
  };
}

export function formFromOrganisation(organisation: Organisation): OrganisationFormState {
  return {
    kind: organisation.kind,
    name: organisation.name,
    cvr: organisation.cvr ?? "",
    parent: organisation.parentId ? { id: organisation.parentId, name: organisation.parentName ?? "" } : null,
    municipalityCode: organisation.municipalityCode ?? "",
    address: organisation.address,
    website: organisation.website,
    description: organisation.description,
    employeeBand: organisation.employeeBand ?? "",
    db07: organisation.db07.map((item) => ({ code: item.code, title: item.title })),
    careAreas: [...organisation.careAreas],
    competenceIds: organisation.competences.map((competence) => competence.id),
    contactPersons: organisation.contactPersons.map((person) => ({ ...newContactRow(), ...person })),
  };
}

const orNull = (value: string) => (value.trim() === "" ? null : value);

/** The fields every editor may send (a member editing their own organisation sends only these). */
function sharedFields(state: OrganisationFormState): Record<string, unknown> {
  return {
    name: state.name,
    municipalityCode: orNull(state.municipalityCode),
    address: state.address,
    website: state.website,
    description: state.description,
    employeeBand: orNull(state.employeeBand),
    db07Codes: state.db07.map((item) => item.code),
    careAreas: state.careAreas,
    competenceIds: state.competenceIds,
    contactPersons: state.contactPersons.map(({ name, title, email, phone }) => ({ name, title, email, phone })),
  };
}

/** The full organisation as the API's create body (before parsing). */
export function toCandidate(state: OrganisationFormState): Record<string, unknown> {
  return {
    kind: state.kind === "" ? undefined : state.kind,
    cvr: orNull(state.cvr),
    parentId: state.kind === "public_unit" ? (state.parent?.id ?? null) : null,
    ...sharedFields(state),
  };
}

/**
 * Validates with the same shared schemas the server uses, so the messages are the server's. A kind
 * nobody has chosen yet says «required».
 */
export function validateCreate(state: OrganisationFormState, language: Language): Checked<OrganisationCreate> {
  return checkWith(OrganisationCreate, toCandidate(state), language, { kind: state.kind === "" });
}

/**
 * An edit sends a patch. Staff send every field, checked as a whole organisation (so the
 * "a public unit needs a parent" rule applies); a member sends only the fields they may change.
 */
export function validatePatch(
  state: OrganisationFormState,
  isStaffEditor: boolean,
  language: Language,
): Checked<OrganisationPatch> {
  if (isStaffEditor) {
    const whole = validateCreate(state, language);
    if (!whole.ok) {
      return whole;
    }
  }
  return checkWith(OrganisationPatch, isStaffEditor ? toCandidate(state) : sharedFields(state), language);
}
