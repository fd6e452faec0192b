// Random CRUSH maps in Ceph's text syntax, with the osdmaptool/crushtool steps that turn each into
// the oracle's inputs and expected mappings. Seeded: every run checks the same maps.
import { chance, int, pick, type Rng } from './rng.js';

export interface MapCase {
  readonly index: number;
  readonly text: string;
  /** Needs crushtool --enable-unsafe-tunables (legacy tunables). */
  readonly unsafe: boolean;
  /** osdmaptool --createsimple count: may exceed the devices (OSDs outside CRUSH). */
  readonly maxOsd: number;
  readonly pgBits: number;
  readonly pgpBits: number;
  readonly size: number;
  readonly hashpspool: boolean;
  readonly outs: readonly number[];
  readonly upmap: boolean;
  readonly outsAfterUpmap: readonly number[];
  /** crushtool --test runs: reweights (0..1) and the EC width. */
  readonly testWeights: readonly (readonly [number, number])[];
  readonly ecNumRep: number;
  readonly summary: string;
}

const TUNABLES: readonly (readonly [string, readonly number[], boolean])[] = [
  ['optimal', [0, 0, 50, 1, 1, 1], false],
  ['optimal', [0, 0, 50, 1, 1, 1], false],
  ['optimal', [0, 0, 50, 1, 1, 1], false],
  ['hammer', [0, 0, 50, 1, 1, 0], false],
  ['bobtail', [0, 0, 50, 1, 0, 0], false],
  ['argonaut', [2, 5, 19, 0, 0, 0], true],
];
const TUNABLE_NAMES = ['choose_local_tries', 'choose_local_fallback_tries', 'choose_total_tries', 'chooseleaf_descend_once', 'chooseleaf_vary_r', 'chooseleaf_stable'];

const fmtW = (w: number): string => w.toFixed(5);

