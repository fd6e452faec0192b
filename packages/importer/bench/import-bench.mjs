#!/usr/bin/env node
// Importer scale benchmark: prints, asserts nothing (targets: ≤ 1 s and ≤ 250 MB for 200 nodes,
// 10 000 guests, 2 000 OSDs; linear growth for 10× that).
// Each size runs in a fresh child process so that its peak RSS (resourceUsage().maxRSS) is its own.
// Measured: parse (JSON.parse + zod validation of the Inventory, as `capa analyze` reads a file) and
// analyze (@capa/core analyzeInventory: N − 1 memory, placement, CPU, Ceph, PGs, headroom).
// Needs the built packages: `pnpm -r run build` (or `pnpm build`) first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const GiB = 2 ** 30;
const TB = 1e12;

/** A synthetic inventory: nodes of 512–1024 GiB / 64–128 threads, guests of 2–32 GiB, OSDs spread over the nodes. */
export function synthetic(nodes, guests, osds, osdBytes = Math.round(7.68 * TB)) {
  const inv = {
    schema: 'capa.inventory',
    version: 1,
    source: { kind: 'synthetic', origin: null, versions: {}, cluster: 'bench' },
    collectedAt: '2026-11-23T00:00:00.000Z',
    nodes: [],
    guests: [],
    storages: [],
    bonds: [],
    warnings: [],
    ceph: { version: '18.2.4 reef', fsid: null, osds: [], pools: [], totalBytes: null, rawUsedBytes: 0, availBytes: null, nearfullRatio: 0.85, backfillfullRatio: 0.9, fullRatio: 0.95 },
  };
  for (let i = 0; i < nodes; i++) {
    const threads = 64 * (1 + (i % 2));
    inv.nodes.push({
      name: `pve${i}`,
      online: true,
      sockets: 2,
      cores: threads / 2,
      threads,
      cpuModel: 'bench',
      ramTotalBytes: (512 + 256 * (i % 3)) * GiB,
      ramUsedBytes: null,
      ramAvailableBytes: null,
      version: 'pve-manager/9.1.2/bench',
    });
  }
  for (let i = 0; i < guests; i++) {
    const mem = (2 + (i % 16) * 2) * GiB;
    inv.guests.push({
      id: `qemu/${1000 + i}`,
      type: 'qemu',
      vmid: 1000 + i,
      name: `vm${i}`,
      node: `pve${i % nodes}`,
      status: i % 10 === 0 ? 'stopped' : 'running',
      template: i % 97 === 0,
      memoryBytes: mem,
      balloonMinBytes: i % 3 === 0 ? mem / 2 : null,
      vcpus: 1 + (i % 8),
      sockets: 1,
      cores: 1 + (i % 8),
      disks: [{ slot: 'scsi0', storage: 'ceph', sizeBytes: 32 * GiB, unused: false }],
      haState: i % 5 === 0 ? null : 'started',
    });
  }
  let used = 0;
  for (let i = 0; i < osds; i++) {
    const size = osdBytes;
    const u = Math.round(size * 0.3);
    used += u;
    inv.ceph.osds.push({ id: i, name: `osd.${i}`, host: `pve${i % nodes}`, deviceClass: 'nvme', sizeBytes: size, usedBytes: u, pgs: 100, up: true, in: true, crushWeight: 6.98, reweight: 1 });
  }
  inv.ceph.rawUsedBytes = used;
  const pool = (id, name, type, size, k, m, stored, pgNum) => ({
    id,
    name,
    type,
    size,
    minSize: 2,
    k,
    m,
    ecProfile: k ? 'ec' : null,
    pgNum,
    pgNumTarget: pgNum,
    pgNumMin: null,
    pgNumMax: null,
    autoscaleMode: 'on',
    bulk: false,
    bias: null,
    targetSizeRatio: null,
    targetSizeBytes: null,
    crushRule: 0,
    crushRuleName: 'r',
    crushRoot: 'default',
    failureDomain: 'host',
    deviceClass: null,
    storedBytes: stored,
    usedBytes: null,
    maxAvailBytes: null,
    objects: null,
    applications: ['rbd'],
    autoscale: null,
  });
  inv.ceph.pools.push(
    pool(1, '.mgr', 'replicated', 3, null, null, 1e6, 1),
    pool(2, 'rbd', 'replicated', 3, null, null, Math.round(used * 0.25), 4096),
    pool(3, 'ec', 'erasure', 6, 4, 2, Math.round(used * 0.1), 2048),
  );
  return inv;
}

async function child(scale) {
  const [{ readInventory }, { analyzeInventory }] = await Promise.all([import('@capa/importer'), import('@capa/core')]);
  // Byte totals must stay below 2^53 (exact integers): the 10× cluster gets 10× smaller OSDs.
  const text = JSON.stringify(synthetic(200 * scale, 10_000 * scale, 2_000 * scale, Math.round((7.68 * TB) / scale)));
  const t0 = performance.now();
  const inv = readInventory(text, 'bench');
  const t1 = performance.now();
  const r = analyzeInventory({ inventory: inv });
  const t2 = performance.now();
  if (!r.ok) throw new Error(JSON.stringify(r.issues).slice(0, 500));
  process.stdout.write(
    JSON.stringify({
      scale,
      bytes: text.length,
      parseMs: t1 - t0,
      analyzeMs: t2 - t1,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      worst: r.value.memory.worstCaseUtilization,
      headroom: r.value.headroomGuests,
    }),
  );
}

if (process.argv[2] === '--child') {
  await child(Number(process.argv[3]));
} else {
  const self = fileURLToPath(import.meta.url);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const measure = (scale) => {
    const out = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, [self, '--child', String(scale)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(r.stderr);
      out.push(JSON.parse(r.stdout));
    }
    out.sort((a, b) => a.parseMs + a.analyzeMs - (b.parseMs + b.analyzeMs));
    return out[Math.floor(out.length / 2)];
  };
  const a = measure(1);
  const b = measure(10);
  const line = (r) =>
    `${200 * r.scale} nodes, ${10_000 * r.scale} guests, ${2_000 * r.scale} OSDs (${(r.bytes / 1e6).toFixed(1)} MB JSON): parse ${r.parseMs.toFixed(0)} ms + analyze ${r.analyzeMs.toFixed(0)} ms = ${(r.parseMs + r.analyzeMs).toFixed(0)} ms, peak RSS ${r.maxRssMB.toFixed(0)} MB`;
  console.log(`importer: ${line(a)} (targets ≤ 1000 ms, ≤ 250 MB; median of ${runs})`);
  console.log(`importer: ${line(b)}`);
  console.log(`importer: 10× ratio: time ${((b.parseMs + b.analyzeMs) / (a.parseMs + a.analyzeMs)).toFixed(1)}× (linear = 10×), peak RSS ${(b.maxRssMB / a.maxRssMB).toFixed(1)}×`);
}
