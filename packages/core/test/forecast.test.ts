import { describe, expect, it } from 'vitest';
import { crossing, forecastInventory, MIN_WEEKLY_POINTS, theilSen, weeklyPeaks } from '../src/index.js';
import { parseIsoSeconds } from '../src/forecast/dates.js';
import { COLLECTED_AT, DAY, GiB, inventory, NOW, series, TiB } from './support/forecast-inventory.js';

const WEEK = 7 * DAY;

describe('trend: Theil–Sen on weekly peaks', () => {
  it('keeps the highest sample of each 7-day bucket (a daily ripple does not move the peaks’ slope)', () => {
    // Weekly peaks of base + slope·t + ripple: the ripple's crest each week, so the slope is unchanged.
    const pts = series(100 * GiB, GiB, 70, 5 * GiB);
    const peaks = weeklyPeaks(pts);
    expect(peaks.length).toBeGreaterThanOrEqual(10);
    const tr = theilSen(peaks);
    // Sen's slope = median of pairwise slopes (https://vsp.pnnl.gov/help/vsample/Nonparametric_Estimate_of_Trend.htm): 1 GiB/day within a ripple's sampling error.
    expect((tr?.slope ?? 0) * DAY).toBeCloseTo(GiB, -8);
  });

  it('is not dragged by an outlier as least squares would be', () => {
    // y = 2t + 1 at t = 0..9 weeks, one wild point: the median of the pairwise slopes stays 2 per week
    // (Sen 1968, https://doi.org/10.1080/01621459.1968.10480934: the estimator's breakdown point is 29 %).
    const peaks = Array.from({ length: 10 }, (_, i) => ({ t: i * WEEK, value: i === 6 ? 1000 : 2 * i + 1 }));
    const tr = theilSen(peaks);
    expect((tr?.slope ?? 0) * WEEK).toBeCloseTo(2, 9);
    expect(tr?.slopeLow).toBeLessThanOrEqual(tr?.slope ?? 0);
    expect(tr?.slopeHigh).toBeGreaterThanOrEqual(tr?.slope ?? 0);
  });

  it('ranks the band’s slopes as Gilbert (1987) does', () => {
    // n = 10, N = 45 pairwise slopes, Var(S) = n(n − 1)(2n + 5)/18 = 125; with z = 1.96, C = 1.96·√125 = 21.91,
    // M1 = (N − C)/2 = 11.54 and M2 + 1 = (N + C)/2 + 1 = 34.46 (https://vsp.pnnl.gov/help/vsample/Nonparametric_Estimate_of_Trend.htm).
    const peaks = Array.from({ length: 10 }, (_, i) => ({ t: i * WEEK, value: i * i }));
    const tr = theilSen(peaks, 1.96);
    expect(tr?.pairs).toBe(45);
    expect(tr?.rankLow).toBeCloseTo(11.54, 2);
    expect(tr?.rankHigh).toBeCloseTo(34.46, 2);
  });

  it(`needs ${MIN_WEEKLY_POINTS} weekly peaks`, () => {
    const three = Array.from({ length: 3 }, (_, i) => ({ t: i * WEEK, value: i }));
    expect(theilSen(three)).toBeNull();
    expect(crossing(null, 10, 0).state).toBe('not-enough-data');
  });
});

describe('crossing states', () => {
  const line = (slopePerWeek: number, n = 8) => theilSen(Array.from({ length: n }, (_, i) => ({ t: i * WEEK, value: 100 + slopePerWeek * i })));
  it('a flat trend never crosses; one above the limit has already crossed', () => {
    const flat = crossing(line(0), 200, 7 * WEEK);
    expect(flat.state).toBe('never');
    expect(flat.date).toBeNull();
    expect(flat.latest).toBeNull();
    expect(crossing(line(10), 50, 7 * WEEK).state).toBe('already-crossed');
  });
  it('a straight line crosses where (L − V) / b says, earliest = latest = date without noise', () => {
    // 100 + 10·i per week: at week 7 it is 170, 200 is reached 3 weeks = 21 days later.
    const c = crossing(line(10), 200, 7 * WEEK);
    expect(c.state).toBe('crosses');
    expect(c.days).toBe(21);
    expect(c.earliestDays).toBe(21);
    expect(c.latestDays).toBe(21);
  });
});

