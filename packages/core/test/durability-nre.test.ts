/**
 * Kampe's unrecoverable-read-error (NRE) term beside the disk-failure figure:
 * ceph/ceph-tools:models/reliability/RadosRely.py (P_nre = P(first failure) × P(all but the last copy
 * lost) × p_nre(bytes read + written)), DiskRely.py (p_nre over 8 × bytes bits), Config.py (disk_nre
 * 1e-16, nre_model "fail", disk 2 TiB, 826 FIT, fullness 0.75), README.html "The Math"
 * (1 − P0(E, 8B(Nm + 1))). Expected values are recomputed here in closed form, not with the code's
 * binomial helper.
 */
import { describe, expect, it } from 'vitest';
import { formatScientific, KAMPE_DISK_NRE, poolDurability } from '../src/index.js';

const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const TiB = 2 ** 40;

describe('unrecoverable read errors (Kampe, nre_model "fail")', () => {
  it("Kampe's defaults: disk_nre 1e-16 per bit", () => {
    // ceph/ceph-tools:models/reliability/Config.py: self.disk_nre = 1E-16, self.nre_model = "fail".
    expect(KAMPE_DISK_NRE).toBe(1e-16);
  });

  it('Config.py worked example, 2 copies on 2 TiB disks 75 % full: 3.816e-5 read-error losses a year', () => {
    // Config.py: 2 TiB, 826 FIT, fullness 0.75, disk_nre 1e-16, 2 copies. Year = 365.25 d (RelyFuncts.YEAR).
    // D = 2 TiB × 0.75 = 1,649,267,441,664 B; read + write B = 2D (RadosRely.py: read_bytes + write_bytes);
    // x = 8 × 1e-16 × B = 2.6388e-3; P(≥ 1 error) = 1 − e^(−x) = 2.63535e-3 (README.html "The Math").
    // λ = 826e-9 × 8766 h = 7.240716e-3 per disk-year; 2 OSDs, t = 1 (the last copy is read at once):
    // rate = 2 λ × 2.63535e-3 = 3.81636e-5 a year.
    const lambda = 826e-9 * 24 * 365.25;
    const r = ok(
      poolDurability({
        protection: { kind: 'replicated', size: 2 },
        hosts: 2,
        osdsPerHost: 1,
        pgNum: 200,
        osdAfr: -Math.expm1(-lambda),
        osdExposureSeconds: 757,
        osdDataBytes: 2 * TiB * 0.75,
      }),
    );
    expect(r.nre?.bytes).toBe(3298534883328);
    expect(rel(r.nre?.errorProbability ?? 0, 0.002635349260823898)).toBeLessThan(1e-12);
    expect(r.nre?.zeroRedundancy).toBe(1);
    expect(rel(r.nre?.rate ?? 0, 3.8163631116871546e-5)).toBeLessThan(1e-9);
    // Kampe's own RadosRely.compute() for these defaults: P_nre = (1 − e^(−826e-9 × 2 × 8766)) × x·e^(−x)
    // = 3.78387e-5 (one initial failure among 2 copies; DiskRely.p_nre = Pn(x, 1), exactly one error).
    // The two agree to first order: 0.86 % apart (rate vs probability, ≥ 1 vs exactly 1 error).
    expect(rel(r.nre?.rate ?? 0, 3.783865938311024e-5)).toBeLessThan(0.01);
    expect(r.annualLossProbabilityWithReadErrors ?? 0).toBeGreaterThan(r.annualLossProbability);
  });

  it('replica 3 on 3 × 4 OSDs, 128 PGs, 1 % AFR, 1 h, 1 TB per OSD: 1.4157e-8 a year from read errors', () => {
    // p = 1 − e^(−λ·3600/31536000) = 1.147298e-6 (λ = −ln 0.99); 32 PGs per OSD;
    // down to the last copy: z = 1 − (1 − p)² = 2.294595e-6, Z = 1 − (1 − z)^32 = 7.342442e-5;
    // B = 2 × 1 TB, P(error) = 1 − e^(−8e-16 × 2e12) = 1.598721e-3; rate = 12 λ Z × that = 1.415712e-8.
    const r = ok(poolDurability({ protection: { kind: 'replicated', size: 3 }, hosts: 3, osdsPerHost: 4, pgNum: 128, osdAfr: 0.01, osdExposureSeconds: 3600, osdDataBytes: 1e12 }));
    expect(rel(r.nre?.pgZeroRedundancy ?? 0, 2.294594594332011e-6)).toBeLessThan(1e-8);
    expect(rel(r.nre?.zeroRedundancy ?? 0, 7.342441555702184e-5)).toBeLessThan(1e-8);
    expect(rel(r.nre?.rate ?? 0, 1.4157119978777934e-8)).toBeLessThan(1e-8);
    // Disk failures alone stay 5.08e-12 (packages/planner/test/planning-maths.test.ts): read errors dominate.
    expect(rel(r.annualLossProbability, 5.080006153985967e-12)).toBeLessThan(1e-9);
    expect(rel(r.annualLossProbabilityWithReadErrors ?? 0, -Math.expm1(-(5.080006153985967e-12 + 1.4157119978777934e-8)))).toBeLessThan(1e-8);
  });

  it('EC 4+2 reads k = 4 shards and writes one: B = 5D (README.html: 8B(Nm + 1) bits, Nm = k)', () => {
    // 10 × 6 OSDs, 1024 PGs (102.4 per OSD), 2 % AFR, 2 h, D = 2 TB, disk_nre 1e-15:
    // z = 1 − (1 − p)^5 = 2.306219e-5, Z = 2.358809e-3, P(error) = 1 − e^(−8e-15 × 1e13) = 7.688365e-2,
    // rate = 60 λ Z × that = 2.198303e-4.
    const r = ok(poolDurability({ protection: { kind: 'erasure', k: 4, m: 2 }, hosts: 10, osdsPerHost: 6, pgNum: 1024, osdAfr: 0.02, osdExposureSeconds: 7200, osdDataBytes: 2e12, diskNre: 1e-15 }));
    expect(r.nre?.bytes).toBe(1e13);
    expect(rel(r.nre?.rate ?? 0, 2.1983029646626242e-4)).toBeLessThan(1e-8);
  });

  it('disk_nre 0 ("ignore") gives the disk-failure figure; size 1 adds nothing (every failure already loses data)', () => {
    const base = { protection: { kind: 'replicated', size: 3 } as const, hosts: 3, osdsPerHost: 4, pgNum: 128, osdAfr: 0.01, osdExposureSeconds: 3600, osdDataBytes: 1e12 };
    const r = ok(poolDurability({ ...base, diskNre: 0 }));
    expect(r.annualLossProbabilityWithReadErrors).toBe(r.annualLossProbability);
    const one = ok(poolDurability({ ...base, protection: { kind: 'replicated', size: 1 } }));
    expect(one.annualLossProbabilityWithReadErrors).toBe(one.annualLossProbability);
    // Without the OSD's data size the term is not computed (null), and the assumptions say so.
    const none = ok(poolDurability({ ...base, osdDataBytes: undefined }));
    expect(none.annualLossProbabilityWithReadErrors).toBeNull();
  });

  it('a disk_nre outside [0, 1e-9] is refused, naming the field', () => {
    const r = poolDurability({ protection: { kind: 'replicated', size: 3 }, hosts: 3, osdsPerHost: 4, pgNum: 128, osdExposureSeconds: 3600, osdDataBytes: 1e12, diskNre: 0.5 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ field: 'diskNre' });
  });

  it('the derivation never prints −log10(0) or a probability rounded to 0: p and L read in scientific notation', () => {
    // Replica 30, 0.01 % AFR, 1 s exposure: p ≈ 3.2e-12 and q = p^29 underflows doubles, so the disk-failure figure is exactly 0.
    const r = ok(poolDurability({ protection: { kind: 'replicated', size: 30 }, hosts: 30, osdsPerHost: 2, pgNum: 64, osdAfr: 1e-4, osdExposureSeconds: 1, osdDataBytes: 1e12 }));
    expect(r.annualLossProbability).toBe(0);
    for (const s of r.derivation) {
      expect(s.substituted).not.toMatch(/log10\(0\)/);
      if (s.unit === 'probability' && s.value !== 0) expect(s.display).not.toBe('0');
    }
    const p = r.derivation.find((s) => s.id === 'durability.exposure-p');
    expect(p?.display).toBe(formatScientific(r.osdExposureProbability, 'en'));
    expect(p?.display).toMatch(/^\d(\.\d+)?e-\d+$/);
    expect(r.derivation.find((s) => s.id === 'durability.loss-given-osd')?.display).toBe('0');
    expect(r.derivation.some((s) => s.id === 'durability.nines')).toBe(false);
  });

  it('scientific format: 4 significant digits, French decimal comma, 0 stays 0', () => {
    expect(formatScientific(6.79298608604115e-11, 'en')).toBe('6.793e-11');
    expect(formatScientific(6.79298608604115e-11, 'fr')).toBe('6,793e-11');
    expect(formatScientific(1e-16, 'en')).toBe('1e-16');
    expect(formatScientific(0, 'en')).toBe('0');
  });
});