export function generateCase(rng: Rng, index: number): MapCase {
  const nHosts = int(rng, 3, 24);
  const racks = chance(rng, 0.3) ? int(rng, 2, Math.min(4, nHosts)) : 0;
  const classes = chance(rng, 0.3);
  // Ceph builds device-class shadow trees for straw2 maps only (classes came with Luminous).
  const legacyAlgs = !classes && chance(rng, 0.15);
  let tun = pick(rng, TUNABLES);
  if (chance(rng, 0.05)) tun = ['odd', [int(rng, 0, 3), int(rng, 0, 5), int(rng, 10, 100), int(rng, 0, 1), int(rng, 0, 1), int(rng, 0, 1)], true];
  const lines: string[] = [];
  tun[1].forEach((v, i) => lines.push(`tunable ${TUNABLE_NAMES[i]} ${v}`));
  // Legacy straw lengths depend on straw_calc_version (0 = the original, buggy computation).
  lines.push(`tunable straw_calc_version ${legacyAlgs ? int(rng, 0, 1) : 1}`);
  // Hosts and their OSDs.
  const hosts: { name: string; id: number; osds: number[]; weights: number[]; alg: string; cls: string }[] = [];
  let nextOsd = 0;
  for (let h = 0; h < nHosts; h++) {
    const n = int(rng, 1, 12);
    const alg = legacyAlgs ? pick(rng, ['straw2', 'uniform', 'list', 'tree', 'straw', 'straw']) : 'straw2';
    const base = 0.5 + rng() * 15.5;
    const osds: number[] = [];
    const weights: number[] = [];
    for (let i = 0; i < n; i++) {
      osds.push(nextOsd++);
      // Uniform buckets need equal weights; some OSDs get crush weight 0 (drained).
      weights.push(alg === 'uniform' ? base : chance(rng, 0.03) ? 0 : 0.5 + rng() * 15.5);
    }
    hosts.push({ name: `host${h}`, id: -(h + 2 + racks), osds, weights, alg, cls: classes ? (h % 2 === 0 ? 'ssd' : 'hdd') : '' });
  }
  if (classes && nHosts > 2 && chance(rng, 0.5)) hosts[2]!.cls = 'ssd';
  for (const h of hosts) for (const o of h.osds) lines.push(`device ${o} osd.${o}${h.cls ? ` class ${h.cls}` : ''}`);
  lines.push('type 0 osd', 'type 1 host', 'type 3 rack', 'type 11 root');
  const hostWeight = (h: (typeof hosts)[number]): number => h.weights.reduce((a, b) => a + Number(fmtW(b)), 0);
  for (const h of hosts) {
    lines.push(`host ${h.name} {`, `  id ${h.id}`, `  alg ${h.alg}`, '  hash 0');
    h.osds.forEach((o, i) => lines.push(`  item osd.${o} weight ${fmtW(h.weights[i]!)}`));
    lines.push('}');
  }
  const upperAlg = (): string => (legacyAlgs ? pick(rng, ['straw2', 'list', 'tree', 'straw', 'straw']) : 'straw2');
  const rootItems: string[] = [];
  const straw2Buckets: { id: number; size: number }[] = hosts.filter((h) => h.alg === 'straw2').map((h) => ({ id: h.id, size: h.osds.length }));
  if (racks) {
    for (let r = 0; r < racks; r++) {
      const members = hosts.filter((_, i) => i % racks === r);
      const alg = upperAlg();
      lines.push(`rack rack${r} {`, `  id ${-(r + 2)}`, `  alg ${alg}`, '  hash 0');
      for (const h of members) lines.push(`  item ${h.name} weight ${fmtW(hostWeight(h))}`);
      lines.push('}');
      rootItems.push(`  item rack${r} weight ${fmtW(members.reduce((a, h) => a + hostWeight(h), 0))}`);
      if (alg === 'straw2') straw2Buckets.push({ id: -(r + 2), size: members.length });
    }
  } else {
    for (const h of hosts) rootItems.push(`  item ${h.name} weight ${fmtW(hostWeight(h))}`);
  }
  const rootAlg = upperAlg();
  lines.push('root default {', '  id -1', `  alg ${rootAlg}`, '  hash 0', ...rootItems, '}');
  if (rootAlg === 'straw2') straw2Buckets.push({ id: -1, size: racks || nHosts });
  // Rule 0: the pool's (replicated) rule; rule 1: an EC-style indep rule for crushtool --test.
  const cls = classes ? ` class ${pick(rng, ['ssd', 'hdd'])}` : '';
  const domain = racks && chance(rng, 0.5) ? 'rack' : 'host';
  const kinds = ['leaf', 'leaf', 'leaf', 'osd', 'two-per-host', 'indep'];
  if (racks) kinds.push('rack-host');
  if (classes) kinds.push('hybrid');
  const kind = pick(rng, kinds);
  let size = pick(rng, [2, 3, 3, 3, 4, 5]);
  const sets: string[] = [];
  if (chance(rng, 0.25)) sets.push(`  step set_choose_tries ${int(rng, 1, 100)}`);
  if (chance(rng, 0.2)) sets.push(`  step set_chooseleaf_tries ${int(rng, 1, 10)}`);
  if (chance(rng, 0.15)) sets.push(`  step set_chooseleaf_vary_r ${int(rng, 0, 2)}`);
  if (chance(rng, 0.15)) sets.push(`  step set_chooseleaf_stable ${int(rng, 0, 1)}`);
  if (chance(rng, 0.1)) sets.push(`  step set_choose_local_tries ${int(rng, 0, 3)}`);
  if (chance(rng, 0.1)) sets.push(`  step set_choose_local_fallback_tries ${int(rng, 0, 5)}`);
  const body: string[] = [];
  if (kind === 'leaf') body.push(`  step take default${cls}`, `  step chooseleaf firstn 0 type ${domain}`, '  step emit');
  else if (kind === 'osd') body.push(`  step take default${cls}`, '  step choose firstn 0 type osd', '  step emit');
  else if (kind === 'two-per-host') {
    size = 4;
    body.push(`  step take default${cls}`, '  step choose firstn 2 type host', '  step chooseleaf firstn 2 type osd', '  step emit');
  } else if (kind === 'indep') body.push(`  step take default${cls}`, `  step chooseleaf indep 0 type ${domain}`, '  step emit');
  else if (kind === 'rack-host') body.push('  step take default', '  step choose firstn 0 type rack', '  step chooseleaf firstn 1 type host', '  step emit');
  else body.push('  step take default class ssd', '  step chooseleaf firstn 1 type host', '  step emit', '  step take default class hdd', '  step chooseleaf firstn -1 type host', '  step emit');
  lines.push('rule pool_rule {', '  id 0', '  type replicated', '  min_size 1', '  max_size 10', ...sets, ...body, '}');
  const ecInner = chance(rng, 0.2) ? ['  step choose indep 0 type host', '  step chooseleaf indep 1 type osd'] : [`  step chooseleaf indep 0 type ${domain}`];
  lines.push(
    'rule ec_rule {',
    '  id 1',
    '  type erasure',
    '  min_size 1',
    '  max_size 20',
    '  step set_chooseleaf_tries 5',
    '  step set_choose_tries 100',
    `  step take default${cls}`,
    ...ecInner,
    '  step emit',
    '}',
  );
  // choose_args (only without device classes, whose shadow trees would need their own sets): index 1 is
  // pool 1's set (osdmaptool), index 0 the one crushtool --test uses.
  if (!classes && straw2Buckets.length > 0 && chance(rng, 0.25)) {
    for (const idx of [0, 1]) {
      lines.push(`choose_args ${idx} {`);
      for (const b of straw2Buckets) {
        if (!chance(rng, 0.6)) continue;
        const positions = int(rng, 1, 3);
        lines.push('  {', `    bucket_id ${b.id}`, '    weight_set [');
        for (let p = 0; p < positions; p++) lines.push(`      [ ${Array.from({ length: b.size }, () => (chance(rng, 0.05) ? '0' : (rng() * 10).toFixed(3))).join(' ')} ]`);
        lines.push('    ]');
        if (chance(rng, 0.3)) lines.push(`    ids [ ${Array.from({ length: b.size }, () => int(rng, -1000, 1000)).join(' ')} ]`);
        lines.push('  }');
      }
      lines.push('}');
    }
  }
  const nOsd = nextOsd;
  // osdmaptool refuses a crush map with devices beyond max_osd, but extra OSDs outside CRUSH are fine.
  const maxOsd = chance(rng, 0.15) ? nOsd + int(rng, 1, 2) : nOsd;
  let pgBits = int(rng, 1, 5);
  while (pgBits > 0 && maxOsd << pgBits > 4096) pgBits--;
  const pgpBits = chance(rng, 0.3) ? pgBits : int(rng, 0, pgBits);
  const outs = new Set<number>();
  // Each out is one osdmaptool call (see caseScript): a few single OSDs, and in some maps a whole host.
  const pOut = pick(rng, [0, 0, 0.04, 0.1]);
  for (let o = 0; o < Math.min(nOsd, maxOsd) && outs.size < 6; o++) if (chance(rng, pOut)) outs.add(o);
  if (chance(rng, 0.25)) for (const o of pick(rng, hosts).osds) if (o < maxOsd) outs.add(o);
  // Ceph's upmap balancer aborts on a replicated pool whose rule is indep, and on some maps with legacy
  // tunables: only the other maps get it (and a balancer abort is tolerated, see caseScript).
  const upmap = kind !== 'indep' && !tun[2] && chance(rng, 0.35);
  const outsAfterUpmap = upmap ? Array.from({ length: int(rng, 0, 4) }, () => int(rng, 0, Math.min(nOsd, maxOsd) - 1)) : [];
  const testWeights: [number, number][] = [];
  for (let k = int(rng, 0, 6); k > 0; k--) testWeights.push([int(rng, 0, nOsd - 1), pick(rng, [0, 0.25, 0.5, 0.75, 0.125])]);
  const summary = `#${index}: ${nHosts} hosts, ${nOsd} OSDs, ${racks} racks, classes ${classes}, ${tun[0]} tunables, rule ${kind}, size ${size}, ${outs.size} out${upmap ? ', upmap' : ''}`;
  return {
    index,
    text: lines.join('\n') + '\n',
    unsafe: tun[2],
    maxOsd,
    pgBits,
    pgpBits,
    size,
    hashpspool: !chance(rng, 0.1),
    outs: [...outs],
    upmap,
    outsAfterUpmap,
    testWeights,
    ecNumRep: int(rng, 3, 8),
    summary,
  };
}

