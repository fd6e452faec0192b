/**
 * Leaves out of the web bundle what the page never reads of the core's specs
 * (packages/core/src/spec/types.ts). Beside what both adapters read, a spec carries text only the
 * CLI prints: each input's `help` (the option's description), `defaultWhy` (appended to the default
 * there), `metavar` and `repeatable`, the inputs only the CLI has (`surface: 'cli'`, e.g.
 * `--host-osds`, which the page's reader skips), and the calculator's `title` and `description` (the
 * command's title line and one-line description); and it carries its checks' whole `messages`
 * catalogue, which only the tests and docs read. The page shows labels, placeholders, figures and the
 * checks' words rendered where the checks are made; yet every spec is one object literal, so rollup
 * would keep all of it. This plugin deletes those from the core's spec modules as the page's bundle is
 * built, which keeps every new spec's help text off the 80 KB budget (docs/web-build.md).
 *
 * Only object literals shaped like a spec are touched: an input (it has `key` and `kind`) or a
 * calculator (it has `inputs` and `run`). test/cli-only-text.test.ts checks the transform and that a
 * built page holds no help line while it still holds every label of the page's inputs.
 */
import type { Plugin } from 'vite';

const SPEC_MODULE = /[\\/]packages[\\/]core[\\/](dist|src)[\\/].*-spec\.(js|ts)$/;
/** Property names dropped, by the shape of the object that has them. */
// `metavar` (`--grow <ratio>`) and `repeatable` (`--add-node` given once per node) shape only the CLI's options.
const INPUT_ONLY_CLI = new Set(['help', 'defaultWhy', 'metavar', 'repeatable']);
const SPEC_ONLY_CLI = new Set(['title', 'description']);

/**
 * Not read by the page either: a calculator's `messages`, the whole catalogue of its checks' words by
 * code (for the tests that find a missing translation, and the docs). Each check is rendered where
 * it is made, from the catalogue its module imports, so the page keeps the words of the checks it can
 * emit and drops, e.g., those of the CRUSH simulation, which only the CLI and the inventory engine run.
 */
const SPEC_UNREAD = new Set(['messages']);
const SPEC_DROPPED = new Set([...SPEC_ONLY_CLI, ...SPEC_UNREAD]);

export interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [k: string]: unknown;
}

export const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';

/** A plain `name: value` property's name (not computed, not a spread). */
export function propName(p: Node): string | undefined {
  if (p.type !== 'Property' || p['computed'] === true || !isNode(p['key'])) return undefined;
  const k = p['key'];
  if (k.type === 'Identifier') return k['name'] as string;
  return k.type === 'Literal' && typeof k['value'] === 'string' ? k['value'] : undefined;
}

/** An input literal only the CLI has (`surface: 'cli'`, e.g. `--host-osds`): the page's reader skips it. */
function isCliInput(o: Node): boolean {
  if (o.type !== 'ObjectExpression') return false;
  const props = (o['properties'] as Node[]).filter(isNode);
  const names = new Set(props.map(propName));
  const surface = props.find((p) => propName(p) === 'surface')?.['value'];
  return names.has('key') && names.has('kind') && isNode(surface) && surface.type === 'Literal' && surface['value'] === 'cli';
}

/** The [start, end) ranges of the CLI-only inputs and properties, their trailing comma included. */
export function cliOnlyRanges(ast: Node, code: string): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) {
      for (const c of n) visit(c);
      return;
    }
    if (!isNode(n)) return;
    if (n.type === 'ArrayExpression') {
      for (const el of n['elements'] as unknown[]) {
        if (isNode(el) && isCliInput(el)) {
          const comma = /^\s*,/.exec(code.slice(el.end));
          ranges.push([el.start, el.end + (comma?.[0].length ?? 0)]);
        } else visit(el);
      }
      return;
    }
    if (n.type === 'ObjectExpression') {
      const props = (n['properties'] as Node[]).filter(isNode);
      const names = new Set(props.map(propName));
      const drop = names.has('key') && names.has('kind') ? INPUT_ONLY_CLI : names.has('inputs') && names.has('run') ? SPEC_DROPPED : undefined;
      for (const p of props) {
        const name = propName(p);
        if (drop !== undefined && name !== undefined && drop.has(name)) {
          const comma = /^\s*,/.exec(code.slice(p.end));
          ranges.push([p.start, p.end + (comma?.[0].length ?? 0)]);
        } else visit(p);
      }
      return;
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'type' && k !== 'start' && k !== 'end') visit(v);
  };
  visit(ast);
  return ranges;
}

/** The code without the given ranges (which do not overlap: a dropped property is not visited). */
export function without(code: string, ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, s);
    at = e;
  }
  return out + code.slice(at);
}

export function cliOnlyText(): Plugin {
  return {
    name: 'capa:cli-only-text',
    apply: 'build',
    transform(code, id) {
      if (!SPEC_MODULE.test(id)) return null;
      const ranges = cliOnlyRanges(this.parse(code) as unknown as Node, code);
      return ranges.length === 0 ? null : { code: without(code, ranges), map: null };
    },
  };
}
