import { defineConfig } from 'vitest/config';
import { NoSkipReporter } from './vitest.no-skip.js';

// Sized for a loaded 2-core machine (the whole suite, a Ceph sandbox and Chromium at once): a budget is
// an upper bound on a hang, never a claim about speed, and no test asserts on elapsed time.
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    // CLI tests spawn the built binary, several per test. Live and browser tests set longer ones.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits for a page or a cluster to catch up; Vitest's default is 1 s.
    expect: { poll: { timeout: 60_000 } },
    pool: 'forks',
    reporters: ['default', new NoSkipReporter()],
    setupFiles: ['packages/core/test/support/yield-to-runner.ts'],
  },
});
