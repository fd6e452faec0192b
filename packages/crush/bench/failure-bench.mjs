// Host-failure benchmark: every single-host failure of a 100-host, 2,000-OSD (20 per host), 65,536-PG
// cluster (replicated size 3, straw2, chooseleaf firstn over hosts), each evaluated to the new up sets
// of the PGs it moves and the PG count of the fullest surviving OSD. Uses @capa/crush's
// hostFailureRemaps: only PGs whose CRUSH set touches the failed host are recomputed (see
// packages/crush/src/failure.ts and the property test in test/failure.test.ts). Two failures (or
// FAILURE_BENCH_CHECK_HOSTS) are checked against a full recomputation (outside the timing).
// Prints figures; asserts nothing.
// Needs `pnpm build` first; no Ceph tools needed (the map is generated as Ceph's JSON dumps).
import os from 'node:os';
import { performance } from 'node:perf_hooks';

const crush = await import(new URL('../dist/index.js', import.meta.url).href);
const HOSTS = Number(process.env.FAILURE_BENCH_HOSTS ?? 100);
const PER_HOST = Number(process.env.FAILURE_BENCH_OSDS_PER_HOST ?? 20);
const PG_NUM = Number(process.env.FAILURE_BENCH_PGS ?? 65536);
const SIZES_TIB = [3.63869, 7.27739, 14.55478];
const OSDS = HOSTS * PER_HOST;

/** A Proxmox-style crush dump: weight = TiB (16.16), straw2 everywhere, optimal tunables. */
function crushDump() {
  const devices = [];
  const buckets = [];
  const rootItems = [];
  for (let h = 0; h < HOSTS; h++) {
    const items = [];
    for (let i = 0; i < PER_HOST; i++) {
      const id = h * PER_HOST + i;
      devices.push({ id, name: `osd.${id}`, class: 'hdd' });
      items.push({ id, weight: Math.round(SIZES_TIB[(h + i) % 3] * 0x10000), pos: i });
    }
    buckets.push({ id: -2 - h, name: `pve${h + 1}`, type_id: 1, type_name: 'host', alg: 'straw2', hash: 'rjenkins1', items });
    rootItems.push({ id: -2 - h, weight: items.reduce((s, it) => s + it.weight, 0), pos: h });
  }
  buckets.unshift({ id: -1, name: 'default', type_id: 11, type_name: 'root', alg: 'straw2', hash: 'rjenkins1', items: rootItems });
  return {
    devices,
    types: [
      { type_id: 0, name: 'osd' },
      { type_id: 1, name: 'host' },
      { type_id: 11, name: 'root' },
    ],
    buckets,
    rules: [
      {
        rule_id: 0,
        rule_name: 'replicated_rule',
        ruleset: 0,
        type: 1,
        min_size: 1,
        max_size: 10,
        steps: [{ op: 'take', item: -1 }, { op: 'chooseleaf_firstn', num: 0, type: 'host' }, { op: 'emit' }],
      },
    ],
    tunables: { choose_local_tries: 0, choose_local_fallback_tries: 0, choose_total_tries: 50, chooseleaf_descend_once: 1, chooseleaf_vary_r: 1, chooseleaf_stable: 1, straw_calc_version: 1 },
  };
}

const osdDump = () => ({
  max_osd: OSDS,
  pools: [{ pool: 1, pool_name: 'vm', type: 1, size: 3, min_size: 2, crush_rule: 0, flags: 1, pg_num: PG_NUM, pg_placement_num: PG_NUM }],
  osds: Array.from({ length: OSDS }, (_, osd) => ({ osd, up: 1, in: 1, weight: 1, primary_affinity: 1 })),
});

const mib = (b) => `${(b / 1048576).toFixed(0)} MiB`;
const f = (x) => Math.round(x).toLocaleString('en-US');
let peakHeap = 0;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const placement = crush.loadPlacement(crushDump(), osdDump());
const tLoad = performance.now();
const cpuLoad = process.cpuUsage();
const index = crush.indexPool(placement, 1);
const tIndex = performance.now();
const cpuIndex = process.cpuUsage(cpuLoad);
sampleHeap();

// Per-OSD PG shard counts of the healthy cluster; each failure adjusts them for the PGs it moves.
const counts = new Int32Array(OSDS);
for (let i = 0; i < index.pgNum * index.width; i++) {
  const o = index.up[i];
  if (o >= 0 && o < OSDS && i % index.width < index.upLen[Math.floor(i / index.width)]) counts[o]++;
}
const healthyMax = Math.max(...counts);

