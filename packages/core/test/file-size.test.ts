import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docPages } from './support/doc-anchors.js';
import { repoFiles, ROOT } from './support/repo-files.js';

/**
 * Files (issue 10, item 5): no code file over 300 lines, as Biome formats it (`pnpm lint` checks the
 * format first, so the count is of formatted code), and no hand-written docs page either (docs/*.md;
 * docs/api is generated). A file that grows past it is split by concept, into files whose names say
 * what they hold.
 */
const MAX_LINES = 300;
const CODE = /\.(ts|tsx|mts|mjs|js)$/;

const lines = (f: string) => readFileSync(join(ROOT, f), 'utf8').replace(/\n$/, '').split('\n').length;
const over = (all: readonly string[]) => all.filter((f) => lines(f) > MAX_LINES).map((f) => `${f}: ${lines(f)} lines`);

describe(`no code file or docs page over ${MAX_LINES} lines`, () => {
  // Fixtures are data copied from real clusters, never written by hand.
  const code = repoFiles(CODE, ['fixtures']);
  const docs = docPages().map((n) => `docs/${n}`);

  it('finds the code and the docs', () => {
    expect(code.length).toBeGreaterThan(300);
    expect(docs.length).toBeGreaterThan(20);
  });

  it('each code file is at most 300 lines', () => expect(over(code)).toEqual([]));

  it('each docs page is at most 300 lines', () => expect(over(docs)).toEqual([]));
});
