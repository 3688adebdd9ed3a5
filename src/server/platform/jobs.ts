import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { FastifyInstance } from "fastify";
import { claimJobRun, deleteJobRunsBefore, finishJobRun } from "./jobs.repo.js";
import type { ModuleDeps, ModuleJob, ServerModule } from "./module.js";

/** Names this process in job_runs, so an operator can see which instance ran a job. */
export const INSTANCE_ID = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;

/** How often an instance looks for a due slot: at most a minute late, however long the job's period. */
const LONGEST_TICK_MS = 60_000;
/** Runs are remembered for this many periods. */
const KEPT_PERIODS = 100;

/** The time slot `now` falls in: periods counted from the epoch, so every instance agrees on them. */
export function slotOf(job: Pick<ModuleJob, "everyMs">, now: Date): Date {
  return new Date(Math.floor(now.getTime() / job.everyMs) * job.everyMs);
}

export type JobOutcome = { ran: false } | { ran: true; result: unknown };

/**
 * Runs the job for the slot `now` falls in, unless an instance already has (docs/decisions/0015): the
 * first to insert (job, slot) into job_runs runs it, on PGlite and PostgreSQL alike. A failed run is not
 * tried again in the same slot; the error goes to the caller's log.
 */
export async function runJobInSlot(
  job: ModuleJob,
  deps: ModuleDeps,
  now = new Date(),
  instance = INSTANCE_ID,
): Promise<JobOutcome> {
  const slot = slotOf(job, now);
  if (!(await claimJobRun(deps.db, job.name, slot, instance))) {
    return { ran: false };
  }
  await deleteJobRunsBefore(deps.db, job.name, new Date(slot.getTime() - KEPT_PERIODS * job.everyMs));
  try {
    const result = await job.run(deps);
    await finishJobRun(deps.db, job.name, slot, { result: result ?? null });
    return { ran: true, result };
  } catch (error) {
    await finishJobRun(deps.db, job.name, slot, { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/**
 * Runs each module's background jobs while the app runs. A job runs once per period across all instances
 * (its slot is claimed in the database), in the slot the app starts in only when `atStart`; a job marked
 * `everyInstance` (safe to run side by side) runs on each instance every period. Never two runs of the
 * same job at once in one instance.
 */
export function scheduleJobs(app: FastifyInstance, modules: ServerModule[], deps: ModuleDeps): void {
  const timers: NodeJS.Timeout[] = [];
  app.addHook("onReady", async () => {
    const startedAt = new Date();
    for (const job of modules.flatMap((module) => module.jobs ?? [])) {
      let running = false;
      const firstSlot = job.atStart ? 0 : slotOf(job, startedAt).getTime() + job.everyMs;
      const tick = () => {
        if (running || Date.now() < firstSlot) {
          return;
        }
        running = true;
        const work: Promise<JobOutcome> = job.everyInstance
          ? job.run(deps).then((result) => ({ ran: true, result }))
          : runJobInSlot(job, deps);
        work
          .then((outcome) => {
            if (outcome.ran && outcome.result !== undefined) {
              app.log.info({ event: "job", job: job.name, result: outcome.result }, `job ${job.name} done`);
            }
          })
          .catch((error: unknown) => app.log.error({ err: error, job: job.name }, `job ${job.name} failed`))
          .finally(() => {
            running = false;
          });
      };
      if (job.atStart) {
        tick();
      }
      const timer = setInterval(tick, job.everyInstance ? job.everyMs : Math.min(job.everyMs, LONGEST_TICK_MS));
      timer.unref();
      timers.push(timer);
    }
  });
  app.addHook("onClose", async () => {
    timers.forEach(clearInterval);
  });
}
