import {
  evaluateFunding,
  rankFunding,
  type FundingContext,
  type FundingProgramme,
  type FundingProgrammeInput,
} from "../../../domain/funding.js";
import type { NeedFunding } from "../../../domain/funding-views.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import type { Actor } from "../../platform/actor.js";
import { getVisibleNeed } from "../needs/needs.service.js";
import {
  findProgramme,
  listProgrammes,
  readNeedFundingFacts,
  toProgrammeRow,
  insertProgramme,
  updateProgrammeRow,
} from "./funding.repo.js";
import { presentProgramme } from "./funding.present.js";

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The programmes that fit a need, each with the rules it meets and the rules it does not, as
 * codes and values (`fit.rules`): the browser words them in the reader's language.
 */
export async function fundingForNeed(db: Db, actor: Actor, needId: string): Promise<NeedFunding> {
  await getVisibleNeed(db, actor, needId);
  const facts = await readNeedFundingFacts(db, needId);
  const applicantKind = facts.owner_kind === "public_unit" ? (facts.parent_kind ?? "public_unit") : facts.owner_kind;
  const context: FundingContext = {
    applicantKinds: [
      applicantKind,
      ...(facts.has_company ? ["company"] : []),
      ...(facts.has_knowledge_institution ? ["knowledge_institution"] : []),
    ],
    careArea: facts.care_area,
    municipalities: applicantKind === "municipality" ? 1 : 0,
    regions: applicantKind === "region" ? 1 : 0,
    hasCompany: Boolean(facts.has_company),
    hasKnowledgeInstitution: Boolean(facts.has_knowledge_institution),
    today: today(),
  };
  const programmes = (await listProgrammes(db)).map(presentProgramme);
  const items = programmes.map((programme) => ({ ...programme, fit: evaluateFunding(programme, context) }));
  return { context, items: rankFunding(items) };
}

export async function createProgramme(ctx: ServiceContext, input: FundingProgrammeInput): Promise<FundingProgramme> {
  return inTransaction(ctx.db, async (trx) => {
    const row = await insertProgramme(trx, toProgrammeRow(input));
    const created = presentProgramme(row);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "funding_programme",
      entityId: row.id,
      action: "create",
      after: created,
      requestId: ctx.requestId,
    });
    return created;
  });
}

export async function updateProgramme(
  ctx: ServiceContext,
  id: string,
  input: FundingProgrammeInput,
): Promise<FundingProgramme> {
  return inTransaction(ctx.db, async (trx) => {
    const before = await findProgramme(trx, id);
    if (!before) {
      throw notFound("funding programme");
    }
    const row = await updateProgrammeRow(trx, id, toProgrammeRow(input));
    const after = presentProgramme(row);
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "funding_programme",
      entityId: id,
      action: "update",
      before: presentProgramme(before),
      after,
      requestId: ctx.requestId,
    });
    return after;
  });
}
