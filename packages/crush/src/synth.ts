// A crush dump and an osd dump built from an OSD tree (hosts and their OSDs' CRUSH weights), for when
// Ceph's own maps were not captured (old inventories, the Proxmox VE API). The map is the one Proxmox VE
// and cephadm create by default: one root `default`, one straw2 host bucket per host, OSD weight = its
// size in TiB, the jewel/optimal tunables, `replicated_rule` (take default, chooseleaf firstn 0 type
// host, emit) and, for erasure pools, the rule `ceph osd pool create … erasure` makes (chooseleaf indep
// 0 type host). Bucket ids are assigned in host order, which Ceph's need not be: the PGs of a real
// cluster may land elsewhere, only their statistics are alike. Callers must say so.
import { parseCrushDump, type CrushDump } from './crush-dump.js';
import { parseOsdDump, type OsdDump } from './osd-dump.js';
import { FLAG_HASHPSPOOL, POOL_ERASURE, POOL_REPLICATED } from './pool.js';

export interface TreeOsd {
  readonly id: number;
  /** CRUSH weight in TiB (= the device size in TiB on Proxmox VE and cephadm). */
  readonly crushWeight: number;
  readonly deviceClass?: string | null;
  readonly up?: boolean;
  /** Reweight 0..1 (1 = in). */
  readonly reweight?: number;
}
export interface TreeHost {
  readonly name: string;
  readonly osds: readonly TreeOsd[];
}
export interface TreePool {
  readonly id: number;
  readonly name: string;
  readonly erasure: boolean;
  readonly size: number;
  readonly minSize: number;
  readonly pgNum: number;
  readonly pgpNum?: number;
}

export const DEFAULT_REPLICATED_RULE = 0;
export const DEFAULT_ERASURE_RULE = 1;

/** CRUSH weight in TiB → 16.16 fixed point (what `ceph osd crush dump` prints). */
const fixed = (tib: number): number => Math.min(0xffffffff, Math.max(0, Math.round(tib * 0x10000)));

/** The two documents, validated by the same readers as Ceph's own dumps. */
export function mapsFromOsdTree(hosts: readonly TreeHost[], pools: readonly TreePool[]): { crushDump: CrushDump; osdDump: OsdDump } {
  const devices: { id: number; name: string; class?: string }[] = [];
  const buckets: Record<string, unknown>[] = [];
  const rootItems: { id: number; weight: number; pos: number }[] = [];
  hosts.forEach((h, i) => {
    const id = -2 - i;
    const items = [...h.osds]
      .sort((a, b) => a.id - b.id)
      .map((o, pos) => {
        devices.push({ id: o.id, name: `osd.${o.id}`, ...(o.deviceClass ? { class: o.deviceClass } : {}) });
        return { id: o.id, weight: fixed(o.crushWeight), pos };
      });
    const weight = items.reduce((s, it) => s + it.weight, 0);
    buckets.push({ id, name: h.name, type_id: 1, type_name: 'host', weight, alg: 'straw2', hash: 'rjenkins1', items });
    rootItems.push({ id, weight, pos: i });
  });
  buckets.unshift({ id: -1, name: 'default', type_id: 10, type_name: 'root', weight: rootItems.reduce((s, it) => s + it.weight, 0), alg: 'straw2', hash: 'rjenkins1', items: rootItems });
  devices.sort((a, b) => a.id - b.id);
  const crushDump = parseCrushDump({
    devices,
    types: [
      { type_id: 0, name: 'osd' },
      { type_id: 1, name: 'host' },
      { type_id: 10, name: 'root' },
    ],
    buckets,
    rules: [
      {
        rule_id: DEFAULT_REPLICATED_RULE,
        rule_name: 'replicated_rule',
        ruleset: 0,
        type: POOL_REPLICATED,
        min_size: 1,
        max_size: 10,
        steps: [{ op: 'take', item: -1, item_name: 'default' }, { op: 'chooseleaf_firstn', num: 0, type: 'host' }, { op: 'emit' }],
      },
      {
        rule_id: DEFAULT_ERASURE_RULE,
        rule_name: 'erasure_rule',
        ruleset: 1,
        type: POOL_ERASURE,
        min_size: 3,
        max_size: 64,
        steps: [
          { op: 'set_chooseleaf_tries', num: 5 },
          { op: 'set_choose_tries', num: 100 },
          { op: 'take', item: -1, item_name: 'default' },
          { op: 'chooseleaf_indep', num: 0, type: 'host' },
          { op: 'emit' },
        ],
      },
    ],
    tunables: { choose_local_tries: 0, choose_local_fallback_tries: 0, choose_total_tries: 50, chooseleaf_descend_once: 1, chooseleaf_vary_r: 1, chooseleaf_stable: 1, straw_calc_version: 1 },
  });
  const osds = hosts.flatMap((h) => h.osds).sort((a, b) => a.id - b.id);
  const maxOsd = osds.reduce((m, o) => Math.max(m, o.id + 1), 0);
  const osdDump = parseOsdDump({
    max_osd: maxOsd,
    pools: pools.map((p) => ({
      pool: p.id,
      pool_name: p.name,
      type: p.erasure ? POOL_ERASURE : POOL_REPLICATED,
      size: p.size,
      min_size: p.minSize,
      crush_rule: p.erasure ? DEFAULT_ERASURE_RULE : DEFAULT_REPLICATED_RULE,
      flags: FLAG_HASHPSPOOL,
      pg_num: p.pgNum,
      pg_placement_num: p.pgpNum ?? p.pgNum,
    })),
    osds: osds.map((o) => {
      const w = Math.min(1, Math.max(0, o.reweight ?? 1));
      return { osd: o.id, up: o.up === false ? 0 : 1, in: w > 0 ? 1 : 0, weight: w };
    }),
  });
  return { crushDump, osdDump };
}
