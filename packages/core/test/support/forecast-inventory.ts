/**
 * A synthetic inventory with history for the forecast tests: 4 nodes of 256 GiB, guests of 8 GiB, and a
 * year of 6-hourly samples of configured guest RAM, node memory in use, Ceph stored and a PBS datastore,
 * growing linearly (the slopes are chosen, so the crossings are known).
 */
const GiB = 2 ** 30;
const TiB = 2 ** 40;
const DAY = 86_400;
export const NOW = 1_764_460_800; // 2025-11-30T00:00:00Z
export const COLLECTED_AT = '2025-11-30T00:00:00Z';

/** 6-hourly points over `days` before NOW: base + slope·(t − NOW), plus a daily ripple of `ripple`. */
export function series(base: number, slopePerDay: number, days = 364, ripple = 0): [number, number | null][] {
  const out: [number, number | null][] = [];
  for (let t = NOW - days * DAY; t <= NOW; t += 6 * 3600) out.push([t, base + (slopePerDay * (t - NOW)) / DAY + ripple * Math.sin((2 * Math.PI * t) / DAY)]);
  return out;
}

export function inventory(guestCount = 40) {
  return {
    schema: 'capa.inventory',
    collectedAt: COLLECTED_AT,
    nodes: ['pve1', 'pve2', 'pve3', 'pve4'].map((name) => ({ name, online: true, threads: 64, ramTotalBytes: 256 * GiB })),
    guests: Array.from({ length: guestCount }, (_, i) => ({
      id: String(100 + i),
      name: `vm${i}`,
      node: `pve${(i % 4) + 1}`,
      status: 'running',
      template: false,
      memoryBytes: 8 * GiB,
      vcpus: 4,
      haState: 'started',
    })),
    storages: [{ id: 'pbs1', type: 'pbs', shared: true, nodes: [], totalBytes: 100 * TiB, usedBytes: 50 * TiB }],
    ceph: null,
  };
}

export { DAY, GiB, TiB };
