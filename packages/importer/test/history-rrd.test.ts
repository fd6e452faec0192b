/**
 * rrddata → history series (history/pve-rrd.ts) and the snapshots appended to a history file
 * (history/snapshot.ts), without I/O. The rrddata fixtures are synthetic, shaped as the API answers
 * (fixtures/README.md): rows `{ time, <data source>: value }`, a data source left out where the RRD has
 * no sample (proxmox/pve-cluster:src/PVE/RRD.pm, "leave empty fields undefined"), the node data sources
 * of proxmox/pve-cluster:src/pmxcfs/status.c (rrd_def_node: memtotal, memused) and the storage ones
 * (rrd_def_storage: total, used), the PVE 8 "year" step of 7 days (60 × 10080 s, PVE/RRD.pm setup_pve2).
 */
import { describe, expect, it } from 'vitest';
import { appendSnapshot, HISTORY_MAX_POINTS, historyFileSchema, historyFileText, parseHistoryFile, parseRrdRows, rrdTargets, snapshotValues, type Inventory, warningText } from '../src/index.js';
import { Warnings } from '../src/util.js';
import { collectRrd } from '../src/history/pve-rrd.js';
import { apiData, fixtureJson } from './helpers.js';

const GiB = 2 ** 30;
const NODE = { memused: 'node.memory.used', memtotal: 'node.memory.total' } as const;
const node = apiData('rrddata/node-rrddata.pve8-year-max.json');
const storage = apiData('rrddata/storage-rrddata.pve8-year-max.json');

describe('parseRrdRows', () => {
  it('one series per field, gaps null, fractions rounded, the 7-day step read from the rows', () => {
    const r = parseRrdRows(node, NODE, 'pve1', 'MAX', '/nodes/pve1/rrddata?timeframe=year&cf=MAX');
    expect(r).not.toBeNull();
    const [used, total] = r?.series ?? [];
    // 70 rows, 604800 s apart: the fixture (rows i = 0…69 from 1700092800), PVE 8's year RRA (60 × 10080 s).
    expect(used?.points).toHaveLength(70);
    expect(used).toMatchObject({ metric: 'node.memory.used', subject: 'pve1', cf: 'MAX', stepSeconds: 604800 });
    // Rows 0–2 hold only `time` (no sample yet), row 40 has no memused: null points (fixture).
    expect(used?.points.slice(0, 4)).toEqual([
      [1700092800, null],
      [1700697600, null],
      [1701302400, null],
      // Row 3: 20 GiB + 3 × 256 MiB + 0.4 (fixture) → rounded to whole bytes.
      [1701907200, 20 * GiB + 3 * 256 * 2 ** 20],
    ]);
    expect(used?.points[40]).toEqual([1700092800 + 40 * 604800, null]);
    // memtotal: 64 GiB from row 3 on (fixture).
    expect(total?.points[69]).toEqual([1700092800 + 69 * 604800, 64 * GiB]);
    expect(r).toMatchObject({ bad: 0, untimed: 0, trimmed: 0 });
  });

  it('storage rows: total and used', () => {
    const r = parseRrdRows(storage, { used: 'storage.used', total: 'storage.total' }, 'ceph-vm', 'MAX', 'p');
    // Row 69: used = 1 TiB + 69 × 10 GiB + 0.5 → rounds up; total 4 TiB (fixture).
    expect(r?.series[0]?.points[69]?.[1]).toBe(2 ** 40 + 690 * GiB + 1);
    expect(r?.series[1]?.points[69]?.[1]).toBe(4 * 2 ** 40);
  });

  it('negative, infinite or non-numeric values → null, counted; rows without a time dropped; Perl number strings read', () => {
    const rows = [
      { time: 600, memused: -5, memtotal: '1000' },
      { time: '660', memused: 'nan', memtotal: 1000 },
      { time: 720, memused: { x: 1 }, memtotal: Number.POSITIVE_INFINITY },
      { memused: 5 },
      { time: -60, memused: 5 },
      'junk',
      { time: 780, memused: 300 },
    ];
    const r = parseRrdRows(rows, NODE, 'n', 'AVERAGE', 'p');
    expect(r?.series[0]?.points).toEqual([
      [600, null],
      [660, null],
      [720, null],
      [780, 300],
    ]);
    expect(r?.series[1]?.points.map((p) => p[1])).toEqual([1000, 1000, null, null]);
    // -5, 'nan', {x:1}, Infinity = 4 bad; 3 untimed rows and 'junk'.
    expect(r).toMatchObject({ bad: 4, untimed: 3 });
    expect(r?.series[0]?.stepSeconds).toBe(60);
  });

  it('the same time twice (PVE 9: old and new RRD meet) keeps the later sample; unsorted rows are sorted', () => {
    const r = parseRrdRows([{ time: 1200, memused: 7 }, { time: 600, memused: 1 }, { time: 1200, memused: 9 }, { time: 1200 }], NODE, 'n', 'MAX', 'p');
    expect(r?.series[0]?.points).toEqual([
      [600, 1],
      [1200, 9],
    ]);
  });

  it('not an array → null; more than HISTORY_MAX_POINTS rows keeps the newest', () => {
    expect(parseRrdRows({ data: [] }, NODE, 'n', 'MAX', 'p')).toBeNull();
    const many = Array.from({ length: HISTORY_MAX_POINTS + 5 }, (_, i) => ({ time: i * 60, memused: i }));
    const r = parseRrdRows(many, NODE, 'n', 'MAX', 'p');
    expect(r?.trimmed).toBe(5);
    expect(r?.series[0]?.points[0]).toEqual([300, 5]);
  });
});

