import type { BusinessCaseAccess } from "../../../domain/business-case/views.js";
import type { Actor } from "../../platform/actor.js";
import { isStaff } from "../../platform/actor.js";

/** Who takes part in a case, and whether the company has shared its side. */
export interface CaseParties {
  /** Null only while a create is checked before validation and names no (valid) public party. */
  publicOrganisationId: string | null;
  /** The public party's parent: a municipality or region above its unit, as for needs and assessments. */
  publicParentId: string | null;
  companyOrganisationId: string | null;
  companySharedAt: Date | null;
}

/**
 * Agents and the programme manager (admin) see and edit everything. Members of the public
 * organisation, and of the municipality or region it is a unit of, edit the public side and see
 * the company side only once the company has shared it. Members of the company edit the company
 * side, see the public side, and decide on sharing.
 * Anyone else (a competitor) sees nothing: null.
 */
export function describeAccess(actor: Actor, parties: CaseParties): BusinessCaseAccess | null {
  if (isStaff(actor)) {
    return {
      relation: "staff",
      canSeeCompanySide: true,
      canEditPublicSide: true,
      canEditCompanySide: true,
      canShareCompanySide: true,
    };
  }
  if (actor.organisationId !== null && actor.organisationId === parties.companyOrganisationId) {
    return {
      relation: "company",
      canSeeCompanySide: true,
      canEditPublicSide: false,
      canEditCompanySide: true,
      canShareCompanySide: true,
    };
  }
  if (
    actor.organisationId !== null &&
    [parties.publicOrganisationId, parties.publicParentId].includes(actor.organisationId)
  ) {
    const shared = parties.companySharedAt !== null;
    return {
      relation: "public",
      canSeeCompanySide: shared,
      canEditPublicSide: true,
      canEditCompanySide: false,
      canShareCompanySide: false,
    };
  }
  return null;
}

/** The fields of a create or patch that belong to the public side: its figures and the need or process it came from. */
const PUBLIC_SIDE_FIELDS = ["publicSide", "needId", "processId"] as const;

/**
 * The sides a create or patch touches that the reader may not edit. Horizon and rate are shared
 * by both sides. Reads only which keys are present, so it can run before the body is validated:
 * a refused caller learns nothing from validation.
 */
export function findForbiddenFields(access: BusinessCaseAccess, fields: Record<string, unknown>): string[] {
  const refused: string[] = [];
  if (!access.canEditPublicSide) {
    refused.push(...PUBLIC_SIDE_FIELDS.filter((field) => fields[field] !== undefined));
  }
  if (fields.companySide !== undefined && !access.canEditCompanySide) {
    refused.push("companySide");
  }
  // Own scenarios are shared by both sides, like the horizon: either side's editors may change them.
  if (fields.scenarios !== undefined && !access.canEditPublicSide && !access.canEditCompanySide) {
    refused.push("scenarios");
  }
  return refused;
}
