// The oracle: ≥ 200 seeded random maps through Ceph's own crushtool and osdmaptool (Debian ceph-base
// 16.2.15); every PG's up set and primary, and every raw CRUSH mapping of crushtool --test, must equal
// ours. Missing tools fail the suite with the reason (never a silent skip).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseArgsFor, compileCrushMap, CrushMapper, ITEM_NONE, loadPlacement, parseCrushDump } from '../src/index.js';
import { caseScript, generateCase, type MapCase } from './oracle/gen.js';
import { mulberry32 } from './oracle/rng.js';
import { inParallel, requireCephTools, runBash } from './oracle/tools.js';

const MAPS = Number(process.env['CRUSH_ORACLE_MAPS'] ?? 220);
const BATCH = 10;

let root = '';
let cases: MapCase[] = [];

beforeAll(async () => {
  requireCephTools();
  root = mkdtempSync(join(tmpdir(), 'capa-crush-oracle-'));
  const rng = mulberry32(0x5eed_c2a5);
  cases = Array.from({ length: MAPS }, (_, i) => generateCase(rng, i));
  for (const c of cases) {
    const dir = join(root, `m${c.index}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'map.txt'), c.text);
  }
  // Batches of maps per bash process, two at a time: the tools start fast but the machine is shared.
  const jobs: (() => Promise<string>)[] = [];
  for (let i = 0; i < cases.length; i += BATCH) {
    const script = cases
      .slice(i, i + BATCH)
      .map((c) => `cd m${c.index}\n${caseScript(c)}\ncd ..`)
      .join('\n');
    jobs.push(() => runBash(script, root));
  }
  await inParallel(jobs, 2);
}, 900_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

const read = (c: MapCase, f: string): string => readFileSync(join(root, `m${c.index}`, f), 'utf8');

describe('oracle: osdmaptool --test-map-pgs-dump', () => {
  it('gives every PG the up set and primary Ceph gives it', () => {
    let pgs = 0;
    let withUpmap = 0;
    const mismatches: string[] = [];
    for (const c of cases) {
      const placement = loadPlacement(JSON.parse(read(c, 'crush.json')), JSON.parse(read(c, 'osd.json')));
      const lines = read(c, 'pgs.txt')
        .split('\n')
        .filter((l) => /^\d+\.[0-9a-f]+\t/.test(l));
      expect(lines.length, c.summary).toBe(placement.pools.get(1)!.pgNum);
      if (read(c, 'osd.json').includes('"from"')) withUpmap++;
      for (const line of lines) {
        const [pgid, set, primary] = line.split('\t') as [string, string, string];
        const got = placement.mapPg(1, parseInt(pgid.split('.')[1]!, 16));
        const ours = `[${got.up.map((o) => o ?? ITEM_NONE).join(',')}]`;
        pgs++;
        if (ours !== set || String(got.primary) !== primary || got.pgid !== pgid) mismatches.push(`${c.summary}: ${pgid} ceph ${set} p${primary}, ours ${ours} p${got.primary}`);
      }
    }
    let balancerFailures = '';
    try {
      balancerFailures = readFileSync(join(root, 'balancer-failures.txt'), 'utf8').trim();
    } catch {
      // none failed
    }
    if (balancerFailures) console.log(`oracle: Ceph's upmap balancer aborted on some maps, left without upmaps:\n${balancerFailures}`);
    console.log(`oracle osdmaptool: ${cases.length} maps, ${pgs} PGs compared, ${withUpmap} maps with pg_upmap_items, ${mismatches.length} mismatches`);
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(200);
  }, 600_000);
});

describe('oracle: crushtool --test --show-mappings', () => {
  // crushtool maps x directly through a rule with its own weight vector (reweights from --weight) and
  // the choose_args set 0: this checks crush_do_rule alone, partial reweights (is_out's hash draw) included.
  const check = (file: string, rule: number, numRep: (c: MapCase) => number): void => {
    let mappings = 0;
    const mismatches: string[] = [];
    for (const c of cases) {
      const map = compileCrushMap(parseCrushDump(JSON.parse(read(c, 'crush.json'))));
      const weight = new Uint32Array(map.maxDevices).fill(0x10000);
      for (const [d, w] of c.testWeights) weight[d] = Math.floor(w * 0x10000);
      const mapper = new CrushMapper(map);
      const n = numRep(c);
      const out = new Int32Array(n);
      for (const line of read(c, file).split('\n')) {
        const m = /^CRUSH rule (\d+) x (\d+) \[([^\]]*)\]$/.exec(line);
        if (!m) continue;
        const x = Number(m[2]);
        const len = mapper.doRule(rule, x, out, n, weight, weight.length, chooseArgsFor(map, 0));
        const ours = Array.from(out.subarray(0, len)).join(',');
        mappings++;
        if (ours !== m[3]) mismatches.push(`${c.summary}: rule ${rule} x ${x} ceph [${m[3]}] ours [${ours}]`);
      }
    }
    console.log(`oracle crushtool ${file}: ${cases.length} maps, ${mappings} mappings compared, ${mismatches.length} mismatches`);
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(mappings).toBeGreaterThanOrEqual(cases.length * 512);
  };

  it('maps EC indep rules as Ceph does, holes included', () => check('ec.txt', 1, (c) => c.ecNumRep), 600_000);
  it('maps the replicated rules as Ceph does, with partial reweights', () => check('rep.txt', 0, (c) => c.size), 600_000);
});
