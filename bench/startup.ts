import { findFreePort, startServer } from "./processes.js";

export const STARTUP_TARGET_MS = 5_000;

export interface StartupResult {
  runsMs: number[];
  medianMs: number;
  pass: boolean;
}

/**
 * Start-up on an existing, seeded database: spawn the real entry point (`node --import tsx
 * src/server/main.ts`, DEMO_DATA=false) and time until GET /ready answers 200; one at a time.
 */
export async function measureStartup(env: Record<string, string>, runs: number): Promise<StartupResult> {
  const runsMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const server = await startServer({ name: "app (start-up)", entry: "src/server/main.ts", port: await findFreePort(), env });
    runsMs.push(Math.round(server.readyMs));
    await server.stop();
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)];
  return { runsMs, medianMs, pass: medianMs < STARTUP_TARGET_MS };
}
