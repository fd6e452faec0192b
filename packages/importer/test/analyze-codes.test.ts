/**
 * Every check `capa analyze` emits is coded (issue 10): it carries a `code` of INVENTORY_MESSAGES, its
 * message is that code rendered from its `params` in the run's language, and the params are plain
 * data. The inventories below (the fixtures, and copies changed to reach the rare branches) reach
 * every code of the analysis's own catalogue, so a check added later with plain words fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as engine from '@capa/crush';
import { describe, expect, it } from 'vitest';
import { type AnalysisInput, type AnalysisPlacement, analyzeInventory, INVENTORY_MESSAGES, type Lang, renderMessage } from '@capa/core';
import { type Inventory, placementInputFromInventory, readInventory } from '../src/index.js';
import { FIXTURES } from './helpers.js';
import { guest, inv, node } from './synthetic-inventory.js';

const GiB = 2 ** 30;
const read = (name: string): Inventory => readInventory(readFileSync(join(FIXTURES, name), 'utf8'), name);
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
/** A changed copy of an inventory. */
const edit = (i: Inventory, change: (x: Mutable<Inventory>) => void): Inventory => {
  const x = structuredClone(i) as Mutable<Inventory>;
  change(x);
  return x as Inventory;
};

/** Workloads reaching the memory and CPU verdicts: fits, tight, too big, nowhere to run. */
const workloads = (): Inventory[] => [
  inv(
    [node('a', 128, 16), node('b', 64, 16), node('c', 64, 16)],
    [guest('a', 40, 8), guest('a', 30, 8), guest('b', 5), guest('c', 5), guest('a', 10, 2, { memoryBytes: null }), guest('b', 4, 2, { haState: null })],
  ),
  inv([node('a', 128), node('b', 64), node('c', 64)], [guest('a', 40), guest('a', 30), guest('b', 10), guest('c', 10)]),
  inv([node('a', 256), node('b', 64), node('c', 64)], [guest('a', 100)]),
  inv([node('a', 64, 32, false)], [guest('a', 10)]),
];

const FIXTURE_INVENTORIES = [read('sandbox-inventory.json'), read('mixed-hosts-inventory.json')];
/** No pool with stored bytes (nothing to simulate), and a pg_num_min the PG rule refuses. */
const NO_BYTES = new Map(
  FIXTURE_INVENTORIES.map((b) => [
    b,
    edit(b, (x) => {
      if (!x.ceph) return;
      for (const p of x.ceph.pools) {
        if (p.pgNum) p.pgNum = 4096;
        p.pgNumMin = 3;
        p.storedBytes = null;
      }
    }),
  ]),
);
const SIMULATED = new Set([...FIXTURE_INVENTORIES, ...NO_BYTES.values()]);

