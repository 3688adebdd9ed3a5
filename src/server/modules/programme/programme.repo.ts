import type { Db } from "../../db/database.js";

/** The programme Samspil follows up (one per installation: the first created). */
export function findProgramme(db: Db) {
  return db.selectFrom("programmes").selectAll().orderBy("created_at").orderBy("id").limit(1).executeTakeFirst();
}

export type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof findProgramme>>>;

export function updateProgramme(
  db: Db,
  id: string,
  values: {
    name: string;
    description: string;
    starts_on: string;
    ends_on: string;
    themes: string[];
    public_summary: boolean;
    indicators: string;
  },
) {
  return db
    .updateTable("programmes")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
