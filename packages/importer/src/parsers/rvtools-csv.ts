/**
 * Reading one RVTools CSV tab: rows keyed by a normalized header (case-, space- and
 * punctuation-insensitive), RVTools' `-DBColumnNames` headers mapped to the display ones, the
 * header as written kept for messages, and the delimiter (it tells the locale, rvtools-numbers.ts).
 */
import Papa from 'papaparse';
import { ImportError } from '../util.js';

export type Row = Record<string, string>;

export const norm = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_./()%-]+/g, '');

/**
 * RVTools `-DBColumnNames` headers (normalized) → the display header they stand for (normalized).
 * vInfo and vHost: sbroenne/RvToolsMerge:src/RVToolsMerge/Configuration/SheetConfiguration.cs
 * (SheetColumnHeaderMappings) and its README's "Column Name Mappings" (`vHostFullName` → ESX Version).
 * `vInfoTotalDiskCapacityMiB`, and the vCPU and vDisk names (`vCPUVMName`, `vCPUSockets`,
 * `vCPUCoresPerSocket`, `vDiskVMName`, `vDiskName`, `vDiskCapacityMiB`), are the ones other public
 * RVTools readers use (found by code search; no RVTools documentation lists them). No public reader
 * names the database columns of vDisk's `Path`/`Disk Path` or vHost's `HT Active`: in such an export
 * disks have no datastore and hosts count one thread per core (the lower, safer figure).
 */
const DB_COLUMNS: Readonly<Record<string, string>> = {
  vinfovmname: 'vm',
  vinfouuid: 'vmuuid',
  vinfopowerstate: 'powerstate',
  vinfotemplate: 'template',
  vinfosrmplaceholder: 'srmplaceholder',
  vinfocpus: 'cpus',
  vinfomemory: 'memory',
  vinfoprovisioned: 'provisionedmib',
  vinfoinuse: 'inusemib',
  vinfototaldiskcapacitymib: 'totaldiskcapacitymib',
  vinfonumvirtualdisks: 'disks',
  vinfonics: 'nics',
  vinfodatacenter: 'datacenter',
  vinfocluster: 'cluster',
  vinfohost: 'host',
  vhostname: 'host',
  vhostdatacenter: 'datacenter',
  vhostcluster: 'cluster',
  vhostcpumodel: 'cpumodel',
  vhostcpumhz: 'speed',
  vhostnumcpu: '#cpu',
  vhostcorespercpu: 'corespercpu',
  vhostnumcpucores: '#cores',
  vhostoverallcpuusage: 'cpuusage',
  vhostmemorysize: '#memory',
  vhostoverallmemoryusage: 'memoryusage',
  vhostvcpus: '#vcpus',
  vhostvcpuspercore: 'vcpuspercore',
  vhostfullname: 'esxversion',
  vcpuvmname: 'vm',
  vcpucpus: 'cpus',
  vcpusockets: 'sockets',
  vcpucorespersocket: 'coresps',
  vdiskvmname: 'vm',
  vdiskname: 'disk',
  vdiskkey: 'diskkey',
  vdiskcapacitymib: 'capacitymib',
};

export interface Tab {
  readonly name: string;
  readonly rows: Row[];
  /** The delimiter Papa Parse found (`,`, `;`, tab). */
  readonly delimiter: string;
  /** Normalized key → the header as written in the file (for messages). */
  readonly headers: ReadonlyMap<string, string>;
  /** xlsx: the cells typed as numbers, by row index and key (their text is in `rows` too). */
  readonly numbers?: readonly (Readonly<Record<string, number>> | undefined)[];
  /** xlsx: each row's number in the sheet (blank rows are skipped); CSV: row i is i + 2. */
  readonly rowNumbers?: readonly number[];
}

/** A header's key (normalized, `-DBColumnNames` mapped), recording the header as written in `headers`. */
export function headerKey(headers: Map<string, string>): (h: string) => string {
  return (h) => {
    const n = norm(h);
    const k = DB_COLUMNS[n] ?? n;
    if (!headers.has(k)) headers.set(k, h.replace(/^\uFEFF/, '').trim());
    return k;
  };
}

/** Parses one CSV tab; refuses a file Papa Parse cannot split into rows. */
export function parseTab(textIn: string, what: string): Tab {
  const headers = new Map<string, string>();
  const key = headerKey(headers);
  const r = Papa.parse<Row>(textIn.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: key, dynamicTyping: false });
  const fatal = r.errors.find((e) => e.type === 'Delimiter' || e.code === 'MissingQuotes');
  if (fatal) throw new ImportError('rvtools.csv-unreadable', { what, detail: fatal.message, row: fatal.row ?? null }, what);
  return { name: what, rows: r.data, delimiter: r.meta.delimiter, headers };
}

/** Rows keyed by normalized header (kept for callers of the earlier API). */
export function parseCsv(textIn: string, what: string): Row[] {
  return parseTab(textIn, what).rows;
}
