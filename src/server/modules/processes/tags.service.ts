import { InnovationTags } from "../../../domain/programme/tags.js";
import type { ProcessTagsView } from "../../../domain/programme/views.js";
import { inTransaction } from "../../db/transaction.js";
import { notFound } from "../../http/errors.js";
import type { ServiceContext } from "../../http/context.js";
import type { Db } from "../../db/database.js";
import { writeAudit } from "../audit/audit.service.js";
import { findProcessTags, updateProcessTags } from "./stats.repo.js";

type TagRow = NonNullable<Awaited<ReturnType<typeof findProcessTags>>>;

function presentTags(row: TagRow): ProcessTagsView {
  return {
    processId: row.id,
    tags: InnovationTags.parse({
      innovationType: row.innovation_type,
      novelty: row.novelty,
      initiator: row.initiator,
      valueTypes: row.value_types,
      evaluation: row.evaluation,
    }),
  };
}

export async function loadProcessTags(db: Db, processId: string): Promise<ProcessTagsView> {
  const row = await findProcessTags(db, processId);
  if (!row) {
    throw notFound("process");
  }
  return presentTags(row);
}

/** Sets a process's Innovationsbarometer tags (those who steer the process): one transaction, audited. */
export async function setProcessTags(ctx: ServiceContext, processId: string, tags: InnovationTags) {
  return inTransaction(ctx.db, async (trx) => {
    const before = await loadProcessTags(trx, processId);
    await updateProcessTags(trx, processId, {
      innovation_type: tags.innovationType,
      novelty: tags.novelty,
      initiator: tags.initiator,
      value_types: tags.valueTypes,
      evaluation: tags.evaluation,
    });
    await writeAudit(trx, {
      actorId: ctx.actor.id,
      entity: "process",
      entityId: processId,
      action: "tags",
      before: before.tags,
      after: tags,
      requestId: ctx.requestId,
    });
    return { processId, tags };
  });
}
