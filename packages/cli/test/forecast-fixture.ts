/**
 * A synthetic inventory with history (issue 13's contract, @capa/importer schema-history.ts), written for
 * the forecast tests: 4 nodes of 256 GiB, 50 guests of 8 GiB, Ceph with 4 hosts × 2 OSDs of 4 TiB and a
 * 3-replica pool, a PBS datastore of 100 TiB; a year of daily samples, each growing at a chosen slope.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GiB = 2 ** 30;
export const TiB = 2 ** 40;
const DAY = 86_400;
export const NOW = 1_764_460_800; // 2025-11-30T00:00:00Z

const line = (base: number, perDay: number, days = 364) => Array.from({ length: days + 1 }, (_, i) => [NOW - (days - i) * DAY, Math.round(base + perDay * (i - days))] as [number, number]);
const series = (metric: string, subject: string, points: [number, number][], source = 'synthetic') => ({ metric, subject, cf: 'MAX', stepSeconds: DAY, source, points });

export function forecastInventory(opts: { guestSlope?: number; storedSlope?: number; pbsSlope?: number; history?: boolean } = {}) {
  const nodes = ['pve1', 'pve2', 'pve3', 'pve4'].map((name) => ({
    name,
    online: true,
    sockets: 2,
    cores: 16,
    threads: 64,
    cpuModel: null,
    ramTotalBytes: 256 * GiB,
    ramUsedBytes: null,
    ramAvailableBytes: null,
    version: null,
  }));
  const guests = Array.from({ length: 50 }, (_, i) => ({
    id: `qemu/${100 + i}`,
    type: 'qemu',
    vmid: 100 + i,
    name: `vm${i}`,
    node: `pve${(i % 4) + 1}`,
    status: 'running',
    template: false,
    memoryBytes: 8 * GiB,
    balloonMinBytes: null,
    vcpus: 4,
    sockets: 1,
    cores: 4,
    disks: [],
    haState: 'started',
  }));
  const osds = Array.from({ length: 8 }, (_, i) => ({
    id: i,
    name: `osd.${i}`,
    host: `pve${(i % 4) + 1}`,
    deviceClass: 'ssd',
    sizeBytes: 4 * TiB,
    usedBytes: null,
    pgs: null,
    up: true,
    in: true,
    crushWeight: null,
    reweight: null,
  }));
  const pool = {
    id: 1,
    name: 'rbd',
    type: 'replicated',
    size: 3,
    minSize: 2,
    k: null,
    m: null,
    ecProfile: null,
    pgNum: 128,
    pgNumTarget: null,
    pgNumMin: null,
    pgNumMax: null,
    autoscaleMode: 'on',
    bulk: false,
    bias: null,
    targetSizeRatio: null,
    targetSizeBytes: null,
    crushRule: 0,
    crushRuleName: 'replicated_rule',
    crushRoot: 'default',
    failureDomain: 'host',
    deviceClass: null,
    storedBytes: 4 * TiB,
    usedBytes: 12 * TiB,
    maxAvailBytes: null,
    objects: null,
    applications: ['rbd'],
    autoscale: null,
  };
  const guestSlope = opts.guestSlope ?? 0.5 * GiB;
  const history = {
    series: [
      series('guests.memory.configured', '', line(400 * GiB, guestSlope)),
      series('ceph.stored', '', line(4 * TiB, opts.storedSlope ?? 0.01 * TiB)),
      series('storage.used', 'pbs1', line(50 * TiB, opts.pbsSlope ?? 0.1 * TiB)),
      series('storage.total', 'pbs1', line(100 * TiB, 0)),
    ],
  };
  return {
    schema: 'capa.inventory',
    version: 1,
    source: { kind: 'synthetic', origin: null, versions: {}, cluster: 'lab' },
    collectedAt: '2025-11-30T00:00:00Z',
    nodes,
    guests,
    storages: [{ id: 'pbs1', type: 'pbs', shared: true, nodes: ['pve1', 'pve2', 'pve3', 'pve4'], totalBytes: 100 * TiB, usedBytes: 50 * TiB }],
    ceph: { version: null, fsid: null, osds, pools: [pool], totalBytes: 32 * TiB, rawUsedBytes: 12 * TiB, availBytes: null, nearfullRatio: 0.85, backfillfullRatio: 0.9, fullRatio: 0.95 },
    bonds: [],
    warnings: [],
    ...(opts.history === false ? {} : { history }),
  };
}

/** Writes JSON into a fresh temporary directory; returns its path. */
export function writeTemp(name: string, data: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'capa-forecast-'));
  const file = join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}
