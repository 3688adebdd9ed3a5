import {
  AssessmentTemplateDefinition,
  type TemplateCreate,
  type TemplateUpdate,
} from "../../../domain/assessment/index.js";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/transaction.js";
import type { ServiceContext } from "../../http/context.js";
import { fieldError, forbidden, notFound } from "../../http/errors.js";
import { writeAudit } from "../audit/audit.service.js";
import { canEditTemplates } from "./assessments.policy.js";
import { presentTemplate } from "./assessments.present.js";
import {
  deleteTemplateRow,
  findTemplate,
  insertTemplate,
  lockVersions,
  markPublished,
  updateDraftDefinition,
  type TemplateRow,
} from "./templates.repo.js";

/** A stored definition, read back through the same schema that accepted it. */
export function readDefinition(stored: unknown): AssessmentTemplateDefinition {
  return AssessmentTemplateDefinition.parse(stored);
}

export async function loadTemplate(db: Db, id: string): Promise<TemplateRow> {
  const row = await findTemplate(db, id);
  if (!row) {
    throw notFound("assessment template");
  }
  return row;
}

function requireEditor(ctx: ServiceContext): void {
  if (!canEditTemplates(ctx.actor)) {
    throw forbidden();
  }
}

async function audit(
  ctx: ServiceContext,
  id: string,
  action: string,
  before?: unknown,
  after?: unknown,
): Promise<void> {
  await writeAudit(ctx.db, {
    actorId: ctx.actor.id,
    entity: "questionnaire_template",
    entityId: id,
    action,
    before,
    after,
    requestId: ctx.requestId,
  });
}

/** A new template key: version 1, a draft until it is published. */
export async function createTemplate(ctx: ServiceContext, input: TemplateCreate) {
  requireEditor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    if ((await lockVersions(trx, input.key)).length > 0) {
      throw fieldError(ctx.language, 409, "key", "template_key_taken");
    }
    const id = await insertTemplate(trx, {
      key: input.key,
      version: 1,
      definition: input.definition,
      createdBy: ctx.actor.id,
    });
    const created = presentTemplate(await loadTemplate(trx, id));
    await audit({ ...ctx, db: trx }, id, "create", undefined, { key: created.key, version: created.version });
    return created;
  });
}

/**
 * Editing a template. A draft is used by no assessment, so it changes in place; a published or
 * retired version never changes (finished assessments keep the questions they were asked): the
 * edit becomes a new draft version, numbered after the newest.
 */
export async function reviseTemplate(
  ctx: ServiceContext,
  id: string,
  input: TemplateUpdate,
): Promise<{ template: ReturnType<typeof presentTemplate>; isNewVersion: boolean }> {
  requireEditor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const current = await loadTemplate(trx, id);
    const versions = await lockVersions(trx, current.key);
    if (current.status === "draft") {
      await updateDraftDefinition(trx, id, input.definition);
      await audit({ ...ctx, db: trx }, id, "update_draft", { version: current.version }, { version: current.version });
      return { template: presentTemplate(await loadTemplate(trx, id)), isNewVersion: false };
    }
    const version = Math.max(...versions.map((row) => row.version)) + 1;
    const newId = await insertTemplate(trx, {
      key: current.key,
      version,
      definition: input.definition,
      createdBy: ctx.actor.id,
    });
    await audit({ ...ctx, db: trx }, newId, "new_version", { id, version: current.version }, { id: newId, version });
    return { template: presentTemplate(await loadTemplate(trx, newId)), isNewVersion: true };
  });
}

/** Publishing a version makes it the one new assessments use; the previously published version retires. */
export async function publishTemplate(ctx: ServiceContext, id: string) {
  requireEditor(ctx);
  return inTransaction(ctx.db, async (trx) => {
    const current = await loadTemplate(trx, id);
    await lockVersions(trx, current.key);
    if (current.status !== "published") {
      await markPublished(trx, id, current.key);
      await audit({ ...ctx, db: trx }, id, "publish", { status: current.status }, { status: "published" });
    }
    return presentTemplate(await loadTemplate(trx, id));
  });
}

/** Only an unused draft may go: a version an assessment used is its record of what was asked. */
export async function deleteTemplate(ctx: ServiceContext, id: string): Promise<void> {
  requireEditor(ctx);
  await inTransaction(ctx.db, async (trx) => {
    const current = await loadTemplate(trx, id);
    await lockVersions(trx, current.key);
    if (Number(current.assessment_count) > 0) {
      throw fieldError(ctx.language, 409, "id", "template_in_use");
    }
    if (current.status !== "draft") {
      throw fieldError(ctx.language, 409, "status", "template_not_draft");
    }
    await deleteTemplateRow(trx, id);
    await audit({ ...ctx, db: trx }, id, "delete", { key: current.key, version: current.version });
  });
}
