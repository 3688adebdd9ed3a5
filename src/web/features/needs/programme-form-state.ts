import { FundingProgrammeInput, type FundingProgramme } from "../../../domain/funding.js";
import type { Language } from "../../../domain/validation.js";
import { checkWith, type Checked } from "../../forms/form-check.js";
import { parseAmount } from "./need-form-state.js";

export interface ProgrammeFormState {
  name: string;
  owner: string;
  purpose: string;
  eligibleKinds: string[];
  careAreas: string[];
  themes: string;
  minAmount: string;
  maxAmount: string;
  cofinancingPct: string;
  deadline: string;
  opensOn: string;
  nextRound: string;
  rolling: boolean;
  regionCodes: string[];
  /** Municipality codes as typed, separated by commas. */
  municipalityCodes: string;
  minMunicipalities: string;
  minRegions: string;
  countsAreGuidance: boolean;
  requiresCompany: boolean;
  requiresKnowledgeInstitution: boolean;
  link: string;
  notes: string;
}

export function emptyProgrammeForm(): ProgrammeFormState {
  return {
    name: "",
    owner: "",
    purpose: "",
    eligibleKinds: [],
    careAreas: [],
    themes: "",
    minAmount: "",
    maxAmount: "",
    cofinancingPct: "",
    deadline: "",
    opensOn: "",
    nextRound: "",
    rolling: false,
    regionCodes: [],
    municipalityCodes: "",
    minMunicipalities: "",
    minRegions: "",
    countsAreGuidance: false,
    requiresCompany: false,
    requiresKnowledgeInstitution: false,
    link: "",
    notes: "",
  };
}

const list = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

const text = (value: number | null) => (value === null ? "" : String(value).replace(".", ","));

export function programmeFormFrom(programme: FundingProgramme): ProgrammeFormState {
  return {
    name: programme.name,
    owner: programme.owner,
    purpose: programme.purpose,
    eligibleKinds: [...programme.eligibleKinds],
    careAreas: [...programme.careAreas],
    themes: programme.themes.join(", "),
    minAmount: text(programme.minAmount),
    maxAmount: text(programme.maxAmount),
    cofinancingPct: text(programme.cofinancingPct),
    deadline: programme.deadline ?? "",
    opensOn: programme.opensOn ?? "",
    nextRound: programme.nextRound,
    rolling: programme.rolling,
    regionCodes: [...programme.regionCodes],
    municipalityCodes: programme.municipalityCodes.join(", "),
    minMunicipalities: text(programme.minMunicipalities),
    minRegions: text(programme.minRegions),
    countsAreGuidance: programme.countsAreGuidance,
    requiresCompany: programme.requiresCompany,
    requiresKnowledgeInstitution: programme.requiresKnowledgeInstitution,
    link: programme.link,
    notes: programme.notes,
  };
}

/** The form as the API's body, checked with the same schema the server uses. */
export function validateProgramme(state: ProgrammeFormState, language: Language): Checked<FundingProgrammeInput> {
  return checkWith(
    FundingProgrammeInput,
    {
      name: state.name,
      owner: state.owner,
      purpose: state.purpose,
      eligibleKinds: state.eligibleKinds,
      careAreas: state.careAreas,
      themes: list(state.themes),
      minAmount: parseAmount(state.minAmount),
      maxAmount: parseAmount(state.maxAmount),
      cofinancingPct: parseAmount(state.cofinancingPct),
      deadline: state.deadline === "" ? null : state.deadline,
      opensOn: state.opensOn === "" ? null : state.opensOn,
      nextRound: state.nextRound,
      rolling: state.rolling,
      regionCodes: state.regionCodes,
      municipalityCodes: list(state.municipalityCodes),
      minMunicipalities: parseAmount(state.minMunicipalities),
      minRegions: parseAmount(state.minRegions),
      countsAreGuidance: state.countsAreGuidance,
      requiresCompany: state.requiresCompany,
      requiresKnowledgeInstitution: state.requiresKnowledgeInstitution,
      link: state.link,
      notes: state.notes,
    },
    language,
  );
}
