import {
  createBlankCompanySide,
  createBlankInputs,
  type BusinessCaseInputs,
} from "../../../domain/business-case/inputs.js";
import type {
  BusinessCaseCreate,
  BusinessCaseListQuery,
  BusinessCasePatch,
  ModelFields,
} from "../../../domain/business-case/requests.js";
import type { BusinessCase, BusinessCaseAccess, BusinessCasePage } from "../../../domain/business-case/views.js";
import { isPublicKind } from "../../../domain/organisation.js";
import { translateMessage, type Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, HttpError, notFound } from "../../http/errors.js";
import { isStaff, type Actor } from "../../platform/actor.js";
import { writeAudit } from "../audit/audit.service.js";
import { canViewNeed } from "../needs/needs.policy.js";
import { getNeed } from "../needs/needs.service.js";
import { isProcessVisibleTo } from "../processes/processes.service.js";
import { describeAccess, findForbiddenFields, type CaseParties } from "./business-cases.policy.js";
import { presentBusinessCase, presentSummary } from "./business-cases.present.js";
import {
  findBusinessCase,
  findOrganisationKinds,
  insertBusinessCase,
  listBusinessCases,
  listBusinessCasesOfProcess,
  lockBusinessCase,
  updateBusinessCaseRow,
  type BusinessCaseRow,
} from "./business-cases.repo.js";
import { keepWithheldChanges } from "../../../domain/business-case/own-scenarios.js";
import { decodeStoredInputs, decodeStoredScenarios, encodeStoredInputs } from "./stored-inputs.js";

export interface VisibleCase {
  row: BusinessCaseRow;
  access: BusinessCaseAccess;
  /** The whole model, company side included: withhold it with `withholdCompanySide` before it leaves. */
  inputs: BusinessCaseInputs;
}

export function readParties(row: BusinessCaseRow): CaseParties {
  return {
    publicOrganisationId: row.public_organisation_id,
    publicParentId: row.public_parent_id,
    companyOrganisationId: row.company_organisation_id,
    companySharedAt: row.company_shared_at,
  };
}

/** A case the actor may save versions of (edits a side): 404 when they cannot see it, 403 otherwise. */
export async function loadEditableCase(db: Db, actor: Actor, id: string): Promise<VisibleCase> {
  const found = await loadVisibleCase(db, actor, id);
  if (!found.access.canEditPublicSide && !found.access.canEditCompanySide) {
    throw forbidden();
  }
  return found;
}

/**
 * The case with the reader's access; 404 when it does not exist or the reader is no party to it, so a competitor
 * learns nothing.
 */
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

/** A business case's key figures, for another module to quote (the knowledge base's draft case). */
export interface ProcessCaseFigures {
  businessCaseId: string;
  title: string;
  publicOrganisationName: string;
  publicNpv: number;
  companyOrganisationId: string | null;
  companyOrganisationName: string | null;
  /** Null when there is no company side, or the company has not shared it: its figures never leave then. */
  companyNpv: number | null;
}

/**
 * The key figures of the business cases made for a process, as the public party may see them: the
 * company's NPV only where the company has shared its side.
 */
export async function listProcessCaseFigures(db: Db, processId: string): Promise<ProcessCaseFigures[]> {
  const rows = await listBusinessCasesOfProcess(db, processId);
  return rows.map((row) => {
    const summary = presentSummary(row, {
      relation: "public",
      canSeeCompanySide: row.company_shared_at !== null,
      canEditPublicSide: false,
      canEditCompanySide: false,
      canShareCompanySide: false,
    });
    return {
      businessCaseId: row.id,
      title: row.title,
      publicOrganisationName: row.public_organisation_name,
      publicNpv: summary.publicNpv,
      companyOrganisationId: row.company_organisation_id,
      companyOrganisationName: row.company_organisation_name,
      companyNpv: summary.companyNpv,
    };
  });
}

/**
 * Who may create a case with these parties and fields, decided before anything else in it is
 * checked: staff any case, a member one their organisation (or the municipality or region above
 * the public unit) is a party to, and only their own side. Reads only the parties' ids and which
 * fields are present, so the route can ask it before the body is validated.
 */
export async function authorizeCreate(
  db: Db,
  actor: Actor,
  language: Language,
  parties: { publicOrganisationId: string | null; companyOrganisationId?: string | null },
  fields: Record<string, unknown>,
): Promise<BusinessCaseAccess> {
  const [publicOrganisation] = parties.publicOrganisationId
    ? await findOrganisationKinds(db, [parties.publicOrganisationId])
    : [];
  const access = describeAccess(actor, {
    publicOrganisationId: parties.publicOrganisationId,
    publicParentId: publicOrganisation?.parent_id ?? null,
    companyOrganisationId: parties.companyOrganisationId ?? null,
    companySharedAt: null,
  });
  if (!access) {
    throw fieldError(language, 403, "publicOrganisationId", "business_case_own_organisation");
  }
  // A create that leaves the links empty does not touch them.
  refuseForbiddenFields(language, access, {
    ...fields,
    needId: fields.needId ?? undefined,
    processId: fields.processId ?? undefined,
  });
  return access;
}

