import { sql, type Expression, type SqlBool } from "kysely";
import type { AssessmentQuery } from "../../../domain/assessment/index.js";
import type { Db } from "../../db/database.js";

const NO_ID = "00000000-0000-0000-0000-000000000000";

function assessmentsWithContext(db: Db) {
  return db
    .selectFrom("assessments as a")
    .innerJoin("organisations as o", "o.id", "a.organisation_id")
    .innerJoin("questionnaire_templates as t", "t.id", "a.template_id")
    .select([
      "a.id",
      "a.organisation_id",
      "a.template_id",
      "a.title",
      "a.status",
      "a.profile",
      "a.opened_at",
      "a.closed_at",
      "o.name as organisation_name",
      "o.parent_id as organisation_parent_id",
      "t.key as template_key",
      "t.version as template_version",
    ])
    .select((eb) => [
      eb
        .selectFrom("assessment_respondents as r")
        .whereRef("r.assessment_id", "=", "a.id")
        .select((inner) => inner.fn.countAll<string>().as("n"))
        .as("invited"),
      eb
        .selectFrom("assessment_respondents as r")
        .whereRef("r.assessment_id", "=", "a.id")
        .where("r.submitted_at", "is not", null)
        .select((inner) => inner.fn.countAll<string>().as("n"))
        .as("submitted"),
    ]);
}

export type AssessmentRow = NonNullable<Awaited<ReturnType<typeof findAssessment>>>;

export async function findAssessment(db: Db, id: string) {
  return assessmentsWithContext(db).where("a.id", "=", id).executeTakeFirst();
}

/**
 * Assessments in scope: every one for agents (`organisationIds` null), else those of these organisations or their
 * units.
 */
export async function listAssessments(db: Db, organisationIds: string[] | null, query: AssessmentQuery) {
  const base = assessmentsWithContext(db).where((eb) => {
    const conditions: Expression<SqlBool>[] = [];
    if (organisationIds !== null) {
      const ids = organisationIds.length > 0 ? organisationIds : [NO_ID];
      conditions.push(eb.or([eb("a.organisation_id", "in", ids), eb("o.parent_id", "in", ids)]));
    }
    if (query.organisationId) {
      conditions.push(
        eb.or([eb("a.organisation_id", "=", query.organisationId), eb("o.parent_id", "=", query.organisationId)]),
      );
    }
    if (query.status) {
      conditions.push(eb("a.status", "=", query.status));
    }
    return eb.and(conditions);
  });
  const [rows, count] = await Promise.all([
    base
      .orderBy("a.opened_at", "desc")
      .orderBy("a.id")
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    db
      .selectFrom(base.as("visible"))
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

export async function findOrganisationForAssessment(db: Db, id: string) {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "kind", "parent_id", "archived_at", "care_areas"])
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function insertAssessment(
  db: Db,
  values: { organisationId: string; templateId: string; title: string; createdBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto("assessments")
    .values({
      organisation_id: values.organisationId,
      template_id: values.templateId,
      title: values.title,
      created_by: values.createdBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Closes an open assessment with its score snapshot; false when it was already closed. */
export async function markClosed(db: Db, id: string, profile: unknown): Promise<boolean> {
  const result = await db
    .updateTable("assessments")
    .set({ status: "closed", closed_at: new Date(), profile: JSON.stringify(profile) })
    .where("id", "=", id)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Invited, started (saved at least once) and submitted respondents per group. */
export async function countRespondentsByGroup(db: Db, assessmentId: string) {
  return db
    .selectFrom("assessment_respondents")
    .select((eb) => [
      "audience",
      eb.fn.countAll<string>().as("invited"),
      sql<string>`count(*) filter (where last_saved_at is not null or submitted_at is not null)`.as("started"),
      sql<string>`count(*) filter (where submitted_at is not null)`.as("submitted"),
    ])
    .where("assessment_id", "=", assessmentId)
    .groupBy("audience")
    .execute();
}

/** The organisation's latest closed assessment with the same template key, opened before this one. */
export async function findPreviousClosed(
  db: Db,
  current: { id: string; organisationId: string; templateKey: string; openedAt: Date },
) {
  return db
    .selectFrom("assessments as a")
    .innerJoin("questionnaire_templates as t", "t.id", "a.template_id")
    .select(["a.id", "a.title", "a.closed_at", "a.profile"])
    .where("a.organisation_id", "=", current.organisationId)
    .where("t.key", "=", current.templateKey)
    .where("a.status", "=", "closed")
    .where("a.id", "!=", current.id)
    .where("a.opened_at", "<", current.openedAt)
    .orderBy("a.opened_at", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Score snapshots of every other closed assessment with the same template key: the programme average. */
export async function listClosedProfiles(db: Db, templateKey: string, excludeId: string) {
  return db
    .selectFrom("assessments as a")
    .innerJoin("questionnaire_templates as t", "t.id", "a.template_id")
    .select(["a.profile"])
    .where("t.key", "=", templateKey)
    .where("a.status", "=", "closed")
    .where("a.id", "!=", excludeId)
    .where("a.profile", "is not", null)
    .execute();
}

export async function findTemplateDefinition(db: Db, templateId: string) {
  return db
    .selectFrom("questionnaire_templates")
    .select(["id", "key", "version", "status", "definition"])
    .where("id", "=", templateId)
    .executeTakeFirst();
}

export async function findGapNeed(db: Db, assessmentId: string, dimension: string) {
  return db
    .selectFrom("assessment_needs")
    .select(["need_id"])
    .where("assessment_id", "=", assessmentId)
    .where("dimension", "=", dimension)
    .executeTakeFirst();
}

export async function listGapNeeds(db: Db, assessmentId: string) {
  return db
    .selectFrom("assessment_needs")
    .select(["dimension", "need_id"])
    .where("assessment_id", "=", assessmentId)
    .execute();
}

export async function insertGapNeed(
  db: Db,
  values: { assessmentId: string; dimension: string; needId: string; createdBy: string | null },
): Promise<void> {
  await db
    .insertInto("assessment_needs")
    .values({
      assessment_id: values.assessmentId,
      dimension: values.dimension,
      need_id: values.needId,
      created_by: values.createdBy,
    })
    .execute();
}

/** Locks an assessment's row so two clicks on the same action happen one after the other. */
export async function lockAssessment(db: Db, id: string): Promise<void> {
  await db.selectFrom("assessments").select("id").where("id", "=", id).forUpdate().execute();
}
