import { createBlankCompanySide, createBlankInputs, type BusinessCaseInputs } from "../../../domain/business-case/inputs.js";
import type { BusinessCaseCreate, BusinessCaseListQuery, BusinessCasePatch, ModelFields } from "../../../domain/business-case/requests.js";
import type { BusinessCase, BusinessCaseAccess, BusinessCasePage } from "../../../domain/business-case/views.js";
import { isPublicKind } from "../../../domain/organisation.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, notFound } from "../../http/errors.js";
import { isStaff, type Actor } from "../auth/actor.js";
import { writeAudit } from "../audit/audit.repo.js";
import { describeAccess, type CaseParties } from "./business-cases.policy.js";
import { presentBusinessCase, presentSummary } from "./business-cases.present.js";
import {
  findBusinessCase,
  findOrganisationKinds,
  insertBusinessCase,
  listBusinessCases,
  lockBusinessCase,
  updateBusinessCaseRow,
  type BusinessCaseRow,
} from "./business-cases.repo.js";
import { decodeStoredInputs, encodeStoredInputs } from "./stored-inputs.js";

export interface VisibleCase {
  row: BusinessCaseRow;
  access: BusinessCaseAccess;
  /** The whole model, company side included: withhold it with `withholdCompanySide` before it leaves. */
  inputs: BusinessCaseInputs;
}

export function readParties(row: BusinessCaseRow): CaseParties {
  return {
    publicOrganisationId: row.public_organisation_id,
    companyOrganisationId: row.company_organisation_id,
    companySharedAt: row.company_shared_at,
  };
}

/** The case with the reader's access; 404 when it does not exist or the reader is no party to it, so a competitor learns nothing. */
export async function loadVisibleCase(db: Db, actor: Actor, id: string): Promise<VisibleCase> {
  const row = await findBusinessCase(db, id);
  const access = row ? describeAccess(actor, readParties(row)) : null;
  if (!row || !access) {
    throw notFound("business case");
  }
  return { row, access, inputs: decodeStoredInputs(row.inputs, row.company_inputs) };
}

export async function listVisibleCases(db: Db, actor: Actor, query: BusinessCaseListQuery): Promise<BusinessCasePage> {
  if (!isStaff(actor) && actor.organisationId === null) {
    return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  }
  const scope = isStaff(actor) ? {} : { organisationId: actor.organisationId ?? undefined };
  const { rows, total } = await listBusinessCases(db, scope, query);
  const items = rows.flatMap((row) => {
    const access = describeAccess(actor, readParties(row));
    return access ? [presentSummary(row, access)] : [];
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The public party must be a public organisation or unit, the company a company; neither archived. */
async function checkParties(db: Db, language: Language, input: BusinessCaseCreate): Promise<void> {
  const ids = [input.publicOrganisationId, ...(input.companyOrganisationId ? [input.companyOrganisationId] : [])];
  const kinds = new Map((await findOrganisationKinds(db, ids)).map((row) => [row.id, row]));
  const publicOrganisation = kinds.get(input.publicOrganisationId);
  if (!publicOrganisation || publicOrganisation.archived_at !== null || !isPublicKind(publicOrganisation.kind)) {
    throw fieldError(language, 400, "publicOrganisationId", "business_case_public_organisation");
  }
  if (input.companyOrganisationId) {
    const company = kinds.get(input.companyOrganisationId);
    if (!company || company.archived_at !== null || company.kind !== "company") {
      throw fieldError(language, 400, "companyOrganisationId", "business_case_company_organisation");
    }
  }
}

function applyModelFields(inputs: BusinessCaseInputs, fields: ModelFields): BusinessCaseInputs {
  return {
    horizonYears: fields.horizonYears ?? inputs.horizonYears,
    discountRate: fields.discountRate ?? inputs.discountRate,
    publicSide: fields.publicSide ?? inputs.publicSide,
    companySide: fields.companySide === undefined ? inputs.companySide : fields.companySide,
  };
}

/** Creates a case; the caller has checked that the actor may (`canCreateCase`, `findForbiddenFields`). */
export async function createBusinessCase(ctx: ServiceContext, input: BusinessCaseCreate, access: BusinessCaseAccess): Promise<BusinessCase> {
  return inTransaction(ctx.db, async (trx) => {
    await checkParties(trx, ctx.language, input);
    const blank = createBlankInputs(false);
    const inputs = applyModelFields({ ...blank, companySide: input.companyOrganisationId ? createBlankCompanySide() : null }, input);
    const id = await insertBusinessCase(trx, {
      title: input.title,
      public_organisation_id: input.publicOrganisationId,
      company_organisation_id: input.companyOrganisationId,
      need_id: input.needId,
      process_id: input.processId,
      ...encodeStoredInputs(inputs),
      created_by: ctx.actor.id,
    });
    const row = (await findBusinessCase(trx, id)) as BusinessCaseRow;
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "business_case",
      entityId: id,
      action: "create",
      after: { title: input.title, publicOrganisationId: input.publicOrganisationId, companyOrganisationId: input.companyOrganisationId, inputs },
      requestId: ctx.requestId,
    });
    return presentBusinessCase(row, access);
  });
}

/** Autosave: replaces the fields sent, in one transaction with the audit entry. */
export async function updateBusinessCase(ctx: ServiceContext, id: string, patch: BusinessCasePatch, access: BusinessCaseAccess): Promise<BusinessCase> {
  return inTransaction(ctx.db, async (trx) => {
    if (!(await lockBusinessCase(trx, id))) {
      throw notFound("business case");
    }
    const before = (await findBusinessCase(trx, id)) as BusinessCaseRow;
    const beforeInputs = decodeStoredInputs(before.inputs, before.company_inputs);
    const inputs = applyModelFields(beforeInputs, patch);
    await updateBusinessCaseRow(trx, id, { ...(patch.title === undefined ? {} : { title: patch.title }), ...encodeStoredInputs(inputs) });
    const after = (await findBusinessCase(trx, id)) as BusinessCaseRow;
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "business_case",
      entityId: id,
      action: "update",
      before: { title: before.title, inputs: beforeInputs },
      after: { title: after.title, inputs },
      requestId: ctx.requestId,
    });
    return presentBusinessCase(after, access);
  });
}
