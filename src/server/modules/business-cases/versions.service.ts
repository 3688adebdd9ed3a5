import { diffInputs, diffResults } from "../../../domain/business-case/compare.js";
import type { BusinessCaseInputs } from "../../../domain/business-case/inputs.js";
import { computeBusinessCase } from "../../../domain/business-case/results.js";
import type { BusinessCaseComparison, BusinessCaseVersion } from "../../../domain/business-case/views.js";
import type { Language } from "../../../domain/validation.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { presentVersion } from "./business-cases.present.js";
import {
  findBusinessCase,
  findNextVersionNumber,
  findVersion,
  insertVersion,
  listVersions,
  lockBusinessCase,
  type BusinessCaseRow,
  type VersionRow,
} from "./business-cases.repo.js";
import type { VisibleCase } from "./business-cases.service.js";
import { decodeStoredInputs, withholdCompanySide } from "./stored-inputs.js";

/** Saves the current draft as the next numbered version, with a comment. */
export async function saveVersion(
  ctx: ServiceContext,
  found: VisibleCase,
  comment: string,
): Promise<BusinessCaseVersion> {
  const id = found.row.id;
  return inTransaction(ctx.db, async (trx) => {
    if (!(await lockBusinessCase(trx, id))) {
      throw notFound("business case");
    }
    const row = (await findBusinessCase(trx, id)) as BusinessCaseRow;
    const number = await findNextVersionNumber(trx, id);
    await insertVersion(trx, {
      business_case_id: id,
      number,
      comment,
      inputs: JSON.stringify(row.inputs),
      company_inputs: row.company_inputs === null ? null : JSON.stringify(row.company_inputs),
      scenarios: JSON.stringify(row.scenarios),
      created_by: ctx.actor.id,
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "business_case",
      entityId: id,
      action: "save_version",
      after: { number, comment },
      requestId: ctx.requestId,
    });
    return presentVersion((await findVersion(trx, id, number)) as VersionRow, found.access);
  });
}

export async function listCaseVersions(db: Db, found: VisibleCase): Promise<BusinessCaseVersion[]> {
  return (await listVersions(db, found.row.id)).map((row) => presentVersion(row, found.access));
}

/** A version's inputs as the reader may see them; "current" is the draft. */
async function resolveInputs(
  db: Db,
  language: Language,
  found: VisibleCase,
  ref: string,
  field: string,
): Promise<BusinessCaseInputs> {
  if (ref === "current") {
    return withholdCompanySide(found.inputs, found.access);
  }
  const version = await findVersion(db, found.row.id, Number(ref));
  if (!version) {
    throw fieldError(language, 404, field, "version_unknown");
  }
  return withholdCompanySide(decodeStoredInputs(version.inputs, version.company_inputs), found.access);
}

/** Field-by-field differences of the inputs, and the headline results of both. */
export async function compareVersions(
  db: Db,
  language: Language,
  found: VisibleCase,
  a: string,
  b: string,
): Promise<BusinessCaseComparison> {
  const [inputsA, inputsB] = await Promise.all([
    resolveInputs(db, language, found, a, "a"),
    resolveInputs(db, language, found, b, "b"),
  ]);
  return {
    a,
    b,
    fields: diffInputs(inputsA, inputsB),
    results: diffResults(computeBusinessCase(inputsA), computeBusinessCase(inputsB)),
  };
}
