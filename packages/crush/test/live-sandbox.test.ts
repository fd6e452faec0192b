/**
 * The live oracle: @capa/crush against a REAL Ceph 16.2 cluster (scripts/ceph-sandbox: 1 mon, 1 mgr,
 * 5 CRUSH hosts x 2 BlueStore OSDs on 127.0.0.1). The sandbox's own pools (a replicated pool and an EC
 * 2+1 pool, both with failure domain host) are joined by an EC 3+2 pool with failure domain osd. Then
 * CRUSH weights are made unequal, one OSD gets a partial reweight and another a primary affinity of 0.5,
 * a whole host is marked out, one OSD is marked down (kept down with `noup`), and `pg-upmap-items`
 * entries are set. Once the cluster has settled, `ceph osd dump` and `ceph osd crush dump` go through
 * @capa/crush and every PG's up set and up primary must equal `ceph pg dump pgs_brief`, PG for PG.
 *
 * This file always starts its own sandbox (it changes the cluster, so it never uses one it finds) in
 * /tmp/capa-crush-live-test on ports of its own (42330/42789, 42500-42700) and stops it afterwards.
 * When Ceph is missing and cannot be installed (not root), it FAILS with the reason; it never skips.
 */
import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_NONE, loadPlacement } from '../src/index.js';
import { compare, type CrushDumpJson, hostsOf, type OsdDumpJson, type PgBrief, report, type Snapshot } from './live-compare.js';

const SCRIPTS = fileURLToPath(new URL('../../../scripts/ceph-sandbox/', import.meta.url));
const SANDBOX_DIR = '/tmp/capa-crush-live-test';
const SANDBOX_ENV = {
  CEPH_SANDBOX_DIR: SANDBOX_DIR,
  CEPH_SANDBOX_MON_PORT: '42330',
  CEPH_SANDBOX_MON_V1_PORT: '42789',
  CEPH_SANDBOX_PORT_MIN: '42500',
  CEPH_SANDBOX_PORT_MAX: '42700',
  CEPH_SANDBOX_HOSTS: '5',
  CEPH_SANDBOX_OSDS_PER_HOST: '2',
  CEPH_SANDBOX_OBJECTSTORE: 'bluestore',
};
/** The host marked out (its OSDs osd.8, osd.9) and the OSD marked down. */
const OUT_HOST = 'sandbox-host-5';
const DOWN_OSD = 2;
/** Settling: polls of the cluster, this far apart, and how many identical polls in a row count as settled. */
const POLLS = 90;
const POLL_MS = 4000;
const STABLE_POLLS = 3;