describe('rrdTargets and collectRrd', () => {
  const nodes = ['pve1', 'pve2', 'pve3'].map((name, i) => ({
    name,
    online: i < 2,
    sockets: null,
    cores: null,
    threads: null,
    cpuModel: null,
    ramTotalBytes: null,
    ramUsedBytes: null,
    ramAvailableBytes: null,
    version: null,
  }));
  const storages = [
    { id: 'ceph-vm', type: 'rbd', shared: true, nodes: ['pve3', 'pve2', 'pve1'], totalBytes: 1, usedBytes: 0 },
    { id: 'pve2/local', type: 'dir', shared: false, nodes: ['pve2'], totalBytes: 1, usedBytes: 0 },
    { id: 'pve3/local', type: 'dir', shared: false, nodes: ['pve3'], totalBytes: 1, usedBytes: 0 },
  ];

  it('online nodes; a shared storage once, through the first online node; an offline node’s storage not at all', () => {
    expect(rrdTargets(nodes, storages, { timeframe: 'year', cf: 'MAX' }).map((t) => t.path)).toEqual([
      '/nodes/pve1/rrddata?timeframe=year&cf=MAX',
      '/nodes/pve2/rrddata?timeframe=year&cf=MAX',
      '/nodes/pve1/storage/ceph-vm/rrddata?timeframe=year&cf=MAX',
      '/nodes/pve2/storage/local/rrddata?timeframe=year&cf=MAX',
    ]);
  });

  it('a failing endpoint is a warning naming it; a missing pvesh file is silent when asked', async () => {
    const w = new Warnings();
    const got: string[] = [];
    const series = await collectRrd(
      async (path) => {
        got.push(path);
        if (path.startsWith('/nodes/pve2/rrddata')) return { ok: false, status: 500, message: 'RRD error' };
        if (path.includes('/storage/local/')) return { ok: false, status: 404, message: 'no file', reason: { why: 'no-file', file: 'x' } };
        return { ok: true, data: path.includes('/storage/') ? storage : node };
      },
      nodes,
      storages,
      { timeframe: null, cf: 'MAX', missingIsSilent: true },
      w,
      2,
    );
    expect(series.map((s) => `${s.metric} ${s.subject}`)).toEqual(['node.memory.used pve1', 'node.memory.total pve1', 'storage.used ceph-vm', 'storage.total ceph-vm']);
    expect(w.list.map((x) => [x.code, x.source])).toEqual([['pve.rrddata-unreadable', '/nodes/pve2/rrddata']]);
    expect(w.list[0]?.message).toBe('RRD history of node pve2 could not be read (HTTP 500: RRD error): /nodes/pve2/rrddata; no history for it');
    expect(warningText(w.list[0] as NonNullable<(typeof w.list)[0]>, 'fr')).toBe(
      'l’historique RRD du nœud pve2 n’a pas pu être lu (HTTP 500 : « RRD error ») : /nodes/pve2/rrddata ; pas d’historique pour lui',
    );
  });
});

