/**
 * capa memory reads its options, help and figures from the core's MEMORY_SPEC (issue 10): on 88
 * command lines (both questions, lists of node sizes, every option, --explain, refusals, en and fr),
 * checks, derivations and JSON are what the hand-written command printed (fixtures/memory-spec-before.json,
 * captured from this repository at fa76320). What changed on purpose is listed here: the figure labels
 * are the web's (the headline names the failures used), the refusals the old command answered in
 * English under --lang fr are French, and --purchasable beside --node-ram is refused instead of ignored.
 */
import { readFileSync } from 'node:fs';
import { worded } from './plurals-worded.js';
import { describe, expect, it } from 'vitest';
import { expectBadInput, runCli } from './run-cli.js';

interface Run {
  readonly args: readonly string[];
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}
// Plurals are worded since issue 12 (plurals-worded.ts): the recorded runs are read as they read now.
const BEFORE = (JSON.parse(readFileSync(new URL('./fixtures/memory-spec-before.json', import.meta.url), 'utf8')) as { runs: Run[] }).runs.map(worded);

/** The old CLI labels → the spec's (the web's words); the headline's depends on --failures. */
const RELABEL: Readonly<Record<string, string>> = {
  'RAM needed/node': 'RAM needed per node',
  'RAM to buy': 'RAM to buy in total',
  'Host reserve/node': 'Host reserve per node',
  'Usable share': 'Usable share of installed RAM',
  'With KSM savings': 'With the stated KSM savings',
  'RAM nécessaire/nœud': 'RAM nécessaire par nœud',
  'RAM à acheter': 'RAM à acheter au total',
  'Réserve hôte/nœud': 'Réserve hôte par nœud',
  'Part utilisable': 'Part utilisable de la RAM installée',
  'Avec économies KSM': 'Avec les économies KSM indiquées',
};
const NONE: Readonly<Record<string, string>> = { 'none large enough': 'no purchasable size is large enough', 'aucune taille suffisante': 'aucune taille achetable n’est assez grande' };
/** Figures the old command left out that the web showed: the host reserve and vCPU:pCPU when asking for the RAM per node. */
const ADDED = new Set(['Host reserve per node', 'Réserve hôte par nœud', 'vCPU:pCPU']);

/** The failures a command line used: its --failures, else the core's default (MEMORY_DEFAULTS.failures, 1). */
const failuresOf = (args: readonly string[]): number => (args.includes('--failures') ? Number(args[args.indexOf('--failures') + 1]) : 1);
const headline = (f: number, fr: boolean): string =>
  fr
    ? `RAM utilisable par les invités (${f === 0 ? 'aucun nœud en panne' : f === 1 ? 'un nœud en panne' : `${f} nœuds en panne`})`
    : `Usable guest RAM (${f === 0 ? 'no node down' : f === 1 ? 'one node down' : `${f} nodes down`})`;

/** The figures block (label → value) and the rest of the output (checks, derivation), which must not change. */
function split(stdout: string): { figures: Map<string, string>; rest: string } {
  const [title = '', block = '', ...rest] = stdout.split('\n\n');
  const figures = new Map(block.split('\n').map((l) => l.trim().split(/\s{2,}/) as [string, string]));
  return { figures, rest: [title, ...rest].join('\n\n') };
}

/**
 * Issue 12 (docs/README.md#derivation-symbols): each step defines its symbols (a `symbols` key, a
 * "where" block under --explain), and the letters that meant two things in one derivation were
 * renamed: the OSD target T → m and OSD size S → d (T is the installed RAM, S the survivors), the KSM
 * savings k → K (k the OSDs), the size to buy P → B (P a node's threads). The recorded runs are read
 * with the new letters; every other key and number is as before.
 */
