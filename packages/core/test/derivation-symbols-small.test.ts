/**
 * Issue 12 item 6 for the small calculators: capa quorum, capa bluestore and capa pg define every
 * letter of their formulas, in English and French, with where its number comes from. A property over
 * the inputs (fixed seed) checks symbolProblems; the `from` assertions pin the origins.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLUESTORE_RULES, bluestore, placementGroups, quorum, type Step, symbolProblems } from '../src/index.js';
import { value, stepOf, originAt as fromOf } from './support/steps.js';

const SEED = 20261201;
const langs = fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>;

/** Sound, and every step defines at least one letter (a step left without symbols is not covered). */
function expectDefined(steps: readonly Step[]): void {
  expect(steps.length).toBeGreaterThan(0);
  expect(symbolProblems(steps)).toEqual([]);
  for (const s of steps) expect(s.symbols?.length ?? 0, s.id).toBeGreaterThan(0);
}

describe('capa quorum defines its symbols', () => {
  it('any node count, with or without a QDevice and monitors, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.boolean(), fc.option(fc.integer({ min: 1, max: 70 }), { nil: undefined }), fc.boolean(), langs, (nodes, qdevice, mons, sharedStorage, lang) => {
        const r = value(quorum({ nodes, qdevice, sharedStorage, lang, ...(mons === undefined ? {} : { mons }) }));
        expectDefined(r.derivation);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('N and M are the inputs, Q the QDevice flag, V the votes step', () => {
    const steps = value(quorum({ nodes: 3, qdevice: true, mons: 3 })).derivation;
    // pvecm.adoc (proxmox/pve-docs): on an odd node count the QDevice's lms algorithm gives it N − 1 votes.
    expect(stepOf(steps, 'quorum.votes').vars).toEqual({ N: 3, Q: 2 });
    expect(fromOf(steps, 'quorum.votes', 'N')).toEqual({ kind: 'input', input: 'nodes' });
    expect(fromOf(steps, 'quorum.votes', 'Q')).toEqual({ kind: 'input', input: 'qdevice' });
    expect(fromOf(steps, 'quorum.quorum', 'V')).toEqual({ kind: 'step', step: 'quorum.votes' });
    expect(fromOf(steps, 'quorum.tolerated', 'V')).toEqual({ kind: 'step', step: 'quorum.votes' });
    expect(fromOf(steps, 'quorum.mons', 'M')).toEqual({ kind: 'input', input: 'mons' });
  });

  it('French meanings', () => {
    const steps = value(quorum({ nodes: 4, lang: 'fr' })).derivation;
    expect(stepOf(steps, 'quorum.votes').symbols?.find((d) => d.symbol === 'N')?.meaning).toBe('nœuds du cluster, un vote corosync chacun');
  });
});

describe('capa bluestore defines its symbols', () => {
  const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  it('every rule, with or without a shared DB device, endurance or DWPD and a write rate, in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 30_000 }),
        fc.constantFrom(...BLUESTORE_RULES),
        fc.boolean(),
        opt(fc.integer({ min: 1, max: 12 })),
        opt(fc.integer({ min: 100, max: 8000 })),
        opt(fc.integer({ min: 100, max: 20_000 })),
        opt(fc.integer({ min: 1, max: 10 })),
        opt(fc.integer({ min: 1, max: 500 })),
        langs,
        (osdGB, rule, wal, osdsPerDbDevice, dbGB, tbw, dwpd, writeMBs, lang) => {
          const r = value(
            bluestore({
              osdSizeBytes: osdGB * 1e9,
              rule,
              walDevice: wal && rule === 'proxmox',
              lang,
              ...(osdsPerDbDevice === undefined ? {} : { osdsPerDbDevice }),
              ...(dbGB === undefined ? {} : { dbDeviceBytes: dbGB * 1e9 }),
              ...(tbw === undefined ? {} : { enduranceBytes: tbw * 1e12 }),
              ...(dwpd === undefined ? {} : { dwpd }),
              ...(writeMBs === undefined ? {} : { dbWriteBps: writeMBs * 8e6 }),
            }),
          );
          expectDefined(r.derivation);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('the shared DB device takes D and W from the DB and WAL steps; the life E from the TBW step or the input', () => {
    const course = value(bluestore({ osdSizeBytes: 16e12, osdsPerDbDevice: 4, dbDeviceBytes: 1.6e12, dwpd: 3, dbWriteBps: 320e6 })).derivation;
    expect(stepOf(course, 'bluestore.shared').expr).toBe('n * (D + W)');
    expect(fromOf(course, 'bluestore.shared', 'D')).toEqual({ kind: 'step', step: 'bluestore.db-min' });
    expect(fromOf(course, 'bluestore.shared', 'W')).toEqual({ kind: 'step', step: 'bluestore.wal' });
    expect(fromOf(course, 'bluestore.shared', 'n')).toEqual({ kind: 'input', input: 'osdsPerDb' });
    expect(fromOf(course, 'bluestore.db-min', 'S')).toEqual({ kind: 'input', input: 'osdSize' });
    expect(fromOf(course, 'bluestore.db-min', 'p')).toEqual({ kind: 'input', input: 'rule' });
    expect(fromOf(course, 'bluestore.tbw', 'y')).toEqual({ kind: 'input', input: 'warrantyYears' });
    expect(fromOf(course, 'bluestore.life', 'E')).toEqual({ kind: 'step', step: 'bluestore.tbw' });
    expect(fromOf(course, 'bluestore.life', 'w')).toEqual({ kind: 'input', input: 'dbWrite' });
    const typed = value(bluestore({ osdSizeBytes: 16e12, enduranceBytes: 7e15, dbWriteBps: 320e6 })).derivation;
    expect(fromOf(typed, 'bluestore.life', 'E')).toEqual({ kind: 'input', input: 'endurance' });
  });

  it('RocksDB’s WAL cap inside block.db is the model’s (Ceph’s default bluestore_rocksdb_options)', () => {
    const rbd = value(bluestore({ osdSizeBytes: 16e12, rule: 'ceph-rbd', osdsPerDbDevice: 4, lang: 'fr' })).derivation;
    expect(fromOf(rbd, 'bluestore.wal', 'W')).toEqual({ kind: 'model' });
    // The WAL is inside block.db: the shared device holds the DB only, n × D.
    expect(stepOf(rbd, 'bluestore.shared').expr).toBe('n * D');
    expect(stepOf(rbd, 'bluestore.shared').symbols?.find((d) => d.symbol === 'n')?.meaning).toBe('OSD partageant un périphérique DB');
  });
});

describe('capa pg defines its symbols, each method with its own glossary', () => {
  const pow2 = fc.integer({ min: 0, max: 10 }).map((e) => 2 ** e);
  const protection = fc.oneof(
    fc.integer({ min: 1, max: 6 }).map((size) => ({ kind: 'replicated' as const, size })),
    fc.record({ k: fc.integer({ min: 2, max: 8 }), m: fc.integer({ min: 1, max: 4 }) }).map(({ k, m }) => ({ kind: 'erasure' as const, k, m })),
  );
  const pool = fc.record(
    {
      protection,
      targetRatio: fc.double({ min: 0.01, max: 1, noNaN: true }),
      storedBytes: fc.integer({ min: 0, max: 50 }).map((t) => t * 1e12),
      bias: fc.integer({ min: 1, max: 4 }),
      bulk: fc.boolean(),
      pgNumMin: pow2,
      pgNumMax: pow2,
      currentPgNum: fc.integer({ min: 1, max: 4096 }),
    },
    { requiredKeys: [] },
  );
  it('any pools, either method, in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.array(pool, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('autoscaler', 'pgcalc') as fc.Arbitrary<'autoscaler'>,
        langs,
        (osds, pools, method, lang) => {
          const r = value(placementGroups({ osds, osdSizeBytes: 4e12, method, lang, pools: pools.map((p, i) => ({ name: `p${i}`, ...p })) }));
          expectDefined(r.derivation);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('autoscaler: L from the budget for the first pool, a pool’s typed values from its line, its blank ones defaults', () => {
    // docs/golden-examples.md G9: one pool, ratio 1, on 12 OSDs: 1200 × 1 ÷ 3 = 400 → pg_num 512.
    const steps = value(
      placementGroups({
        osds: 12,
        pools: [
          { name: 'rbd', targetRatio: 1 },
          { name: 'x', protection: { kind: 'replicated', size: 2 }, bias: 4, pgNumMin: 64 },
        ],
      }),
    ).derivation;
    expect(stepOf(steps, 'pg.pool.rbd.target').value).toBe(400);
    expect(fromOf(steps, 'pg.budget', 'O')).toEqual({ kind: 'input', input: 'osds' });
    expect(fromOf(steps, 'pg.budget', 'T')).toEqual({ kind: 'input', input: 'targetPerOsd' });
    expect(fromOf(steps, 'pg.pool.rbd.target', 'L')).toEqual({ kind: 'step', step: 'pg.budget' });
    expect(fromOf(steps, 'pg.pool.rbd.target', 'r')).toEqual({ kind: 'model' });
    expect(fromOf(steps, 'pg.pool.rbd.target', 'z')).toEqual({ kind: 'default', input: 'pool' });
    expect(fromOf(steps, 'pg.pool.rbd.target', 'b')).toEqual({ kind: 'default', input: 'pool' });
    expect(fromOf(steps, 'pg.pool.rbd.rounded', 'p')).toEqual({ kind: 'step', step: 'pg.pool.rbd.target' });
    expect(fromOf(steps, 'pg.pool.rbd.rounded', 'm')).toEqual({ kind: 'model' });
    // The second pool is sized from what the first left: the model's running count.
    expect(fromOf(steps, 'pg.pool.x.target', 'L')).toEqual({ kind: 'model' });
    expect(fromOf(steps, 'pg.pool.x.target', 'z')).toEqual({ kind: 'input', input: 'pool' });
    expect(fromOf(steps, 'pg.pool.x.target', 'b')).toEqual({ kind: 'input', input: 'pool' });
    expect(fromOf(steps, 'pg.pool.x.rounded', 'm')).toEqual({ kind: 'input', input: 'pool' });
    expect(fromOf(steps, 'pg.per-osd', 'S')).toEqual({ kind: 'model' });
  });

  it('pgcalc: m is PGCalc’s minimum, not pg_num_min; d the line’s ratio or the even share', () => {
    const steps = value(placementGroups({ osds: 85, method: 'pgcalc', lang: 'fr', pools: [{ name: 'rbd', targetRatio: 0.5 }, { name: 'b' }] })).derivation;
    const auto = value(placementGroups({ osds: 85, lang: 'fr', pools: [{ name: 'rbd', targetRatio: 0.5 }] })).derivation;
    const meaning = (ss: readonly Step[], id: string, sym: string) => stepOf(ss, id).symbols?.find((d) => d.symbol === sym)?.meaning;
    expect(meaning(steps, 'pg.pool.rbd.rounded', 'm')).toMatch(/^minimum de PGCalc/);
    expect(meaning(auto, 'pg.pool.rbd.rounded', 'm')).toMatch(/^pg_num_min/);
    expect(fromOf(steps, 'pg.pool.rbd.target', 'd')).toEqual({ kind: 'input', input: 'pool' });
    expect(fromOf(steps, 'pg.pool.b.target', 'd')).toEqual({ kind: 'model' });
    expect(fromOf(steps, 'pg.pool.b.rounded', 'c')).toEqual({ kind: 'step', step: 'pg.pool.b.target' });
  });
});
