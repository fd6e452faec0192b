/** Proxmox VE's view of Ceph → the Ceph part of an Inventory, for clusters imported through the PVE API alone. */
import * as z from 'zod';
import type { InventoryCeph, InventoryOsd, InventoryPool } from '../schema.js';
import { bool, ImportError, int, isRecord, num, str, TiB, Warnings } from '../util.js';
import { check } from './shape.js';

/**
 * Ceph through the PVE API: `/nodes/{n}/ceph/osd` (a tree; sizes in bytes, but `total_space` is
 * (kb || 1) × 1024, so an OSD without stats reports 1024 bytes → crush_weight TiB is used),
 * `/nodes/{n}/ceph/pool` (no stored, no EC profile), `/nodes/{n}/ceph/pool/{name}/status?verbose=1`
 * (`statistics` = the pool's ceph df stats) and `/cluster/ceph/status` (pgmap raw totals).
 */
export function parsePveCeph(input: { osdTree: unknown; pools: unknown; poolStatus: Readonly<Record<string, unknown>>; status: unknown }, warnings: Warnings = new Warnings()): InventoryCeph {
  const root = isRecord(input.osdTree) && isRecord(input.osdTree['root']) ? input.osdTree['root'] : null;
  if (!root) throw new ImportError('pve.ceph-osd-no-root', {}, '/nodes/{node}/ceph/osd');
  const osds: InventoryOsd[] = [];
  const walk = (n: Record<string, unknown>, host: string | null) => {
    const type = str(n['type']);
    const here = type === 'host' ? str(n['name']) : host;
    if (type === 'osd') {
      const id = int(n['id']);
      if (id === null) return;
      const total = int(n['total_space']);
      const cw = num(n['crush_weight']);
      let size = total ?? 0;
      if ((total === null || total <= 1024) && cw !== null && cw > 0) {
        size = Math.round(cw * TiB);
        warnings.add('pve.osd-size-from-crush-weight', { name: str(n['name']) ?? `osd.${id}`, total, crushWeight: cw }, '/nodes/{node}/ceph/osd', 'ceph.osd-size-from-crush-weight');
      }
      osds.push({
        id,
        name: str(n['name']) ?? `osd.${id}`,
        host: str(n['host']) ?? here,
        deviceClass: str(n['device_class']) || null,
        sizeBytes: size,
        usedBytes: int(n['bytes_used']),
        pgs: int(n['pgs']),
        up: str(n['status']) === null ? null : str(n['status']) === 'up',
        in: bool(n['in']),
        crushWeight: cw,
        reweight: num(n['reweight']),
      });
    }
    if (Array.isArray(n['children'])) for (const c of n['children']) if (isRecord(c)) walk(c, here);
  };
  walk(root, null);
  osds.sort((a, b) => a.id - b.id);

  const poolList = check(z.array(z.looseObject({ pool_name: z.string() })), input.pools, '/nodes/{node}/ceph/pool');
  const pools: InventoryPool[] = poolList.map((p) => {
    const name = p.pool_name;
    const st = input.poolStatus[name];
    const stats = isRecord(st) && isRecord(st['statistics']) ? st['statistics'] : null;
    if (!stats) warnings.add('pve.ceph-pool-status-missing', { pool: name }, `/nodes/{node}/ceph/pool/${name}/status`);
    const type = str(p['type']);
    const t: InventoryPool['type'] = type === 'replicated' ? 'replicated' : type === 'erasure' ? 'erasure' : 'unknown';
    if (t === 'erasure') warnings.add('pve.ceph-ec-profile', { pool: name }, '/nodes/{node}/ceph/pool');
    const as = isRecord(p['autoscale_status']) ? p['autoscale_status'] : null;
    return {
      id: int(p['pool']) ?? -1,
      name,
      type: t,
      size: int(p['size']),
      minSize: int(p['min_size']),
      k: null,
      m: null,
      ecProfile: null,
      pgNum: int(p['pg_num']),
      pgNumTarget: null,
      pgNumMin: int(p['pg_num_min']),
      pgNumMax: null,
      autoscaleMode: str(p['pg_autoscale_mode']),
      bulk: false,
      bias: null,
      targetSizeRatio: num(p['target_size_ratio']),
      targetSizeBytes: int(p['target_size']),
      crushRule: int(p['crush_rule']),
      crushRuleName: str(p['crush_rule_name']),
      crushRoot: null,
      failureDomain: null,
      deviceClass: null,
      storedBytes: stats ? int(stats['stored']) : null,
      usedBytes: stats ? int(stats['bytes_used']) : int(p['bytes_used']),
      maxAvailBytes: stats ? int(stats['max_avail']) : null,
      objects: stats ? int(stats['objects']) : null,
      applications: isRecord(p['application_metadata']) ? Object.keys(p['application_metadata']) : [],
      autoscale: as
        ? {
            pgNumTarget: int(as['pg_num_target']),
            pgNumFinal: int(as['pg_num_final']) ?? int(p['pg_num_final']),
            pgNumIdeal: int(as['pg_num_ideal']),
            wouldAdjust: bool(as['would_adjust']),
            rawUsedRate: num(as['raw_used_rate']),
            subtreeCapacityBytes: int(as['subtree_capacity']),
            capacityRatio: num(as['capacity_ratio']),
            mode: str(as['pg_autoscale_mode']),
          }
        : null,
    };
  });
  const status = isRecord(input.status) ? input.status : {};
  const pg = isRecord(status['pgmap']) ? status['pgmap'] : {};
  return {
    version: isRecord(status['monmap']) ? str(status['monmap']['min_mon_release_name']) : null,
    fsid: str(status['fsid']),
    osds,
    pools,
    totalBytes: int(pg['bytes_total']),
    rawUsedBytes: int(pg['bytes_used']) ?? osds.reduce((s, o) => s + (o.usedBytes ?? 0), 0),
    availBytes: int(pg['bytes_avail']),
    nearfullRatio: null,
    backfillfullRatio: null,
    fullRatio: null,
  };
}
