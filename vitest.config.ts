import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // A fresh TMPDIR per run; the run fails when a test leaves anything in it (docs/contributing.md).
    globalSetup: ['test/setup/temp-guard.ts'],
  },
});