/** The shell steps for one case, run in its own directory (see the traps in the osdmaptool notes). */
export function caseScript(c: MapCase): string {
  const q = '>/dev/null 2>&1';
  const s: string[] = [];
  /** Lines that may fail without failing the case. */
  const tolerated = new Set<string>();
  s.push(`crushtool -c map.txt -o map.bin${c.unsafe ? ' --enable-unsafe-tunables' : ''}`);
  // --mark-up-in and --mark-out only persist when the map is written back: --createsimple and
  // --import-crush do that.
  s.push(
    `osdmaptool --createsimple ${c.maxOsd} --pg-bits ${c.pgBits} --pgp-bits ${c.pgpBits} --with-default-pool om --clobber --osd_pool_default_size=${c.size}${c.hashpspool ? '' : ' --osd_pool_default_flag_hashpspool=false'} --mark-up-in --import-crush map.bin ${q}`,
  );
  // A repeated --mark-out keeps only its last value: one call per OSD.
  for (const o of c.outs) s.push(`osdmaptool om --mark-out ${o} --import-crush map.bin ${q}`);
  if (c.upmap) {
    // A crash report, if any, stays in the case's directory (not /var/lib/ceph/crash).
    const balancer = `osdmaptool om --upmap upmap.txt --upmap-deviation 1 --upmap-max 40 --save --crash_dir="$PWD/crash" ${q}`;
    tolerated.add(balancer);
    s.push(balancer);
    for (const o of c.outsAfterUpmap) s.push(`osdmaptool om --mark-out ${o} --import-crush map.bin ${q}`);
  }
  // The crush map osdmaptool really holds, exported with the dump (minus the tool's first status line).
  s.push("osdmaptool om --export-crush cur.bin --dump json 2>/dev/null | grep -v '^osdmaptool:' > osd.json");
  s.push('crushtool -i cur.bin --dump > crush.json');
  s.push('osdmaptool om --test-map-pgs-dump --pool 1 > pgs.txt 2>/dev/null');
  const w = c.testWeights.map(([d, v]) => ` --weight ${d} ${v}`).join('');
  s.push(`crushtool -i cur.bin --test --rule 1 --num-rep ${c.ecNumRep} --show-mappings --min-x 0 --max-x 511${w} > ec.txt`);
  s.push(`crushtool -i cur.bin --test --rule 0 --num-rep ${c.size} --show-mappings --min-x 0 --max-x 511${w} > rep.txt`);
  // Every step must succeed: a failed step would leave files from an earlier state behind.
  // The balancer may abort on a map (an assertion in Ceph): the map then stays without upmaps, noted.
  return s
    .map((line) =>
      tolerated.has(line)
        ? `${line} || echo "map ${c.index}: the upmap balancer failed" >> ../balancer-failures.txt`
        : `${line} || { echo "map ${c.index} failed at: ${line.replace(/["$`\\]/g, '')}" >&2; exit 1; }`,
    )
    .join('\n');
}
