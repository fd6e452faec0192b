/** The real `capa` binary, run synchronously with a minimal environment (cli.test.ts, cli-analyze.test.ts). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../cli/dist/capa.js', import.meta.url));

export function capa(args: readonly string[]) {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`pnpm -r run build\` first`);
  const r = spawnSync(process.execPath, [BIN, ...args], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C' }, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
