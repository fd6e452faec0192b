/**
 * Leaves out of the page's script the entries of the core's SOURCES table
 * (packages/core/src/explain/sources.ts) that no bundled code names. Every rule cites its source by
 * id (`'pbsPrune'` in a step, `SOURCES.cephRatios`), and the table is one object literal, so rollup keeps
 * all of it: the sources of the CLI-only calculators (backup, filer) and of the planner cost the page
 * their English and French text, a few KB of the 80 KB budget (docs/web-build.md). Once the bundle is built
 * (minified), an entry whose id appears nowhere else in the script is deleted; an id that appears
 * anywhere, even in a string, keeps its entry, so a source the page can cite is never lost.
 *
 * The table is found by its shape: an object of at least 10 properties whose values are all objects
 * with exactly `kind`, `en`, `fr` and `ref`. test/unused-sources.test.ts checks the transform and the
 * built page.
 */
import type { Plugin } from 'vite';
import { type Node, isNode, propName, without } from './cli-only-text';

const ENTRY_KEYS = ['en', 'fr', 'kind', 'ref'].join();
const MIN_ENTRIES = 10;

function isSourceEntry(v: unknown): boolean {
  if (!isNode(v) || v.type !== 'ObjectExpression') return false;
  const names = (v['properties'] as Node[]).map(propName);
  return names.every((n) => n !== undefined) && [...(names as string[])].sort().join() === ENTRY_KEYS;
}

/** The SOURCES-shaped object literals of a program. */
function tables(ast: Node): Node[] {
  const found: Node[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    if (!isNode(n)) return;
    if (n.type === 'ObjectExpression') {
      const props = n['properties'] as Node[];
      if (props.length >= MIN_ENTRIES && props.every((p) => propName(p) !== undefined && isSourceEntry(p['value']))) {
        found.push(n);
        return;
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && k !== 'start' && k !== 'end') visit(v);
  };
  visit(ast);
  return found;
}

/** Whether `id` occurs as a whole word in the code outside [from, to), or in the other chunks' code. */
function namedOutside(code: string, id: string, from: number, to: number, others: string): boolean {
  const word = new RegExp(`(?<![\\w$])${id.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
  for (const m of code.matchAll(word)) if (m.index < from || m.index >= to) return true;
  return new RegExp(word.source).test(others);
}

/**
 * The [start, end) ranges of the table entries nothing else names, their trailing comma included.
 * `others`: the code of the page's other chunks (vite/chunk-loader.ts), which cite the table of the entry.
 */
export function unusedSourceRanges(ast: Node, code: string, others = ''): [number, number][] {
  const ranges: [number, number][] = [];
  for (const t of tables(ast)) {
    for (const p of t['properties'] as Node[]) {
      const id = propName(p) as string;
      if (namedOutside(code, id, t.start, t.end, others)) continue;
      const comma = /^\s*,/.exec(code.slice(p.end));
      ranges.push([p.start, p.end + (comma?.[0].length ?? 0)]);
    }
  }
  return ranges;
}

export function unusedSources(): Plugin {
  return {
    name: 'capa:unused-sources',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      for (const chunk of chunks) {
        const others = chunks
          .filter((c) => c !== chunk)
          .map((c) => c.code)
          .join('\n');
        const ranges = unusedSourceRanges(this.parse(chunk.code) as unknown as Node, chunk.code, others);
        if (ranges.length > 0) chunk.code = without(chunk.code, ranges);
      }
    },
  };
}
