import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docPages } from './support/doc-anchors.js';

/**
 * Files (issue 10, item 5): no code file over 300 lines, as Biome formats it (`pnpm lint` checks the
 * format first, so the count is of formatted code), and no hand-written docs page either (docs/*.md;
 * docs/api is generated). A file that grows past it is split by concept, into files whose names say
 * what they hold.
 */
const ROOT = new URL('../../../', import.meta.url).pathname;
const MAX_LINES = 300;
/** Generated, fetched or data (fixtures copied from real clusters), never written by hand. */
const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage', 'test-artifacts', 'fixtures']);
const SKIP_PATHS = new Set(['docs/api']);
const CODE = /\.(ts|tsx|mts|mjs|js)$/;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (SKIP.has(e.name) || SKIP_PATHS.has(relative(ROOT, p))) return [];
    return e.isDirectory() ? files(p) : e.isFile() && CODE.test(e.name) ? [p] : [];
  });

const lines = (f: string) => readFileSync(join(ROOT, f), 'utf8').replace(/\n$/, '').split('\n').length;
const over = (all: readonly string[]) => all.filter((f) => lines(f) > MAX_LINES).map((f) => `${f}: ${lines(f)} lines`);

describe(`no code file or docs page over ${MAX_LINES} lines`, () => {
  const code = files(ROOT).map((f) => relative(ROOT, f));
  const docs = docPages().map((n) => `docs/${n}`);

  it('finds the code and the docs', () => {
    expect(code.length).toBeGreaterThan(300);
    expect(docs.length).toBeGreaterThan(20);
  });

  it('each code file is at most 300 lines', () => expect(over(code)).toEqual([]));

  it('each docs page is at most 300 lines', () => expect(over(docs)).toEqual([]));
});
