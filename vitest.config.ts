import * as path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The reference app imports the package by name; in this repository that is the library's source, as in
  // tsconfig.json's `paths` (one copy of the library beside the tests' own imports of lib/).
  resolve: { alias: [{ find: /^opkit$/, replacement: path.join(__dirname, 'lib', 'index.ts') }] },
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
