/**
 * The real `capa` binary, offline: rrddata files in a pvesh dump become the inventory's history, and
 * `--append-history FILE` (pvesh, ceph) appends a snapshot to a capa.history file: created when missing,
 * the same time replaced, a corrupt or foreign file refused with exit 2 and nothing written.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultRoutes } from './pve-server.js';
import { capa } from './cli-run.js';
import { apiData, FIXTURES } from './helpers.js';

const GiB = 2 ** 30;
const tmp = mkdtempSync(join(tmpdir(), 'capa-cli-history-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A pvesh dump (one file per API path, no {"data"} envelope), with rrddata files when asked. */
function pveshDir(name: string, rrd: boolean): string {
  const dir = join(tmp, name);
  const routes = defaultRoutes();
  if (rrd) {
    // Captured as docs/importer.md says: pvesh get /nodes/pve1/rrddata --timeframe year --cf MAX.
    routes.set('/nodes/pve1/rrddata', apiData('rrddata/node-rrddata.pve8-year-max.json'));
    routes.set('/nodes/pve1/storage/local/rrddata', apiData('rrddata/storage-rrddata.pve8-year-max.json'));
  }
  for (const [path, data] of routes) {
    const file = join(dir, `${path}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(data));
  }
  return dir;
}

type Series = { metric: string; subject: string; cf: string; points: [number, number | null][] };

describe('capa import pvesh: rrddata files', () => {
  it('read where present (pve1 and its storage), silently absent elsewhere (pve2)', () => {
    const r = capa(['import', 'pvesh', '--dir', pveshDir('with-rrd', true)]);
    expect(r.code, r.stderr).toBe(0);
    const inv = JSON.parse(r.stdout);
    expect(inv.history.series.map((s: Series) => `${s.metric} ${s.subject} ${s.cf} ${s.points.length}`)).toEqual([
      // 70 rows each (fixtures/rrddata, PVE 8's year RRA); pvesh-dump series are taken as MAX (docs/importer-history.md).
      'node.memory.used pve1 MAX 70',
      'node.memory.total pve1 MAX 70',
      'storage.used pve1/local MAX 70',
      'storage.total pve1/local MAX 70',
    ]);
    expect(inv.history.series[0].source).toBe('/nodes/pve1/rrddata');
    expect(r.stderr).not.toMatch(/RRD/);
  });

  it('a dump without rrddata files has no history and no warning about it', () => {
    const r = capa(['import', 'pvesh', '--dir', pveshDir('no-rrd', false)]);
    expect(r.code, r.stderr).toBe(0);
    const inv = JSON.parse(r.stdout);
    expect('history' in inv).toBe(false);
    expect(inv.warnings.some((w: { code: string }) => w.code.startsWith('pve.rrddata'))).toBe(false);
  });

  it('--append-history twice from the same dump: one point per series (the same time is replaced)', () => {
    const dir = pveshDir('append', false);
    const hist = join(tmp, 'pvesh-history.json');
    const a = capa(['import', 'pvesh', '--dir', dir, '--append-history', hist, '--out', join(tmp, 'a.json')]);
    expect(a.code, a.stderr).toBe(0);
    const b = capa(['import', 'pvesh', '--dir', dir, '--append-history', hist, '--out', join(tmp, 'b.json')]);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/appended to .*pvesh-history\.json: 7 points at .*, 7 replacing one at the same time/);
    const h = JSON.parse(readFileSync(hist, 'utf8'));
    expect(h).toMatchObject({ schema: 'capa.history', version: 1 });
    expect(h.series.map((s: Series) => s.points.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    // 8 GiB + 16 GiB + 1 GiB + 4 GiB of non-template guests of known memory (pve-server.ts defaultRoutes).
    expect(h.series[0]).toMatchObject({ metric: 'guests.memory.configured', subject: '', cf: 'SAMPLE', stepSeconds: null });
    expect(h.series[0].points[0][1]).toBe(29 * GiB);
  });
});

describe('capa import ceph --append-history', () => {
  const sandbox = join(FIXTURES, 'sandbox');

  it('creates the file with stored per pool and for the cluster, raw used and raw total', () => {
    const hist = join(tmp, 'ceph-history.json');
    const r = capa(['import', 'ceph', '--dir', sandbox, '--append-history', hist, '--out', join(tmp, 'ceph.json')]);
    expect(r.code, r.stderr).toBe(0);
    const inv = JSON.parse(readFileSync(join(tmp, 'ceph.json'), 'utf8'));
    expect('history' in inv).toBe(false);
    const h = JSON.parse(readFileSync(hist, 'utf8'));
    const t = Math.floor(Date.parse(inv.collectedAt) / 1000);
    // The sandbox capture (fixtures/README.md): STORED 0 + 8454144 + 8421376; osd df 951115776 used of 3 × 10 GiB.
    expect(h.series.map((s: Series) => [s.metric, s.subject, s.points])).toEqual([
      ['ceph.stored', '', [[t, 16875520]]],
      ['ceph.stored', 'device_health_metrics', [[t, 0]]],
      ['ceph.stored', 'sandbox-ec', [[t, 8454144]]],
      ['ceph.stored', 'sandbox-rep', [[t, 8421376]]],
      ['ceph.raw.used', '', [[t, 951115776]]],
      ['ceph.raw.total', '', [[t, 32212254720]]],
    ]);
  });

  it('a corrupt file, a directory or a foreign JSON: exit 2 naming --append-history, nothing written (not even --out)', () => {
    const out = join(tmp, 'never.json');
    const corrupt = join(tmp, 'corrupt.json');
    writeFileSync(corrupt, '{"schema":"capa.history","version":1,"series":[');
    const a = capa(['import', 'ceph', '--dir', sandbox, '--append-history', corrupt, '--out', out]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/--append-history ".*corrupt\.json": .*corrupt\.json: not valid JSON/);
    expect(readFileSync(corrupt, 'utf8')).toBe('{"schema":"capa.history","version":1,"series":[');
    const d = capa(['import', 'ceph', '--dir', sandbox, '--append-history', tmp, '--out', out]);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/--append-history .*is a directory/);
    const f = capa(['import', 'ceph', '--dir', sandbox, '--append-history', join(FIXTURES, 'sandbox-inventory.json'), '--out', out, '--lang', 'fr']);
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/pas un fichier d’historique Capa \(schéma capa\.history v1\) : schema/);
    expect(existsSync(out)).toBe(false);
  });
});
