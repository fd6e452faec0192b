/**
 * VMware RVTools CSV export (one file per tab: RVTools_tabvInfo.csv, RVTools_tabvHost.csv,
 * RVTools_tabvDisk.csv, RVTools_tabvCPU.csv) → Inventory parts: hosts become nodes (the current
 * cluster), VMs the guests to re-home on Proxmox VE.
 *
 * Units (docs/reference-notes.md I6): `Memory`, `# Memory`, `Capacity MiB`, `Total disk capacity MiB`
 * are MiB; columns spelled `... GiB`/`... GB` in some exports are GiB. Headers are matched
 * case-, space- and punctuation-insensitively, by alias (they differ by RVTools version).
 */
import Papa from 'papaparse';
import type { InventoryDisk, InventoryGuest, InventoryNode } from '../schema.js';
import { bool, GiB, ImportError, MiB, num, Warnings } from '../util.js';

type Row = Record<string, string>;

const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_./()%-]+/g, '');

/** Parses one CSV tab into rows keyed by normalized header. */
export function parseCsv(textIn: string, what: string): Row[] {
  const r = Papa.parse<Record<string, string>>(textIn.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: norm, dynamicTyping: false });
  const fatal = r.errors.find((e) => e.type === 'Delimiter' || e.code === 'MissingQuotes');
  if (fatal) throw new ImportError('rvtools.csv-unreadable', { what, detail: fatal.message, row: fatal.row ?? null }, what);
  return r.data;
}

interface Col {
  readonly keys: readonly string[];
  readonly unit?: number;
}

function pick(row: Row, ...cols: readonly Col[]): { value: string; unit: number } | null {
  for (const c of cols)
    for (const k of c.keys) {
      const v = row[k];
      if (v !== undefined && v.trim() !== '') return { value: v.trim(), unit: c.unit ?? 1 };
    }
  return null;
}

/** "12,288" / "12 288" / "12288" / "1.5" → number; placeholders ("", "N/A") → null. */
export function rvNumber(v: string | undefined): number | null {
  if (v === undefined) return null;
  const t = v.trim();
  const direct = num(t);
  if (direct !== null) return direct;
  if (/^\d{1,3}([,\s\u00a0\u202f']\d{3})+(\.\d+)?$/.test(t)) return num(t.replace(/[,\s\u00a0\u202f']/g, ''));
  return null;
}

const has = (rows: readonly Row[], ...keys: string[]) => rows.length > 0 && keys.some((k) => rows[0]?.[k] !== undefined);

export interface RvtoolsTabs {
  vInfo: string;
  vHost?: string;
  vDisk?: string;
  vCPU?: string;
}

