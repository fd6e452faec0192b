/**
 * Spawns the real, built `capa` binary (packages/cli/bin/capa.js → dist/capa.js) the way a user runs it,
 * and hands back exit code, stdout, stderr and, with --json, the parsed stdout.
 *
 * Build first: `pnpm -r run build`. The tests never import the CLI's sources: they check the bundle.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const BIN = fileURLToPath(new URL('../bin/capa.js', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../dist/capa.js', import.meta.url));

export interface CliResult<T = unknown> {
  /** Exit status; null only if the process was killed. */
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed as JSON when --json was passed and stdout is not empty; undefined otherwise. */
  readonly json: T | undefined;
}

export interface RunOptions {
  /**
   * Locale variables for the child. The child gets a minimal environment (PATH and these), so the
   * developer's or CI's LC_ALL / LC_MESSAGES / FORCE_COLOR never leak in; LANG defaults to C (English).
   */
  readonly env?: Readonly<Record<string, string>>;
}

export function runCli<T = unknown>(args: readonly string[], options: RunOptions = {}): CliResult<T> {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`pnpm -r run build\` before the CLI tests`);
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C', ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  const stdout = r.stdout;
  let json: T | undefined;
  if (args.includes('--json') && stdout.trim() !== '') {
    try {
      json = JSON.parse(stdout) as T;
    } catch (e) {
      throw new Error(`capa ${args.join(' ')}: --json output does not parse (${String(e)}):\n${stdout}`);
    }
  }
  return { code: r.status, stdout, stderr: r.stderr, json };
}

/** The same as runCli with --json appended; fails the test when stdout is empty. */
export function runJson<T>(args: readonly string[], options: RunOptions = {}): CliResult<T> & { readonly json: T } {
  const r = runCli<T>([...args, '--json'], options);
  if (r.json === undefined) throw new Error(`capa ${args.join(' ')} --json printed nothing (exit ${r.code}); stderr:\n${r.stderr}`);
  return r as CliResult<T> & { readonly json: T };
}

// ── JSON contract shapes (what scripts rely on). Sizes are integer bytes, rates bits/s. ──────────

export type CheckLevel = 'ok' | 'warn' | 'fail';
export interface Check {
  readonly id: string;
  readonly level: CheckLevel;
  readonly message: string;
}
export interface WithChecks {
  readonly checks: readonly Check[];
}

export interface UsableMemoryJson extends WithChecks {
  readonly usableGuestRamBytes: number;
  readonly usableFraction: number;
  readonly totalRamBytes: number;
}
export interface RequiredMemoryJson extends WithChecks {
  readonly requiredNodeRamBytes: number;
  readonly recommendedNodeRamBytes: number | null;
  readonly totalRamBytes: number | null;
}
export interface CephCapacityJson extends WithChecks {
  readonly rawBytes: number;
  readonly usableBytes: number;
  readonly safeUsableBytes: number;
  readonly safeUsableFullBytes: number;
  readonly hostFailure: {
    readonly degradedPgFraction: number;
    readonly degradedObjectFraction: number;
    readonly rebuildBytes: number;
    readonly recoverySeconds: number | null;
    readonly recoveryIsLowerBound: boolean;
    readonly recoveryNetworkBps: number | null;
    readonly recoveryTransferBps: number | null;
    readonly recoveryDiskBps: number | null;
    readonly backfillSeconds: number | null;
  };
}
export interface CephDataTargetJson extends WithChecks {
  readonly ruleOfThumbNodeRawBytes: number;
  readonly safeNodeRawBytes: number | null;
  readonly ruleOfThumbDisksPerNode: number | null;
  readonly safeDisksPerNode: number | null;
}
export interface BluestoreJson extends WithChecks {
  readonly dbMinBytes: number;
  readonly dbMaxBytes: number;
  readonly walBytes: number;
}
export interface PgJson extends WithChecks {
  readonly pools: readonly { readonly name: string; readonly pgNum: number; readonly wouldChange: boolean | null }[];
  readonly pgPerOsd: number;
}
export interface BondJson extends WithChecks {
  readonly aggregateBps: number;
  readonly degradedBps: number;
  readonly singleFlowBps: number;
  readonly singleFlowIsUpperBound: boolean;
  readonly expectedBps: number;
  readonly transferBps: number;
}
export interface QuorumJson extends WithChecks {
  readonly votes: number;
  readonly quorumVotes: number;
  readonly toleratedNodeFailures: number;
  readonly haPossible: boolean;
}

// ── Assertions shared by the files ─────────────────────────────────────────────────────────────

/** A JavaScript stack frame line ("    at fn (file:1:2)"): must never reach a user. */
export const STACK_FRAME = /^\s{4}at /m;
/** Non-finite numbers leaking into text. */
export const NON_FINITE = /NaN|Infinity/;

/**
 * checks: [{ id: non-empty string, level: ok|warn|fail, message: non-empty string }], plus, for the
 * calculators described by a spec (issue 10, messages as data), code: string and params: object,
 * and for checks the planner selects by area (memory, cpu, cluster, ceph, failure), area: string.
 */
export function expectChecks(checks: unknown): void {
  expect(Array.isArray(checks)).toBe(true);
  for (const c of checks as unknown[]) {
    const coded = c !== null && typeof c === 'object' && 'code' in c ? { code: expect.any(String), params: expect.any(Object) } : {};
    const area = c !== null && typeof c === 'object' && 'area' in c ? { area: expect.stringMatching(/^(memory|cpu|cluster|ceph|failure)$/) } : {};
    expect(c).toEqual({ id: expect.any(String), level: expect.stringMatching(/^(ok|warn|fail)$/), message: expect.any(String), ...coded, ...area });
    const { id, message } = c as Check;
    expect(id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(message.length).toBeGreaterThan(0);
  }
}

/** Integer bytes (or bits/s, or counts): a finite, non-negative integer. */
export function expectInteger(value: unknown): void {
  expect(typeof value).toBe('number');
  expect(Number.isInteger(value)).toBe(true);
  expect(value as number).toBeGreaterThanOrEqual(0);
}

/** A fraction: a finite number in [0, 1]. */
export function expectFraction(value: unknown): void {
  expect(typeof value).toBe('number');
  expect(value as number).toBeGreaterThanOrEqual(0);
  expect(value as number).toBeLessThanOrEqual(1);
}

/** Every number anywhere in the document, with its path. */
export function numbersIn(value: unknown, path = '$'): { path: string; value: number }[] {
  if (typeof value === 'number') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => numbersIn(v, `${path}.${k}`));
  return [];
}

/** Exit 1 exactly when a check fails, 0 otherwise (the exit-code contract). */
export function expectExitMatchesChecks(r: CliResult<WithChecks>): void {
  const failed = (r.json?.checks ?? []).some((c) => c.level === 'fail');
  expect(r.code).toBe(failed ? 1 : 0);
}

/**
 * Bad input: exit 2, nothing at all on stdout, and a stderr that names the option as `--option`,
 * quotes the bad value, and shows neither a stack trace nor NaN/Infinity.
 */
export function expectBadInput(r: CliResult, option: string, value?: string): void {
  const context = `stderr was:\n${r.stderr}`;
  expect(r.code, context).toBe(2);
  expect(r.stdout, context).toBe('');
  expect(r.stderr, context).toContain(option);
  if (value !== undefined) expect(r.stderr, context).toContain(value);
  expect(r.stderr, context).not.toMatch(STACK_FRAME);
  expect(r.stderr, context).not.toMatch(NON_FINITE);
}