let affectedTotal = 0;
let movedTotal = 0;
let worst = { host: '', fullest: 0, osd: -1 };
const hostNames = Array.from({ length: HOSTS }, (_, h) => `pve${h + 1}`);
const tFail0 = performance.now();
for (const host of hostNames) {
  const r = crush.hostFailureRemaps(placement, 1, host, index);
  affectedTotal += r.pgs.length;
  const delta = new Map();
  for (const pg of r.pgs) {
    if (!pg.changed) continue;
    movedTotal++;
    for (const o of pg.before) if (o !== null) delta.set(o, (delta.get(o) ?? 0) - 1);
    for (const o of pg.up) if (o !== null) delta.set(o, (delta.get(o) ?? 0) + 1);
  }
  const failed = new Set(r.osds);
  let fullest = 0;
  let fullestOsd = -1;
  for (let o = 0; o < OSDS; o++) {
    if (failed.has(o)) continue;
    const c = counts[o] + (delta.get(o) ?? 0);
    if (c > fullest) [fullest, fullestOsd] = [c, o];
  }
  if (fullest > worst.fullest) worst = { host, fullest, osd: fullestOsd };
  sampleHeap();
}
const tFail1 = performance.now();
const cpuUsed = process.cpuUsage(cpuLoad);
const cpuS = (cpuUsed.user + cpuUsed.system) / 1e6;

// Check two failures against a full recomputation of all 65,536 PGs (not part of the timing).
const out = new Int32Array(placement.maxSetSize);
const pool = placement.pools.get(1);
let checked = 0;
let mismatches = 0;
let fullMs = 0;
const CHECK = Math.min(HOSTS, Math.max(1, Number(process.env.FAILURE_BENCH_CHECK_HOSTS ?? 2)));
const checkHosts = Array.from({ length: CHECK }, (_, i) => hostNames[Math.round((i * (HOSTS - 1)) / Math.max(1, CHECK - 1))]);
for (const host of checkHosts) {
  const r = crush.hostFailureRemaps(placement, 1, host, index);
  const byPs = new Map(r.pgs.map((pg) => [pg.ps, pg]));
  for (const o of r.osds) {
    placement.weight[o] = 0;
    placement.isUp[o] = 0;
  }
  const tf = performance.now();
  const full = [];
  for (let ps = 0; ps < index.pgNum; ps++) full.push(Array.from(out.subarray(0, placement.upInto(pool, ps, out))).join(','));
  fullMs += performance.now() - tf;
  for (const o of r.osds) {
    placement.weight[o] = 0x10000;
    placement.isUp[o] = 1;
  }
  for (let ps = 0; ps < index.pgNum; ps++) {
    const pg = byPs.get(ps);
    const ours = pg ? pg.up.map((o) => o ?? 0x7fffffff).join(',') : Array.from(index.up.subarray(ps * index.width, ps * index.width + index.upLen[ps])).join(',');
    checked++;
    if (ours !== full[ps]) mismatches++;
  }
}

const usage = process.resourceUsage();
const total = tFail1 - tFail0 + (tIndex - tLoad);
console.log(`crush failures: ${HOSTS} hosts x ${PER_HOST} OSDs = ${f(OSDS)} OSDs, ${f(PG_NUM)} PGs, size 3, straw2, chooseleaf firstn host`);
console.log(
  `crush failures: every single-host failure in ${(total / 1000).toFixed(2)} s (target <= 5 s) = index ${(tIndex - tLoad).toFixed(0)} ms (one pass over all PGs) + ${HOSTS} failures ${(tFail1 - tFail0).toFixed(0)} ms (${((tFail1 - tFail0) / HOSTS).toFixed(1)} ms each); map load ${(tLoad - t0).toFixed(0)} ms`,
);
const cpuIndexS = (cpuIndex.user + cpuIndex.system) / 1e6;
console.log(
  `crush failures: CPU time of index + failures ${cpuS.toFixed(2)} s = ${cpuIndexS.toFixed(2)} s + ${(cpuS - cpuIndexS).toFixed(2)} s (user + system; wall time above exceeds it when the machine's cores are shared, load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`,
);
console.log(
  `crush failures: ${f(affectedTotal)} PGs touched a failed host and were recomputed (${f(affectedTotal / HOSTS)} per host, ${((affectedTotal / HOSTS / PG_NUM) * 100).toFixed(1)} % of PGs), ${f(movedTotal)} moved; a full recomputation of every failure would map ${f(HOSTS * PG_NUM)} PGs (${(((fullMs / CHECK) * HOSTS) / 1000).toFixed(1)} s at this run's rate)`,
);
console.log(`crush failures: fullest OSD ${healthyMax} PG shards healthy, ${worst.fullest} (osd.${worst.osd}) after the worst host failure (${worst.host})`);
console.log(`crush failures: check against a full recomputation of ${CHECK} failures (FAILURE_BENCH_CHECK_HOSTS): ${f(checked)} PGs, ${mismatches} mismatches`);
console.log(
  `crush failures: memory: peak RSS ${mib(usage.maxRSS * 1024)} (process.resourceUsage maxRSS; ${mib(rssBefore)} before the map), peak heap used ${mib(peakHeap)}, RSS now ${mib(process.memoryUsage().rss)}`,
);