export function parseRvtools(tabs: RvtoolsTabs, warnings: Warnings = new Warnings()): { nodes: InventoryNode[]; guests: InventoryGuest[]; cluster: string | null } {
  const info = parseCsv(tabs.vInfo, 'vInfo');
  if (info.length === 0) throw new ImportError('rvtools.no-rows', {}, 'vInfo');
  if (!has(info, 'vm')) throw new ImportError('rvtools.no-vm-column', {}, 'vInfo');
  const memCols: Col[] = [
    { keys: ['memory', 'memorymib', 'memorymb', 'memorysize'], unit: MiB },
    { keys: ['memorygib', 'memorygb'], unit: GiB },
  ];
  if (!has(info, ...memCols.flatMap((c) => c.keys))) throw new ImportError('rvtools.no-memory-column', {}, 'vInfo');

  // vCPU tab: sockets and cores per socket.
  const topo = new Map<string, { sockets: number | null; cores: number | null }>();
  if (tabs.vCPU !== undefined) {
    for (const r of parseCsv(tabs.vCPU, 'vCPU')) {
      const vm = r['vm'];
      if (vm) topo.set(vm, { sockets: rvNumber(r['sockets']), cores: rvNumber(r['coresps'] ?? r['corespersocket']) });
    }
  }
  // vDisk tab: every virtual disk, MiB.
  const disksOf = new Map<string, InventoryDisk[]>();
  if (tabs.vDisk !== undefined) {
    for (const r of parseCsv(tabs.vDisk, 'vDisk')) {
      const vm = r['vm'];
      if (!vm) continue;
      const cap = pick(r, { keys: ['capacitymib', 'capacitymb'], unit: MiB }, { keys: ['capacitygib', 'capacitygb'], unit: GiB });
      const n = cap ? rvNumber(cap.value) : null;
      const ds = /^\[([^\]]+)\]/.exec(r['path'] ?? '')?.[1] ?? null;
      const list = disksOf.get(vm) ?? [];
      list.push({ slot: r['disk'] ?? `disk${list.length}`, storage: ds, sizeBytes: n === null || !cap ? null : Math.round(n * cap.unit), unused: false });
      disksOf.set(vm, list);
    }
  } else {
    warnings.add('rvtools.no-vdisk', {}, 'vDisk');
  }

  const guests: InventoryGuest[] = [];
  const clusters = new Set<string>();
  let placeholders = 0;
  info.forEach((r, i) => {
    const name = r['vm'] ?? '';
    if (!name) return;
    if (bool(r['srmplaceholder']) === true) {
      placeholders += 1;
      return;
    }
    const mem = pick(r, ...memCols);
    const memN = mem ? rvNumber(mem.value) : null;
    if (memN === null) warnings.add('rvtools.memory-unknown', { row: i + 2, name, value: mem?.value ?? '' }, 'vInfo');
    const cpus = rvNumber(r['cpus'] ?? r['numcpu']);
    const power = (r['powerstate'] ?? '').toLowerCase();
    const status: InventoryGuest['status'] = power === 'poweredon' ? 'running' : power === 'poweredoff' ? 'stopped' : power === 'suspended' ? 'suspended' : 'unknown';
    const t = topo.get(name);
    let disks = disksOf.get(name);
    if (disks === undefined) {
      const total = pick(r, { keys: ['totaldiskcapacitymib', 'totaldiskcapacitymb'], unit: MiB }, { keys: ['totaldiskcapacitygib'], unit: GiB });
      const n = total ? rvNumber(total.value) : null;
      disks = n === null || !total ? [] : [{ slot: 'total', storage: null, sizeBytes: Math.round(n * total.unit), unused: false }];
    }
    if (r['cluster']) clusters.add(r['cluster']);
    const key = r['vmid'] || r['vmuuid'] || r['uuid'] || name;
    guests.push({
      id: `vmware/${key}`,
      type: 'vmware',
      vmid: null,
      name,
      node: r['host'] || null,
      status,
      template: bool(r['template']) === true,
      memoryBytes: memN === null || !mem ? null : Math.round(memN * mem.unit),
      balloonMinBytes: null,
      vcpus: cpus,
      sockets: t?.sockets ?? null,
      cores: t?.cores ?? null,
      disks,
      haState: null,
    });
  });
  if (placeholders > 0) warnings.add('rvtools.srm-placeholders', { n: placeholders }, 'vInfo');
  const ids = new Set<string>();
  for (const g of guests) {
    if (ids.has(g.id)) {
      warnings.add('rvtools.duplicate-vm', { id: g.id }, 'vInfo');
      g.id = `${g.id}#${guests.indexOf(g)}`;
    }
    ids.add(g.id);
  }

  const nodes: InventoryNode[] = [];
  if (tabs.vHost !== undefined) {
    for (const r of parseCsv(tabs.vHost, 'vHost')) {
      const name = r['host'];
      if (!name) continue;
      const mem = pick(r, { keys: ['#memory', 'memory', '#memorymib', 'memorymib'], unit: MiB }, { keys: ['#memorygib', 'memorygib', '#memorygb'], unit: GiB });
      const memN = mem ? rvNumber(mem.value) : null;
      if (memN === null) warnings.add('rvtools.host-memory-unknown', { name }, 'vHost');
      const sockets = rvNumber(r['#cpu']);
      const coresTotal = rvNumber(r['#cores']) ?? (sockets !== null && rvNumber(r['corespercpu']) !== null ? sockets * (rvNumber(r['corespercpu']) ?? 0) : null);
      const ht = bool(r['htactive']) === true;
      nodes.push({
        name,
        online: !/disconnected|notresponding/i.test(r['connectionstate'] ?? r['connectedstate'] ?? ''),
        sockets,
        cores: coresTotal,
        threads: coresTotal === null ? null : ht ? coresTotal * 2 : coresTotal,
        cpuModel: r['cpumodel'] || null,
        ramTotalBytes: memN === null || !mem ? null : Math.round(memN * mem.unit),
        ramUsedBytes: null,
        ramAvailableBytes: null,
        version: r['esxversion'] || null,
      });
    }
  } else {
    warnings.add('rvtools.no-vhost', {}, 'vHost');
  }
  return { nodes, guests, cluster: clusters.size === 1 ? ([...clusters][0] ?? null) : null };
}

/** Which tab a file holds, from its name: RVTools_tabvInfo.csv, vInfo.csv, export-vHost.csv... */
export function rvtoolsTabOf(fileName: string): keyof RvtoolsTabs | null {
  const m = /(vInfo|vHost|vDisk|vCPU)\.csv$/i.exec(fileName);
  if (!m?.[1]) return null;
  const t = m[1].toLowerCase();
  return t === 'vinfo' ? 'vInfo' : t === 'vhost' ? 'vHost' : t === 'vdisk' ? 'vDisk' : 'vCPU';
}
