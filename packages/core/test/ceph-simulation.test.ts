// The CRUSH simulation as the core applies it (simulation.ts, simulation-checks.ts), on maps built the
// way Proxmox VE builds them. Expected figures come from Ceph's placement (@capa/crush, checked PG for
// PG against osdmaptool and crushtool in packages/crush/test) and from the rule that a host holds at
// most one copy of a PG (ceph/ceph:src/crush/mapper.c, chooseleaf firstn type host).
import * as engine from '@capa/crush';
import { describe, expect, it } from 'vitest';
import { crushSafeOfPlay, crushSafeStored, designedMap, fillAfterFailureCheck, fullestOsdCheck, ioBlockedChecks, playFailures, simulateCeph } from '../src/index.js';

const TB = 1e12;
const ratios = { nearfull: 0.85, backfillfull: 0.9, full: 0.95 };

function cluster(hostTB: number[][], pgNum: number, size = 3, minSize = 2) {
  const hosts = hostTB.map((osds, i) => ({ name: `pve${i + 1}`, osdBytes: osds.map((t) => t * TB) }));
  return designedMap(engine, hosts, [{ id: 1, name: 'rbd', erasure: false, size, minSize, pgNum }]);
}

describe('simulateCeph', () => {
  it('40/40/10/10/10 TB, replica 3, 18.67 TB stored: the fullest OSD passes 120 % after a 40 TB host loss (the average model says 80 %)', () => {
    const { map, osdSizeBytes } = cluster([[40], [40], [10], [10], [10]], 128);
    const sim = simulateCeph(engine, map, { pools: [{ id: 1, storedBytes: 18.67 * TB, dataChunks: 1 }], osdSizeBytes, failures: 1 });
    expect(sim.failuresEvaluated).toBe(5);
    expect(sim.worstFill!.after.fullestOsd!.fill).toBeGreaterThan(1.2);
    expect(sim.meanFill).toBeCloseTo((3 * 18.67) / 110, 12);
    const c = fillAfterFailureCheck('ceph.fill-after-failure', sim, ratios, 0.8, 'en')!;
    expect(c.level).toBe('fail');
    expect(c.message).toMatch(/fullest OSD \(osd\.\d on pve[345]\) reaches 1\d\d\.\d%.*average model says 80%/);
    // Safe stored: every OSD under nearfull after the worst loss, far below the average model's 0.85 × 70 ÷ 3 TB.
    const safe = crushSafeStored(sim, 0.85)!;
    expect(safe).toBeLessThan((0.85 * 70 * TB) / 3);
    expect(safe).toBe(Math.floor((18.67 * TB * 0.85) / sim.peakFill!));
    expect(ioBlockedChecks(sim, 1, 'en').map((x) => [x.id, x.level])).toEqual([['failure.ceph-io-blocked', 'ok']]);
  });

  it('equal hosts: the fullest OSD sits above the mean (straw2 is a random draw), and is named in the check', () => {
    const { map, osdSizeBytes } = cluster(
      Array.from({ length: 5 }, () => [4, 4, 4, 4]),
      512,
    );
    const sim = simulateCeph(engine, map, { pools: [{ id: 1, storedBytes: 20 * TB, dataChunks: 1 }], osdSizeBytes, failures: 1 });
    expect(sim.fullestOsd!.fill).toBeGreaterThan(sim.meanFill!);
    // About 1.2 × the mean on 5 hosts × 4 OSDs at 512 PGs without the balancer (issue 9's figure).
    expect(sim.fullestOsd!.fill / sim.meanFill!).toBeGreaterThan(1.05);
    expect(sim.fullestOsd!.fill / sim.meanFill!).toBeLessThan(1.5);
    expect(fullestOsdCheck(sim, ratios, 'fr')!.message).toMatch(/^OSD le plus plein osd\.\d+ sur pve\d à \d+(,\d)?\u202f% \(placement CRUSH simulé ; moyenne 75\u202f%\)/);
  });

  it('two of eight hosts failing together block I/O of the PGs that had two copies on them', () => {
    const { map, osdSizeBytes } = cluster(
      Array.from({ length: 8 }, () => [8, 8]),
      256,
    );
    const sim = simulateCeph(engine, map, { pools: [{ id: 1, storedBytes: 10 * TB, dataChunks: 1 }], osdSizeBytes, failures: 2 });
    expect(sim.failuresPossible).toBe(28);
    expect(sim.failureKind).toBe('hosts');
    const blocked = ioBlockedChecks(sim, 2, 'en');
    expect(blocked[0]!.level).toBe('fail');
    expect(blocked[0]!.message).toMatch(/^Losing pve\d \+ pve\d together puts \d+ of 256 PGs \(\d+(\.\d)?%\) below min_size/);
    expect(blocked.some((x) => x.id === 'failure.ceph-pgs-lost')).toBe(false);
  });

  it('a limit plays out the heaviest hosts first and says how many combinations were left', () => {
    const { map, osdSizeBytes } = cluster(
      Array.from({ length: 10 }, (_, i) => [i === 9 ? 16 : 8]),
      128,
    );
    const sim = simulateCeph(engine, map, { pools: [{ id: 1, storedBytes: TB, dataChunks: 1 }], osdSizeBytes, failures: 2, limit: 5 });
    expect(sim.failuresEvaluated).toBe(5);
    expect(sim.failuresPossible).toBe(45);
    expect(sim.failures[0]!.label.startsWith('pve10 + ')).toBe(true);
    expect(ioBlockedChecks(sim, 2, 'en')[0]!.message).toMatch(/\(5 of 45 combinations played out, heaviest hosts first\)/);
  });

  it('nothing stored: PG counts only, no fill and no safe amount', () => {
    const { map, osdSizeBytes } = cluster([[1], [1], [1], [1]], 32);
    const sim = simulateCeph(engine, map, { pools: [{ id: 1, storedBytes: 0, dataChunks: 1 }], osdSizeBytes, failures: 1 });
    expect(sim.fullestOsd).toBeNull();
    expect(sim.peakFill).toBeNull();
    expect(crushSafeStored(sim, 0.85)).toBeNull();
    expect(fullestOsdCheck(sim, ratios, 'en')).toBeNull();
  });
  it('hosts = width: a host loss moves nothing, an OSD loss refills its host, so the OSD play sets the fill and the safe amount', () => {
    // Three hosts, replica 3: every PG has a copy on each host (ceph/ceph:src/crush/mapper.c, chooseleaf
    // firstn type host), so a lost host is re-created nowhere and its OSDs' PGs stay where they were.
    const { map, osdSizeBytes } = cluster(
      [
        [4, 4, 4],
        [4, 4, 4],
        [4, 4, 4],
      ],
      128,
    );
    const play = playFailures(engine, map, { pools: [{ id: 1, storedBytes: 8 * TB, dataChunks: 1 }], osdSizeBytes, failures: 1, withOsds: true });
    expect(play.hosts.worstFill!.after.fullestOsd!.fill).toBeCloseTo(play.hosts.fullestOsd!.fill, 12);
    expect(play.fill).toBe(play.osds);
    expect(play.osds!.failuresEvaluated).toBe(9);
    expect(crushSafeOfPlay(play, 0.85)).toBe(Math.min(crushSafeStored(play.hosts, 0.85)!, crushSafeStored(play.osds!, 0.85)!));
    expect(crushSafeOfPlay(play, 0.85)).toBeLessThan(crushSafeStored(play.hosts, 0.85)!);
    const hostsOnly = playFailures(engine, map, { pools: [{ id: 1, storedBytes: 8 * TB, dataChunks: 1 }], osdSizeBytes, failures: 1, withOsds: false });
    expect(hostsOnly.osds).toBeNull();
    expect(hostsOnly.fill).toBe(hostsOnly.hosts);
  });
});
