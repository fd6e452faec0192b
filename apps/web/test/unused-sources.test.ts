/**
 * vite/unused-sources.ts drops from the page's script the core's SOURCES entries that no bundled code
 * names. Checked on a table-shaped snippet, then on the built page: the sources only the CLI's
 * calculators cite are gone, and every source the page's own calculators cite is still there.
 */
import { SOURCES } from '@capa/core';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { builtPageScript, holds } from './built-page';
import { without } from '../vite/cli-only-text';
import { unusedSourceRanges } from '../vite/unused-sources';

const strip = (code: string): string => without(code, unusedSourceRanges(parseAst(code) as never, code));
const entry = (id: string) => `${id}:{kind:"derived",en:"${id} in English",fr:"${id} en français",ref:"docs/"}`;
const ids = Array.from({ length: 10 }, (_, i) => `s${i}`);

describe("the SOURCES entries the page's script never names", () => {
  it('are dropped; an id named anywhere else (string, property) keeps its entry; other objects are untouched', () => {
    const code = [
      `const S={${ids.map(entry).join(',')}};`,
      'const step=(x)=>({source:x});',
      'step("s1");const r=S.s2.ref;',
      // Nine entries: not the table's shape, kept whole.
      `const T={${ids.slice(1).map(entry).join(',')}};`,
      // An extra key: not an entry.
      'const U={u0:{kind:"a",en:"b",fr:"c",ref:"d",x:1}};',
    ].join('\n');
    const out = strip(code);
    expect(() => parseAst(out)).not.toThrow();
    // T names s1…s9, so only s0 is unnamed outside S.
    expect(out.slice(0, out.indexOf('};') + 2)).toBe(`const S={${ids.slice(1).map(entry).join(',')}};`);
    const alone = strip(`const S={${ids.map(entry).join(',')}};f("s3","s9");`);
    expect(alone).toBe(`const S={${entry('s3')},${entry('s9')}};f("s3","s9");`);
    expect(() => parseAst(alone)).not.toThrow();
    expect(out).toContain('const U={u0:{kind:"a"');
  });

  it("keep an entry another chunk of the page names (a page loaded on demand cites the entry's table)", () => {
    const code = `const S={${ids.map(entry).join(',')}};f("s3");`;
    const out = without(code, unusedSourceRanges(parseAst(code) as never, code, 'define(["exports"],function(e){g("s9")})'));
    expect(out).toBe(`const S={${entry('s3')},${entry('s9')}};f("s3");`);
  });

  it('leave the built page without the CLI-only sources, with those the page cites', () => {
    const js = builtPageScript();
    const has = (s: string) => holds(js, s);
    // Cited by capa backup and capa filer only (packages/core/src/backup, src/filer), which have no web page.
    for (const id of ['pbsPrune', 'vzdump', 'mdRaid'] as const) expect(has(SOURCES[id].en), id).toBe(false);
    // Cited by the memory, Ceph, bond and PG pages.
    for (const id of ['courseMemory', 'cephCapacity', 'linuxBonding', 'cephAutoscaler'] as const) {
      expect(has(SOURCES[id].en), id).toBe(true);
      expect(has(SOURCES[id].fr), id).toBe(true);
    }
  });
});
