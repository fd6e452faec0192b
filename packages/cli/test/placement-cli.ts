/** `capa placement`'s fixtures (see placement.test.ts) and the binary run asynchronously. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, type CliResult } from './run-cli.js';

export const FIX = fileURLToPath(new URL('./fixtures/placement/', import.meta.url));
export const OSDMAP = join(FIX, 'osd-dump.json');
export const CRUSH = join(FIX, 'crush-dump.json');
export const SANDBOX_INVENTORY = fileURLToPath(new URL('../../importer/test/fixtures/sandbox-inventory.json', import.meta.url));

/** The binary, run asynchronously (as runCli, with its minimal environment): a test spawning it ten
 * times would otherwise block the test worker's event loop for tens of seconds on a loaded machine. */
export function cli<T = unknown>(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult<T>> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C', ...env }, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (e, stdout, stderr) => {
        const code = e ? (typeof e.code === 'number' ? e.code : null) : 0;
        resolve({ code, stdout, stderr, json: args.includes('--json') && stdout.trim() !== '' ? (JSON.parse(stdout) as T) : undefined });
      },
    );
  });
}
export async function cliJson<T>(args: readonly string[]): Promise<CliResult<T> & { json: T }> {
  const r = await cli<T>([...args, '--json']);
  if (r.json === undefined) throw new Error(`capa ${args.join(' ')} --json printed nothing (exit ${r.code}); stderr:\n${r.stderr}`);
  return r as CliResult<T> & { json: T };
}
