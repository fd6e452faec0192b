import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Sources inside the repository (issue 10): comments, docs and tests cite public sources (a URL,
 * `owner/repo:path`, or a docs/ page), never a path that exists only on the machine the work was
 * done on: a sibling checkout of reference material or an absolute working directory. A reader of
 * the published repository could not follow either.
 */
const ROOT = new URL('../../../', import.meta.url).pathname;
/** Generated or fetched, never written by hand (the same as .gitignore, plus git's own). */
const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage', 'test-artifacts']);

// Built from parts so this file does not match itself.
const SHARED = ['..', 'shared'].join('/');
const FORBIDDEN: readonly { name: string; re: RegExp }[] = [
  { name: `${SHARED}…`, re: new RegExp(`\\.\\./(\\.\\./)*${'shared'}\\b`) },
  { name: ['shared', 'reference'].join('/'), re: new RegExp(['shared', 'reference'].join('/')) },
  // An absolute path, not a URL's path segment (in a URL the segment is preceded by a word character).
  { name: `an absolute /${'work'}/ path`, re: new RegExp(`(?<![\\w.\\-])/${'work'}/`) },
];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : e.isFile() ? [p] : [];
  });

describe('no machine-local paths in the repository', () => {
  const all = files(ROOT);

  it('finds the files', () => {
    const rel = all.map((f) => relative(ROOT, f));
    for (const f of ['docs/units.md', 'packages/core/src/explain/sources.ts', 'package.json']) expect(rel).toContain(f);
  });

  it('cites no reference checkout and no absolute working path', () => {
    const hits: string[] = [];
    for (const f of all) {
      const buf = readFileSync(f);
      if (buf.includes(0)) continue; // binary (images, archives): no comment to read
      const lines = buf.toString('utf8').split('\n');
      lines.forEach((line, i) => {
        for (const { name, re } of FORBIDDEN) if (re.test(line)) hits.push(`${relative(ROOT, f)}:${i + 1}: ${name}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
