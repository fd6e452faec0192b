/** Applies the what-ifs (`--grow`, `--add-node`, `--remove-node`) to a copy of the inventory. */
import type { AnalysisValues } from './schema.js';
import type { Guest, Inv, Node } from './types.js';

/** A size grown by the what-if (`--grow`), rounded up to the byte: the one rule for guest RAM, Ceph data, and an estate's moved guests. */
export const grownBytes = (bytes: number, grow: number): number => Math.ceil(bytes * (1 + grow));

export function applyWhatIf(v: AnalysisValues): { inv: Inv; added: string[]; removed: string[] } {
  const g = 1 + v.grow;
  const removed = new Set(v.removeNodes);
  const nodes: Node[] = v.inventory.nodes.filter((n) => !removed.has(n.name));
  let guests: Guest[] = v.inventory.guests;
  if (v.grow !== 0) {
    guests = guests.map((x) => ({ ...x, memoryBytes: x.memoryBytes === null ? null : grownBytes(x.memoryBytes, v.grow), vcpus: x.vcpus === null ? null : x.vcpus * g }));
  }
  let ceph = v.inventory.ceph;
  if (ceph) {
    const osds = ceph.osds.filter((o) => o.host === null || !removed.has(o.host));
    const pools =
      v.grow === 0
        ? ceph.pools
        : ceph.pools.map((p) => ({ ...p, storedBytes: p.storedBytes === null ? null : Math.ceil(p.storedBytes * g), usedBytes: p.usedBytes === null ? null : Math.ceil(p.usedBytes * g) }));
    ceph = { ...ceph, osds, pools, rawUsedBytes: ceph.rawUsedBytes === null ? null : Math.ceil(ceph.rawUsedBytes * g) };
  }
  const added: string[] = [];
  let nextOsd = ceph ? Math.max(-1, ...ceph.osds.map((o) => o.id)) + 1 : 0;
  v.addNodes.forEach((a, i) => {
    for (let c = 0; c < a.count; c++) {
      const name = a.count === 1 && a.name ? a.name : `${a.name ?? `added-${i + 1}`}-${c + 1}`;
      added.push(name);
      nodes.push({ name, online: true, threads: a.threads ?? null, ramTotalBytes: a.ramBytes });
      if (a.osds > 0 && a.osdSizeBytes !== undefined) {
        ceph ??= { osds: [], pools: [], rawUsedBytes: 0, nearfullRatio: null, backfillfullRatio: null, fullRatio: null };
        const extra = Array.from({ length: a.osds }, () => ({
          id: nextOsd,
          name: `osd.${nextOsd++}`,
          host: name,
          deviceClass: a.deviceClass ?? null,
          sizeBytes: a.osdSizeBytes ?? 0,
          usedBytes: 0,
          in: true,
        }));
        ceph = { ...ceph, osds: [...ceph.osds, ...extra] };
      }
    }
  });
  return { inv: { nodes, guests, ceph }, added, removed: [...removed] };
}
