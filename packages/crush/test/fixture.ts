// Small hand-built crush dump and osd dump documents, in the JSON shape Ceph prints.

export function crushDump(hosts: number, perHost: number, opts: { alg?: string } = {}): Record<string, unknown> {
  const devices = [];
  const buckets = [];
  const rootItems = [];
  for (let h = 0; h < hosts; h++) {
    const items = [];
    for (let i = 0; i < perHost; i++) {
      const id = h * perHost + i;
      devices.push({ id, name: `osd.${id}`, class: 'hdd' });
      items.push({ id, weight: 0x10000 * (1 + (id % 3)), pos: i });
    }
    buckets.push({ id: -2 - h, name: `host${h}`, type_id: 1, type_name: 'host', weight: 0, alg: opts.alg ?? 'straw2', hash: 'rjenkins1', items });
    rootItems.push({ id: -2 - h, weight: items.reduce((a, it) => a + it.weight, 0), pos: h });
  }
  buckets.unshift({ id: -1, name: 'default', type_id: 11, type_name: 'root', weight: 0, alg: 'straw2', hash: 'rjenkins1', items: rootItems });
  return {
    devices,
    types: [
      { type_id: 0, name: 'osd' },
      { type_id: 1, name: 'host' },
      { type_id: 11, name: 'root' },
    ],
    buckets,
    rules: [
      {
        rule_id: 0,
        rule_name: 'replicated_rule',
        ruleset: 0,
        type: 1,
        min_size: 1,
        max_size: 10,
        steps: [{ op: 'take', item: -1, item_name: 'default' }, { op: 'chooseleaf_firstn', num: 0, type: 'host' }, { op: 'emit' }],
      },
      {
        rule_id: 1,
        rule_name: 'ec',
        ruleset: 1,
        type: 3,
        min_size: 3,
        max_size: 20,
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
    choose_args: {},
  };
}

export interface OsdState {
  up?: number;
  weight?: number;
  primary_affinity?: number;
}

export function osdDump(osds: number, state: Record<number, OsdState> = {}, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    max_osd: osds,
    pools: [
      { pool: 1, pool_name: 'rbd', type: 1, size: 3, min_size: 2, crush_rule: 0, flags: 1, pg_num: 64, pg_placement_num: 64 },
      { pool: 2, pool_name: 'ec', type: 3, size: 5, min_size: 4, crush_rule: 1, flags: 1, pg_num: 32, pg_placement_num: 32 },
    ],
    osds: Array.from({ length: osds }, (_, osd) => ({
      osd,
      up: state[osd]?.up ?? 1,
      in: (state[osd]?.weight ?? 1) > 0 ? 1 : 0,
      weight: state[osd]?.weight ?? 1,
      primary_affinity: state[osd]?.primary_affinity ?? 1,
    })),
    pg_upmap: [],
    pg_upmap_items: [],
    ...extra,
  };
}