const RENAMED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'memory.osd-reserve': { T: 'm', S: 'd' },
  'memory.ksm': { k: 'K' },
  'memory.recommended': { P: 'B' },
  'memory.total-recommended': { P: 'B' },
};
const rename = (text: string, letters: Readonly<Record<string, string>>): string => text.replace(/\b[A-Za-z]\b/g, (x) => letters[x] ?? x);
const printed = (expr: string): string => expr.replace(/ \* /g, ' × ').replace(/ \/ /g, ' ÷ ').replace(/ - /g, ' − ');
/** The recorded formulas as printed, old → new (each belongs to one renamed step). */
const TEXT_RENAMES = new Map(
  [
    ['T * k', 'memory.osd-reserve'],
    ['max(T * k, k * S / 1000)', 'memory.osd-reserve'],
    ['U / (1 - k)', 'memory.ksm'],
    ['P', 'memory.recommended'],
    ['N * P', 'memory.total-recommended'],
  ].map(([expr, id]) => [printed(expr as string), rename(printed(expr as string), RENAMED[id as string] ?? {})]),
);
/** The recorded text with today's letters (the formula lines, 7 spaces in). */
const relettered = (text: string): string => text.replace(/^( {7})(\S.*)$/gm, (line, pad: string, body: string) => (TEXT_RENAMES.has(body) ? `${pad}${TEXT_RENAMES.get(body)}` : line));
/** The output without the "where" blocks (tested in derivation-symbols tests and spec-command's). */
function withoutWhere(text: string): string {
  const out: string[] = [];
  let inWhere = false;
  for (const line of text.split('\n')) {
    if (/^ {5}(where|où) /.test(line)) inWhere = true;
    else if (inWhere && !/^ {6,}\S+ = /.test(line)) inWhere = false;
    if (!inWhere) out.push(line);
  }
  return out.join('\n');
}

/** A recorded JSON step with today's letters: its formula, expr and vars. */
function reletteredStep(step: Record<string, unknown>): Record<string, unknown> {
  const letters = RENAMED[String(step['id'])];
  if (letters === undefined) return step;
  const vars = Object.fromEntries(Object.entries(step['vars'] as Record<string, number>).map(([k, v]) => [letters[k] ?? k, v]));
  return { ...step, formula: rename(String(step['formula']), letters), expr: rename(String(step['expr']), letters), vars };
}

/**
 * The clamped sum (a node too small for its reservations) numbered its surviving groups from 1; a
 * group now keeps its number in memory.total, so M2 is one node in both steps: the recorded indexes
 * shift by the groups that failed whole (the largest come first).
 */
function renumberedClamped(steps: readonly Record<string, unknown>[], failures: number): Record<string, unknown>[] {
  const total = steps.find((s) => s['id'] === 'memory.total');
  if (total === undefined) return [...steps];
  const counts = Object.entries(total['vars'] as Record<string, number>).filter(([k]) => k.startsWith('c'));
  let left = failures;
  let shift = 0;
  for (const [, c] of counts) {
    if (left < c) break;
    left -= c;
    shift++;
  }
  const bump = (text: string) => text.replace(/\b([MS])(\d+)\b/g, (_x, l: string, i: string) => `${l}${Number(i) + shift}`);
  return steps.map((s) =>
    s['id'] === 'memory.usable' && String(s['expr']).startsWith('S1 ')
      ? { ...s, formula: bump(String(s['formula'])), expr: bump(String(s['expr'])), vars: Object.fromEntries(Object.entries(s['vars'] as Record<string, number>).map(([k, v]) => [bump(k), v])) }
      : s,
  );
}

/** Checks gained `code` and `params` (issue 10, messages as data), steps `symbols` (issue 12); every other key and number is as before. */
function withoutAdditions(text: string, recorded: boolean): unknown {
  const j = JSON.parse(text) as Record<string, unknown>;
  const checks = Array.isArray(j['checks']) ? (j['checks'] as Record<string, unknown>[]) : [];
  j['checks'] = checks.map(({ code: _c, params: _p, ...rest }) => rest);
  if (Array.isArray(j['derivation'])) {
    const steps = (j['derivation'] as Record<string, unknown>[]).map(({ symbols: _s, ...rest }) => (recorded ? reletteredStep(rest) : rest));
    j['derivation'] = recorded ? renumberedClamped(steps, Number(j['failures'])) : steps;
  }
  return j;
}

