/**
 * `capa import pve --history TIMEFRAME` against the local HTTPS fake API (pve-server.ts): rrddata of
 * every online node and of each storage once, GET only, each failure a warning, the token never
 * printed; and `--append-history FILE` through the spawned binary. The rrddata payloads are the
 * synthetic fixtures of history-rrd.test.ts (shape: proxmox/pve-cluster:src/PVE/RRD.pm).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inventorySchema } from '../src/index.js';
import { importPve, parseToken } from '../src/node/index.js';
import { apiData } from './helpers.js';
import { type Cert, type FakePve, makeCert, removeCert, SECRET, startFakePve, TOKEN } from './pve-server.js';

const GiB = 2 ** 30;
const token = parseToken(TOKEN);
if (!token) throw new Error('test token does not parse');
const tmp = mkdtempSync(join(tmpdir(), 'capa-pve-history-'));
let cert: Cert;
let srv: FakePve;
const leaks: string[] = [];

beforeAll(() => {
  cert = makeCert();
});
afterAll(() => {
  removeCert(cert);
  rmSync(tmp, { recursive: true, force: true });
  for (const text of leaks) expect(text.includes(SECRET), 'the token secret leaked').toBe(false);
});
afterEach(async () => {
  expect(srv.violations, 'only GET may reach the server').toEqual([]);
  await srv.close();
});

/** The default fake cluster (pve1, pve2 online, pve3 offline) plus a shared RBD storage and the rrddata routes. */
async function fresh(): Promise<void> {
  srv = await startFakePve(cert);
  const res = srv.routes.get('/cluster/resources') as object[];
  srv.routes.set('/cluster/resources', [
    ...res,
    ...['pve1', 'pve2', 'pve3'].map((n) => ({ id: `storage/${n}/ceph-vm`, type: 'storage', storage: 'ceph-vm', node: n, shared: 1, plugintype: 'rbd', disk: 2, maxdisk: 10 })),
  ]);
  const node = apiData('rrddata/node-rrddata.pve8-year-max.json');
  const storage = apiData('rrddata/storage-rrddata.pve8-year-max.json');
  srv.routes.set('/nodes/pve1/rrddata', node);
  srv.routes.set('/nodes/pve2/rrddata', node);
  srv.routes.set('/nodes/pve1/storage/local/rrddata', storage);
  srv.routes.set('/nodes/pve1/storage/ceph-vm/rrddata', storage);
}

const fast = { retries: 0, backoffMs: 10, timeoutMs: 60_000 } as const;
async function run(history?: { timeframe: 'year' | 'day'; cf: 'MAX' }) {
  const inv = await importPve({ url: srv.url, token: token as NonNullable<typeof token>, fingerprint: cert.fingerprint256, ...fast }, history ? { history } : {});
  leaks.push(JSON.stringify(inv));
  return inv;
}

