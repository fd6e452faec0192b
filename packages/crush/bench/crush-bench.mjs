// CRUSH benchmark: PG mappings per second of @capa/crush next to Ceph's own C code (osdmaptool
// --test-map-pgs) on the same map, in the same run. Both sides run the whole OSDMap pipeline per PG
// (pps, CRUSH rule, upmap, up set, primary). Prints figures; asserts nothing. Needs `pnpm build` first
// and Debian's ceph-base (crushtool, osdmaptool); without them it says so and prints our side only.
// Then runs failure-bench.mjs (every single-host failure of a 100-host, 65,536-PG cluster).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const crush = await import(new URL('../dist/index.js', import.meta.url).href);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const HOSTS = 20;
const PER_HOST = 8;
const PG_BITS = Number(process.env.CRUSH_BENCH_PG_BITS ?? 11); // 160 OSDs << 11 = 327,680 PGs
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A Proxmox-style map: straw2 hosts of mixed-size OSDs (weight = TiB), chooseleaf firstn over hosts. */
function mapText() {
  const lines = [
    'tunable choose_local_tries 0',
    'tunable choose_local_fallback_tries 0',
    'tunable choose_total_tries 50',
    'tunable chooseleaf_descend_once 1',
    'tunable chooseleaf_vary_r 1',
    'tunable chooseleaf_stable 1',
    'tunable straw_calc_version 1',
  ];
  for (let o = 0; o < HOSTS * PER_HOST; o++) lines.push(`device ${o} osd.${o} class hdd`);
  lines.push('type 0 osd', 'type 1 host', 'type 11 root');
  const root = [];
  for (let h = 0; h < HOSTS; h++) {
    lines.push(`host h${h} {`, `  id ${-2 - h}`, '  alg straw2', '  hash 0');
    let sum = 0;
    for (let i = 0; i < PER_HOST; i++) {
      const w = [3.63869, 7.27739, 14.55478][(h + i) % 3];
      sum += w;
      lines.push(`  item osd.${h * PER_HOST + i} weight ${w}`);
    }
    lines.push('}');
    root.push(`  item h${h} weight ${sum.toFixed(5)}`);
  }
  lines.push('root default {', '  id -1', '  alg straw2', '  hash 0', ...root, '}');
  lines.push('rule replicated_rule {', '  id 0', '  type replicated', '  min_size 1', '  max_size 10', '  step take default', '  step chooseleaf firstn 0 type host', '  step emit', '}');
  return lines.join('\n') + '\n';
}

const run = (cmd, args, cwd) => {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error}`);
  return { ms, stdout: r.stdout };
};

/** The host-failure bench (failure-bench.mjs), in a process of its own so its peak memory is its own. */
const failureBench = () => {
  const r = spawnSync(process.execPath, [new URL('./failure-bench.mjs', import.meta.url).pathname], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`failure-bench.mjs exited ${r.status}`);
};

const haveTools = ['crushtool', 'osdmaptool'].every((b) => spawnSync('sh', ['-c', `command -v ${b}`]).status === 0);
if (!haveTools) {
  console.log('crush: crushtool/osdmaptool not found (install Debian ceph-base); the Ceph side of the comparison is skipped');
  failureBench();
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'capa-crush-bench-'));
try {
  writeFileSync(join(dir, 'map.txt'), mapText());
  run('crushtool', ['-c', 'map.txt', '-o', 'map.bin'], dir);
  const n = HOSTS * PER_HOST;
  run('osdmaptool', ['--createsimple', String(n), '--pg-bits', String(PG_BITS), '--pgp-bits', String(PG_BITS), '--with-default-pool', 'om', '--clobber', '--osd_pool_default_size=3'], dir);
  run('osdmaptool', ['om', '--mark-up-in', '--import-crush', 'map.bin'], dir);
  run('osdmaptool', ['om', '--mark-out', '7', '--import-crush', 'map.bin'], dir);
  const osd = JSON.parse(run('osdmaptool', ['om', '--dump', 'json'], dir).stdout);
  const crushJson = JSON.parse(run('crushtool', ['-i', 'map.bin', '--dump'], dir).stdout);
  const placement = crush.loadPlacement(crushJson, osd);
  const pool = placement.pools.get(1);
  const pgs = pool.pgNum;

  // Ceph: the whole process, minus a run that only loads and prints the map (start-up and decode).
  const cephMs = median(Array.from({ length: RUNS }, () => run('osdmaptool', ['om', '--test-map-pgs', '--pool', '1'], dir).ms));
  const loadMs = median(Array.from({ length: RUNS }, () => run('osdmaptool', ['om', '--print'], dir).ms));
  const cephRate = pgs / ((cephMs - loadMs) / 1000);

  const out = new Int32Array(placement.maxSetSize);
  const mapAll = () => {
    let sum = 0;
    for (let ps = 0; ps < pgs; ps++) {
      placement.upInto(pool, ps, out);
      sum += placement.lastPrimary;
    }
    return sum;
  };
  mapAll(); // warm-up: JIT
  const oursMs = median(
    Array.from({ length: RUNS }, () => {
      const t0 = performance.now();
      mapAll();
      return performance.now() - t0;
    }),
  );
  const oursRate = pgs / (oursMs / 1000);
  const f = (x) => Math.round(x).toLocaleString('en-US');
  console.log(`crush: ${n} OSDs on ${HOSTS} hosts, ${f(pgs)} PGs, size 3, 1 OSD out (median of ${RUNS})`);
  console.log(`crush: @capa/crush ${f(oursRate)} PG mappings/s (${oursMs.toFixed(0)} ms)`);
  console.log(`crush: osdmaptool  ${f(cephRate)} PG mappings/s (${(cephMs - loadMs).toFixed(0)} ms mapping = ${cephMs.toFixed(0)} ms run - ${loadMs.toFixed(0)} ms load)`);
  console.log(`crush: ratio ${(oursRate / cephRate).toFixed(2)}x Ceph's C code (target >= 0.50x)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

failureBench();
