import type { Db } from "../db/database.js";

/** True when this instance claimed the job's run for the slot; false when another instance has it. */
export async function claimJobRun(db: Db, job: string, slot: Date, instance: string): Promise<boolean> {
  const row = await db
    .insertInto("job_runs")
    .values({ job, slot, instance })
    .onConflict((oc) => oc.columns(["job", "slot"]).doNothing())
    .returning("job")
    .executeTakeFirst();
  return row !== undefined;
}

export async function finishJobRun(db: Db, job: string, slot: Date, outcome: unknown): Promise<void> {
  await db
    .updateTable("job_runs")
    .set({ finished_at: new Date(), outcome: JSON.stringify(outcome ?? null) })
    .where("job", "=", job)
    .where("slot", "=", slot)
    .execute();
}

/** The record of runs is kept for a while (which instance ran what, and what came of it), then deleted. */
export async function deleteJobRunsBefore(db: Db, job: string, before: Date): Promise<void> {
  await db.deleteFrom("job_runs").where("job", "=", job).where("slot", "<", before).execute();
}

export function listJobRuns(db: Db, job: string) {
  return db.selectFrom("job_runs").selectAll().where("job", "=", job).orderBy("slot").execute();
}
