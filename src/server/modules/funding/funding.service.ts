import {
  buildFundingContext,
  evaluateFunding,
  rankFunding,
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
import { loadVisibleProcess } from "../processes/processes.service.js";
import {
  findProgramme,
  listNeedFundingApplicants,
  listProcessFundingApplicants,
  listProgrammes,
  readNeedFundingFacts,
  readProcessFundingFacts,
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
  const context = buildFundingContext(await listNeedFundingApplicants(db, needId), {
    ...(await readNeedFundingFacts(db, needId)),
    today: today(),
    // A need's partners are still to be found: a programme that asks for a company or knowledge institution can fit.
    partnersToCome: true,
  });
  const programmes = (await listProgrammes(db)).map(presentProgramme);
  const items = programmes.map((programme) => ({ ...programme, fit: evaluateFunding(programme, context) }));
  return { context, items: rankFunding(items) };
}

/**
 * The programmes for a process: its participants apply together (a network process counts each
 * of its municipalities), for the care area and summed budget of the needs it works on.
 */
export async function fundingForProcess(db: Db, actor: Actor, processId: string): Promise<NeedFunding> {
  await loadVisibleProcess(db, actor, processId);
  const context = buildFundingContext(await listProcessFundingApplicants(db, processId), {
    ...(await readProcessFundingFacts(db, processId)),
    today: today(),
  });
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
