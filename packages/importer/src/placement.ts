/**
 * What `capa placement` needs from an inventory: Ceph's own maps when they were captured
 * (`ceph.placementMaps`), else maps built from the OSD tree the way Proxmox VE builds a cluster's
 * (see @capa/crush mapsFromOsdTree), with a warning; plus the pools' stored bytes, EC k and the OSD
 * sizes for the expected fill. Pure.
 */
import { type CrushDump, mapsFromOsdTree, type OsdDump, type TreeHost, type TreePool } from '@capa/crush';
import type { Inventory, InventoryWarning } from './schema.js';
import type { Params } from '@capa/core';
import { TiB } from './util.js';
import { type WarningKey, warningEn } from './warning-messages.js';

export interface PlacementInput {
  readonly crushDump: CrushDump;
  readonly osdDump: OsdDump;
  /** True when the maps were built from the OSD tree, not captured from Ceph. */
  readonly fromOsdTree: boolean;
  /** With fromOsdTree: which of Ceph's two dumps the inventory lacks, or that both were captured and refused. */
  readonly mapsMissing?: MapsMissing;
  /** Stored (logical) bytes by pool id, when the inventory has them. */
  readonly storedBytes: Map<number, number | null>;
  /** k by pool id (1 for replicated pools), when known. */
  readonly dataChunks: Map<number, number>;
  /** OSD sizes in bytes by id (osd df). */
  readonly osdSizeBytes: Map<number, number>;
  readonly warnings: InventoryWarning[];
}

/** Which of Ceph's maps an inventory lacks: `ceph osd crush dump`, `ceph osd dump`, or neither but they were refused. */
export interface MapsMissing {
  readonly noCrushDump: boolean;
  readonly noOsdDump: boolean;
  readonly refused: boolean;
}

/**
 * Why the inventory has no usable maps, from its import's warnings (ceph-placement-maps.ts): a capture
 * with osd-dump.json but no osd-crush-dump.json lacks one map, not both. An inventory without either
 * warning (an older one, or from the Proxmox VE API) captured neither.
 */
export function mapsMissingOf(inv: Inventory): MapsMissing {
  const w = inv.warnings.find((x) => x.code === 'ceph.no-crush-map' || x.code === 'ceph.crush-map-unusable');
  if (w?.code === 'ceph.crush-map-unusable') return { noCrushDump: false, noOsdDump: false, refused: true };
  const p = w?.params;
  if (p && typeof p['crushDump'] === 'boolean' && typeof p['osdDump'] === 'boolean') return { noCrushDump: p['crushDump'], noOsdDump: p['osdDump'], refused: false };
  return { noCrushDump: true, noOsdDump: true, refused: false };
}

/** The inventory's placement input; null when it has no Ceph part. */
export function placementInputFromInventory(inv: Inventory): PlacementInput | null {
  const ceph = inv.ceph;
  if (!ceph) return null;
  const warnings: InventoryWarning[] = [];
  const storedBytes = new Map<number, number | null>();
  const dataChunks = new Map<number, number>();
  for (const p of ceph.pools) {
    storedBytes.set(p.id, p.storedBytes);
    if (p.type === 'replicated') dataChunks.set(p.id, 1);
    else if (p.type === 'erasure' && p.k !== null && p.k > 0) dataChunks.set(p.id, p.k);
  }
  const osdSizeBytes = new Map<number, number>();
  for (const o of ceph.osds) if (o.sizeBytes > 0) osdSizeBytes.set(o.id, o.sizeBytes);
  const maps = ceph.placementMaps;
  if (maps) return { crushDump: maps.crushDump, osdDump: maps.osdDump, fromOsdTree: false, storedBytes, dataChunks, osdSizeBytes, warnings };

  const hosts = new Map<string, TreeHost['osds'][number][]>();
  const hostless: string[] = [];
  let fromSize = 0;
  for (const o of ceph.osds) {
    if (o.host === null) {
      hostless.push(o.name);
      continue;
    }
    // weight = size in TiB, as Proxmox VE and cephadm set it, when the tree has no CRUSH weight.
    let w = o.crushWeight;
    if (w === null) {
      w = o.sizeBytes / TiB;
      fromSize++;
    }
    const list = hosts.get(o.host) ?? [];
    list.push({ id: o.id, crushWeight: w, deviceClass: o.deviceClass, up: o.up !== false, reweight: o.reweight ?? (o.in === false ? 0 : 1) });
    hosts.set(o.host, list);
  }
  const pools: TreePool[] = [];
  const skipped: string[] = [];
  for (const p of ceph.pools) {
    if (p.pgNum === null || p.size === null || p.size < 1 || p.type === 'unknown' || p.id < 0) {
      skipped.push(p.name);
      continue;
    }
    const erasure = p.type === 'erasure';
    const minSize = p.minSize ?? (erasure && p.k !== null ? Math.min(p.size, p.k + 1) : p.size - Math.floor(p.size / 2));
    pools.push({ id: p.id, name: p.name, erasure, size: p.size, minSize, pgNum: p.pgNum });
  }
  const warn = (code: WarningKey, params: Params): void => {
    warnings.push({ code, message: warningEn(code, params), source: 'inventory', params });
  };
  const mapsMissing = mapsMissingOf(inv);
  warn('placement.map-from-osd-tree', { ...mapsMissing });
  if (hostless.length > 0) warn('placement.osd-without-host', { n: hostless.length, osds: hostless.slice(0, 10).join(', ') });
  if (fromSize > 0) warn('placement.weight-from-size', { n: fromSize });
  if (skipped.length > 0) warn('placement.pool-skipped', { pools: skipped.slice(0, 10).join(', ') });
  const { crushDump, osdDump } = mapsFromOsdTree(
    [...hosts].map(([name, osds]) => ({ name, osds })),
    pools,
  );
  return { crushDump, osdDump, fromOsdTree: true, mapsMissing, storedBytes, dataChunks, osdSizeBytes, warnings };
}
