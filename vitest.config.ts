import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    // CLI tests spawn the built binary; a 2-core CI machine needs room.
    testTimeout: 30_000,
    pool: 'forks',
    setupFiles: ['packages/core/test/support/yield-to-runner.ts'],
  },
});
