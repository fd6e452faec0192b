import fc from 'fast-check';
import { evaluate } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { cephCapacity, type CephCapacityInput, parseHostOsds, type Protection } from '../src/index.js';
import { safeUsableAt, worstHostAfterOsdLoss } from '../src/ceph/refill.js';
import { protection } from './support/arbitraries.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues?: unknown; reason?: string }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o));
  return o.value;
};
const rep = (size: number): Protection => ({ kind: 'replicated', size });
const TB = 1e12;
const hosts = (text: string): number[][] => ok(parseHostOsds(text)).hosts;

// The grammar is issue 9 item 2's: COUNTxSIZE terms joined by +, hosts separated by commas.
describe('--host-osds grammar', () => {
  it('4x16TB,4x16TB,2x8TB+1x16TB: three hosts, sizes in bytes (TB = 10^12 B, IEC 80000-13)', () => {
    const r = ok(parseHostOsds('4x16TB,4x16TB,2x8TB+1x16TB'));
    expect(r.hosts).toEqual([
      [16 * TB, 16 * TB, 16 * TB, 16 * TB],
      [16 * TB, 16 * TB, 16 * TB, 16 * TB],
      [8 * TB, 8 * TB, 16 * TB],
    ]);
    expect(r.system).toBe('decimal');
  });
  it('French units and a decimal comma: 2x7,68To, 1x1Tio (1 TiB = 2^40 B, IEC 80000-13)', () => {
    const r = ok(parseHostOsds('2x7,68To, 1x1Tio+1×1Tio'));
    expect(r.hosts).toEqual([
      [7.68 * TB, 7.68 * TB],
      [2 ** 40, 2 ** 40],
    ]);
  });
  it('a bare size is one OSD: 40TB,40TB,10TB = 1x40TB,1x40TB,1x10TB', () => {
    expect(ok(parseHostOsds('40TB,40TB,10TB+2x4TB')).hosts).toEqual([[40 * TB], [40 * TB], [10 * TB, 4 * TB, 4 * TB]]);
  });
  it('refuses a term without a count, naming it and the syntax, in en and fr', () => {
    const en = parseHostOsds('4x16TB,2x8TB+x16TB');
    expect(en.ok).toBe(false);
    if (!en.ok) expect(en.reason).toBe('"x16TB" (host 2): expected COUNTxSIZE terms joined by + (e.g. 2x8TB+1x16TB), hosts separated by commas');
    const fr = parseHostOsds('4x16TB,2x8TB+x16TB', 'fr');
    if (!fr.ok) expect(fr.reason).toBe('« x16TB » (hôte 2) : attendu : des termes NOMBRExTAILLE joints par + (par ex. 2x8TB+1x16TB), les hôtes séparés par des virgules');
  });
  it('refuses an empty host, bits, a bare number, and sizes or counts beyond limits.ts', () => {
    const reason = (t: string, lang: 'en' | 'fr' = 'en') => {
      const r = parseHostOsds(t, lang);
      return r.ok ? '' : r.reason;
    };
    expect(reason('4x16TB,,4x16TB')).toContain('host 2 is empty');
    expect(reason('4x16Tb')).toContain('bits');
    expect(reason('4x16')).toContain('"4x16" (host 1)');
    expect(reason('0x16TB')).toContain('the OSD count must be a whole number from 1 to 1,000');
    expect(reason('1001x1TB')).toContain('from 1 to 1,000');
    expect(reason('600x1TB+600x1TB')).toContain('1,200 OSDs on one host');
    expect(reason('1x2PB')).toContain('at most 1 PB');
    expect(reason(Array.from({ length: 10_001 }, () => '1x1TB').join(','))).toContain('10,001 hosts');
    expect(reason(Array.from({ length: 101 }, () => '1000x1TB').join(','))).toContain('101,000 OSDs in all: at most 100,000');
    expect(reason('0x16TB', 'fr')).toContain('le nombre d’OSD doit être un nombre entier de 1 à 1');
  });
});

