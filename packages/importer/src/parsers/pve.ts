/**
 * Proxmox VE API payloads (the `data` of `/api2/json/...`, or `pvesh get ... --output-format json`)
 * → Inventory parts. Pure functions over already-decoded JSON.
 *
 * Units (docs/reference-notes.md I3.10): cluster/resources and status endpoints are BYTES; guest configs
 * are MiB (`memory`, `balloon`); disk `size=` is a binary-suffixed string (bare number = bytes).
 * Number typing is unreliable (Perl): every numeric field goes through a lenient coercer.
 */
import * as z from 'zod';
import type { InventoryBond, InventoryCeph, InventoryDisk, InventoryGuest, InventoryNode, InventoryOsd, InventoryPool, InventoryStorage } from '../schema.js';
import { bool, ImportError, int, isRecord, MiB, num, parsePveSize, propertyString, str, TiB, Warnings } from '../util.js';

function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new ImportError(`${what}: unexpected shape${where}: ${issue?.message ?? 'invalid'}`, what);
}

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
      if (!name) { warnings.add('pve.node-without-name', `cluster/resources has a node entry without a name (${r.id ?? '?'})`, '/cluster/resources'); continue; }
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
      if (vmid === null) { warnings.add('pve.guest-without-vmid', `cluster/resources has a ${r.type} entry without a vmid (${r.id ?? '?'})`, '/cluster/resources'); continue; }
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
      if (prev) { if (node && !prev.nodes.includes(node)) prev.nodes.push(node); continue; }
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
  for (const n of nodes) if (!n.online) warnings.add('pve.node-offline', `node ${n.name} is ${n.online ? 'online' : 'offline or unknown'} in cluster/resources: its status, guest configs and network cannot be read`, '/cluster/resources');
  for (const g of guests) {
    if (g.memoryBytes === null) warnings.add('pve.guest-no-stats', `${g.id} (${g.name}) has no memory figures in cluster/resources (status ${g.status}, node ${g.node ?? '?'})`, '/cluster/resources');
  }
  if (guests.length === 0) warnings.add('pve.no-guests', 'cluster/resources lists no guest: either there is none or the token lacks VM.Audit (permissions filter silently)', '/cluster/resources');
  return { nodes, guests, storages: [...storages.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}

const nodeStatusSchema = z.looseObject({
  cpuinfo: z.looseObject({}).optional(),
  memory: z.looseObject({}).optional(),
});

/** `GET /nodes/{node}/status`: cpuinfo.cores is the TOTAL physical cores (not per socket); memory in bytes. */
export function applyNodeStatus(node: InventoryNode, data: unknown): InventoryNode {
  const s = check(nodeStatusSchema, data, `/nodes/${node.name}/status`);
  const cpu = s.cpuinfo ?? {};
  const mem = s.memory ?? {};
  return {
    ...node,
    sockets: int(cpu['sockets']) ?? node.sockets,
    cores: int(cpu['cores']) ?? node.cores,
    threads: int(cpu['cpus']) ?? node.threads,
    cpuModel: str(cpu['model']) ?? node.cpuModel,
    ramTotalBytes: int(mem['total']) ?? node.ramTotalBytes,
    ramUsedBytes: int(mem['used']) ?? node.ramUsedBytes,
    ramAvailableBytes: int(mem['available']) ?? node.ramAvailableBytes,
    version: str(s['pveversion']) ?? node.version,
  };
}

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
    if (sizeBytes === null) warnings.add('pve.disk-size-unparsed', `${where} ${slot}: size "${props['size']}" not understood`, where);
  } else if (!unused) {
    warnings.add('pve.disk-size-missing', `${where} ${slot}: no size= in the config (passthrough or not rescanned)`, where);
  }
  return { slot, storage, sizeBytes, unused };
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
  if (c['memory'] !== undefined && memMiB === null) throw new ImportError(`${where}: memory "${String(c['memory'])}" not understood`, where);
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
  if (c['memory'] !== undefined && memMiB === null) throw new ImportError(`${where}: memory "${String(c['memory'])}" not understood`, where);
  const cores = num(c['cores']);
  const cpulimit = num(c['cpulimit']);
  let vcpus: number | null = cores;
  if (vcpus === null) {
    vcpus = cpulimit !== null && cpulimit > 0 ? cpulimit : hostThreads;
    if (cpulimit === null || cpulimit === 0) warnings.add('pve.lxc-all-cores', `${where}: no cores set, the container may use all ${hostThreads ?? '?'} host threads (counted as such)`, where);
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

const networkSchema = z.array(z.looseObject({ iface: z.string(), type: z.string() }));

/** `GET /nodes/{node}/network`: bonds (Linux and OVS). Link speed is not in the API: left null. */
export function parseNetwork(node: string, data: unknown): InventoryBond[] {
  const out: InventoryBond[] = [];
  for (const i of check(networkSchema, data, `/nodes/${node}/network`)) {
    if (i.type === 'bond') {
      out.push({ node, name: i.iface, mode: str(i['bond_mode']), hashPolicy: str(i['bond_xmit_hash_policy']), members: (str(i['slaves']) ?? '').split(/\s+/).filter(Boolean).sort(), memberSpeedBps: null });
    } else if (i.type === 'OVSBond') {
      const opts = str(i['ovs_options']) ?? '';
      const mode = /bond_mode=(\S+)/.exec(opts)?.[1] ?? null;
      out.push({ node, name: i.iface, mode, hashPolicy: null, members: (str(i['ovs_bonds']) ?? '').split(/\s+/).filter(Boolean).sort(), memberSpeedBps: null });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** `GET /cluster/ha/resources`: sid `vm:100` / `ct:101` → requested state. */
export function parseHaResources(data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of check(z.array(z.looseObject({ sid: z.string() })), data, '/cluster/ha/resources')) {
    const m = /^(vm|ct):(\d+)$/.exec(r.sid);
    if (!m) continue;
    out.set(`${m[1] === 'vm' ? 'qemu' : 'lxc'}/${m[2]}`, str(r['state']) ?? 'started');
  }
  return out;
}

/** `GET /cluster/status`: the cluster name (absent on a single node without a cluster). */
export function parseClusterStatus(data: unknown): string | null {
  for (const e of check(z.array(z.looseObject({ type: z.string() })), data, '/cluster/status')) if (e.type === 'cluster') return str(e['name']);
  return null;
}

/**
 * Ceph through the PVE API: `/nodes/{n}/ceph/osd` (a tree; sizes in bytes, but `total_space` is
 * (kb || 1) × 1024, so an OSD without stats reports 1024 bytes → crush_weight TiB is used),
 * `/nodes/{n}/ceph/pool` (no stored, no EC profile), `/nodes/{n}/ceph/pool/{name}/status?verbose=1`
 * (`statistics` = the pool's ceph df stats) and `/cluster/ceph/status` (pgmap raw totals).
 */
export function parsePveCeph(input: { osdTree: unknown; pools: unknown; poolStatus: Readonly<Record<string, unknown>>; status: unknown }, warnings: Warnings = new Warnings()): InventoryCeph {
  const root = isRecord(input.osdTree) && isRecord(input.osdTree['root']) ? input.osdTree['root'] : null;
  if (!root) throw new ImportError('/nodes/{node}/ceph/osd: no root in the answer', '/nodes/{node}/ceph/osd');
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
        warnings.add('ceph.osd-size-from-crush-weight', `${str(n['name']) ?? `osd.${id}`} has no usage stats (total_space ${total ?? 'missing'}): size from crush_weight ${cw} TiB`, '/nodes/{node}/ceph/osd');
      }
      osds.push({
        id, name: str(n['name']) ?? `osd.${id}`, host: str(n['host']) ?? here, deviceClass: str(n['device_class']) || null,
        sizeBytes: size, usedBytes: int(n['bytes_used']), pgs: int(n['pgs']),
        up: str(n['status']) === null ? null : str(n['status']) === 'up', in: bool(n['in']), crushWeight: cw, reweight: num(n['reweight']),
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
    if (!stats) warnings.add('pve.ceph-pool-status-missing', `pool ${name}: /ceph/pool/${name}/status not read, stored bytes unknown`, `/nodes/{node}/ceph/pool/${name}/status`);
    const type = str(p['type']);
    const t: InventoryPool['type'] = type === 'replicated' ? 'replicated' : type === 'erasure' ? 'erasure' : 'unknown';
    if (t === 'erasure') warnings.add('pve.ceph-ec-profile', `pool ${name} is erasure-coded: the PVE API does not expose k and m; import the Ceph CLI JSON (capa import ceph) for them`, '/nodes/{node}/ceph/pool');
    const as = isRecord(p['autoscale_status']) ? p['autoscale_status'] : null;
    return {
      id: int(p['pool']) ?? -1, name, type: t, size: int(p['size']), minSize: int(p['min_size']), k: null, m: null, ecProfile: null,
      pgNum: int(p['pg_num']), pgNumTarget: null, pgNumMin: int(p['pg_num_min']), pgNumMax: null,
      autoscaleMode: str(p['pg_autoscale_mode']), bulk: false, bias: null,
      targetSizeRatio: num(p['target_size_ratio']), targetSizeBytes: int(p['target_size']),
      crushRule: int(p['crush_rule']), crushRuleName: str(p['crush_rule_name']), crushRoot: null, failureDomain: null, deviceClass: null,
      storedBytes: stats ? int(stats['stored']) : null, usedBytes: stats ? int(stats['bytes_used']) : int(p['bytes_used']),
      maxAvailBytes: stats ? int(stats['max_avail']) : null, objects: stats ? int(stats['objects']) : null,
      applications: isRecord(p['application_metadata']) ? Object.keys(p['application_metadata']) : [],
      autoscale: as ? {
        pgNumTarget: int(as['pg_num_target']), pgNumFinal: int(as['pg_num_final']) ?? int(p['pg_num_final']), pgNumIdeal: int(as['pg_num_ideal']),
        wouldAdjust: bool(as['would_adjust']), rawUsedRate: num(as['raw_used_rate']), subtreeCapacityBytes: int(as['subtree_capacity']),
        capacityRatio: num(as['capacity_ratio']), mode: str(as['pg_autoscale_mode']),
      } : null,
    };
  });
  const status = isRecord(input.status) ? input.status : {};
  const pg = isRecord(status['pgmap']) ? status['pgmap'] : {};
  return {
    version: isRecord(status['monmap']) ? str(status['monmap']['min_mon_release_name']) : null,
    fsid: str(status['fsid']),
    osds, pools,
    totalBytes: int(pg['bytes_total']),
    rawUsedBytes: int(pg['bytes_used']) ?? osds.reduce((s, o) => s + (o.usedBytes ?? 0), 0),
    availBytes: int(pg['bytes_avail']),
    nearfullRatio: null, backfillfullRatio: null, fullRatio: null,
  };
}
