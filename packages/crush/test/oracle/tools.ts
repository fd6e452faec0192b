// Finding and running Ceph's own tools (Debian's ceph-base 16.2: crushtool, osdmaptool) for the oracle
// tests. Missing tools fail the test with the reason; they never skip it.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function onPath(bin: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const p = join(dir, bin);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/** Throws, with what to install, unless crushtool and osdmaptool of Ceph 16.2 (Pacific) or later run here. */
export function requireCephTools(): void {
  const missing = ['crushtool', 'osdmaptool'].filter((b) => !onPath(b));
  if (missing.length > 0) {
    const reason = `Ceph oracle tools missing: ${missing.join(', ')} not on PATH. Install Debian's ceph-base: bash scripts/test-prereqs.sh (pnpm test does) or apt-get install ceph-base.`;
    console.error(reason);
    throw new Error(reason);
  }
  const v = spawnSync('ceph-conf', ['--version'], { encoding: 'utf8' });
  if (v.status === 0) console.log(`oracle: ${v.stdout.trim()}`);
}

/** Runs a bash script; resolves with its output, rejects with stderr when it fails. */
export function runBash(script: string, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`bash exited ${code}: ${err.slice(-2000)}`))));
  });
}

/** Runs jobs with at most `limit` in flight (the machine has 2 shared cores). */
export async function inParallel<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
