import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Collects, by reading the sources, every check id and warning code the code can emit, so a test can
 * hold the docs to them. Reading (rather than running every calculator) also finds the ids a branch
 * reaches only on rare input. The reader refuses what it cannot read: a check built from an id that is
 * not a string literal is reported as `unread`, and must be listed in FORWARDED with the reason.
 */

export const ROOT = new URL('../../../../', import.meta.url).pathname;
const SOURCE_DIRS = ['packages', 'apps'];

/** A check id or warning code: dotted lowercase words, e.g. `ceph.cannot-heal`, `inventory.cpu.overcommit`. */
const ID = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;

/**
 * Calls whose first argument is a check id: `check(id, level, code, params)` (checkMaker's, core and planner),
 * helpers named `…Check(id, …)` that hand the id on (e.g. `fillAfterFailureCheck`), and the importer's
 * `warnings.add(code, params, source)` (every `Warnings` instance is named `warnings`), the
 * placement reader's local `warn(code, params)`, the importer's refusals `new ImportError(code, params)` and the CRUSH reader's `new CrushInputError(code, params)`.
 */
const CALL = /(?<![\w.$])(?:check|warn|warnings\.add|new (?:ImportError|TlsError|CrushInputError|CrushUnsupportedError))\(|(?<![\w$])[a-z]\w*Check\(/g;

/** A check re-labelled under another id (`{ ...healthy, id: '…' }`) or written as an object (`{ id: '…', level: … }`). */
const OBJECT_ID = /\{\s*(?:\.\.\.[\w.]+,\s*id:\s*(['"`])([^'"`]+)\1|id:\s*(['"`])([^'"`]+)\3,\s*level:)/g;

/** Importer and placement warnings: `{ code: 'placement.pool-skipped', message }` (zod's `'custom'` has no dot, so is left out). */
const CODE = /\bcode:\s*(['"`])([^'"`]+)\1/g;

/**
 * Calls whose first argument is not a literal id, with why no id is lost there. `file` is relative to
 * the repository root; `arg` is the first argument as written.
 */
export const FORWARDED: readonly { file: string; arg: string; why: string }[] = [
  { file: 'packages/core/src/ceph/simulation-checks.ts', arg: 'id', why: 'fillAfterFailureCheck hands on its caller’s id; the callers pass literals, read as `…Check(` calls' },
];

export interface Found {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly prefix: boolean;
}
export interface Unread {
  readonly file: string;
  readonly line: number;
  readonly arg: string;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name === 'test' || e.name.startsWith('.')) return [];
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });

/** Every `src` folder of packages/* and apps/*. */
export const sources = (): string[] =>
  SOURCE_DIRS.flatMap((top) =>
    readdirSync(join(ROOT, top), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) => {
        const src = join(ROOT, top, e.name, 'src');
        try {
          return sourceFiles(src);
        } catch {
          return [];
        }
      }),
  );

/** Blanks comments (keeping offsets and line numbers) so an id quoted in a comment is not taken for code. */
const stripComments = (s: string): string =>
  s.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (m, pre: string) => pre + ' '.repeat(m.length - pre.length));

/** The first argument of the call whose `(` ends at `start` (up to a comma or `)` at depth 0), and whether more arguments follow. */
function firstArg(s: string, start: number): { arg: string; more: boolean } {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return { arg: s.slice(start, i).trim(), more: false };
      depth--;
    } else if (c === ',' && depth === 0) return { arg: s.slice(start, i).trim(), more: true };
  }
  return { arg: s.slice(start).trim(), more: false };
}

/**
 * The ids a string literal stands for. A template literal with `${…}` yields its fixed head as a prefix
 * (`ceph.host-raw.${n}` → `ceph.host-raw.`), which the docs must then name.
 */
function literalIds(arg: string): { id: string; prefix: boolean }[] {
  const out: { id: string; prefix: boolean }[] = [];
  for (const m of arg.matchAll(/(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    const body = m[2] ?? '';
    const dyn = m[1] === '`' ? body.indexOf('${') : -1;
    if (dyn >= 0) {
      const head = body.slice(0, dyn);
      if (/^[a-z][a-z0-9-]*(\.[a-z0-9-]*)+$/.test(head)) out.push({ id: head, prefix: true });
    } else if (ID.test(body)) out.push({ id: body, prefix: false });
  }
  return out;
}

export function collectCheckIds(files: readonly string[] = sources()): { found: Found[]; unread: Unread[] } {
  const found: Found[] = [];
  const unread: Unread[] = [];
  for (const path of files) {
    const file = relative(ROOT, path);
    const code = stripComments(readFileSync(path, 'utf8'));
    const lineOf = (i: number) => code.slice(0, i).split('\n').length;
    // The importer's parsers have a `check(schema, value, what)` of their own (parsers/shape.ts): not a check.
    const ownCheck = /import\s*\{[^}]*\bcheck\b[^}]*\}\s*from\s*'(?![^']*explain\/check)/.test(code);
    for (const m of code.matchAll(CALL)) {
      const at = (m.index ?? 0) + m[0].length;
      const { arg, more } = firstArg(code, at);
      // Declarations (`check = (id: string, …)`, `function xCheck(id: string`) and calls with no argument.
      if (arg === '' || /^\w+\s*:/.test(arg)) continue;
      const ids = literalIds(arg);
      if (ids.length > 0) {
        for (const x of ids) found.push({ ...x, file, line: lineOf(at) });
        continue;
      }
      // `check(id, level, code, params)` with no literal id must be explained. A literal that is no id
      // (a message), a helper `…Check(sim, …)` whose id is inside it, and `check(s)` in a sentence are not.
      const core = /^(check|warnings\.add)\($/.test(m[0]) && !ownCheck && more && !/['"`]/.test(arg);
      if (core && !FORWARDED.some((f) => f.file === file && f.arg === arg)) unread.push({ file, line: lineOf(at), arg });
    }
    for (const m of code.matchAll(OBJECT_ID)) {
      const id = m[2] ?? m[4] ?? '';
      if (ID.test(id)) found.push({ id, file, line: lineOf(m.index ?? 0), prefix: false });
    }
    for (const m of code.matchAll(CODE)) {
      const id = m[2] ?? '';
      if (ID.test(id)) found.push({ id, file, line: lineOf(m.index ?? 0), prefix: false });
    }
  }
  return { found, unread };
}

/** Every docs/*.md page, concatenated. */
export const docsText = (): string =>
  readdirSync(join(ROOT, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => readFileSync(join(ROOT, 'docs', n), 'utf8'))
    .join('\n');
