import type { BusinessCaseAccess } from "../../../domain/business-case/views.js";
import type { ModelFields } from "../../../domain/business-case/requests.js";
import type { Actor } from "../auth/actor.js";
import { isStaff } from "../auth/actor.js";

/** Who takes part in a case, and whether the company has shared its side. */
export interface CaseParties {
  publicOrganisationId: string;
  companyOrganisationId: string | null;
  companySharedAt: Date | null;
}

/**
 * Agents and the programme manager (admin) see and edit everything. Members of the public
 * organisation edit the public side and see the company side only once the company has shared
 * it. Members of the company edit the company side, see the public side, and decide on sharing.
 * Anyone else (a competitor) sees nothing: null.
 */
export function describeAccess(actor: Actor, parties: CaseParties): BusinessCaseAccess | null {
  if (isStaff(actor)) {
    return { relation: "staff", canSeeCompanySide: true, canEditPublicSide: true, canEditCompanySide: true, canShareCompanySide: true };
  }
  if (actor.organisationId !== null && actor.organisationId === parties.companyOrganisationId) {
    return { relation: "company", canSeeCompanySide: true, canEditPublicSide: false, canEditCompanySide: true, canShareCompanySide: true };
  }
  if (actor.organisationId !== null && actor.organisationId === parties.publicOrganisationId) {
    const shared = parties.companySharedAt !== null;
    return { relation: "public", canSeeCompanySide: shared, canEditPublicSide: true, canEditCompanySide: false, canShareCompanySide: false };
  }
  return null;
}

/** Staff create any case; a member only one their own organisation is a party to. */
export function canCreateCase(actor: Actor, parties: Pick<CaseParties, "publicOrganisationId" | "companyOrganisationId">): boolean {
  if (isStaff(actor)) {
    return true;
  }
  return actor.organisationId !== null && [parties.publicOrganisationId, parties.companyOrganisationId].includes(actor.organisationId);
}

/** The sides a create or patch touches that the reader may not edit. Horizon and rate are shared by both sides. */
export function findForbiddenFields(access: BusinessCaseAccess, fields: ModelFields): string[] {
  const refused: string[] = [];
  if (fields.publicSide !== undefined && !access.canEditPublicSide) {
    refused.push("publicSide");
  }
  if (fields.companySide !== undefined && !access.canEditCompanySide) {
    refused.push("companySide");
  }
  return refused;
}
