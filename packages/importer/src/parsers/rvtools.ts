/**
 * VMware RVTools CSV export (one file per tab: RVTools_tabvInfo.csv, RVTools_tabvHost.csv,
 * RVTools_tabvDisk.csv, RVTools_tabvCPU.csv) → Inventory parts: hosts become nodes (the current
 * cluster), VMs the guests to re-home on Proxmox VE.
 *
 * Units (docs/reference-notes.md I6): `Memory`, `# Memory`, `Capacity MiB`, `Total disk capacity MiB`
 * are MiB; columns spelled `... GiB`/`... GB` in some exports are GiB. Headers are matched
 * case-, space- and punctuation-insensitively, by alias (they differ by RVTools version, and
 * `-DBColumnNames` exports use database names: rvtools-csv.ts). Numbers are read in the file's
 * locale (rvtools-numbers.ts).
 */
import type { InventoryDisk, InventoryGuest, InventoryNode } from '../schema.js';
import { bool, GiB, ImportError, MiB, Warnings } from '../util.js';
import { parseTab, type Row, type Tab } from './rvtools-csv.js';
import { hostsKnown } from './rvtools-hosts.js';
import { type Cell, evidenceOf, readAs, TabNumbers, tabFormat } from './rvtools-numbers.js';

export { parseCsv } from './rvtools-csv.js';
export { rvtoolsTabOf } from './rvtools-hosts.js';

interface Col {
  readonly keys: readonly string[];
  readonly unit?: number;
}

const MEM: Col[] = [
  { keys: ['memory', 'memorymib', 'memorymb', 'memorysize'], unit: MiB },
  { keys: ['memorygib', 'memorygb'], unit: GiB },
];
const HOST_MEM: Col[] = [
  { keys: ['#memory', 'memory', '#memorymib', 'memorymib'], unit: MiB },
  { keys: ['#memorygib', 'memorygib', '#memorygb'], unit: GiB },
];
const DISK_CAP: Col[] = [
  { keys: ['capacitymib', 'capacitymb'], unit: MiB },
  { keys: ['capacitygib', 'capacitygb'], unit: GiB },
];
const TOTAL_DISK: Col[] = [
  { keys: ['totaldiskcapacitymib', 'totaldiskcapacitymb'], unit: MiB },
  { keys: ['totaldiskcapacitygib'], unit: GiB },
];
const keysOf = (cols: readonly Col[]) => cols.flatMap((c) => c.keys);

export interface RvtoolsTabs {
  vInfo: string;
  vHost?: string;
  vDisk?: string;
  vCPU?: string;
}
export type TabName = keyof RvtoolsTabs;
/** Parsed tabs (CSV text through rvtools-csv.ts, or xlsx sheets through rvtools-sheet.ts), vInfo required. */
export type RvtoolsParsedTabs = { readonly vInfo: Tab } & { readonly [K in Exclude<TabName, 'vInfo'>]?: Tab };

/** The numeric columns of each tab, written in the file's locale: their values decide its number format. */
const NUMERIC: Record<TabName, readonly string[]> = {
  vInfo: [...keysOf(MEM), ...keysOf(TOTAL_DISK), 'cpus', 'numcpu', 'provisionedmib', 'inusemib', 'nics', 'disks'],
  vHost: [...keysOf(HOST_MEM), '#cpu', '#cores', 'corespercpu', 'speed', 'cpuusage', 'memoryusage', '#nics', '#hbas', '#vms', '#vcpus', 'vcpuspercore', 'vram'],
  vDisk: keysOf(DISK_CAP),
  vCPU: ['cpus', 'sockets', 'coresps', 'corespersocket'],
};

/** "12,288" / "12 288" / "12288" / "1.5" → number (read as en-US: `,` groups thousands); placeholders ("", "N/A") → null. */
export function rvNumber(v: string | undefined): number | null {
  if (v === undefined) return null;
  return readAs(v, 'point');
}

/** A parsed tab with its number reader. */
interface Read {
  readonly tab: Tab;
  readonly nums: TabNumbers;
}

/** Columns vSphere holds as integers (rvtools-numbers.ts `reading`): VM memory MiB, vCPUs, NICs, disks, sockets, cores. */
const WHOLE: Record<string, ReadonlySet<string>> = {
  vInfo: new Set(['memory', 'memorymib', 'memorymb', 'memorysize', 'cpus', 'numcpu', 'nics', 'disks']),
  vHost: new Set(['#cpu', '#cores', 'corespercpu']),
  vCPU: new Set(['cpus', 'sockets', 'coresps', 'corespersocket']),
};

