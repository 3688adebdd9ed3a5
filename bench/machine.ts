import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

function readCpuTimes(): { busy: number; total: number } | undefined {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0];
    const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const total = values.reduce((sum, value) => sum + value, 0);
    const idle = values[3] + values[4];
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

/**
 * Share of all CPU time that was busy over `ms`, while the benchmark itself is idle: what
 * other processes on the machine take away from the run. Undefined without /proc.
 */
export async function measureForeignCpuBusy(ms = 1_000): Promise<number | undefined> {
  const before = readCpuTimes();
  await sleep(ms);
  const after = readCpuTimes();
  if (!before || !after || after.total <= before.total) {
    return undefined;
  }
  return (after.busy - before.busy) / (after.total - before.total);
}

/**
 * Waits (bounded by `maxWaitS`) until other processes use less than `threshold` of the CPU;
 * returns the last measured share and the time spent. maxWaitS = 0 measures once, no waiting.
 */
export async function waitForQuietCpu(
  maxWaitS: number,
  threshold = 0.15,
): Promise<{ share: number | undefined; waitedMs: number }> {
  const startedAt = performance.now();
  const deadline = startedAt + maxWaitS * 1_000;
  let share = await measureForeignCpuBusy();
  while (share !== undefined && share >= threshold && performance.now() < deadline) {
    share = await measureForeignCpuBusy(2_000);
  }
  return { share, waitedMs: Math.round(performance.now() - startedAt) };
}