const GB = 1e9;
describe('mixed hosts in the average model', () => {
  it('equal hosts as hostOsds give byte-identical results to hosts × osdsPerHost × osdSizeBytes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 100, max: 30_000 }),
        protection,
        fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
        fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>,
        (H, n, g, p, stored, lang) => {
          const common: CephCapacityInput = { protection: p, lang, recovery: { speedBps: 25e9, osdWriteBps: 1e9 }, ...(stored === undefined ? {} : { storedBytes: stored * GB }) };
          const a = cephCapacity({ ...common, hosts: H, osdsPerHost: n, osdSizeBytes: g * GB });
          const b = cephCapacity({ ...common, hostOsds: Array.from({ length: H }, () => Array.from({ length: n }, () => g * GB)) });
          // A step's symbols name the input their number came from (hostOsds or nodes): all else is identical.
          const noOrigin = (k: string, v: unknown) => (k === 'symbols' && Array.isArray(v) ? v.map(({ from: _f, ...rest }: Record<string, unknown>) => rest) : v);
          expect(JSON.stringify(b, noOrigin)).toBe(JSON.stringify(a, noOrigin));
        },
      ),
      { seed: 20261130, numRuns: 200 },
    );
  });

  it('the mixed rule reduces to the equal one: H × (nS − S) = R × (n − 1)/n, and nothing moves with one OSD', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 100, max: 30_000 }), (H, n, g) => {
        const S = g * GB;
        const osds = Array.from({ length: H }, () => Array.from({ length: n }, () => S));
        const worst = worstHostAfterOsdLoss(
          osds,
          osds.map(() => n * S),
        );
        const base = { heal: 'cannot-heal' as const, n, raw: H * n * S, hostRaw: n * S, usable: H * n * S, protection: rep(1) };
        const equal = safeUsableAt(base, 0.85);
        const mixed = safeUsableAt({ ...base, worstHost: worst, hosts: H }, 0.85);
        expect(worst.refills).toBe(n > 1);
        expect(Math.abs(mixed - equal)).toBeLessThanOrEqual(Math.max(1, equal * 1e-12));
      }),
      { seed: 20261130, numRuns: 200 },
    );
  });

  it('4x16TB,4x16TB,2x8TB+1x16TB, replica 3: hosts = width, the 32 TB host bounds it: safe 0.85 × 3 × 16 TB ÷ 3 = 13.6 TB', () => {
    // Each host holds one copy of every PG (https://docs.ceph.com/en/latest/rados/operations/crush-map/):
    // host 3 keeps its third of the raw data on 32 TB, 16 TB once its 16 TB OSD is lost.
    const r = ok(cephCapacity({ hostOsds: hosts('4x16TB,4x16TB,2x8TB+1x16TB'), protection: rep(3), storedBytes: 8 * TB }));
    expect(r.rawBytes).toBe(160 * TB);
    expect(r.largestHostRawBytes).toBe(64 * TB);
    expect(r.hostRawBytes).toEqual([64 * TB, 64 * TB, 32 * TB]);
    expect(r.healing).toBe('cannot-heal');
    expect(r.safeUsableBytes).toBe(13.6 * TB);
    // 24 TB raw used, 8 TB on host 3, left with 16 TB: 50 %.
    expect(r.fillAfterFailure).toBe(0.5);
    expect(r.hostFailure.rebuildBytes).toBe(8 * TB);
    expect(r.checks.find((c) => c.id === 'ceph.unequal-hosts')?.message).toContain('32 TB');
    expect(r.derivation.find((s) => s.id === 'ceph.host-raw.3')?.expr).toBe('a1 * S1 + a2 * S2');
  });

  it('one more 4x16TB host heals: safe 0.85 × (224 − 64) TB ÷ 3 = 45.33 TB; rebuild W × C ÷ R; survivors 11 OSDs', () => {
    // docs.ceph.com mon-config-ref#storage-capacity: subtract the largest failure domain.
    const r = ok(cephCapacity({ hostOsds: hosts('4x16TB,4x16TB,2x8TB+1x16TB,4x16TB'), protection: rep(3), storedBytes: 28 * TB, recovery: { speedBps: 25e9, osdWriteBps: 1e9 } }));
    expect(r.rawBytes).toBe(224 * TB);
    expect(r.healing).toBe('heals');
    expect(r.safeUsableBytes).toBe(Math.floor((0.85 * 160 * TB) / 3));
    expect(r.fillAfterFailure).toBeCloseTo(84 / 160, 12);
    expect(r.hostFailure.rebuildBytes).toBe(24 * TB); // 84 TB × 64 ÷ 224
    expect(r.hostFailure.degradedObjectFraction).toBeCloseTo(64 / 224, 12);
    expect(r.hostFailure.recoveryDiskBps).toBe(11e9);
    expect(r.checks.some((c) => c.id === 'ceph.unequal-hosts')).toBe(false);
  });

  it('mixed derivations recompute in mathjs, and figures stay sane', () => {
    const osd = fc.integer({ min: 100, max: 20_000 }).map((g) => g * GB);
    fc.assert(
      fc.property(
        fc.array(fc.array(osd, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 9 }),
        protection,
        fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }),
        (hostOsds, p, stored) => {
          const r = ok(cephCapacity({ hostOsds, protection: p, recovery: { speedBps: 25e9, osdWriteBps: 1e9 }, ...(stored === undefined ? {} : { storedBytes: stored * GB }) }));
          for (const s of r.derivation) {
            const got = Number(evaluate(s.expr, { ...s.vars }));
            expect(Math.abs(got - s.value), `${s.id}: ${s.expr}`).toBeLessThanOrEqual(Math.max(1e-9, Math.abs(s.value) * 1e-12));
          }
          expect(r.safeUsableBytes).toBeLessThanOrEqual(r.usableBytes);
          expect(r.usableBytes).toBeLessThanOrEqual(r.rawBytes);
          for (const x of [r.safeUsableBytes, r.hostFailure.rebuildBytes, r.fillAfterFailure ?? 0]) expect(Number.isFinite(x) && x >= 0).toBe(true);
        },
      ),
      { seed: 20261130, numRuns: 200 },
    );
  });

  it('refuses both forms together, and neither', () => {
    const both = cephCapacity({ hosts: 3, osdsPerHost: 1, osdSizeBytes: TB, hostOsds: [[TB]], protection: rep(3) });
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['hosts', 'osdsPerHost', 'osdSizeBytes']));
    const none = cephCapacity({ protection: rep(3) });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.issues[0]?.message).toContain('hostOsds');
  });
});
