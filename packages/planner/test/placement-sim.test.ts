/**
 * `capa plan` with Ceph's placement simulated on the scenario's hosts (issue 9, item 4). Expected
 * figures follow from CRUSH's rules, not from the simulation itself: `chooseleaf firstn 0 type host`
 * puts each copy of a PG on a different host (ceph/ceph:src/crush/mapper.c, crush_choose_firstn with
 * a leaf descent per host), and a replica-3 pool's default min_size is 3 − ⌊3/2⌋ = 2
 * (ceph/ceph:src/common/config.h, get_osd_pool_default_min_size: size − size / 2).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pgArea } from '../src/plan/areas-pg.js';
import { buildContext } from '../src/plan/context.js';
import { placementFor } from '../src/plan/placement.js';
import { plan } from '../src/plan/plan.js';
import { parseScenarioText } from '../src/scenario/load.js';
import type { Scenario } from '../src/scenario/model.js';

const BIN = fileURLToPath(new URL('../../cli/bin/capa.js', import.meta.url));

const EIGHT = `
name: "8 hosts, replica 3, two hosts failing together"
nodes:
  name: pve
  count: 8
  sockets: 1
  cores: 16
  ram: 256GiB
  disks:
    - { class: nvme, count: 4, size: 4TB, role: osd }
  network:
    ceph: { links: 2, speed: 25Gb/s }
storage:
  ceph:
    pools:
      - { name: rbd, replicas: 3, data: 20TB }
rules:
  failures: 2
`;

// Every host holds 16 TB; the small ones as 4 × 4 TB, the big ones as 2 × 8 TB (mixed OSD sizes).
const MIXED = `
name: "mixed hosts"
nodes:
  - { name: small, count: 3, sockets: 1, cores: 16, ram: 128GiB, disks: [{ class: ssd, count: 4, size: 4TB, role: osd }], network: { ceph: { links: 2, speed: 25Gb/s } } }
  - { name: big, count: 2, sockets: 1, cores: 16, ram: 128GiB, disks: [{ class: ssd, count: 2, size: 8TB, role: osd }], network: { ceph: { links: 2, speed: 25Gb/s } } }
storage:
  ceph:
    pools:
      - { name: rbd, replicas: 3, data: 17TB }
`;

function scenario(text: string): Scenario {
  const r = parseScenarioText(text, { require: 'nodes' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
}
const level = (r: ReturnType<typeof plan>, id: string) => r.checks.filter((c) => c.id === id).map((c) => c.level);

describe('capa plan: two of eight hosts failing together (issue 9: "reports PGs below min_size and fails")', () => {
  const s = scenario(EIGHT);
  const r = plan(s, { lang: 'en' });

  it('every pair of hosts is played out, and on average 3/28 of the PGs drop below min_size', () => {
    const c = buildContext(s, undefined, 'en');
    const p = placementFor(c, pgArea(c));
    const d = p?.domains[0];
    expect(d?.hosts.failuresEvaluated).toBe(28); // C(8, 2)
    expect(d?.hosts.failuresPossible).toBe(28);
    // A PG's 3 copies sit on 3 distinct hosts: a pair of failed hosts leaves it 1 copy (< min_size 2)
    // exactly when both are among its 3, i.e. for C(3, 2) = 3 of the C(8, 2) = 28 pairs. Summed over
    // the 28 pairs, every PG is counted 3 times, whatever CRUSH's draw.
    const pgs = d?.hosts.pgs ?? 0;
    expect(pgs).toBe(512); // the autoscaler's pg_num for the pool (the PG area's figure)
    const sum = d?.hosts.failures.reduce((a, x) => a + x.now.pgsBelowMinSize, 0) ?? 0;
    expect(sum).toBe(3 * pgs);
    expect(sum / (28 * pgs)).toBe(3 / 28);
    // No PG loses all 3 copies to 2 hosts.
    expect(d?.hosts.failures.every((x) => x.now.pgsLost === 0)).toBe(true);
  });

  it('reports the worst pair (at least the 3/28 mean), blocks I/O, loses MON quorum, and fails', () => {
    expect(r.failure.pgsBelowMinSizeFraction).toBeGreaterThanOrEqual(3 / 28);
    expect(r.failure.pgsBelowMinSizeFraction).toBeLessThan(0.25);
    expect(r.failure.rebuildBytes).toBeGreaterThan(0);
    expect(level(r, 'failure.ceph-io-blocked')).toEqual(['fail']);
    expect(level(r, 'failure.ceph-pgs-lost')).toEqual([]);
    // 3 MONs (the default on 3+ nodes), quorum 2: two failed hosts carrying MONs leave 1 (Ceph docs, monitors: a majority).
    expect(level(r, 'failure.ceph-mon-quorum')).toEqual(['fail']);
    expect(r.failure.monQuorumKept).toBe(false);
    expect(r.areas.find((a) => a.id === 'failure')?.verdict).toBe('fail');
    expect(r.verdict).toBe('fail');
    expect(r.failure.sentence).toMatch(/fullest OSD \d+(\.\d)?% after losing pve\d \+ pve\d \(CRUSH simulated\), \d+ of 512 PGs \(\d+(\.\d)?%\) below min_size: I\/O BLOCKED, MON QUORUM LOST/);
    expect(r.placement?.domains[0]?.failures).toEqual({ kind: 'hosts', hostsTogether: 2, evaluated: 28, possible: 28 });
  });

  it('in French too', () => {
    const fr = plan(s, { lang: 'fr' });
    expect(fr.failure.sentence).toMatch(/sous min_size : E\/S BLOQUÉES, QUORUM DES MON PERDU/);
    expect(fr.checks.find((c) => c.id === 'failure.ceph-mon-quorum')?.message).toMatch(/^Avec 2 hôtes en panne, Ceph perd le quorum/);
  });

  it('the CLI exits 1 and its JSON carries failure.rebuildBytes and failure.pgsBelowMinSizeFraction', () => {
    const dir = mkdtempSync(join(tmpdir(), 'capa-sim-'));
    const file = join(dir, 'eight.yaml');
    writeFileSync(file, EIGHT);
    const out = spawnSync(process.execPath, [BIN, 'plan', file, '--json'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' }, timeout: 60_000 });
    expect(out.status, out.stderr).toBe(1);
    const j = JSON.parse(out.stdout) as ReturnType<typeof plan>;
    expect(j.failure.pgsBelowMinSizeFraction).toBe(r.failure.pgsBelowMinSizeFraction);
    expect(j.failure.rebuildBytes).toBe(r.failure.rebuildBytes);
    expect(Number.isInteger(j.failure.rebuildBytes)).toBe(true);
    expect(j.placement?.crushSafeUsableBytes).toBeGreaterThan(0);
  }, 60_000);
});

describe('capa plan: mixed hosts, where the average model passes and the fullest OSD does not', () => {
  const r = plan(scenario(MIXED), { lang: 'en' });

  it('the average model refills to 79.7 %, the simulated fullest OSD passes backfillfull', () => {
    // Average model (smallest host for every host, docs/ceph-capacity.md): 3 × 17 TB ÷ (80 − 16) TB = 0.796875, under nearfull.
    expect(r.metrics.cephFillAfterFailure).toBe(0.796875);
    // CRUSH: each OSD's share of a host loss is not the mean; the fullest one crosses backfillfull 90 %.
    expect(r.failure.fullestOsdFillAfter).toBeGreaterThan(0.9);
    const fill = r.checks.filter((c) => c.id === 'ceph.fill-after-failure');
    expect(fill.map((c) => c.level)).toEqual(['fail']);
    expect(fill[0]?.message).toMatch(/the fullest OSD \(osd\.\d+ on (small|big)\d\) reaches \d+(\.\d)?% \(the average model says 79\.7%\); above backfillfull 90%/);
    // Both safe figures side by side: the simulated one is the smaller.
    expect(r.metrics.cephSafeBytes).toBe(Math.floor((0.85 * (80e12 - 16e12)) / 3));
    expect(r.metrics.cephCrushSafeBytes).toBeLessThan(r.metrics.cephSafeBytes ?? 0);
    expect(r.placement?.domains[0]?.pools).toEqual([{ name: 'rbd', pgNum: 256, size: 3, minSize: 2, storedBytes: 17e12 }]);
    expect(r.verdict).toBe('fail');
  });

  it("the hosts are the scenario's own: 3 × 4 OSDs of 4 TB and 2 × 2 OSDs of 8 TB, one failure each, no I/O blocked", () => {
    const d = r.placement?.domains[0];
    expect(d?.hosts).toBe(5);
    expect(d?.failures).toEqual({ kind: 'host', hostsTogether: 1, evaluated: 5, possible: 5 });
    expect(r.failure.pgsBelowMinSizeFraction).toBe(0);
    expect(level(r, 'failure.ceph-io-blocked')).toEqual(['ok']);
    expect(level(r, 'failure.ceph-mon-quorum')).toEqual(['ok']);
    const fig = r.areas.find((a) => a.id === 'ceph')?.figures.map((f) => f.key) ?? [];
    expect(fig).toEqual(expect.arrayContaining(['crushSafeUsableBytes@all', 'fullestOsdFill@all', 'fullestOsdFillAfterFailure@all', 'safeUsableBytes@all']));
  });
});
