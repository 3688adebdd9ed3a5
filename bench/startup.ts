import { findFreePort, startServer } from "./processes.js";

export const STARTUP_TARGET_MS = 5_000;

export interface StartupResult {
  runsMs: number[];
  medianMs: number;
  /** What main.ts itself reports ("klar på N ms": open database, migrations, listen); the rest is loading modules. */
  appReportedMs: (number | undefined)[];
  pass: boolean;
}

const APP_READY_LINE = /klar på (\d+) ms/;

/**
 * Start-up on an existing, seeded database: spawn the real entry point (`node --import tsx
 * src/server/main.ts`, DEMO_DATA=false) and time until GET /ready answers 200; one at a time.
 */
export async function measureStartup(env: Record<string, string>, runs: number): Promise<StartupResult> {
  const runsMs: number[] = [];
  const appReportedMs: (number | undefined)[] = [];
  for (let run = 0; run < runs; run += 1) {
    const server = await startServer({
      name: "app (start-up)",
      entry: "src/server/main.ts",
      port: await findFreePort(),
      env,
    });
    runsMs.push(Math.round(server.readyMs));
    const reported = APP_READY_LINE.exec(server.output())?.[1];
    appReportedMs.push(reported === undefined ? undefined : Number(reported));
    await server.stop();
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  const medianMs = sorted[Math.floor(sorted.length / 2)];
  return { runsMs, medianMs, appReportedMs, pass: medianMs < STARTUP_TARGET_MS };
}