describe('capa import pve --history', () => {
  it('reads rrddata of the online nodes and of each storage once, with timeframe and cf=MAX', async () => {
    await fresh();
    const inv = await run({ timeframe: 'year', cf: 'MAX' });
    expect(inventorySchema.safeParse(inv).success).toBe(true);
    const rrd = srv.requests.filter((r) => r.path.includes('rrddata')).map((r) => r.path);
    expect(rrd.sort()).toEqual([
      '/nodes/pve1/rrddata?timeframe=year&cf=MAX',
      // ceph-vm is shared: read once, through pve1 (the first online node that has it).
      '/nodes/pve1/storage/ceph-vm/rrddata?timeframe=year&cf=MAX',
      '/nodes/pve1/storage/local/rrddata?timeframe=year&cf=MAX',
      '/nodes/pve2/rrddata?timeframe=year&cf=MAX',
    ]);
    expect(inv.history?.series.map((s) => `${s.metric} ${s.subject} ${s.cf} ${s.stepSeconds} ${s.points.length}`)).toEqual([
      'node.memory.used pve1 MAX 604800 70',
      'node.memory.total pve1 MAX 604800 70',
      'node.memory.used pve2 MAX 604800 70',
      'node.memory.total pve2 MAX 604800 70',
      'storage.used ceph-vm MAX 604800 70',
      'storage.total ceph-vm MAX 604800 70',
      'storage.used pve1/local MAX 604800 70',
      'storage.total pve1/local MAX 604800 70',
    ]);
    // Row 69 of the node fixture: memused 20 GiB + 69 × 256 MiB (+ 0.4, rounded).
    expect(inv.history?.series[0]?.points.at(-1)).toEqual([1700092800 + 69 * 604800, 20 * GiB + 69 * 256 * 2 ** 20]);
    expect(inv.history?.series[0]?.source).toBe('/nodes/pve1/rrddata?timeframe=year&cf=MAX');
    expect(inv.warnings.filter((w) => w.code.startsWith('pve.rrddata'))).toEqual([]);
  });

  it('without --history: no rrddata request, no history section', async () => {
    await fresh();
    const inv = await run();
    expect(srv.requests.some((r) => r.path.includes('rrddata'))).toBe(false);
    expect('history' in inv).toBe(false);
  });

  it('a refused, broken or odd rrddata is a warning naming the endpoint; the import goes on', async () => {
    await fresh();
    srv.faults.set('/nodes/pve2/rrddata', { kind: 'status', status: 403, message: 'Permission check failed (/nodes/pve2, Sys.Audit)' });
    srv.faults.set('/nodes/pve1/storage/local/rrddata', { kind: 'not-json' });
    srv.routes.set('/nodes/pve1/storage/ceph-vm/rrddata', { total: 1 });
    srv.routes.set('/nodes/pve1/rrddata', [
      { time: 600, memused: -1, memtotal: 100 },
      { time: 1200, memused: 50, memtotal: 100 },
    ]);
    const inv = await run({ timeframe: 'day', cf: 'MAX' });
    expect(inv.nodes).toHaveLength(3);
    const w = inv.warnings.filter((x) => x.code.startsWith('pve.rrddata')).map((x) => [x.code, x.source]);
    expect(w.sort()).toEqual([
      ['pve.rrddata-invalid', '/nodes/pve1/storage/ceph-vm/rrddata?timeframe=day&cf=MAX'],
      ['pve.rrddata-unreadable', '/nodes/pve1/storage/local/rrddata?timeframe=day&cf=MAX'],
      ['pve.rrddata-unreadable', '/nodes/pve2/rrddata?timeframe=day&cf=MAX'],
      ['pve.rrddata-values-dropped', '/nodes/pve1/rrddata?timeframe=day&cf=MAX'],
    ]);
    expect(inv.warnings.find((x) => x.code === 'pve.rrddata-values-dropped')?.message).toBe(
      'RRD history of node pve1 (/nodes/pve1/rrddata?timeframe=day&cf=MAX): 1 value negative, infinite or not a number read as no sample',
    );
    expect(inv.history?.series.map((s) => [s.metric, s.subject, s.points])).toEqual([
      [
        'node.memory.used',
        'pve1',
        [
          [600, null],
          [1200, 50],
        ],
      ],
      [
        'node.memory.total',
        'pve1',
        [
          [600, 100],
          [1200, 100],
        ],
      ],
    ]);
  });
});

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));
function capa(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(fileURLToPath(new URL('../../cli/dist/capa.js', import.meta.url)))) throw new Error('run `pnpm -r run build` first');
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C', ...env }, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      leaks.push(stdout, stderr);
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('capa import pve (binary): --history and --append-history', () => {
  it('--history year fills the inventory; --append-history writes the snapshot; the --out inventory is the same without it', async () => {
    await fresh();
    const out = join(tmp, 'pve.json');
    const hist = join(tmp, 'pve-history.json');
    const base = ['import', 'pve', '--url', srv.url, '--fingerprint', cert.fingerprint256, '--retries', '0'];
    const r = await capa([...base, '--history', 'year', '--append-history', hist, '--out', out], { CAPA_PVE_TOKEN: TOKEN });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/capa: created .*pve-history\.json: 7 points at /);
    const inv = JSON.parse(readFileSync(out, 'utf8'));
    expect(inv.history.series).toHaveLength(8);
    const h = JSON.parse(readFileSync(hist, 'utf8'));
    // guests.memory.configured: the non-template guests of known memory (core's configuredGuestRam):
    // qemu/100 8 GiB (its config: 8192 MiB), qemu/101 16 GiB, lxc/200 1 GiB, qemu/104 4 GiB (pve-server.ts);
    // qemu/102 is a template, qemu/103 has no memory figure.
    expect(h.series.map((s: { metric: string; subject: string; points: [number, number | null][] }) => [s.metric, s.subject, s.points[0]?.[1]])).toEqual([
      ['guests.memory.configured', '', 29 * GiB],
      ['node.memory.used', 'pve1', inv.nodes[0].ramUsedBytes],
      ['node.memory.total', 'pve1', inv.nodes[0].ramTotalBytes],
      ['node.memory.used', 'pve2', 1e10],
      ['node.memory.total', 'pve2', 68719476736],
      ['node.memory.used', 'pve3', null],
      ['node.memory.total', 'pve3', null],
    ]);
    expect(h.series[0].points[0][0]).toBe(Math.floor(Date.parse(inv.collectedAt) / 1000));
    const out2 = join(tmp, 'pve-plain.json');
    const r2 = await capa([...base, '--history', 'year', '--out', out2], { CAPA_PVE_TOKEN: TOKEN });
    expect(r2.code, r2.stderr).toBe(0);
    const plain = JSON.parse(readFileSync(out2, 'utf8'));
    expect({ ...plain, collectedAt: null }).toEqual({ ...inv, collectedAt: null });
  });

  it('refuses --history decade and a foreign --append-history file before any request (exit 2, nothing written)', async () => {
    await fresh();
    const out = join(tmp, 'never.json');
    const foreign = join(tmp, 'foreign.json');
    writeFileSync(foreign, '{"schema":"capa.inventory","version":1}');
    const r = await capa(['import', 'pve', '--url', srv.url, '--history', 'decade', '--append-history', foreign, '--out', out], { CAPA_PVE_TOKEN: TOKEN });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--history "decade": must be one of hour, day, week, month, year/);
    expect(r.stderr).toMatch(/--append-history ".*foreign\.json": .*not a Capa history file \(schema capa\.history v1\): schema/);
    expect(srv.requests).toEqual([]);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(foreign, 'utf8')).toBe('{"schema":"capa.inventory","version":1}');
  });
});
