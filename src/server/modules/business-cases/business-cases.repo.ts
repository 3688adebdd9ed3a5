import { sql, type SqlBool } from "kysely";
import type { Db } from "../../db/database.js";

/** All SQL for business cases and their versions. */

function selectCases(db: Db) {
  return db
    .selectFrom("business_cases as bc")
    .innerJoin("organisations as po", "po.id", "bc.public_organisation_id")
    .leftJoin("organisations as co", "co.id", "bc.company_organisation_id")
    .select([
      "bc.id",
      "bc.title",
      "bc.public_organisation_id",
      "po.name as public_organisation_name",
      "po.parent_id as public_parent_id",
      "bc.company_organisation_id",
      "co.name as company_organisation_name",
      "bc.need_id",
      "bc.process_id",
      "bc.company_shared_at",
      "bc.inputs",
      "bc.company_inputs",
      "bc.scenarios",
      "bc.created_at",
      "bc.updated_at",
    ]);
}

export function findBusinessCase(db: Db, id: string) {
  return selectCases(db).where("bc.id", "=", id).executeTakeFirst();
}

export type BusinessCaseRow = NonNullable<Awaited<ReturnType<typeof findBusinessCase>>>;

/** Locks the case row until the transaction ends, so concurrent saves and version numbers queue. */
export async function lockBusinessCase(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom("business_cases").select("id").where("id", "=", id).forUpdate().executeTakeFirst();
  return row !== undefined;
}

/** Cases (aliased `bc`, public party `po`) the organisation is a party to, directly or as the public party's parent. */
function isPartyTo(organisationId: string) {
  return sql<SqlBool>`(bc.public_organisation_id = ${organisationId} or po.parent_id = ${organisationId}
    or bc.company_organisation_id = ${organisationId})`;
}

/** A page of the cases a reader may see: all (no organisation given) or those their organisation is a party to. */
export async function listBusinessCases(
  db: Db,
  scope: { organisationId?: string },
  page: { page: number; pageSize: number },
) {
  let base = selectCases(db);
  let count = db
    .selectFrom("business_cases as bc")
    .innerJoin("organisations as po", "po.id", "bc.public_organisation_id")
    .select((eb) => eb.fn.countAll<number>().as("count"));
  if (scope.organisationId !== undefined) {
    base = base.where(isPartyTo(scope.organisationId));
    count = count.where(isPartyTo(scope.organisationId));
  }
  const [rows, total] = await Promise.all([
    base
      .orderBy("bc.updated_at", "desc")
      .orderBy("bc.id")
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
}

/** The cases made for a process (the knowledge base reads their key figures). */
export function listBusinessCasesOfProcess(db: Db, processId: string) {
  return selectCases(db).where("bc.process_id", "=", processId).orderBy("bc.created_at").execute();
}

export function findOrganisationKinds(db: Db, ids: string[]) {
  return db
    .selectFrom("organisations")
    .select(["id", "kind", "parent_id", "archived_at"])
    .where("id", "in", ids)
    .execute();
}

export interface CaseValues {
  title: string;
  public_organisation_id: string;
  company_organisation_id: string | null;
  need_id: string | null;
  process_id: string | null;
  inputs: string;
  company_inputs: string | null;
  created_by: string;
}

export async function insertBusinessCase(db: Db, values: CaseValues): Promise<string> {
  const row = await db.insertInto("business_cases").values(values).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function updateBusinessCaseRow(
  db: Db,
  id: string,
  values: {
    title?: string;
    need_id?: string | null;
    process_id?: string | null;
    inputs?: string;
    company_inputs?: string | null;
    scenarios?: string;
  },
) {
  await db
    .updateTable("business_cases")
    .set({ ...values, updated_at: sql<Date>`now()` })
    .where("id", "=", id)
    .execute();
}

export async function setCompanySharedAt(db: Db, id: string, sharedAt: Date | null): Promise<void> {
  await db
    .updateTable("business_cases")
    .set({ company_shared_at: sharedAt, updated_at: sql<Date>`now()` })
    .where("id", "=", id)
    .execute();
}

export async function findNextVersionNumber(db: Db, businessCaseId: string): Promise<number> {
  const row = await db
    .selectFrom("business_case_versions")
    .select((eb) => eb.fn.max("number").as("last"))
    .where("business_case_id", "=", businessCaseId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertVersion(
  db: Db,
  values: {
    business_case_id: string;
    number: number;
    comment: string;
    inputs: string;
    company_inputs: string | null;
    scenarios?: string;
    created_by: string;
  },
): Promise<void> {
  await db.insertInto("business_case_versions").values(values).execute();
}

function selectVersions(db: Db, businessCaseId: string) {
  return db
    .selectFrom("business_case_versions as v")
    .leftJoin("users as u", "u.id", "v.created_by")
    .select([
      "v.number",
      "v.comment",
      "v.inputs",
      "v.company_inputs",
      "v.scenarios",
      "v.created_at",
      "v.created_by",
      "u.name as created_by_name",
    ])
    .where("v.business_case_id", "=", businessCaseId);
}

export function listVersions(db: Db, businessCaseId: string) {
  return selectVersions(db, businessCaseId).orderBy("v.number", "desc").limit(1000).execute();
}

export function findVersion(db: Db, businessCaseId: string, number: number) {
  return selectVersions(db, businessCaseId).where("v.number", "=", number).executeTakeFirst();
}

export type VersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;
