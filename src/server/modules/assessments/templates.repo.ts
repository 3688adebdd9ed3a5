import type { Db } from "../../db/database.js";

const PURPOSE = "assessment";

const templateColumns = [
  "t.id",
  "t.key",
  "t.version",
  "t.status",
  "t.definition",
  "t.created_at",
  "t.published_at",
] as const;

function templatesWithUsage(db: Db) {
  return db
    .selectFrom("questionnaire_templates as t")
    .select(templateColumns)
    .select((eb) =>
      eb
        .selectFrom("assessments as a")
        .whereRef("a.template_id", "=", "t.id")
        .select((inner) => inner.fn.countAll<string>().as("n"))
        .as("assessment_count"),
    )
    .where("t.purpose", "=", PURPOSE);
}

export async function listTemplates(db: Db) {
  return templatesWithUsage(db).orderBy("t.key").orderBy("t.version", "desc").execute();
}

export type TemplateRow = Awaited<ReturnType<typeof listTemplates>>[number];

export async function findTemplate(db: Db, id: string): Promise<TemplateRow | undefined> {
  return templatesWithUsage(db).where("t.id", "=", id).executeTakeFirst();
}

/** The versions of a key, newest first, locked so two editors cannot take the same number. */
export async function lockVersions(db: Db, key: string) {
  return db
    .selectFrom("questionnaire_templates")
    .select(["id", "version", "status"])
    .where("key", "=", key)
    .orderBy("version", "desc")
    .forUpdate()
    .execute();
}

export async function insertTemplate(
  db: Db,
  values: {
    key: string;
    version: number;
    definition: unknown;
    createdBy: string | null;
    status?: "draft" | "published";
  },
): Promise<string> {
  const row = await db
    .insertInto("questionnaire_templates")
    .values({
      purpose: PURPOSE,
      key: values.key,
      version: values.version,
      status: values.status ?? "draft",
      definition: JSON.stringify(values.definition),
      created_by: values.createdBy,
      published_at: values.status === "published" ? new Date() : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDraftDefinition(db: Db, id: string, definition: unknown): Promise<void> {
  await db
    .updateTable("questionnaire_templates")
    .set({ definition: JSON.stringify(definition) })
    .where("id", "=", id)
    .where("status", "=", "draft")
    .execute();
}

/** Publishes one version and retires the version of the same key that was published before it. */
export async function markPublished(db: Db, id: string, key: string): Promise<void> {
  await db
    .updateTable("questionnaire_templates")
    .set({ status: "retired" })
    .where("key", "=", key)
    .where("status", "=", "published")
    .where("id", "!=", id)
    .execute();
  await db
    .updateTable("questionnaire_templates")
    .set({ status: "published", published_at: new Date() })
    .where("id", "=", id)
    .execute();
}

export async function deleteTemplateRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom("questionnaire_templates").where("id", "=", id).execute();
}

export async function findPublishedTemplate(db: Db, key: string) {
  return db
    .selectFrom("questionnaire_templates")
    .select(["id", "version"])
    .where("key", "=", key)
    .where("status", "=", "published")
    .executeTakeFirst();
}
