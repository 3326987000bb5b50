import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Two cores: keep browser e2e from competing with many parallel socket tests.
    maxWorkers: 2,
    reporters: ["default"],
  },
});
