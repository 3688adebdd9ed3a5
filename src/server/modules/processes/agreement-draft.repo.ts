import type { Db } from "../../db/database.js";

/** The parties of a process for its draft agreement: name, CVR and address, and the legal entity of a unit. */
export function listAgreementParties(db: Db, processId: string) {
  return db
    .selectFrom("process_participants as pp")
    .innerJoin("organisations as o", "o.id", "pp.organisation_id")
    .leftJoin("organisations as parent", "parent.id", "o.parent_id")
    .select([
      "pp.organisation_id",
      "pp.role",
      "o.name",
      "o.kind",
      "o.cvr",
      "o.address",
      "parent.name as parent_name",
      "parent.cvr as parent_cvr",
    ])
    .where("pp.process_id", "=", processId)
    .orderBy("pp.added_at")
    .execute();
}
