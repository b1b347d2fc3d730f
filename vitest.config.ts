import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // CI machines have two cores; each worker loads the segmenter dictionary once.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