describe('forecastInventory on a synthetic inventory with history', () => {
  const inv = inventory();
  it('dates the N − 1 crossing of configured guest RAM, with a band and the nodes to add', () => {
    // 4 × 256 GiB, one down: 768 GiB survive, 75 % of it = 576 GiB usable (Proxmox VE course N − 1 rule, capa analyze);
    // 320 GiB configured growing 1 GiB/day crosses 576 GiB in 256 days: 2025-11-30 + 256 d = 2026-08-13.
    const out = forecastInventory({ inventory: inv, series: [{ metric: 'guests.memory.configured', subject: '', points: series(320 * GiB, GiB, 182) }], horizonDays: 365 });
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    const mem = out.value.limits.find((l) => l.id === 'memory.n-minus-f');
    expect(mem?.limitBytes).toBe(576 * GiB);
    expect(mem?.crossing.state).toBe('crosses');
    expect(mem?.crossing.date).toBe('2026-08-13');
    expect(mem?.crossing.earliest).toBe('2026-08-13');
    expect(mem?.toAdd).toMatchObject({ kind: 'nodes', by: '2026-08-13' });
    // At the horizon: 320 + 365 = 685 GiB; (685 − 0.75·(768 + 256k)) ≤ 0 first for k = 1 (capa analyze's nodes to add).
    expect(mem?.toAdd && 'nodes' in mem.toAdd ? mem.toAdd.nodes : -1).toBe(1);
    expect(out.value.now).toBe('2025-11-30');
    expect(out.value.checks.find((c) => c.id === 'forecast.memory.n-minus-f')?.level).toBe('warn');
    expect(out.value.derivation.map((s) => s.id)).toContain('forecast.memory.n-minus-f.slope');
  });

  it('falls back to node memory in use against u × survivors’ RAM', () => {
    const used = ['pve1', 'pve2', 'pve3', 'pve4'].map((n) => ({ metric: 'node.memory.used' as const, subject: n, points: series(100 * GiB, 0.25 * GiB) }));
    const out = forecastInventory({ inventory: inv, series: used });
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    const mem = out.value.limits.find((l) => l.id === 'memory.n-minus-f');
    // 0.75 × 768 GiB = 576 GiB; 400 GiB growing 1 GiB/day (four nodes × 0.25) reaches it in 176 days.
    expect(mem?.metric).toBe('node.memory.used');
    expect(mem?.limitBytes).toBe(576 * GiB);
    expect(mem?.crossing.days).toBeGreaterThanOrEqual(175);
    expect(mem?.crossing.days).toBeLessThanOrEqual(177);
  });

  it('forecasts the PBS datastore against the backup fill target', () => {
    // 100 TiB × 80 % (capa backup's fillTarget) = 80 TiB; 50 TiB growing 0.1 TiB/day: 300 days.
    const out = forecastInventory({ inventory: inv, series: [{ metric: 'storage.used', subject: 'pbs1', points: series(50 * TiB, 0.1 * TiB) }] });
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    const pbs = out.value.limits.find((l) => l.id === 'backup.datastore-fill');
    expect(pbs?.limitBytes).toBe(80 * TiB);
    expect(pbs?.crossing.days).toBe(300);
    // At 365 days: 86.5 TiB ÷ 0.8 = 108.125 TiB, 8.125 TiB more than 100.
    expect(pbs?.toAdd).toMatchObject({ kind: 'datastore', bytes: Math.ceil(8.125 * TiB) });
  });

  it('refuses an inventory without history, naming what to give', () => {
    const out = forecastInventory({ inventory: inv, series: [] });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues[0]?.field).toBe('series');
  });

  it('refuses a horizon out of range and a date that is not one', () => {
    const s = [{ metric: 'storage.used' as const, subject: 'pbs1', points: series(50 * TiB, 0) }];
    const bad = forecastInventory({ inventory: inv, series: s, horizonDays: 0 });
    expect(bad.ok ? null : bad.issues[0]?.field).toBe('horizonDays');
    const date = forecastInventory({ inventory: { ...inv, collectedAt: 'yesterday' }, series: s });
    expect(date.ok ? null : date.issues[0]?.field).toBe('inventory.collectedAt');
  });

  it('reads ISO 8601 with offsets and refuses days that do not exist', () => {
    expect(parseIsoSeconds(COLLECTED_AT)).toBe(NOW);
    // 2025-11-30T01:00:00+01:00 is midnight UTC (ISO 8601 offsets).
    expect(parseIsoSeconds('2025-11-30T01:00:00+01:00')).toBe(NOW);
    expect(parseIsoSeconds('2025-04-31')).toBeNull();
  });
});

describe('series from two places', () => {
  it('counts a metric given by the inventory and by a history file once, not twice', () => {
    // The same storage.used series twice (inventory history + --history file): the limit is still met in 300 days.
    const s = { metric: 'storage.used' as const, subject: 'pbs1', points: series(50 * TiB, 0.1 * TiB) };
    const out = forecastInventory({ inventory: inventory(), series: [s, { ...s, points: s.points.slice(-100) }] });
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    expect(out.value.limits.find((l) => l.id === 'backup.datastore-fill')?.crossing.days).toBe(300);
  });
});