describe('snapshots appended to a history file', () => {
  const inv = fixtureJson('sandbox-inventory.json') as Inventory;

  it('Ceph: stored per pool and for the cluster (the pools’ sum), raw used and raw total', () => {
    const v = snapshotValues(inv, 'ceph');
    // sandbox-inventory.json (a real 16.2.15 capture, fixtures/README.md): pools' STORED 0 + 8454144 + 8421376,
    // osd df summary 951115776 used of 3 × 10 GiB.
    expect(v.map((x) => [x.metric, x.subject, x.value])).toEqual([
      ['ceph.stored', '', 16875520],
      ['ceph.stored', 'device_health_metrics', 0],
      ['ceph.stored', 'sandbox-ec', 8454144],
      ['ceph.stored', 'sandbox-rep', 8421376],
      ['ceph.raw.used', '', 951115776],
      ['ceph.raw.total', '', 3 * 10 * GiB],
    ]);
  });

  it('one point per series at the time; the same time replaces; points stay sorted; the text reads back', () => {
    const v = snapshotValues(inv, 'ceph');
    const a = appendSnapshot(null, v, 2000, 'ceph-dir:x');
    const b = appendSnapshot(a.file, v, 1000, 'ceph-dir:x');
    const c = appendSnapshot(b.file, v, 2000, 'ceph-dir:y');
    expect([a.appended, a.replaced, c.replaced]).toEqual([6, 0, 6]);
    expect(c.file.series[0]).toMatchObject({ metric: 'ceph.stored', subject: '', cf: 'SAMPLE', stepSeconds: null, source: 'ceph-dir:y' });
    expect(c.file.series[0]?.points).toEqual([
      [1000, 16875520],
      [2000, 16875520],
    ]);
    expect(historyFileSchema.safeParse(c.file).success).toBe(true);
    expect(parseHistoryFile(historyFileText(c.file), 'h.json')).toEqual(c.file);
  });

  it('rrddata series in the file are left alone; a series at HISTORY_MAX_POINTS loses its oldest', () => {
    const full = {
      metric: 'ceph.raw.used' as const,
      subject: '',
      cf: 'SAMPLE' as const,
      stepSeconds: null,
      source: 's',
      points: Array.from({ length: HISTORY_MAX_POINTS }, (_, i): [number, number] => [i, i]),
    };
    const rrd = { metric: 'node.memory.used' as const, subject: 'pve1', cf: 'MAX' as const, stepSeconds: 60, source: 'p', points: [[0, 1]] as [number, number][] };
    const r = appendSnapshot({ schema: 'capa.history', version: 1, series: [rrd, full] }, [{ metric: 'ceph.raw.used', subject: '', value: 7 }], HISTORY_MAX_POINTS, 's');
    expect(r.dropped).toBe(1);
    expect(r.file.series[0]).toEqual(rrd);
    expect(r.file.series[1]?.points.at(0)).toEqual([1, 1]);
    expect(r.file.series[1]?.points.at(-1)).toEqual([HISTORY_MAX_POINTS, 7]);
  });

  it('a foreign or corrupt file is refused, naming the field', () => {
    expect(() => parseHistoryFile(JSON.stringify(inv), 'inv.json')).toThrow(/inv\.json: not a Capa history file \(schema capa\.history v1\): schema/);
    expect(() => parseHistoryFile('{"schema":"capa.history","version":1,"series":[{"metric":"x"}]}', 'h.json')).toThrow(/series\.0\.metric/);
    expect(() => parseHistoryFile('{"schema":', 'h.json')).toThrow(/h\.json: not valid JSON/);
  });
});