/** The parties must be a public organisation or unit and a company, neither archived. */
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

/** 403 naming each side the reader may not change (mass assignment is refused, not ignored). */
export function refuseForbiddenFields(
  language: Language,
  access: BusinessCaseAccess,
  fields: Record<string, unknown>,
): void {
  const refused = findForbiddenFields(access, fields);
  if (refused.length > 0) {
    const message = translateMessage("business_case_side_forbidden", language);
    throw new HttpError(
      403,
      "forbidden_fields",
      `${refused.join(", ")}: ${message}`,
      Object.fromEntries(refused.map((field) => [field, message])),
    );
  }
}

/**
 * A linked need or process must exist and be one the actor may see; anything else is a 400
 * naming the field (as starting a process from a need answers), so ids of others' records leak nothing.
 */
async function checkLinks(
  db: Db,
  actor: Actor,
  language: Language,
  links: { needId?: string | null; processId?: string | null },
): Promise<void> {
  if (links.needId) {
    const need = await getNeed(db, links.needId);
    if (!need || !canViewNeed(actor, need)) {
      throw fieldError(language, 400, "needId", "business_case_need_unknown");
    }
  }
  if (links.processId) {
    if (!(await isProcessVisibleTo(db, actor, links.processId))) {
      throw fieldError(language, 400, "processId", "business_case_process_unknown");
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

/**
 * Creates a case, after checking that the actor may (again: the route asked before validating) and that its parties
 * and links are real.
 */
export async function createBusinessCase(ctx: ServiceContext, input: BusinessCaseCreate): Promise<BusinessCase> {
  return inTransaction(ctx.db, async (trx) => {
    const access = await authorizeCreate(trx, ctx.actor, ctx.language, input, input);
    await checkParties(trx, ctx.language, input);
    await checkLinks(trx, ctx.actor, ctx.language, input);
    const blank = createBlankInputs(false);
    const inputs = applyModelFields(
      { ...blank, companySide: input.companyOrganisationId ? createBlankCompanySide() : null },
      input,
    );
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
      after: {
        title: input.title,
        publicOrganisationId: input.publicOrganisationId,
        companyOrganisationId: input.companyOrganisationId,
        needId: input.needId,
        processId: input.processId,
        inputs,
      },
      requestId: ctx.requestId,
    });
    return presentBusinessCase(row, access);
  });
}

/**
 * Autosave: replaces the fields sent, in one transaction with the audit entry. The caller has
 * refused the sides the actor may not edit (`refuseForbiddenFields`) before validating the body.
 */
export async function updateBusinessCase(
  ctx: ServiceContext,
  id: string,
  patch: BusinessCasePatch,
  access: BusinessCaseAccess,
): Promise<BusinessCase> {
  return inTransaction(ctx.db, async (trx) => {
    if (!(await lockBusinessCase(trx, id))) {
      throw notFound("business case");
    }
    refuseForbiddenFields(ctx.language, access, patch);
    await checkLinks(trx, ctx.actor, ctx.language, patch);
    const before = (await findBusinessCase(trx, id)) as BusinessCaseRow;
    const beforeInputs = decodeStoredInputs(before.inputs, before.company_inputs);
    const inputs = applyModelFields(beforeInputs, patch);
    const beforeScenarios = decodeStoredScenarios(before.scenarios);
    // A reader who cannot see the company's figures cannot have meant to remove them from a scenario.
    const scenarios =
      patch.scenarios === undefined
        ? beforeScenarios
        : access.canSeeCompanySide
          ? patch.scenarios
          : keepWithheldChanges(beforeScenarios, patch.scenarios);
    await updateBusinessCaseRow(trx, id, {
      ...(patch.scenarios === undefined ? {} : { scenarios: JSON.stringify(scenarios) }),
      ...(patch.title === undefined ? {} : { title: patch.title }),
      ...(patch.needId === undefined ? {} : { need_id: patch.needId }),
      ...(patch.processId === undefined ? {} : { process_id: patch.processId }),
      ...encodeStoredInputs(inputs),
    });
    const after = (await findBusinessCase(trx, id)) as BusinessCaseRow;
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "business_case",
      entityId: id,
      action: "update",
      before: {
        title: before.title,
        needId: before.need_id,
        processId: before.process_id,
        inputs: beforeInputs,
        scenarios: beforeScenarios,
      },
      after: { title: after.title, needId: after.need_id, processId: after.process_id, inputs, scenarios },
      requestId: ctx.requestId,
    });
    return presentBusinessCase(after, access);
  });
}