/** The first non-empty cell of `keys` in row `i` (spreadsheet row i + 2: the header is row 1). */
function cellOf(t: Tab, r: Row, i: number, keys: readonly string[]): Cell | null {
  for (const k of keys) {
    const v = r[k];
    if (v === undefined || v.trim() === '') continue;
    // An xlsx cell typed as a number is that number: no locale to guess (rvtools-numbers.ts skips it).
    const typed = t.numbers?.[i]?.[k];
    return { column: t.headers.get(k) ?? k, row: rowOf(t, i), value: v.trim(), whole: WHOLE[t.name]?.has(k) === true, ...(typed !== undefined ? { number: typed } : {}) };
  }
  return null;
}
/** The spreadsheet row of row `i`: the sheet's own number (xlsx), else i + 2 (the CSV header is row 1). */
const rowOf = (t: Tab, i: number): number => t.rowNumbers?.[i] ?? i + 2;

function pick(t: Tab, r: Row, i: number, cols: readonly Col[]): { cell: Cell; unit: number } | null {
  for (const c of cols) {
    const cell = cellOf(t, r, i, c.keys);
    if (cell) return { cell, unit: c.unit ?? 1 };
  }
  return null;
}

/** Kinds of range the inventory accepts (schema.ts): sizes 0…2^53 bytes, counts whole 0…2^31, vCPUs 0…2^20. */
type Range = 'size' | 'count' | 'vcpus';
const fits = (n: number, range: Range) => n >= 0 && (range === 'size' ? n <= Number.MAX_SAFE_INTEGER : range === 'count' ? Number.isInteger(n) && n <= 2 ** 31 : n <= 2 ** 20);

export interface RvtoolsParts {
  nodes: InventoryNode[];
  guests: InventoryGuest[];
  cluster: string | null;
}

/** The CSV tabs' text → inventory parts. */
export function parseRvtools(tabs: RvtoolsTabs, warnings: Warnings = new Warnings()): RvtoolsParts {
  const parsed: Partial<Record<TabName, Tab>> = {};
  for (const name of ['vInfo', 'vHost', 'vDisk', 'vCPU'] as const) {
    const text = tabs[name];
    if (text !== undefined) parsed[name] = parseTab(text, name);
  }
  return parseRvtoolsTabs(parsed as RvtoolsParsedTabs, warnings);
}

