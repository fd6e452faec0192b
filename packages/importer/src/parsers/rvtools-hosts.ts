/** RVTools helpers around the mapping (rvtools.ts): guests on hosts vHost does not list, and which tab a CSV file holds. */
import type { InventoryGuest, InventoryNode } from '../schema.js';
import type { Warnings } from '../util.js';
import type { RvtoolsTabs } from './rvtools.js';

/**
 * Guests whose vInfo `Host` is not a vHost row: said once, with counts (each such VM's memory then
 * counts for no node). Host names match case-insensitively (DNS names are: RFC 4343) and take the
 * vHost spelling.
 */
export function hostsKnown(guests: InventoryGuest[], nodes: readonly InventoryNode[], warnings: Warnings): void {
  const byLower = new Map(nodes.map((n) => [n.name.toLowerCase(), n.name]));
  const missing = new Map<string, number>();
  for (const g of guests) {
    if (g.node === null) continue;
    const known = byLower.get(g.node.toLowerCase());
    if (known !== undefined) g.node = known;
    else missing.set(g.node, (missing.get(g.node) ?? 0) + 1);
  }
  if (missing.size === 0) return;
  const names = [...missing.keys()].sort();
  const n = [...missing.values()].reduce((a, b) => a + b, 0);
  warnings.add('rvtools.guest-host-unknown', { guests: n, hosts: names.length, names: names.slice(0, 5).join(', '), more: Math.max(0, names.length - 5) }, 'vHost');
}

/** Which tab a file holds, from its name: RVTools_tabvInfo.csv, vInfo.csv, export-vHost.csv... */
export function rvtoolsTabOf(fileName: string): keyof RvtoolsTabs | null {
  const m = /(vInfo|vHost|vDisk|vCPU)\.csv$/i.exec(fileName);
  if (!m?.[1]) return null;
  const t = m[1].toLowerCase();
  return t === 'vinfo' ? 'vInfo' : t === 'vhost' ? 'vHost' : t === 'vdisk' ? 'vDisk' : 'vCPU';
}
