/**
 * Issue 10 item 9: command lines, example scenarios and inventories saved from the release before
 * the redesign (commit 9b7a525, see README.md) still work with today's binary: same exit code, every
 * JSON key path the release printed still there (new keys allowed), same numbers. Expected values
 * are the release's own output (source: this repository at 9b7a525, packages/cli/bin/capa.js).
 * Build first (`pnpm build`): the test spawns the bundle, as run-cli.ts does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from '../run-cli.js';
import { CHANGED, NOT_FIGURES } from './changes.js';
import { savedCommands } from './commands.js';
import { type CommandRecord, runCapa, shape } from './shape.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const SAVED = JSON.parse(readFileSync(`${DIR}cli-commands.json`, 'utf8')) as CommandRecord[];

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

describe('command lines saved from the release before the redesign', () => {
  it('the record covers every command line of commands.ts, every example scenario and inventory', () => {
    expect(SAVED.map((r) => r.name)).toEqual(savedCommands(DIR).map((c) => c.name));
    expect(new Set(SAVED.map((r) => r.args[0]))).toEqual(new Set(['memory', 'ceph', 'bluestore', 'pg', 'bond', 'quorum', 'placement', 'analyze', 'plan', 'optimize', 'compare', 'import']));
  });

  for (const saved of SAVED) {
    it(`${saved.name}: capa ${saved.args.join(' ').slice(0, 100)}`, () => {
      if (!existsSync(BIN.replace(/bin\/capa\.js$/, 'dist/capa.js'))) throw new Error('run `pnpm build` before the CLI tests');
      const change = CHANGED[saved.name];
      const now = runCapa(BIN, DIR, saved.args);
      expect({ exit: now.exit, stderr: now.exit === saved.exit ? '' : now.stderr.slice(0, 400) }).toEqual({ exit: change?.exit ?? saved.exit, stderr: '' });
      if (saved.keys === undefined) return;
      const { keys, numbers } = shape(JSON.parse(now.stdout));
      const have = new Set(keys);
      const gone = change?.keys ?? [];
      expect(saved.keys.filter((k) => !have.has(k) && !gone.includes(k))).toEqual([]);
      expect(gone.filter((k) => have.has(k) || !saved.keys?.includes(k))).toEqual([]);
      const moved = (path: string) => [...NOT_FIGURES, ...(change?.numbers ?? [])].some((p) => path.startsWith(p));
      const old: [string, number][] = Object.entries(saved.numbers ?? {});
      const differ = old.filter(([p, v]) => !moved(p) && !(p in numbers && close(numbers[p] as number, v)));
      expect(differ.map(([p, v]) => `${p}: ${v} → ${numbers[p] ?? 'missing'}`)).toEqual([]);
    });
  }
});
