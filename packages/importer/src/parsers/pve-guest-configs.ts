/**
 * Proxmox VE guest configs: `/nodes/{node}/qemu/{vmid}/config` and `/nodes/{node}/lxc/{vmid}/config`.
 *
 * Units (docs/reference-notes.md I3.10): `memory` and `balloon` are MiB; disk `size=` is a
 * binary-suffixed string (bare number = bytes). Number typing is unreliable (Perl): every numeric
 * field goes through a lenient coercer.
 */
import * as z from 'zod';
import type { InventoryDisk, InventoryGuest } from '../schema.js';
import { bool, ImportError, int, MiB, num, parsePveSize, propertyString, str, Warnings } from '../util.js';
import { check } from './shape.js';

const configSchema = z.record(z.string(), z.unknown());

/** PVE ≤ 8.0: `8192`; ≥ 8.1: `"8192"` or `"current=8192"` (a property string). MiB. */
export function pveMemoryMiB(v: unknown): number | null {
  if (v === undefined || v === null) return null;
  const direct = num(v);
  if (direct !== null) return direct;
  if (typeof v === 'string') return num(propertyString(v)['current'] ?? propertyString(v)['_']);
  return null;
}

const QEMU_DISK = /^(ide|sata|scsi|virtio|efidisk|tpmstate|unused)\d+$/;
const LXC_DISK = /^(rootfs|mp\d+|unused\d+)$/;

function parseDisk(slot: string, value: string, warnings: Warnings, where: string): InventoryDisk | null {
  const props = propertyString(value);
  if (props['media'] === 'cdrom') return null;
  const volume = props['_'] ?? props['volume'] ?? '';
  if (volume === 'none') return null;
  const unused = slot.startsWith('unused');
  const storage = volume.startsWith('/') || !volume.includes(':') ? null : volume.slice(0, volume.indexOf(':'));
  if (slot.startsWith('mp') && storage === null) return null; // bind mount: not storage-backed
  let sizeBytes: number | null = null;
  if (props['size'] !== undefined) {
    sizeBytes = parsePveSize(props['size']);
    if (sizeBytes === null) warnings.add('pve.disk-size-unparsed', { where, slot, size: props['size'] }, where);
  } else if (!unused) {
    warnings.add('pve.disk-size-missing', { where, slot }, where);
  }
  return { slot, storage, sizeBytes, unused };
}

/**
 * A memory size PVE could have written: whole MiB, at least `min`, and small enough that the bytes
 * stay exact. Anything else (`memory: -8193`) is refused for this guest only: the caller keeps the
 * guest with cluster/resources' figures and a warning naming it.
 */
function checkMemory(memMiB: number | null, raw: unknown, min: number, where: string): void {
  if (memMiB === null) return;
  if (!Number.isInteger(memMiB) || memMiB < min || memMiB * MiB > Number.MAX_SAFE_INTEGER) throw new ImportError('pve.memory-out-of-range', { where, value: String(raw), min }, where);
}

export interface ConfigPart {
  memoryBytes: number;
  balloonMinBytes: number | null;
  vcpus: number | null;
  sockets: number | null;
  cores: number | null;
  disks: InventoryDisk[];
  template: boolean;
  name: string | null;
}

/** `GET /nodes/{node}/qemu/{vmid}/config`: memory/balloon MiB → bytes, vCPUs = vcpus or sockets × cores, every disk. */
export function parseQemuConfig(data: unknown, where = 'qemu config', warnings: Warnings = new Warnings()): ConfigPart {
  const c = check(configSchema, data, where);
  const memMiB = pveMemoryMiB(c['memory']);
  if (c['memory'] !== undefined && memMiB === null) throw new ImportError('pve.memory-not-understood', { where, value: String(c['memory']) }, where);
  // qemu-server's $memory_fmt: current is an integer, minimum 16 (MiB).
  checkMemory(memMiB, c['memory'], 16, where);
  const sockets = int(c['sockets']) ?? 1;
  const cores = int(c['cores']) ?? 1;
  const vcpusSet = int(c['vcpus']);
  const balloon = int(c['balloon']);
  const disks = configDisks(c, QEMU_DISK, warnings, where);
  return {
    // Absent memory: PVE's default 512 MiB.
    memoryBytes: (memMiB ?? 512) * MiB,
    balloonMinBytes: balloon === null ? null : balloon * MiB,
    vcpus: vcpusSet !== null && vcpusSet > 0 ? vcpusSet : sockets * cores,
    sockets,
    cores,
    disks,
    template: bool(c['template']) === true,
    name: str(c['name']),
  };
}

/** The volumes of a guest config (scsi0, virtio1, rootfs, mp0...), in key order. */
function configDisks(c: Readonly<Record<string, unknown>>, keys: RegExp, warnings: Warnings, where: string): InventoryDisk[] {
  const disks: InventoryDisk[] = [];
  for (const key of Object.keys(c).sort()) {
    if (!keys.test(key)) continue;
    const v = str(c[key]);
    if (v === null) continue;
    const d = parseDisk(key, v, warnings, where);
    if (d) disks.push(d);
  }
  return disks;
}

/** `GET /nodes/{node}/lxc/{vmid}/config`: memory MiB (default 512), cores absent = all host cores, rootfs/mpN volumes. */
export function parseLxcConfig(data: unknown, hostThreads: number | null, where = 'lxc config', warnings: Warnings = new Warnings()): ConfigPart {
  const c = check(configSchema, data, where);
  const memMiB = num(c['memory']);
  if (c['memory'] !== undefined && memMiB === null) throw new ImportError('pve.memory-not-understood', { where, value: String(c['memory']) }, where);
  checkMemory(memMiB, c['memory'], 0, where);
  const cores = num(c['cores']);
  const cpulimit = num(c['cpulimit']);
  let vcpus: number | null = cores;
  if (vcpus === null) {
    vcpus = cpulimit !== null && cpulimit > 0 ? cpulimit : hostThreads;
    if (cpulimit === null || cpulimit === 0) warnings.add('pve.lxc-all-cores', { where, threads: hostThreads }, where);
  }
  const disks = configDisks(c, LXC_DISK, warnings, where);
  return {
    memoryBytes: (memMiB ?? 512) * MiB,
    balloonMinBytes: null,
    vcpus,
    sockets: null,
    cores: cores === null ? null : Math.ceil(cores),
    disks,
    template: bool(c['template']) === true,
    name: str(c['hostname']),
  };
}

export function applyConfig(g: InventoryGuest, cfg: ConfigPart): InventoryGuest {
  return {
    ...g,
    name: g.name || cfg.name || g.name,
    memoryBytes: cfg.memoryBytes,
    balloonMinBytes: cfg.balloonMinBytes,
    vcpus: cfg.vcpus,
    sockets: cfg.sockets,
    cores: cfg.cores,
    disks: cfg.disks,
    template: g.template || cfg.template,
  };
}
