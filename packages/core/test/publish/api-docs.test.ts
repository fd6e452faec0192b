/**
 * Issue 10: the API reference of the four published packages (`pnpm docs:api`, TypeDoc into docs/api)
 * builds without an error or a warning (typedoc.json treats warnings as errors: a broken {@link} in a
 * doc comment fails here). `--emit none` converts and validates without writing the pages.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const MINUTE = 60_000;

describe('API reference', () => {
  it(
    'TypeDoc converts the four packages without errors or warnings',
    async () => {
      const pkg = createRequire(join(ROOT, 'package.json')).resolve('typedoc/package.json');
      const r = await run(process.execPath, [join(dirname(pkg), 'bin', 'typedoc'), '--emit', 'none'], ROOT, 4 * MINUTE);
      expect(r.stderr + r.stdout).not.toMatch(/\[(warning|error)\]/);
      expect(r.code, r.stdout + r.stderr).toBe(0);
    },
    5 * MINUTE,
  );
});
