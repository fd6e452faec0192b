/**
 * Proxmox VE `GET /cluster/resources` → nodes, guests and storages, as the cluster-wide listing sees them
 * (guest configs and node status refine them later). Units (docs/reference-notes.md I3.10): BYTES.
 * Number typing is unreliable (Perl): every numeric field goes through a lenient coercer.
 */
import * as z from 'zod';
import type { InventoryGuest, InventoryNode, InventoryStorage } from '../schema.js';
import { bool, int, num, str, Warnings } from '../util.js';
import { check } from './shape.js';

const resourcesSchema = z.array(z.looseObject({ type: z.string(), id: z.string().optional() }));

export interface ResourcesPart {
  nodes: InventoryNode[];
  guests: InventoryGuest[];
  storages: InventoryStorage[];
}

function guestStatus(v: unknown): InventoryGuest['status'] {
  const s = str(v);
  if (s === 'running' || s === 'prelaunch' || s === 'inmigrate' || s === 'postmigrate' || s === 'finish-migrate') return 'running';
  if (s === 'stopped' || s === 'paused' || s === 'suspended') return s;
  if (s === 'suspending' || s === 'shutdown') return 'running';
  return 'unknown';
}

/** `GET /cluster/resources`: nodes, guests (qemu + lxc) and storages (de-duplicated by storage id when shared). */
export function parseClusterResources(data: unknown, warnings: Warnings = new Warnings()): ResourcesPart {
  const items = check(resourcesSchema, data, '/cluster/resources');
  const nodes: InventoryNode[] = [];
  const guests: InventoryGuest[] = [];
  const storages = new Map<string, InventoryStorage>();
  for (const r of items) {
    if (r.type === 'node') {
      const name = str(r['node']) ?? (r.id?.startsWith('node/') ? r.id.slice(5) : null);
      if (!name) {
        warnings.add('pve.node-without-name', { id: r.id ?? null }, '/cluster/resources');
        continue;
      }
      nodes.push({
        name,
        online: str(r['status']) === 'online',
        sockets: null,
        cores: null,
        threads: int(r['maxcpu']),
        cpuModel: null,
        ramTotalBytes: int(r['maxmem']),
        ramUsedBytes: int(r['mem']),
        ramAvailableBytes: null,
        version: null,
      });
    } else if (r.type === 'qemu' || r.type === 'lxc') {
      const vmid = int(r['vmid']) ?? int(r.id?.split('/')[1]);
      if (vmid === null) {
        warnings.add('pve.guest-without-vmid', { type: r.type, id: r.id ?? null }, '/cluster/resources');
        continue;
      }
      const maxmem = int(r['maxmem']);
      const maxdisk = int(r['maxdisk']);
      const hastate = str(r['hastate']);
      guests.push({
        id: `${r.type}/${vmid}`,
        type: r.type,
        vmid,
        name: str(r['name']) ?? `${r.type === 'qemu' ? 'VM' : 'CT'} ${vmid}`,
        node: str(r['node']),
        status: guestStatus(r['status']),
        template: bool(r['template']) === true,
        memoryBytes: maxmem,
        balloonMinBytes: null,
        // qemu maxcpu is capped at the host's threads; the config's sockets × cores replaces it.
        vcpus: num(r['maxcpu']),
        sockets: null,
        cores: null,
        disks: maxdisk === null || maxdisk === 0 ? [] : [{ slot: r.type === 'lxc' ? 'rootfs' : 'bootdisk', storage: null, sizeBytes: maxdisk, unused: false }],
        haState: hastate,
      });
    } else if (r.type === 'storage') {
      const id = str(r['storage']) ?? r.id?.split('/')[2] ?? null;
      if (!id) continue;
      const node = str(r['node']);
      const shared = bool(r['shared']) === true;
      // Shared storages appear once per node: one entry per storage id. Local ones are kept per node.
      const key = shared ? id : `${node ?? ''}/${id}`;
      const prev = storages.get(key);
      if (prev) {
        if (node && !prev.nodes.includes(node)) prev.nodes.push(node);
        continue;
      }
      storages.set(key, {
        id: shared ? id : `${node ?? '?'}/${id}`,
        type: str(r['plugintype']),
        shared,
        nodes: node ? [node] : [],
        totalBytes: int(r['maxdisk']),
        usedBytes: int(r['disk']),
      });
    }
  }
  for (const n of nodes) if (!n.online) warnings.add('pve.node-offline', { node: n.name }, '/cluster/resources');
  for (const g of guests) {
    if (g.memoryBytes === null) warnings.add('pve.guest-no-stats', { id: g.id, name: g.name, status: g.status, node: g.node }, '/cluster/resources');
  }
  if (guests.length === 0) warnings.add('pve.no-guests', {}, '/cluster/resources');
  return { nodes, guests, storages: [...storages.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}
