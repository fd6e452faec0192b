/**
 * Three synthetic Proxmox VE clusters for the estate tests (estate.test.ts), named as the PVE API
 * names them (`source.cluster`), and where to write them. Figures (docs/estates.md, the N − 1
 * rule of docs/memory.md: (G + R) / (T − F) ≤ 75 %, no host reservation by default):
 * - lyon: 3 × 256 GiB, guests 3 × 100 GiB: 300 / 512 = 58.59 %, passes; room 0.75 × 512 − 300 = 84 GiB.
 * - paris: 4 × 128 GiB, guests 4 × 64 + 3 × 48 = 400 GiB: 400 / 384 = 104.17 %, fails; it sheds its two
 *   64 GiB guests (largest first: 336 / 384 = 87.5 % still fails, 272 / 384 = 70.83 % passes).
 * - nantes: 2 × 256 GiB, one 100 GiB guest: 100 / 256 = 39.06 %, passes; room 0.75 × 256 − 100 = 92 GiB.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildInventory, type Inventory, type InventoryGuest, type InventoryNode } from '../src/index.js';

const GiB = 2 ** 30;
const node = (name: string, ramGiB: number): InventoryNode => ({
  name,
  online: true,
  sockets: 1,
  cores: 16,
  threads: 32,
  cpuModel: null,
  ramTotalBytes: ramGiB * GiB,
  ramUsedBytes: null,
  ramAvailableBytes: null,
  version: null,
});
const guest = (vmid: number, node: string, ramGiB: number): InventoryGuest => ({
  id: `qemu/${vmid}`,
  type: 'qemu',
  vmid,
  name: `vm${vmid}`,
  node,
  status: 'running',
  template: false,
  memoryBytes: ramGiB * GiB,
  balloonMinBytes: null,
  vcpus: 2,
  sockets: 1,
  cores: 2,
  disks: [],
  haState: 'started',
});
const cluster = (name: string, nodes: InventoryNode[], guests: InventoryGuest[]): Inventory =>
  buildInventory({ nodes, guests, cluster: name }, { kind: 'pve-api', origin: `https://${name}.example:8006` }, '2026-01-01T00:00:00.000Z');

export const LYON = cluster('lyon', [node('lyon1', 256), node('lyon2', 256), node('lyon3', 256)], [guest(100, 'lyon1', 100), guest(101, 'lyon2', 100), guest(102, 'lyon3', 100)]);
export const PARIS = cluster(
  'paris',
  [node('paris1', 128), node('paris2', 128), node('paris3', 128), node('paris4', 128)],
  [guest(200, 'paris1', 64), guest(201, 'paris2', 64), guest(202, 'paris3', 64), guest(203, 'paris4', 64), guest(204, 'paris1', 48), guest(205, 'paris2', 48), guest(206, 'paris3', 48)],
);
export const NANTES = cluster('nantes', [node('nantes1', 256), node('nantes2', 256)], [guest(300, 'nantes1', 100)]);

/** Writes the three clusters into `dir`; their paths. */
export function writeEstate(dir: string): { lyon: string; paris: string; nantes: string } {
  const out = { lyon: join(dir, 'lyon.json'), paris: join(dir, 'paris.json'), nantes: join(dir, 'nantes.json') };
  writeFileSync(out.lyon, JSON.stringify(LYON));
  writeFileSync(out.paris, JSON.stringify(PARIS));
  writeFileSync(out.nantes, JSON.stringify(NANTES));
  return out;
}