/** Parsed tabs (CSV or xlsx: one mapping for both) → inventory parts. */
export function parseRvtoolsTabs(tabs: RvtoolsParsedTabs, warnings: Warnings = new Warnings()): RvtoolsParts {
  const parsed = new Map<TabName, Tab>();
  for (const name of ['vInfo', 'vHost', 'vDisk', 'vCPU'] as const) {
    const t = tabs[name];
    if (t !== undefined) parsed.set(name, t);
  }
  const info = parsed.get('vInfo') as Tab;
  if (info.rows.length === 0) throw new ImportError('rvtools.no-rows', {}, 'vInfo');
  if (!info.headers.has('vm')) throw new ImportError('rvtools.no-vm-column', {}, 'vInfo');
  if (!keysOf(MEM).some((k) => info.headers.has(k))) throw new ImportError('rvtools.no-memory-column', {}, 'vInfo');

  // One number format per tab: its own values, else the other tabs' (one export), else its delimiter.
  const evidence = new Map([...parsed].map(([n, t]) => [n, evidenceOf(t.rows.flatMap((r, i) => NUMERIC[n].map((k) => cellOf(t, r, i, [k])).filter((c): c is Cell => c !== null)))]));
  const read = new Map<TabName, Read>();
  for (const [n, t] of parsed) {
    const others = [...evidence].filter(([o]) => o !== n).map(([, e]) => e);
    const f = tabFormat(n, evidence.get(n) ?? { point: null, comma: null }, others, t.delimiter);
    read.set(n, { tab: t, nums: new TabNumbers(n, f.format, f.basis) });
  }
  /** `v` read from `cell`, or null with a per-item warning naming `name` when the inventory cannot hold it (one bad cell never aborts the import). */
  const checked = (rd: Read, cell: Cell, v: number, range: Range, name: string): number | null => {
    if (fits(v, range)) return v;
    warnings.add('rvtools.value-out-of-range', { tab: rd.tab.name, row: cell.row, name, column: cell.column, value: cell.value, range }, rd.tab.name);
    return null;
  };
  /** The number of the first of `cols` filled in row i (sizes in bytes), checked. */
  const value = (rd: Read, r: Row, i: number, cols: readonly Col[], range: Range, name: string): number | null => {
    const p = pick(rd.tab, r, i, cols);
    const n = p ? rd.nums.read(p.cell) : null;
    if (n === null || !p) return null;
    return checked(rd, p.cell, range === 'size' ? Math.round(n * p.unit) : n, range, name);
  };

  // vCPU tab: sockets and cores per socket.
  const topo = new Map<string, { sockets: number | null; cores: number | null }>();
  const vcpu = read.get('vCPU');
  vcpu?.tab.rows.forEach((r, i) => {
    const vm = r['vm'];
    if (vm) topo.set(vm, { sockets: value(vcpu, r, i, [{ keys: ['sockets'] }], 'count', vm), cores: value(vcpu, r, i, [{ keys: ['coresps', 'corespersocket'] }], 'count', vm) });
  });
  // vDisk tab: every virtual disk, MiB. The datastore is the `[name]` that starts the vmdk path: `Path`,
  // else `Disk Path` (kubev2v/migration-planner:pkg/duckdb_parser/templates/vm_query.go.tmpl reads
  // COALESCE("Path", "Disk Path") for the same join; some exports fill only one of the two).
  const disksOf = new Map<string, InventoryDisk[]>();
  const vdisk = read.get('vDisk');
  if (vdisk) {
    vdisk.tab.rows.forEach((r, i) => {
      const vm = r['vm'];
      if (!vm) return;
      const list = disksOf.get(vm) ?? [];
      const slot = r['disk'] || `disk${list.length}`;
      const path = [r['path'], r['diskpath']].find((p) => p !== undefined && p.trim() !== '') ?? '';
      const ds = /^\s*\[([^\]]+)\]/.exec(path)?.[1] ?? null;
      list.push({ slot, storage: ds, sizeBytes: value(vdisk, r, i, DISK_CAP, 'size', `${vm} ${slot}`), unused: false });
      disksOf.set(vm, list);
    });
  } else {
    warnings.add('rvtools.no-vdisk', {}, 'vDisk');
  }

  const vinfo = read.get('vInfo') as Read;
  const guests: InventoryGuest[] = [];
  const clusters = new Set<string>();
  let placeholders = 0;
  info.rows.forEach((r, i) => {
    const name = r['vm'] ?? '';
    if (!name) return;
    if (bool(r['srmplaceholder']) === true) {
      placeholders += 1;
      return;
    }
    const mem = pick(info, r, i, MEM);
    const memN = mem ? vinfo.nums.read(mem.cell) : null;
    if (memN === null) warnings.add('rvtools.memory-unknown', { row: rowOf(info, i), name, value: mem?.cell.value ?? '' }, 'vInfo');
    const memoryBytes = memN === null || !mem ? null : checked(vinfo, mem.cell, Math.round(memN * mem.unit), 'size', name);
    const power = (r['powerstate'] ?? '').toLowerCase();
    const status: InventoryGuest['status'] = power === 'poweredon' ? 'running' : power === 'poweredoff' ? 'stopped' : power === 'suspended' ? 'suspended' : 'unknown';
    const t = topo.get(name);
    let disks = disksOf.get(name);
    if (disks === undefined) {
      const total = value(vinfo, r, i, TOTAL_DISK, 'size', name);
      disks = total === null ? [] : [{ slot: 'total', storage: null, sizeBytes: total, unused: false }];
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
      memoryBytes,
      balloonMinBytes: null,
      vcpus: value(vinfo, r, i, [{ keys: ['cpus', 'numcpu'] }], 'vcpus', name),
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
  const vhost = read.get('vHost');
  if (vhost) {
    vhost.tab.rows.forEach((r, i) => {
      const name = r['host'];
      if (!name) return;
      const mem = pick(vhost.tab, r, i, HOST_MEM);
      const memN = mem ? vhost.nums.read(mem.cell) : null;
      if (memN === null) warnings.add('rvtools.host-memory-unknown', { name }, 'vHost');
      const ram = memN === null || !mem ? null : checked(vhost, mem.cell, Math.round(memN * mem.unit), 'size', name);
      const sockets = value(vhost, r, i, [{ keys: ['#cpu'] }], 'count', name);
      const perCpu = value(vhost, r, i, [{ keys: ['corespercpu'] }], 'count', name);
      const coresTotal = value(vhost, r, i, [{ keys: ['#cores'] }], 'count', name) ?? (sockets !== null && perCpu !== null ? sockets * perCpu : null);
      const ht = bool(r['htactive']) === true;
      nodes.push({
        name,
        online: !/disconnected|notresponding/i.test(r['connectionstate'] ?? r['connectedstate'] ?? ''),
        sockets,
        cores: coresTotal,
        threads: coresTotal === null ? null : ht ? coresTotal * 2 : coresTotal,
        cpuModel: r['cpumodel'] || null,
        ramTotalBytes: ram,
        ramUsedBytes: null,
        ramAvailableBytes: null,
        version: r['esxversion'] || null,
      });
    });
    hostsKnown(guests, nodes, warnings);
  } else {
    warnings.add('rvtools.no-vhost', {}, 'vHost');
  }
  for (const rd of read.values()) {
    const c = rd.nums.twoWay;
    if (rd.nums.basis === 'delimiter' && c)
      warnings.add(
        'rvtools.number-format-from-delimiter',
        { tab: rd.tab.name, n: rd.nums.twoWayCount, column: c.column, row: c.row, value: c.value, delimiter: rd.tab.delimiter, decimal: rd.nums.format === 'comma' ? ',' : '.' },
        rd.tab.name,
      );
  }
  return { nodes, guests, cluster: clusters.size === 1 ? ([...clusters][0] ?? null) : null };
}
