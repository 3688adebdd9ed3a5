import { resolveDiscountBands } from "../../../domain/business-case/discount.js";
import { computeNpvs } from "../../../domain/business-case/metrics.js";
import type {
  BusinessCase,
  BusinessCaseAccess,
  BusinessCaseSummary,
  BusinessCaseVersion,
} from "../../../domain/business-case/views.js";
import type { BusinessCaseRow, VersionRow } from "./business-cases.repo.js";
import { decodeStoredInputs, decodeStoredScenarios, withholdCompanySide, withholdScenarios } from "./stored-inputs.js";

/** Every function here shapes a row for one reader: the company side is left out unless they may see it. */
function presentParties(row: BusinessCaseRow) {
  return {
    publicOrganisation: { id: row.public_organisation_id, name: row.public_organisation_name },
    companyOrganisation:
      row.company_organisation_id === null
        ? null
        : { id: row.company_organisation_id, name: row.company_organisation_name ?? "" },
  };
}

export function presentBusinessCase(row: BusinessCaseRow, access: BusinessCaseAccess): BusinessCase {
  const inputs = decodeStoredInputs(row.inputs, row.company_inputs);
  return {
    id: row.id,
    title: row.title,
    ...presentParties(row),
    needId: row.need_id,
    processId: row.process_id,
    companySharedAt: row.company_shared_at?.toISOString() ?? null,
    access,
    inputs: withholdCompanySide(inputs, access),
    scenarios: withholdScenarios(decodeStoredScenarios(row.scenarios), access),
    companySideWithheld: inputs.companySide !== null && !access.canSeeCompanySide,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentSummary(row: BusinessCaseRow, access: BusinessCaseAccess): BusinessCaseSummary {
  const inputs = withholdCompanySide(decodeStoredInputs(row.inputs, row.company_inputs), access);
  const npvs = computeNpvs(inputs, resolveDiscountBands(inputs.discountRate));
  return {
    id: row.id,
    title: row.title,
    ...presentParties(row),
    companySharedAt: row.company_shared_at?.toISOString() ?? null,
    publicNpv: npvs.public,
    companyNpv: npvs.company,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentVersion(row: VersionRow, access: BusinessCaseAccess): BusinessCaseVersion {
  const inputs = decodeStoredInputs(row.inputs, row.company_inputs);
  return {
    number: row.number,
    comment: row.comment,
    createdBy: row.created_by === null ? null : { id: row.created_by, name: row.created_by_name ?? "" },
    createdAt: row.created_at.toISOString(),
    inputs: withholdCompanySide(inputs, access),
    scenarios: withholdScenarios(decodeStoredScenarios(row.scenarios), access),
    companySideWithheld: inputs.companySide !== null && !access.canSeeCompanySide,
  };
}
