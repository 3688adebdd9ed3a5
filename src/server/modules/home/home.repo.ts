import type { Db } from "../../db/database.js";

/** Every organisation row, archived ones too: the measure of how large the embedded database has grown. */
export async function countAllOrganisations(db: Db): Promise<number> {
  const row = await db
    .selectFrom("organisations")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
