import type { Transaction } from "kysely";
import type { Db } from "./database.js";
import type { DB } from "./schema.js";

/** Runs `work` in a transaction, joining the caller's when `db` already is one, so commands compose. */
export function inTransaction<T>(db: Db, work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  if (db.isTransaction) {
    return work(db as Transaction<DB>);
  }
  return db.transaction().execute(work);
}
