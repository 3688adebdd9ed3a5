import type { BusinessCase } from "../../../domain/business-case/views.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { describeAccess } from "./business-cases.policy.js";
import { presentBusinessCase } from "./business-cases.present.js";
import { findBusinessCase, lockBusinessCase, setCompanySharedAt, type BusinessCaseRow } from "./business-cases.repo.js";
import { readParties } from "./business-cases.service.js";

/**
 * The company shares its side with the public organisation, or takes it back. Each change is
 * written to the audit log; sharing what is already shared changes nothing.
 */
export async function setCompanySideShared(ctx: ServiceContext, id: string, shared: boolean): Promise<BusinessCase> {
  return inTransaction(ctx.db, async (trx) => {
    if (!(await lockBusinessCase(trx, id))) {
      throw notFound("business case");
    }
    const before = (await findBusinessCase(trx, id)) as BusinessCaseRow;
    if (before.company_organisation_id === null) {
      throw fieldError(ctx.language, 409, "companyOrganisationId", "business_case_no_company");
    }
    if ((before.company_shared_at !== null) !== shared) {
      await setCompanySharedAt(trx, id, shared ? new Date() : null);
      const after = (await findBusinessCase(trx, id)) as BusinessCaseRow;
      await writeAudit(trx, {
        actorId: ctx.actor.id,
        entity: "business_case",
        entityId: id,
        action: shared ? "share_company_side" : "unshare_company_side",
        before: { companySharedAt: before.company_shared_at },
        after: { companySharedAt: after.company_shared_at, publicOrganisationId: after.public_organisation_id },
        requestId: ctx.requestId,
      });
    }
    const row = (await findBusinessCase(trx, id)) as BusinessCaseRow;
    const access = describeAccess(ctx.actor, readParties(row));
    if (!access) {
      throw notFound("business case");
    }
    return presentBusinessCase(row, access);
  });
}
