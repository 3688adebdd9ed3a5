import { sql } from "kysely";
import type { Db } from "./database.js";

/** Kysely's own bookkeeping: the target database migrates itself, so these are not copied. */
const NOT_COPIED = ["kysely_migration", "kysely_migration_lock"];

export interface TableShape {
  name: string;
  /** Columns a restore writes (generated columns are computed again). */
  columns: string[];
}

/** Output settings that make text forms of values (and so checksums) the same on every engine. */
export async function useStableTextForms(trx: Db): Promise<void> {
  await sql`set local timezone = 'UTC'`.execute(trx);
  await sql`set local datestyle = 'ISO, YMD'`.execute(trx);
  await sql`set local bytea_output = 'hex'`.execute(trx);
  await sql`set local extra_float_digits = 1`.execute(trx);
}

/**
 * Foreign-key and other triggers stay off for the rest of the transaction (needs a superuser, or on
 * PostgreSQL 15+ `grant set on parameter session_replication_role to <role>`).
 */
export async function restoreAsReplica(trx: Db): Promise<void> {
  await sql`set local session_replication_role = replica`.execute(trx);
}

export async function beginSnapshot(trx: Db): Promise<void> {
  await sql`set transaction isolation level repeatable read, read only`.execute(trx);
}

export async function listTableShapes(db: Db): Promise<TableShape[]> {
  const tables = await sql<{ name: string }>`
    select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
    order by c.relname
  `.execute(db);
  const columns = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and is_generated = 'NEVER' and coalesce(identity_generation, '') <> 'ALWAYS'
    order by table_name, ordinal_position
  `.execute(db);
  return tables.rows
    .filter((table) => !NOT_COPIED.includes(table.name))
    .map(({ name }) => ({
      name,
      columns: columns.rows.filter((column) => column.table_name === name).map((column) => column.column_name),
    }));
}

/** Every row as the JSON text PostgreSQL writes for it (bytea as \\x hex, timestamps in ISO form). */
export async function readTableRows(db: Db, table: string): Promise<string[]> {
  const result = await sql<{ row: string }>`select row_to_json(t)::text as row from ${sql.table(table)} t`.execute(db);
  return result.rows.map((row) => row.row);
}

/** Row count and a checksum over the rows' text forms, independent of row order. */
export async function fingerprintTable(db: Db, table: string): Promise<{ rows: number; checksum: string }> {
  const result = await sql<{ rows: number; checksum: string }>`
    select count(*)::int as rows,
      coalesce(md5(string_agg(md5(t::text), ',' order by md5(t::text))), '') as checksum
    from ${sql.table(table)} t
  `.execute(db);
  return result.rows[0];
}

export async function countRows(db: Db, table: string): Promise<number> {
  const result = await sql<{ rows: number }>`select count(*)::int as rows from ${sql.table(table)}`.execute(db);
  return result.rows[0].rows;
}

/** Inserts rows given as JSON objects keyed by column, converted by PostgreSQL from their text forms. */
export async function insertTableRows(db: Db, table: string, columns: string[], rowsJson: string): Promise<void> {
  const list = sql.join(columns.map((column) => sql.id(column)));
  await sql`
    insert into ${sql.table(table)} (${list})
    select ${list} from json_populate_recordset(null::${sql.table(table)}, ${rowsJson}::json)
  `.execute(db);
}

/** Sequences behind serial columns continue after the restored rows. */
export async function resetSequences(db: Db, table: string): Promise<void> {
  const owned = await sql<{ column: string; sequence: string }>`
    select a.attname as column, s.relname as sequence
    from pg_depend d
    join pg_class s on s.oid = d.objid and s.relkind = 'S'
    join pg_class t on t.oid = d.refobjid
    join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
    where t.relname = ${table} and d.deptype in ('a', 'i')
  `.execute(db);
  for (const { column, sequence } of owned.rows) {
    const highest = sql`(select max(${sql.id(column)}) from ${sql.table(table)})`;
    await sql`select setval(${sequence}::regclass, coalesce(${highest}, 0) + 1, false)`.execute(db);
  }
}

export async function listAppliedMigrations(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return result.rows.map((row) => row.name);
}