const has = (bin: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const isRoot = process.getuid?.() === 0;

let conf = join(SANDBOX_DIR, 'ceph.conf');
let started = false;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `ceph ARGS -f json`, parsed. Asynchronous: a minute-long synchronous child would block the worker. */
const cephJson = <T = unknown>(args: readonly string[]): Promise<T> =>
  new Promise((res, rej) =>
    execFile('ceph', ['--conf', conf, ...args, '-f', 'json'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (e, out, err) =>
      e ? rej(new Error(`ceph ${args.join(' ')}: ${e.message}\n${err}`)) : res(JSON.parse(out) as T),
    ),
  );
/** `ceph ARGS` for its effect; resolves with what it printed. */
const ceph = (...args: string[]): Promise<string> =>
  new Promise((res, rej) =>
    execFile('ceph', ['--conf', conf, ...args], { encoding: 'utf8', timeout: 60_000 }, (e, out, err) =>
      e ? rej(new Error(`ceph ${args.join(' ')}: ${e.message}\n${err}`)) : res(`${out}${err}`.trim()),
    ),
  );

const script = (name: string, timeout: number) =>
  new Promise<string>((res, rej) => {
    execFile(join(SCRIPTS, name), { env: { ...process.env, ...SANDBOX_ENV }, encoding: 'utf8', timeout, maxBuffer: 16 * 1024 * 1024 }, (e, stdout, stderr) => {
      if (e) rej(new Error(`${name} failed: ${e.message}\n${stderr.split('\n').slice(-30).join('\n')}`));
      else res(stdout);
    });
  });

/** States in which a PG's reported up set may still be that of an older OSD map. */
const TRANSITIONAL = /peering|unknown|activating|creating|stale/;

/**
 * Waits until the cluster has settled on one OSD map: the epoch does not move during a poll, no PG is
 * in a transitional state, every PG of every pool is reported, and the up sets and primaries of `ceph
 * pg dump pgs_brief` are the same over STABLE_POLLS polls in a row (OSDs report PG stats to the mgr
 * every few seconds, so a changed mapping shows within a poll or two of peering). Bounded: after POLLS
 * polls it throws, naming what has not settled.
 */
async function settle(label: string): Promise<Snapshot> {
  const t0 = Date.now();
  let previous = '';
  let same = 0;
  let why = '';
  for (let poll = 1; poll <= POLLS; poll++) {
    const osd = await cephJson<OsdDumpJson>(['osd', 'dump']);
    const crush = await cephJson<CrushDumpJson>(['osd', 'crush', 'dump']);
    const { pg_stats: pgs } = await cephJson<{ pg_stats: PgBrief[] }>(['pg', 'dump', 'pgs_brief']);
    const after = await cephJson<OsdDumpJson>(['osd', 'dump']);
    const expected = osd.pools.reduce((s, p) => s + p.pg_num, 0);
    const busy = pgs.filter((p) => TRANSITIONAL.test(p.state));
    const key = `${osd.epoch}|${pgs
      .map((p) => `${p.pgid}:${p.up.join(',')}:${p.up_primary}`)
      .sort()
      .join(' ')}`;
    if (after.epoch !== osd.epoch) why = `the OSD map moved from epoch ${osd.epoch} to ${after.epoch} during the poll`;
    else if (pgs.length !== expected) why = `pg dump lists ${pgs.length} PGs, the pools have ${expected}`;
    else if (busy.length > 0)
      why = `${busy.length} PGs in transitional states (${busy
        .slice(0, 5)
        .map((p) => `${p.pgid} ${p.state}`)
        .join(', ')})`;
    else why = '';
    if (why === '' && key === previous) same++;
    else same = why === '' ? 1 : 0;
    previous = key;
    if (same >= STABLE_POLLS) {
      const seconds = (Date.now() - t0) / 1000;
      console.log(`live oracle [${label}]: settled at OSD map epoch ${osd.epoch} after ${poll} polls (${seconds.toFixed(0)} s)`);
      return { osd, crush, pgs, polls: poll, seconds };
    }
    await sleep(POLL_MS);
  }
  throw new Error(`live oracle [${label}]: the cluster did not settle within ${POLLS} polls: ${why || 'the up sets kept changing'}`);
}

describe('live oracle: @capa/crush against a real Ceph sandbox, PG for PG', () => {
  beforeAll(async () => {
    if (!has('ceph-mon') && !isRoot) {
      const reason =
        'Ceph is missing: ceph-mon is not on PATH and this user is not root, so the sandbox cannot install it here. Run bash scripts/test-prereqs.sh (pnpm test does; it uses sudo when not root) or apt-get install ceph-mon ceph-mgr ceph-osd ceph-common.';
      console.error(reason);
      throw new Error(reason);
    }
    const t0 = Date.now();
    // start.sh installs Ceph from Debian's packages when it is missing (as root). stop.sh runs
    // afterwards even if start.sh fails or times out: it signals only the PIDs recorded in this
    // sandbox's directory and does nothing when there is none.
    started = true;
    const out = await script('start.sh', 600_000);
    conf = /export CEPH_CONF=(\S+)/.exec(out)?.[1] ?? conf;
    console.log(`live oracle: sandbox up in ${((Date.now() - t0) / 1000).toFixed(0)} s (${(await ceph('--version')).split('\n')[0] ?? ''})`);
  }, 660_000);

  afterAll(async () => {
    if (started) await script('stop.sh', 180_000);
  }, 200_000);

  it('as started: every PG of the replicated and EC pools equals pg dump', async () => {
    const s = await settle('as started');
    const c = compare(s);
    report('as started', s, c);
    expect(c.pgs).toBeGreaterThan(64);
    expect(c.mismatches).toEqual([]);
  }, 600_000);

  it('after unequal weights, a reweight, primary affinity, a host out, an OSD down and pg-upmap-items: every PG equals pg dump', async () => {
    await ceph('osd', 'set-require-min-compat-client', 'luminous');
    await ceph('osd', 'erasure-code-profile', 'set', 'capa-k3m2-osd', 'k=3', 'm=2', 'crush-failure-domain=osd');
    await ceph('osd', 'pool', 'create', 'capa-ec-osd', '32', '32', 'erasure', 'capa-k3m2-osd');
    await ceph('osd', 'pool', 'set', 'capa-ec-osd', 'pg_autoscale_mode', 'off');
    // Unequal CRUSH weights (the sandbox's are all 0.0098), a partial reweight (is_out's hash draw),
    // a primary affinity below 1.
    await ceph('osd', 'crush', 'reweight', 'osd.0', '0.02');
    await ceph('osd', 'crush', 'reweight', 'osd.4', '0.005');
    await ceph('osd', 'crush', 'reweight', 'osd.5', '0.015');
    await ceph('osd', 'reweight', '3', '0.7');
    await ceph('osd', 'primary-affinity', 'osd.5', '0.5');
    // A whole host out; one OSD down and kept down (noup: the live daemon cannot mark itself up again).
    const crush0 = await cephJson<CrushDumpJson>(['osd', 'crush', 'dump']);
    const host = hostsOf(crush0);
    const outOsds = [...host]
      .filter(([, h]) => h === OUT_HOST)
      .map(([o]) => o)
      .sort((a, b) => a - b);
    expect(outOsds.length).toBeGreaterThan(0);
    await ceph('osd', 'out', ...outOsds.map(String));
    await ceph('osd', 'set', 'noup');
    await ceph('osd', 'down', String(DOWN_OSD));

    // pg-upmap-items on the map as it now stands: for a few PGs of each pool, move one member to an OSD
    // that is up and in and that the pool's rule allows (another host for host-domain pools), so the
    // monitor keeps the entry.
    const osd = await cephJson<OsdDumpJson>(['osd', 'dump']);
    const crush = await cephJson<CrushDumpJson>(['osd', 'crush', 'dump']);
    const placement = loadPlacement(crush, osd);
    const usable = osd.osds.filter((o) => o.up === 1 && o.in === 1 && o.weight === 1).map((o) => o.osd);
    const set: string[] = [];
    for (const pool of osd.pools) {
      if (pool.pool_name === 'device_health_metrics') continue;
      const hostDomain = pool.pool_name !== 'capa-ec-osd';
      let made = 0;
      for (let ps = 0; ps < pool.pg_num && made < 3; ps++) {
        const pg = placement.mapPg(pool.pool, ps);
        const members = pg.up.filter((o): o is number => o !== null);
        const from = members[members.length - 1];
        if (from === undefined || from === DOWN_OSD) continue;
        const busyHosts = new Set([...members, DOWN_OSD].map((o) => host.get(o)));
        const to = usable.find((o) => !members.includes(o) && o !== DOWN_OSD && (!hostDomain || !busyHosts.has(host.get(o))));
        if (to === undefined) continue;
        await ceph('osd', 'pg-upmap-items', pg.pgid, String(from), String(to));
        set.push(`${pg.pgid} ${from}->${to}`);
        made++;
      }
    }
    console.log(`live oracle: pg-upmap-items set: ${set.join(', ')}`);

    const s = await settle('after changes');
    const c = compare(s);
    report('after changes', s, c);
    const items = s.osd.pg_upmap_items ?? [];
    console.log(
      `live oracle: the final OSD map holds ${items.length} pg_upmap_items (${items.map((u) => u.pgid).join(', ')}); out: ${s.osd.osds
        .filter((o) => o.in === 0)
        .map((o) => `osd.${o.osd}`)
        .join(', ')}; down: ${s.osd.osds
        .filter((o) => o.up === 0)
        .map((o) => `osd.${o.osd}`)
        .join(', ')}`,
    );
    // What this run must have exercised, or it proves less than it says.
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const pool of s.osd.pools.filter((p) => p.pool_name !== 'device_health_metrics')) {
      expect(
        items.some((u) => u.pgid.startsWith(`${pool.pool}.`)),
        `a pg_upmap_items entry in ${pool.pool_name}`,
      ).toBe(true);
    }
    expect(s.osd.osds.filter((o) => o.in === 0).map((o) => o.osd)).toEqual(outOsds);
    expect(s.osd.osds.find((o) => o.osd === DOWN_OSD)?.up).toBe(0);
    expect(s.osd.pools.map((p) => p.pool_name)).toContain('capa-ec-osd');
    expect(s.pgs.some((p) => p.up.includes(ITEM_NONE))).toBe(true); // an EC hole reached the pg dump
    expect(c.pgs).toBe(s.osd.pools.reduce((n, p) => n + p.pg_num, 0));
    expect(c.mismatches).toEqual([]);
  }, 900_000);
});
