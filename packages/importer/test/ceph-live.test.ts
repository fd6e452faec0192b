/**
 * Integration with a REAL Ceph cluster (scripts/ceph-sandbox: 1 mon, 1 mgr, 3 BlueStore OSDs on
 * 127.0.0.1, a replicated and an EC 2+1 pool). `capa import ceph` runs the ceph CLI; the OSD count,
 * raw bytes, raw used and per-pool STORED must equal what `ceph osd df` / `ceph df` report, to the byte.
 *
 * Set-up: if CEPH_CONF points at a cluster that answers, it is used as is. Otherwise this file starts
 * its own sandbox (installing Ceph from Debian's packages when missing, as root) on ports of its own
 * (41330/41789, 41500-41700) in /tmp/capa-importer-ceph-test, and stops it afterwards.
 * Never skipped: when Ceph is missing and cannot be installed (not root), it FAILS naming what is missing.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlacement } from '@capa/crush';
import { importCephLive } from '../src/node/index.js';

const SCRIPTS = fileURLToPath(new URL('../../../scripts/ceph-sandbox/', import.meta.url));
const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
const SANDBOX_DIR = '/tmp/capa-importer-ceph-test';
const SANDBOX_ENV = {
  CEPH_SANDBOX_DIR: SANDBOX_DIR,
  CEPH_SANDBOX_MON_PORT: '41330',
  CEPH_SANDBOX_MON_V1_PORT: '41789',
  CEPH_SANDBOX_PORT_MIN: '41500',
  CEPH_SANDBOX_PORT_MAX: '41700',
};

const has = (bin: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const isRoot = process.getuid?.() === 0;
const answers = (conf: string) => {
  try {
    execFileSync('ceph', ['--conf', conf, '--connect-timeout', '5', 'health'], { stdio: 'ignore', timeout: 15_000 });
    return true;
  } catch {
    return false;
  }
};
const external = process.env['CEPH_CONF'] && has('ceph') && answers(process.env['CEPH_CONF']) ? process.env['CEPH_CONF'] : null;

let conf = external ?? join(SANDBOX_DIR, 'ceph.conf');
let started = false;

const ceph = (args: readonly string[]): Promise<unknown> =>
  new Promise((res, rej) =>
    execFile('ceph', ['--conf', conf, ...args, '-f', 'json'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (e, out) => (e ? rej(e) : res(JSON.parse(out)))),
  );

describe('capa import ceph against the real sandbox', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ceph-live-'));

  // Asynchronous: a synchronous minute-long child would block the test worker's event loop.
  const script = (name: string, timeout: number) =>
    new Promise<string>((res, rej) => {
      execFile(join(SCRIPTS, name), { env: { ...process.env, ...SANDBOX_ENV }, encoding: 'utf8', timeout, maxBuffer: 16 * 1024 * 1024 }, (e, stdout, stderr) => {
        if (e) rej(new Error(`${name} failed: ${e.message}\n${stderr.split('\n').slice(-30).join('\n')}`));
        else res(stdout);
      });
    });

  beforeAll(async () => {
    if (external) return;
    const missing = ['ceph', 'ceph-mon', 'ceph-mgr', 'ceph-osd'].filter((b) => !has(b));
    if (missing.length > 0 && !isRoot) {
      const reason = `Ceph is missing: ${missing.join(', ')} not on PATH and this user is not root, so scripts/ceph-sandbox/install.sh cannot install it here. Run bash scripts/test-prereqs.sh (pnpm test does) or apt-get install ceph-mon ceph-mgr ceph-osd ceph-common.`;
      console.error(reason);
      throw new Error(reason);
    }
    const out = await script('start.sh', 600_000);
    started = true;
    conf = /export CEPH_CONF=(\S+)/.exec(out)?.[1] ?? conf;
  }, 620_000);

  afterAll(async () => {
    rmSync(tmp, { recursive: true, force: true });
    if (started) await script('stop.sh', 120_000);
  }, 130_000);

  /** osd df + df before and after the import; equal when no mgr stats update fell in between. */
  async function stableCompare<T>(
    doImport: () => Promise<T>,
  ): Promise<{ result: T; osdDf: { nodes: { kb: number }[]; summary: { total_kb_used: number } }; df: { pools: { name: string; stats: { stored: number } }[] } }> {
    for (let attempt = 0; ; attempt++) {
      const beforeOsd = JSON.stringify(await ceph(['osd', 'df']));
      const beforeDf = JSON.stringify(await ceph(['df']));
      const result = await doImport();
      const afterOsd = JSON.stringify(await ceph(['osd', 'df']));
      const afterDf = JSON.stringify(await ceph(['df']));
      if ((beforeOsd === afterOsd && beforeDf === afterDf) || attempt >= 4) return { result, osdDf: JSON.parse(afterOsd), df: JSON.parse(afterDf) };
    }
  }

  it('importCephLive: OSD count, raw bytes, raw used and per-pool stored equal ceph osd df / ceph df to the byte', async () => {
    const { result: inv, osdDf, df } = await stableCompare(() => importCephLive({ conf }));
    const c = inv.ceph;
    if (!c) throw new Error('no ceph part');
    expect(c.osds.length).toBe(osdDf.nodes.length);
    expect(c.osds.reduce((s, o) => s + o.sizeBytes, 0)).toBe(osdDf.nodes.reduce((s, n) => s + n.kb * 1024, 0));
    expect(c.rawUsedBytes).toBe(osdDf.summary.total_kb_used * 1024);
    expect(c.pools.map((p) => [p.name, p.storedBytes])).toEqual(df.pools.map((p) => [p.name, p.stats.stored]));
    expect(c.pools.find((p) => p.name === 'sandbox-ec')).toMatchObject({ type: 'erasure', k: 2, m: 1 });
    expect(c.version).toMatch(/^\d+\.\d+\.\d+ \w+$/);
    expect(inv.warnings).toEqual([]);
  }, 300_000);

  it('the captured osd crush dump and osd dump place every PG as the cluster does (ceph pg dump pgs_brief: up set and up primary)', async () => {
    const inv = await importCephLive({ conf });
    const maps = inv.ceph?.placementMaps;
    if (!maps) throw new Error(`no placement maps in the inventory; warnings: ${JSON.stringify(inv.warnings)}`);
    expect(maps).toMatchObject({ format: 'capa.ceph-placement-maps', version: 1 });
    const placement = loadPlacement(maps.crushDump, maps.osdDump);
    // The up set is a function of the OSD map alone; wait until every PG reports the current epoch's.
    let mismatches: string[] = [];
    let compared = 0;
    for (let attempt = 0; attempt < 10; attempt++) {
      const dump = (await ceph(['pg', 'dump', 'pgs_brief'])) as { pg_stats?: { pgid: string; up: number[]; up_primary: number }[] } | { pgid: string; up: number[]; up_primary: number }[];
      const stats = Array.isArray(dump) ? dump : (dump.pg_stats ?? []);
      mismatches = [];
      compared = stats.length;
      for (const st of stats) {
        const [pool, ps] = st.pgid.split('.') as [string, string];
        const ours = placement.mapPg(Number(pool), parseInt(ps, 16));
        const up = ours.up.map((o) => (o === null ? 2147483647 : o));
        if (JSON.stringify(up) !== JSON.stringify(st.up) || ours.primary !== st.up_primary)
          mismatches.push(`${st.pgid}: ceph ${JSON.stringify(st.up)} p${st.up_primary}, capa ${JSON.stringify(up)} p${ours.primary}`);
      }
      if (mismatches.length === 0 && compared > 0) break;
      await new Promise((r) => setTimeout(r, 3000));
    }
    const expected = [...placement.pools.values()].reduce((n, p) => n + p.pgNum, 0);
    console.log(`live placement: ${compared} PGs compared with ceph pg dump pgs_brief, ${mismatches.length} mismatches`);
    expect(compared).toBe(expected);
    expect(mismatches).toEqual([]);
  }, 300_000);

  it('the CLI: capa import ceph --conf, then capa analyze --json gives ceph.rawBytes, usedBytes, osdCount, pools[].storedBytes', async () => {
    const file = join(tmp, 'ceph.json');
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((res) =>
        execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, env: { PATH: process.env['PATH'] ?? '', LANG: 'C' } }, (e, stdout, stderr) =>
          res({ code: e ? Number(e.code ?? 99) : 0, stdout, stderr }),
        ),
      );
    const { result: imp, osdDf, df } = await stableCompare(() => run(['import', 'ceph', '--conf', conf, '--out', file]));
    expect(imp.code, imp.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    const a = await run(['analyze', file, '--json']);
    expect(a.stdout).not.toBe('');
    const j = JSON.parse(a.stdout) as { ceph: { rawBytes: number; usedBytes: number; osdCount: number; pools: { name: string; storedBytes: number }[] } };
    expect(j.ceph.osdCount).toBe(osdDf.nodes.length);
    expect(j.ceph.rawBytes).toBe(osdDf.nodes.reduce((s, n) => s + n.kb * 1024, 0));
    expect(j.ceph.usedBytes).toBe(osdDf.summary.total_kb_used * 1024);
    expect(j.ceph.pools.map((p) => [p.name, p.storedBytes])).toEqual(df.pools.map((p) => [p.name, p.stats.stored]));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schema: 'capa.inventory', source: { kind: 'ceph-cli' } });
  }, 360_000);

  it('a least-privilege client (mon allow r, mgr allow r) is enough', async () => {
    const keyring = join(tmp, 'client.capa-ro.keyring');
    await new Promise<void>((res, rej) =>
      execFile('ceph', ['--conf', conf, 'auth', 'get-or-create', 'client.capa-ro', 'mon', 'allow r', 'mgr', 'allow r', '-o', keyring], { timeout: 60_000 }, (e) => (e ? rej(e) : res())),
    );
    const inv = await importCephLive({ conf, id: 'capa-ro', env: { ...process.env, CEPH_ARGS: `--keyring ${keyring}` } });
    expect(inv.ceph?.osds.length).toBeGreaterThan(0);
    expect(inv.warnings).toEqual([]);
  }, 300_000);
});
