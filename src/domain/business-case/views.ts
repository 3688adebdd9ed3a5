import type { FieldDifference, MetricDifference } from "./compare.js";
import type { BusinessCaseInputs } from "./inputs.js";
import type { OwnScenario } from "./own-scenarios.js";

/** The API's answers about business cases, shared with the browser. */
export interface NamedRef {
  id: string;
  name: string;
}

/** What the reader may do; the company side's figures are absent when `canSeeCompanySide` is false. */
export interface BusinessCaseAccess {
  relation: "staff" | "public" | "company";
  canSeeCompanySide: boolean;
  canEditPublicSide: boolean;
  canEditCompanySide: boolean;
  canShareCompanySide: boolean;
}

export interface BusinessCase {
  id: string;
  title: string;
  publicOrganisation: NamedRef;
  companyOrganisation: NamedRef | null;
  needId: string | null;
  processId: string | null;
  /** When the company shared its side with the public organisation; null while not shared. */
  companySharedAt: string | null;
  access: BusinessCaseAccess;
  /** `companySide` is null when there is none or the reader may not see it (see `companySideWithheld`). */
  inputs: BusinessCaseInputs;
  /** The user's own scenarios beside the three standard ones; the company's figures only for those who may see them. */
  scenarios: OwnScenario[];
  companySideWithheld: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface BusinessCaseSummary {
  id: string;
  title: string;
  publicOrganisation: NamedRef;
  companyOrganisation: NamedRef | null;
  companySharedAt: string | null;
  publicNpv: number;
  /** Null when there is no company side or the reader may not see it. */
  companyNpv: number | null;
  updatedAt: string;
}

export interface BusinessCasePage {
  items: BusinessCaseSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface BusinessCaseVersion {
  number: number;
  comment: string;
  createdBy: NamedRef | null;
  createdAt: string;
  inputs: BusinessCaseInputs;
  scenarios: OwnScenario[];
  companySideWithheld: boolean;
}

export interface BusinessCaseComparison {
  a: string;
  b: string;
  fields: FieldDifference[];
  results: MetricDifference[];
}
