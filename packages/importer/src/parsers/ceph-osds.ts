/**
 * `ceph osd df` (+ `ceph osd tree`) → the OSDs and the raw totals. Without `osd df`, the OSDs come from
 * `osd tree` alone: sizes from `crush_weight` (TiB by convention), used bytes and raw totals unknown.
 *
 * Units (docs/reference-notes.md I4): `osd df` sizes are KiB (`kb`, `kb_used`, summary `total_kb*`) and
 * `crush_weight` is TiB by convention; both leave here in bytes. Accepted forms: plain `osd df` (no host),
 * `osd df tree` (host buckets), or the Checkmk agent's `{df, perf}` wrapper.
 */
import * as z from 'zod';
import type { InventoryOsd } from '../schema.js';
import { int, isRecord, KiB, num, str, TiB, type Warnings } from '../util.js';
import { lnum } from './ceph-lenient.js';
import { check } from './shape.js';

const osdDfNode = z.looseObject({ id: lnum, name: z.string(), type: z.string().optional() });
const osdDfSchema = z.looseObject({ nodes: z.array(osdDfNode), stray: z.array(z.unknown()).optional(), summary: z.record(z.string(), z.unknown()).optional() });
const osdTreeSchema = z.looseObject({ nodes: z.array(z.looseObject({ id: lnum, name: z.string(), type: z.string() })) });

export interface OsdsPart {
  osds: InventoryOsd[];
  totalBytes: number | null;
  /** Null when osd df has no summary: the caller falls back to the OSDs' sum. */
  rawUsedBytes: number | null;
  availBytes: number | null;
}

function unwrapOsdDf(v: unknown): unknown {
  // The Checkmk agent ships `{"df": <osd df>, "perf": <osd perf>}`.
  if (isRecord(v) && !('nodes' in v) && isRecord(v['df'])) return v['df'];
  return v;
}

function scaledKb(v: unknown): number | null {
  const n = int(v);
  return n === null ? null : n * KiB;
}

/**
 * `osdDf` undefined: the capture lacks `ceph osd df` and the OSDs are read from `osd tree` (whose OSD
 * nodes carry the same id, name, crush_weight, reweight, status and device_class, but no kb); the caller
 * has checked that the tree is there.
 */
export function parseOsds(osdDf: unknown, osdTree: unknown, warnings: Warnings): OsdsPart {
  const fromTree = osdDf === undefined;
  const df: { nodes: readonly z.infer<typeof osdDfNode>[]; summary?: Record<string, unknown> | undefined } = fromTree
    ? check(osdTreeSchema, osdTree, 'ceph osd tree')
    : check(osdDfSchema, unwrapOsdDf(osdDf), 'ceph osd df');
  const dfLabel = fromTree ? 'ceph osd tree' : 'ceph osd df';

  // Host of each OSD: from the tree form of osd df, else from osd tree.
  const hostOf = new Map<number, string>();
  const collectHosts = (nodes: readonly Record<string, unknown>[]) => {
    for (const n of nodes) {
      if (n['type'] !== 'host' || !Array.isArray(n['children'])) continue;
      for (const c of n['children']) {
        const id = int(c);
        if (id !== null) hostOf.set(id, String(n['name']));
      }
    }
  };
  collectHosts(df.nodes);
  let treeNodes: readonly Record<string, unknown>[] = [];
  if (osdTree !== undefined && !fromTree) {
    treeNodes = check(osdTreeSchema, osdTree, 'ceph osd tree').nodes;
    collectHosts(treeNodes);
  }

  if (fromTree) treeNodes = df.nodes;
  const treeStatus = new Map<number, string | null>();
  for (const t of treeNodes) {
    const id = num(t['id']);
    if (id !== null) treeStatus.set(id, str(t['status']));
  }
  const osds: InventoryOsd[] = [];
  for (const n of df.nodes) {
    const type = n.type ?? 'osd';
    if (type !== 'osd' || n.id < 0) continue;
    const id = n.id;
    const kb = num(n['kb']);
    const crushWeight = num(n['crush_weight']);
    const reweight = num(n['reweight']);
    let sizeBytes: number;
    if (kb !== null && kb > 0) {
      sizeBytes = Math.round(kb * KiB);
    } else if (crushWeight !== null && crushWeight > 0) {
      // Out/down OSDs report kb 0; crush_weight is the device size in TiB by convention. From the tree
      // every OSD is sized so: one warning for all (ceph.osds-from-tree) rather than one per OSD.
      sizeBytes = Math.round(crushWeight * TiB);
      if (!fromTree) warnings.add('ceph.osd-size-from-crush-weight', { name: n.name, kb, reweight, crushWeight, bytes: sizeBytes }, dfLabel);
    } else {
      sizeBytes = 0;
      warnings.add('ceph.osd-size-unknown', { name: n.name, in: reweight === null || reweight > 0 }, dfLabel);
    }
    const status = str(n['status']);
    const upText = status ?? treeStatus.get(id) ?? null;
    osds.push({
      id,
      name: n.name,
      host: hostOf.get(id) ?? null,
      deviceClass: str(n['device_class']) || null,
      sizeBytes,
      usedBytes: scaledKb(n['kb_used']),
      pgs: int(n['pgs']),
      up: upText === null ? null : upText === 'up',
      in: reweight === null ? null : reweight > 0,
      crushWeight,
      reweight,
    });
  }
  osds.sort((a, b) => a.id - b.id);
  if (fromTree) {
    const sized = osds.filter((o) => o.sizeBytes > 0);
    warnings.add('ceph.osds-from-tree', { n: osds.length, sized: sized.length, bytes: sized.reduce((a, o) => a + o.sizeBytes, 0) }, 'osd-df.json');
    return { osds, totalBytes: null, rawUsedBytes: null, availBytes: null };
  }
  if (osds.length === 0) warnings.add('ceph.no-osds', {}, 'ceph osd df');
  if (osds.some((o) => o.host === null)) {
    warnings.add('ceph.osd-host-unknown', { n: osds.filter((o) => o.host === null).length }, 'ceph osd tree');
  }
  const summary = df.summary ?? {};
  const totalBytes = scaledKb(summary['total_kb']);
  const rawUsedBytes = scaledKb(summary['total_kb_used']);
  const availBytes = scaledKb(summary['total_kb_avail']);
  if (rawUsedBytes === null) warnings.add('ceph.no-osd-df-summary', {}, 'ceph osd df');
  return { osds, totalBytes, rawUsedBytes, availBytes };
}