/** The refusal's header, English before; in the user's language where the French CLI says it (capa : entrée refusée). */
const header = (text: string): string => text.replace('capa : entrée refusée', 'capa: invalid input');
const refusedNow = (args: readonly string[]) => args.includes('--purchasable') && args.includes('--node-ram');
const REWORDED = /must match the \d+ sizes|give --node-ram \(usable memory|must be less than the number of nodes/;

describe('capa memory before and after the spec (fixtures/memory-spec-before.json)', () => {
  it.each(BEFORE.filter((r) => !refusedNow(r.args) && r.args[1] !== '--help').map((r) => [r.args.join(' '), r] as const))('capa %s', (_name, before) => {
    const after = runCli(before.args);
    expect(after.code).toBe(before.code);
    if (before.args.includes('--json') && before.stdout !== '') expect(withoutAdditions(after.stdout, false)).toEqual(withoutAdditions(before.stdout, true));
    else if (before.stdout !== '') {
      const fr = before.args.includes('fr');
      const [b, a] = [split(relettered(before.stdout)), split(withoutWhere(after.stdout))];
      expect(a.rest).toBe(b.rest);
      const expected = new Map(
        [...b.figures].map(([l, v]) => [l === 'Usable guest RAM' || l === 'RAM utilisable (invités)' ? headline(failuresOf(before.args), fr) : (RELABEL[l] ?? l), NONE[v] ?? v]),
      );
      for (const l of a.figures.keys()) if (!expected.has(l)) expect(ADDED, l).toContain(l);
      for (const [l, v] of expected) expect(a.figures.get(l), l).toBe(v);
    }
    if (!REWORDED.test(before.stderr)) expect(header(after.stderr)).toBe(before.stderr);
  });
});

describe("capa memory: refusals from the spec, in the user's language", () => {
  it('a list of sizes and --nodes must agree (in French now)', () => {
    const r = runCli(['memory', '--nodes', '2', '--node-ram', '512GiB,512GiB,256GiB', '--lang', 'fr']);
    expectBadInput(r, '--nodes', '2');
    expect(r.stderr).toContain('doit correspondre aux 3 tailles données à --node-ram');
  });
  it('neither --node-ram nor --guest-ram: the refusal offers both questions', () => {
    expect(runCli(['memory', '--nodes', '3']).stderr).toContain('--node-ram: is required, or give --guest-ram (RAM needed per node)');
    expect(runCli(['memory', '--nodes', '3', '--lang', 'fr']).stderr).toContain('--node-ram: est obligatoire, ou indiquez --guest-ram (RAM nécessaire par nœud)');
  });
  it('--failures at the node count, in French (it was English)', () => {
    expect(runCli(['memory', '--nodes', '3', '--node-ram', '512GiB', '--failures', '3', '--lang', 'fr']).stderr).toContain('--failures "3": doit être inférieur au nombre de nœuds (3)');
  });
  it('--purchasable beside --node-ram is refused (it used to be ignored silently)', () => {
    const r = runCli(['memory', '--nodes', '3', '--node-ram', '512GiB', '--purchasable', '256GiB']);
    expectBadInput(r, '--purchasable', '256GiB');
    expect(r.stderr).toContain('does not apply with --node-ram');
  });
  it("the help lists the spec's options, their defaults as typed, and keeps the worked examples", () => {
    const help = runCli(['memory', '--help']).stdout;
    const old = BEFORE.find((r) => r.args[1] === '--help')?.stdout ?? '';
    for (const flag of old.match(/--[a-z-]+ (<[a-z]+>)?/g) ?? []) expect(help).toContain(flag.trim());
    for (const line of ['(default 4GiB, 8GiB advised)', '(default 0.75)', '(default 1)']) expect(help.replace(/\s+/g, ' ')).toContain(line);
    expect(help.slice(help.indexOf('Examples:'))).toBe(old.slice(old.indexOf('Examples:')));
    expect(help).not.toContain('--dir');
  });
});
