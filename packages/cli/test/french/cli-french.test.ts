/**
 * Issue 10, done-when: "The French CLI shows no English sentence, and a test enforces it." Runs the
 * built CLI with --lang fr over every command (valid input, each kind of refusal, every --help,
 * --explain, analyze of the compat inventories, plan of the examples, the importer's fixtures) and
 * fails on any line the detector (english.ts) reads as English, outside the KNOWN_ENGLISH allowance.
 * The reverse check runs the same lines in English: the detector must flag them, so the test cannot
 * pass by seeing nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cases, ROOT } from './cases.js';
import { englishLines, englishWord } from './english.js';
import { excused, KNOWN_ENGLISH } from './known-english.js';

const BIN = fileURLToPath(new URL('../../bin/capa.js', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../dist/capa.js', import.meta.url));

interface Run {
  readonly args: readonly string[];
  readonly code: number | null;
  readonly text: string;
}

function run(args: readonly string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C', ...env } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      // An inventory on stdout is data (JSON), not text for a reader; its warnings are on stderr.
      // A Prometheus rule file (capa alerts) is read without its YAML keys (`for:`, `expr:`): Prometheus' words, not the tool's.
      const shown = /^groups:$/m.test(out) ? out.replace(/^(\s*(?:- )?)[A-Za-z_]+:/gm, '$1') : out;
      const text = out.trimStart().startsWith('{') ? err : `${shown}\n${err}`;
      resolve({ args, code, text });
    });
  });
}

/** Runs every line, three at a time (the machine is shared). */
async function runAll(lines: readonly (readonly string[])[], env: Record<string, string>, extra: readonly string[]): Promise<Run[]> {
  const out: Run[] = new Array(lines.length);
  let next = 0;
  const worker = async () => {
    while (next < lines.length) {
      const i = next++;
      const r = await run([...lines[i]!, ...extra], env);
      out[i] = { ...r, args: lines[i]! };
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return out;
}

const LINES = cases();
/** The reverse check needs fewer runs: every help, and a third of the rest. */
const EN_LINES = LINES.filter((l, i) => l.includes('--help') || i % 3 === 0);

/**
 * What the scenario authors wrote (name, description) is their text, not the tool's: the examples
 * happen to be in English. It is set aside before the detector reads a line.
 */
const AUTHORED: readonly string[] = readdirSync(join(ROOT, 'examples'))
  .filter((n) => n.endsWith('.yaml'))
  .flatMap((n) => [...readFileSync(join(ROOT, 'examples', n), 'utf8').matchAll(/^(?:name|description):\s*["']?(.+?)["']?\s*$/gm)].map((m) => m[1]!));
const withoutAuthored = (text: string): string => AUTHORED.reduce((t, a) => t.split(a).join(' '), text);
let fr: Run[] = [];
let en: Run[] = [];

beforeAll(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`pnpm -r run build\` first`);
  [fr, en] = [await runAll(LINES, {}, ['--lang', 'fr']), await runAll(EN_LINES, {}, [])];
}, 600_000);

describe('the French CLI prints no English sentence', () => {
  it('every command line, valid or refused, help or --explain: no English line outside KNOWN_ENGLISH', () => {
    const found: string[] = [];
    for (const r of fr) {
      expect(r.code, `capa ${r.args.join(' ')} --lang fr crashed:\n${r.text}`).not.toBe(70);
      for (const line of englishLines(withoutAuthored(r.text))) if (!excused(r.args, line)) found.push(`capa ${r.args.join(' ')} --lang fr\n    ${line.trim()}    ← "${englishWord(line)}"`);
    }
    expect(found, `English in French output:\n${found.join('\n')}`).toEqual([]);
  });

  it('the detector flags the English output of the same lines (it is not blind)', () => {
    // A run that printed nothing (an import without warnings) has nothing to flag.
    const blind = en.filter((r) => r.text.trim() !== '' && englishLines(withoutAuthored(r.text)).length === 0).map((r) => `capa ${r.args.join(' ')}`);
    expect(blind, `English output the detector does not flag:\n${blind.join('\n')}`).toEqual([]);
  });

  it('the allowance only names work in progress: every entry says which change converts it', () => {
    for (const k of KNOWN_ENGLISH) expect(k.why.length).toBeGreaterThan(10);
  });
});
