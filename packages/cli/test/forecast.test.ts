import { describe, expect, it } from 'vitest';
import { forecastInventory, GiB, TiB, writeTemp } from './forecast-fixture.js';
import { runCli } from './run-cli.js';

interface Limit {
  id: string;
  subject: string;
  limitBytes: number | null;
  crossing: { state: string; date: string | null; days: number | null; earliest: string | null; latest: string | null };
  toAdd: { kind: string; nodes?: number; bytes?: number; bytesPerHost?: number; by: string | null } | null;
  chart: unknown;
}
interface Out {
  now: string;
  horizon: string;
  horizonDays: number;
  limits: Limit[];
  checks: { id: string; level: string }[];
}

/** capa forecast on a synthetic inventory with history (forecast-fixture.ts): straight lines, so the dates are exact. */
describe('capa forecast', () => {
  const inv = writeTemp('inventory.json', forecastInventory());

  it('dates each limit, with stable JSON keys', () => {
    const r = runCli<Out>(['forecast', inv, '--json']);
    expect(r.code).toBe(0);
    const out = r.json as Out;
    expect(Object.keys(out)).toEqual(['now', 'nowSeconds', 'horizonDays', 'horizon', 'limits', 'checks', 'derivation']);
    expect(out.now).toBe('2025-11-30');
    expect(out.limits.map((l) => l.id)).toEqual(['memory.n-minus-f', 'ceph.nearfull-after-host-loss', 'backup.datastore-fill']);
    for (const l of out.limits) expect(Object.keys(l)).toEqual(['id', 'subject', 'label', 'metric', 'limitBytes', 'trend', 'crossing', 'toAdd', 'chart']);
    // PBS: 100 TiB × 0.8 (capa backup's fill target) = 80 TiB; 50 TiB + 0.1 TiB/day reaches it in 300 days: 2026-09-26.
    const pbs = out.limits[2] as Limit;
    expect(pbs.limitBytes).toBe(80 * TiB);
    expect(pbs.crossing).toMatchObject({ state: 'crosses', days: 300, date: '2026-09-26', earliest: '2026-09-26', latest: '2026-09-26' });
    // Memory: 3 × 256 GiB survive, × 0.75 = 576 GiB less the OSD memory of the survivors (capa analyze: 2 OSDs × 4 GiB
    // osd_memory_target each, ceph/ceph:src/common/options/global.yaml.in) — the analysis' usable guest RAM.
    const mem = out.limits[0] as Limit;
    expect(mem.limitBytes).toBeLessThan(576 * GiB);
    expect(mem.crossing.state).toBe('crosses');
    expect(mem.toAdd).toMatchObject({ kind: 'nodes', nodes: 1 });
  });

  it('says never / already crossed as states, never as NaN', () => {
    const flat = writeTemp('flat.json', forecastInventory({ guestSlope: 0, storedSlope: 0, pbsSlope: 0 }));
    const r = runCli<Out>(['forecast', flat, '--json']);
    expect(r.json?.limits.map((l) => l.crossing.state)).toEqual(['never', 'never', 'never']);
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('prints dates in ISO and in the reader’s language', () => {
    const en = runCli(['forecast', inv]);
    expect(en.stdout).toContain('2026-09-26 (26 September 2026)');
    const fr = runCli(['forecast', inv, '--lang', 'fr']);
    expect(fr.stdout).toContain('2026-09-26 (26 septembre 2026)');
    expect(fr.stdout).toContain('Datastore de sauvegarde pbs1');
  });

  it('--format html is one self-contained page with an SVG chart per limit, no script', () => {
    const r = runCli(['forecast', inv, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout.match(/<svg /g)?.length).toBe(3);
    expect(r.stdout).not.toMatch(/<script|<link |src="http/);
  });

  it('--format md is a Markdown report', () => {
    const r = runCli(['forecast', inv, '--format', 'md']);
    expect(r.stdout).toMatch(/^# capa forecast/);
    expect(r.stdout).toContain('| Backup datastore pbs1 at 80% |');
  });

  it('reads a standalone capa.history file with --history', () => {
    const bare = forecastInventory({ history: false });
    const hist = { schema: 'capa.history', version: 1, series: (forecastInventory().history as { series: unknown[] }).series };
    const r = runCli<Out>(['forecast', writeTemp('bare.json', bare), '--history', writeTemp('h.json', hist), '--json']);
    expect(r.code).toBe(0);
    expect(r.json?.limits[2]?.crossing.days).toBe(300);
  });

  it('refuses bad input with exit 2, naming the option, the value and what is allowed', () => {
    const bare = writeTemp('bare.json', forecastInventory({ history: false }));
    const none = runCli(['forecast', bare]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('has no history: give --history FILE');
    const bad = runCli(['forecast', inv, '--horizon', '3x', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--horizon "3x": must be a duration such as 12mo, 52w, 365d or 2y');
    expect(bad.stderr).toContain('--format "pdf": must be one of text, md, html');
    const hist = runCli(['forecast', inv, '--history', writeTemp('h.json', { schema: 'capa.history', version: 2, series: [] })]);
    expect(hist.code).toBe(2);
    expect(hist.stderr).toContain('--history');
    expect(hist.stderr).toContain('version');
  });
});
