/** Synthetic inventories for the analysis tests (analyze.test.ts, analyze-refusals.test.ts): nodes, guests, and the result unwrapped. */
import { buildInventory, type Inventory, type InventoryGuest, type InventoryNode } from '../src/index.js';

export const GiB = 2 ** 30;
export const node = (name: string, ramGiB: number, threads = 32, online = true): InventoryNode => ({
  name,
  online,
  sockets: 1,
  cores: threads / 2,
  threads,
  cpuModel: null,
  ramTotalBytes: ramGiB * GiB,
  ramUsedBytes: null,
  ramAvailableBytes: null,
  version: null,
});
let vmid = 100;
export const guest = (nodeName: string | null, ramGiB: number, vcpus = 2, extra: Partial<InventoryGuest> = {}): InventoryGuest => ({
  id: `qemu/${vmid}`,
  type: 'qemu',
  vmid: vmid++,
  name: `vm${vmid}`,
  node: nodeName,
  status: 'running',
  template: false,
  memoryBytes: ramGiB * GiB,
  balloonMinBytes: null,
  vcpus,
  sockets: 1,
  cores: vcpus,
  disks: [],
  haState: 'started',
  ...extra,
});
export const inv = (nodes: InventoryNode[], guests: InventoryGuest[], ceph: Inventory['ceph'] = null): Inventory =>
  buildInventory({ nodes, guests, ceph }, { kind: 'synthetic', origin: null }, '2026-01-01T00:00:00.000Z');

export function value<T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
}
