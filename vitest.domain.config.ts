import { defineConfig } from "vitest/config";

/** The domain's unit tests alone: what StrykerJS runs against each mutant (see stryker.config.mjs). */
export default defineConfig({
  test: { include: ["src/domain/**/*.test.ts"], environment: "node" },
});
