// Mutation testing of the pure rules in src/domain: `npm run mutation` (all) or
// `npx stryker run --mutate "src/domain/knowledge/**/*.ts"` for one area. Not part of `npm test`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.domain.config.ts" },
  mutate: ["src/domain/**/*.ts", "!src/domain/**/*.test.ts", "!src/domain/**/*.fixtures.ts"],
  reporters: ["clear-text", "progress"],
  coverageAnalysis: "perTest",
  concurrency: 1,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
