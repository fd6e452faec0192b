/**
 * Ceph CLI JSON (`ceph ... -f json`) → the Ceph part of an Inventory. Pure: text/JSON in, data out.
 * This module assembles the parts (OSDs, CRUSH rules, pools, placement maps: one module each) and
 * reads the cluster's identity and full ratios. Every size leaves the parsers in bytes.
 *
 * Version differences handled here: `status` with nested (≤ Nautilus) or flat `osdmap`; the others are
 * described in the module that meets them.
 */
import type { InventoryCeph } from '../schema.js';
import { isRecord, num, str, Warnings } from '../util.js';
import type { CephJsonInputs } from './ceph-commands.js';
import { parseCrushRules } from './ceph-crush-rules.js';
import { parseOsds } from './ceph-osds.js';
import { placementMapsFrom } from './ceph-placement-maps.js';
import { parsePools } from './ceph-pools.js';

/** "ceph version 16.2.15 (618f…) pacific (stable)" → "16.2.15 pacific". */
export function cephVersionFrom(versions: unknown): string | null {
  if (!isRecord(versions)) return null;
  const overall = versions['overall'];
  const keys = isRecord(overall) ? Object.keys(overall) : Object.values(versions).flatMap((v) => (isRecord(v) ? Object.keys(v) : []));
  const found = new Set<string>();
  for (const k of keys) {
    const m = /ceph version (\S+)(?: \([0-9a-f]+\))? (\w+)/.exec(k);
    if (m) found.add(`${m[1]} ${m[2]}`);
  }
  return found.size === 0 ? null : [...found].sort().join(', ');
}

export function parseCephJson(inputs: CephJsonInputs, warnings: Warnings = new Warnings()): InventoryCeph {
  // The order of the parts is the order of their shape errors and warnings: keep it.
  const { osds, totalBytes, rawUsedBytes, availBytes } = parseOsds(inputs.osdDf, inputs.osdTree, warnings);
  const rules = parseCrushRules(inputs.crushRules, warnings);
  const dump = isRecord(inputs.osdDump) ? inputs.osdDump : null;
  const pools = parsePools(inputs, rules, dump, warnings);

  const status = isRecord(inputs.status) ? inputs.status : null;
  let version = cephVersionFrom(inputs.versions);
  if (version === null && status && isRecord(status['monmap'])) version = str(status['monmap']['min_mon_release_name']);
  const ratio = (key: string) => (dump ? num(dump[key]) : null);
  return {
    version,
    fsid: (status ? str(status['fsid']) : null) ?? (dump ? str(dump['fsid']) : null),
    osds,
    pools,
    totalBytes,
    // Without osd df (OSDs from the tree) no OSD's use is known: raw used stays unknown, not 0.
    rawUsedBytes: rawUsedBytes ?? (inputs.osdDf === undefined ? null : osds.reduce((sum, o) => sum + (o.usedBytes ?? 0), 0)),
    availBytes,
    nearfullRatio: ratio('nearfull_ratio'),
    backfillfullRatio: ratio('backfillfull_ratio'),
    fullRatio: ratio('full_ratio'),
    placementMaps: placementMapsFrom(inputs, warnings),
  };
}
