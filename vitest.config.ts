import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/setup.ts"],
    // Property suites scale with FC_RUNS; a hang still fails, just later.
    testTimeout: 120_000,
  },
});
