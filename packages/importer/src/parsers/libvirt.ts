/**
 * libvirt: `virsh nodeinfo` (text) and `virsh dumpxml` (domain XML) → Inventory parts.
 *
 * Units (docs/reference-notes.md I5): nodeinfo `Memory size` is KiB; `CPU socket(s)` is per NUMA cell
 * (total sockets = cells × sockets). Domain XML `<memory unit=…>` defaults to KiB and accepts
 * b/bytes, KB (1000), k/KiB, MB, M/MiB, GB, G/GiB, TB, T/TiB, PB, P/PiB, EB, E/EiB.
 */
import { XMLParser } from 'fast-xml-parser';
import type { InventoryDisk, InventoryGuest, InventoryNode } from '../schema.js';
import { ImportError, int, isRecord, num, str, Warnings } from '../util.js';

// biome-ignore format: a table, several short entries per line as it reads
const UNIT: Readonly<Record<string, number>> = {
  b: 1, bytes: 1,
  KB: 1e3, k: 1024, KiB: 1024,
  MB: 1e6, M: 1024 ** 2, MiB: 1024 ** 2,
  GB: 1e9, G: 1024 ** 3, GiB: 1024 ** 3,
  TB: 1e12, T: 1024 ** 4, TiB: 1024 ** 4,
  PB: 1e15, P: 1024 ** 5, PiB: 1024 ** 5,
  EB: 1e18, E: 1024 ** 6, EiB: 1024 ** 6,
};

/** A libvirt scaled integer: value × unit (default KiB). */
export function libvirtBytes(value: unknown, unit: unknown, where: string): number {
  const n = num(value);
  if (n === null || n < 0) throw new ImportError('libvirt.not-a-size', { where, value: String(value) }, where);
  const u = str(unit) ?? 'KiB';
  // Own properties only: `unit="constructor"` is an unknown unit, not Object.prototype's function (NaN bytes).
  const f = Object.hasOwn(UNIT, u) ? UNIT[u] : undefined;
  if (f === undefined) throw new ImportError('libvirt.unknown-unit', { where, unit: u }, where);
  return Math.round(n * f);
}

/** `virsh nodeinfo` text: "Key:   value" lines. */
export function parseNodeinfo(text: string, name: string): InventoryNode {
  const kv = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^:]+?)\s*:\s*(.*?)\s*$/.exec(line);
    if (m) kv.set(m[1]?.toLowerCase() ?? '', m[2] ?? '');
  }
  const mem = kv.get('memory size');
  if (mem === undefined) throw new ImportError('libvirt.no-memory-line', { name }, 'virsh nodeinfo');
  const mm = /^(\d+)\s*(\w+)?$/.exec(mem);
  if (!mm) throw new ImportError('libvirt.memory-not-understood', { name, value: mem }, 'virsh nodeinfo');
  const ram = libvirtBytes(mm[1], mm[2] ?? 'KiB', 'virsh nodeinfo Memory size');
  const cpus = int(kv.get('cpu(s)'));
  const sockPerCell = int(kv.get('cpu socket(s)'));
  const cells = int(kv.get('numa cell(s)')) ?? 1;
  const coresPerSocket = int(kv.get('core(s) per socket'));
  const sockets = sockPerCell === null ? null : sockPerCell * cells;
  return {
    name,
    online: true,
    sockets,
    cores: sockets !== null && coresPerSocket !== null ? sockets * coresPerSocket : null,
    threads: cpus,
    cpuModel: kv.get('cpu model') ?? null,
    ramTotalBytes: ram,
    ramUsedBytes: null,
    ramAvailableBytes: null,
    version: null,
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseAttributeValue: false, parseTagValue: false, isArray: (tag) => tag === 'disk' });

const text = (v: unknown): string | null => (isRecord(v) ? str(v['#text']) : str(v));

/**
 * One `virsh dumpxml` domain. `<memory>` is the maximum at boot (what N−1 plans with),
 * `<currentMemory>` the balloon target. Disk sizes are not in the XML: pass `virsh domblkinfo` capacities.
 */
export function parseDomainXml(xml: string, node: string | null, diskCapacities: Readonly<Record<string, number>> = {}, warnings: Warnings = new Warnings()): InventoryGuest {
  let doc: unknown;
  try {
    doc = parser.parse(xml, true);
  } catch (e) {
    throw new ImportError('libvirt.xml-not-well-formed', { detail: e instanceof Error ? e.message.slice(0, 200) : String(e) }, 'virsh dumpxml');
  }
  const d = isRecord(doc) ? doc['domain'] : undefined;
  if (!isRecord(d)) throw new ImportError('libvirt.no-domain', {}, 'virsh dumpxml');
  const name = text(d['name']);
  if (!name) throw new ImportError('libvirt.no-name', {}, 'virsh dumpxml');
  const where = `domain ${name}`;
  const memEl = d['memory'];
  if (memEl === undefined) throw new ImportError('libvirt.no-memory', { where }, 'virsh dumpxml');
  const memoryBytes = libvirtBytes(text(memEl), isRecord(memEl) ? memEl['@_unit'] : undefined, `${where} <memory>`);
  const curEl = d['currentMemory'];
  const balloon = curEl === undefined ? null : libvirtBytes(text(curEl), isRecord(curEl) ? curEl['@_unit'] : undefined, `${where} <currentMemory>`);
  const vcpuEl = d['vcpu'];
  const vcpuMax = int(text(vcpuEl));
  const vcpuCurrent = isRecord(vcpuEl) ? int(vcpuEl['@_current']) : null;
  const cpu = isRecord(d['cpu']) ? d['cpu'] : {};
  const topo = isRecord(cpu['topology']) ? cpu['topology'] : null;
  const devices = isRecord(d['devices']) ? d['devices'] : {};
  const disks: InventoryDisk[] = [];
  const diskEls = Array.isArray(devices['disk']) ? devices['disk'] : [];
  for (const el of diskEls) {
    if (!isRecord(el)) continue;
    const device = str(el['@_device']) ?? 'disk';
    if (device === 'cdrom' || device === 'floppy') continue;
    const target = isRecord(el['target']) ? str(el['target']['@_dev']) : null;
    const source = isRecord(el['source']) ? el['source'] : {};
    const storage = str(source['@_pool']) ?? str(source['@_file']) ?? str(source['@_dev']) ?? str(source['@_name']);
    const slot = target ?? `disk${disks.length}`;
    const size = diskCapacities[slot];
    if (size === undefined) warnings.add('libvirt.disk-size-missing', { where, slot }, 'virsh domblkinfo');
    disks.push({ slot, storage, sizeBytes: size ?? null, unused: false });
  }
  const running = str(d['@_id']) !== null && str(d['@_id']) !== '-1';
  return {
    id: `libvirt/${node ?? 'local'}/${name}`,
    type: 'libvirt',
    vmid: null,
    name,
    node,
    status: running ? 'running' : 'stopped',
    template: false,
    memoryBytes,
    balloonMinBytes: balloon !== null && balloon !== memoryBytes ? balloon : null,
    vcpus: vcpuMax ?? vcpuCurrent,
    sockets: topo ? int(topo['@_sockets']) : null,
    cores: topo ? int(topo['@_cores']) : null,
    disks,
    haState: null,
  };
}

/** `virsh domblkinfo DOM --all` table: Target, Capacity, Allocation, Physical (bytes). */
export function parseDomblkinfoAll(textIn: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of textIn.split(/\r?\n/)) {
    const m = /^\s*(\S+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/.exec(line);
    if (m?.[1] && m[2]) out[m[1]] = Number(m[2]);
  }
  return out;
}
