/**
 * What a saved script relies on in a command's JSON: its key paths and its numbers. Arrays of
 * objects with an `id` (or `name`, `key`) are addressed by it, so a reordered list still matches;
 * other arrays by index. Derivation steps are explanations, not figures: their keys are kept,
 * their numbers are not compared.
 */
import { spawnSync } from 'node:child_process';

export interface CommandRecord {
  readonly name: string;
  readonly args: readonly string[];
  readonly exit: number | null;
  /** Key paths with `[]` for any array element; absent without --json. */
  readonly keys?: readonly string[];
  /** Numeric leaves by addressed path. */
  readonly numbers?: Readonly<Record<string, number>>;
}

const ID_FIELDS = ['id', 'name', 'key'] as const;
const NOT_FIGURES = new Set(['derivation', 'steps', 'explain']);

function label(item: unknown, index: number): string {
  if (item !== null && typeof item === 'object') {
    for (const f of ID_FIELDS) {
      const v = (item as Record<string, unknown>)[f];
      if (typeof v === 'string' || typeof v === 'number') return `[${f}=${v}]`;
    }
  }
  return `[${index}]`;
}

export function shape(json: unknown): { keys: string[]; numbers: Record<string, number> } {
  const keys = new Set<string>();
  const numbers: Record<string, number> = {};
  const walk = (v: unknown, keyPath: string, numPath: string, figures: boolean): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${keyPath}[]`, `${numPath}${label(item, i)}`, figures));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        keys.add(`${keyPath}.${k}`);
        walk(child, `${keyPath}.${k}`, `${numPath}.${k}`, figures && !NOT_FIGURES.has(k));
      }
    } else if (typeof v === 'number' && figures) {
      numbers[numPath] = v;
    }
  };
  walk(json, '', '', true);
  return { keys: [...keys].sort(), numbers };
}

/** Runs a capa binary as a user does (minimal environment, LANG=C), in the fixtures' directory. */
export function runCapa(bin: string, cwd: string, args: readonly string[]): { exit: number | null; stdout: string; stderr: string } {
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C' };
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { exit: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function record(bin: string, cwd: string, name: string, args: readonly string[]): CommandRecord {
  const r = runCapa(bin, cwd, args);
  if (!args.includes('--json') || r.stdout.trim() === '') return { name, args, exit: r.exit };
  return { name, args, exit: r.exit, ...shape(JSON.parse(r.stdout)) };
}
