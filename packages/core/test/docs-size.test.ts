import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docPages, ROOT } from './support/doc-anchors.js';

/**
 * The project rule for files holds for the hand-written docs too (docs/*.md; docs/api is generated):
 * none over 300 lines, a page that grows past it is split by concept into pages whose names say what
 * they hold. Code is held to it by file-size.test.ts.
 */
const MAX_LINES = 300;
/** Known to be over, to split; this list only shrinks. */
const NOT_SPLIT_YET = new Set<string>([]);

describe(`no docs page over ${MAX_LINES} lines`, () => {
  const all = docPages().map((n) => `docs/${n}`);
  const lines = (f: string) => readFileSync(join(ROOT, f), 'utf8').replace(/\n$/, '').split('\n').length;

  it('finds the docs', () => expect(all.length).toBeGreaterThan(20));

  it('each page is at most 300 lines, but those not split yet', () => {
    expect(all.filter((f) => !NOT_SPLIT_YET.has(f) && lines(f) > MAX_LINES).map((f) => `${f}: ${lines(f)} lines`)).toEqual([]);
  });

  it('the pages not split yet are still over (the list only shrinks)', () => {
    expect([...NOT_SPLIT_YET].filter((f) => !all.includes(f) || lines(f) <= MAX_LINES)).toEqual([]);
  });
});