/** The Ceph side: the fixtures, and copies changed to reach the rare branches. */
function inventories(): Inventory[] {
  const out: Inventory[] = [];
  for (const base of FIXTURE_INVENTORIES) {
    out.push(base);
    // Guests of unknown memory, an offline node, a survivor of unknown threads, nobody HA-managed.
    out.push(
      edit(base, (x) => {
        for (const g of x.guests.slice(0, 2)) g.memoryBytes = null;
        for (const g of x.guests) g.haState = null;
        if (x.nodes[0]) x.nodes[0].online = false;
        if (x.nodes[1]) x.nodes[1].threads = null;
      }),
    );
    out.push(
      edit(base, (x) => {
        for (const n of x.nodes) n.ramTotalBytes = null;
      }),
    );
    out.push(
      edit(base, (x) => {
        x.nodes = [];
        x.guests = [];
      }),
    );
    if (!base.ceph) continue;
    // Raw used unknown, failure domain osd, a pool of unknown protection.
    out.push(
      edit(base, (x) => {
        if (!x.ceph) return;
        x.ceph.rawUsedBytes = null;
        for (const p of x.ceph.pools) p.failureDomain = 'osd';
        const p0 = x.ceph.pools[0];
        if (p0) {
          p0.type = 'unknown';
          p0.size = null;
        }
      }),
    );
    // Every OSD on one host; no host at all.
    out.push(
      edit(base, (x) => {
        if (!x.ceph) return;
        const h = x.ceph.osds[0]?.host ?? null;
        for (const o of x.ceph.osds) o.host = h;
      }),
    );
    out.push(
      edit(base, (x) => {
        if (!x.ceph) return;
        for (const o of x.ceph.osds) o.host = null;
      }),
    );
    // The in OSDs on one host, the last OSD out and alone on another (issue 13: not "all OSDs in one host").
    out.push(
      edit(base, (x) => {
        if (!x.ceph) return;
        const h = x.ceph.osds[0]?.host ?? null;
        for (const o of x.ceph.osds) o.host = h;
        const last = x.ceph.osds.at(-1);
        if (last) {
          last.host = 'only-out';
          last.in = false;
        }
      }),
    );
    // Pools too wide for the hosts, pg_num far from the rule and from Ceph's own; a pg_num_min the rule refuses.
    out.push(
      edit(base, (x) => {
        if (!x.ceph) return;
        for (const p of x.ceph.pools) {
          if (p.type === 'replicated') p.size = 30;
          if (p.pgNum) p.pgNum = 4096;
          if (p.autoscale) p.autoscale.pgNumFinal = 7;
        }
      }),
    );
    out.push(NO_BYTES.get(base) ?? base);
    // Fuller clusters: the fill after a host loss above nearfull, above backfillfull.
    for (const [fill, scale] of [
      [0.6, 6],
      [0.7, 8],
    ] as const) {
      out.push(
        edit(base, (x) => {
          if (!x.ceph) return;
          x.ceph.rawUsedBytes = (x.ceph.totalBytes ?? 0) * fill;
          for (const p of x.ceph.pools) p.storedBytes = (p.storedBytes ?? 0) * scale;
        }),
      );
    }
  }
  return out;
}

/** The simulation on the unchanged fixtures only (seconds each); the changed copies take the average model or a refusal. */
function placements(i: Inventory, simulate: boolean): (AnalysisPlacement | undefined)[] {
  if (!i.ceph || i.ceph.pools.length === 0) return [undefined];
  if (!simulate) return [undefined, { refused: 'map refused' }];
  const input = placementInputFromInventory(i);
  if (input === null) return [undefined];
  // The adapter's refusal of the maps, in its words (packages/cli/src/commands/importer/analyze.ts).
  return [undefined, { engine, crushDump: input.crushDump, osdDump: input.osdDump, fromOsdTree: input.fromOsdTree, warnings: input.warnings }, { refused: 'map refused' }];
}

const OPTIONS: readonly Partial<AnalysisInput>[] = [{}, { failures: 9 }, { maxUtilization: 0.3, maxOvercommit: 0.1 }, { addNodes: [{ ramBytes: 512 * GiB, count: 2 }], guestRamBytes: 1024 * GiB }];

/** A what-if node with OSDs the map does not have: the simulation is not run. */
const ADD_OSDS: Partial<AnalysisInput> = { addNodes: [{ ramBytes: 512 * GiB, threads: 64, osds: 4, osdSizeBytes: 7.68e12 }] };

describe('capa analyze: every check carries a code of its catalogue', () => {
  it('each check is its code rendered from plain params, in English and French, and every code is reached', () => {
    const seen = new Set<string>();
    for (const inventory of [...workloads(), ...inventories()]) {
      const simulate = SIMULATED.has(inventory);
      for (const placement of placements(inventory, simulate)) {
        for (const opts of simulate ? [OPTIONS[0] ?? {}, OPTIONS[1] ?? {}, ADD_OSDS] : OPTIONS) {
          for (const lang of ['en', 'fr'] as Lang[]) {
            const o = analyzeInventory({ inventory, ...opts, lang }, placement);
            if (!o.ok) continue;
            for (const c of o.value.checks) {
              expect(c.code, c.id).toBeDefined();
              expect(Object.keys(INVENTORY_MESSAGES[lang]), c.id).toContain(c.code);
              expect(c.message, c.id).toBe(renderMessage(INVENTORY_MESSAGES, c.code ?? '', c.params ?? {}, lang));
              expect(JSON.parse(JSON.stringify(c.params))).toEqual(c.params);
              seen.add(c.code ?? '');
            }
          }
        }
      }
    }
    expect(Object.keys(INVENTORY_MESSAGES.en).filter((c) => c.startsWith('inventory.') && !seen.has(c))).toEqual([]);
  }, 240_000);
});
