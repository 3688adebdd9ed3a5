import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Projects: pure unit tests; API tests on embedded PGlite and again on a PostgreSQL server
 * (TEST_DATABASE_URL, started by scripts/test.sh); browser journeys in Debian's Chromium.
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker per core less one: on CI's 2 cores a single worker, so the suite ran file after
    // file while the second core mostly waited for PostgreSQL and Chromium. Two workers at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "src/architecture.test.ts",
            "src/domain/**/*.test.ts",
            "src/web/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "api-pglite",
          globalSetup: ["src/server/test-support/database-templates.ts"],
          include: ["src/server/**/*.test.ts"],
          env: { SAMSPIL_TEST_DB: "pglite" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "api-postgres",
          globalSetup: ["src/server/test-support/database-templates.ts"],
          include: ["src/server/**/*.test.ts", "src/server/**/*.pg-test.ts"],
          env: { SAMSPIL_TEST_DB: "postgres" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: { name: "process", include: ["tests/process/**/*.test.ts"], testTimeout: 120_000 },
      },
      {
        test: {
          name: "e2e",
          globalSetup: ["tests/e2e/global-setup.ts"],
          include: ["tests/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One journey at a time (after the other projects): not yet measured beside two API workers on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
