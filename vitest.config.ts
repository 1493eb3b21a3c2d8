import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Both cores of the 2-core development machines: vitest's default leaves one idle there (61 s vs 36 s).
    maxWorkers: 2,
    minWorkers: 1,
  },
});
