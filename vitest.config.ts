import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // end-to-end tests share one built site and one browser: files one at a time; `npm run test:unit` runs its files in parallel
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 300_000,
    reporters: ['default'],
    // every test's scratch folder lives in one folder for the run, removed when it ends
    globalSetup: ['test/support/temp-root.ts'],
  },
});
