/**
 * The planner as the web page runs it (src/browser.ts): no file system behind its entry, the
 * optimizer one slice at a time with the same result as optimize(), and the comparison table as CSV
 * with the same cells as the other formats.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare.js';
import { optimize, optimizeSteps, type OptimizeProgress } from '../src/optimize/optimize.js';
import { plan } from '../src/plan/plan.js';
import { compareTable, renderCompareCsv, renderCompareText } from '../src/report/compare-render.js';
import { catalogue, example } from './helpers.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Every module the browser entry reaches, following relative imports. */
function reached(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(`${SRC}${file}`, 'utf8');
  for (const m of text.matchAll(/from '(\.[^']+)\.js'/g)) {
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const target = new URL(`${m[1]}.ts`, `file:///${dir}`).pathname.slice(1);
    reached(target, seen);
  }
  return seen;
}

describe('the planner in the browser', () => {
  it('its entry reaches no node: module (the file readers stay behind src/index.ts)', () => {
    const files = [...reached('browser.ts')];
    expect(files).toContain('catalogue/parse.ts');
    expect(files).not.toContain('commands.ts');
    expect(files).not.toContain('catalogue/load.ts');
    for (const f of files) expect(readFileSync(`${SRC}${f}`, 'utf8'), f).not.toMatch(/from 'node:/);
  });

  it('optimizeSteps reports its progress and returns what optimize() returns', () => {
    const s = example('optimize-300-vms', 'optimize');
    const steps = optimizeSteps(s, catalogue(), { lang: 'en' });
    const seen: OptimizeProgress[] = [];
    let r = steps.next();
    while (!r.done) {
      seen.push(r.value);
      r = steps.next();
    }
    expect(r.value).toEqual(optimize(s, catalogue(), { lang: 'en' }));
    expect(seen.length).toBeGreaterThan(1);
    // Checked candidates only grow, within the space; winners found up to top + 1 (3 + 1 by default).
    for (let i = 1; i < seen.length; i++) expect(seen[i]?.evaluated ?? 0).toBeGreaterThanOrEqual(seen[i - 1]?.evaluated ?? 0);
    expect(seen.every((p) => p.total === r.value.candidatesTotal && p.evaluated <= p.total && p.wanted === 4 && p.found <= 4)).toBe(true);
  });

  it('the comparison CSV has the text table’s cells, quoted per RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180)', () => {
    const names = ['procurement-1s-epyc', 'procurement-2s-xeon6', 'procurement-blade-mx760c'];
    const r = compare(
      names.map((n) => ({ plan: plan(example(n), { lang: 'en', catalogue: catalogue() }), file: `examples/${n}.yaml` })),
      'en',
    );
    const t = compareTable(r);
    const csv = renderCompareCsv(r);
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 1).toBe(t.rows.length + 1);
    // The option names carry commas: quoted, as the justification is.
    expect(lines[0]).toBe(
      `Option,${t.header
        .slice(1)
        .map((h) => `"${h}"`)
        .join(',')}`,
    );
    const last = lines[lines.length - 2] ?? '';
    expect(last.startsWith('Justification,"')).toBe(true);
    // Every cell of the text table is in the CSV (the text pads them; the CSV does not).
    const text = renderCompareText(r);
    for (const row of t.rows.slice(0, -1)) for (const cell of row) expect(text).toContain(cell);
  });
});
