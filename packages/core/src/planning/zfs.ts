import type { Lang, Step, StepUnit } from '../explain/types.js';
import { GiB, MiB } from '../units/constants.js';
import type { SizeSystem } from '../units/size-units.js';
import { step } from '../explain/step.js';
import { varSymbols } from '../explain/symbols.js';
import { ZFS_SYMBOLS, type ZfsOrigins, zfsOrigins } from './symbols.js';

/** A local ZFS pool layout: n-way mirrors, RAIDZ1/2/3 vdevs of a width, or one dRAID vdev. */
export type ZfsLayout =
  | { readonly kind: 'mirror'; readonly width: number }
  | { readonly kind: 'raidz'; readonly parity: 1 | 2 | 3; readonly width: number }
  | { readonly kind: 'draid'; readonly parity: 1 | 2 | 3; readonly data: number; readonly spares: number };

/** The block the space is counted for: a zvol's volblocksize and the pool's ashift (sector = 2^ashift bytes). */
export interface ZfsBlock {
  readonly ashift: number;
  readonly volblocksize: number;
}

/** OpenZFS defaults as Proxmox VE 8.1+ creates VM disks: 4K sectors, 16K zvol blocks (ZVOL_DEFAULT_BLOCKSIZE). */
export const ZFS_DEFAULT_BLOCK: ZfsBlock = { ashift: 12, volblocksize: 16384 };

export interface ZfsValue {
  readonly vdevs: number;
  /** Disks left out because they do not fill a vdev. */
  readonly unusedDisks: number;
  /** Data sectors of one block: ⌈volblocksize ÷ 2^ashift⌉ (RAIDZ and dRAID; 0 for mirrors). */
  readonly dataSectors: number;
  /** Sectors allocated for one block, parity and padding included (RAIDZ and dRAID; 0 for mirrors). */
  readonly allocatedSectors: number;
  /** Before slop space. */
  readonly dataBytes: number;
  /** OpenZFS keeps 1/32 of the pool (spa_slop_shift = 5), at least 128 MiB and at most 128 GiB. */
  readonly slopBytes: number;
  readonly usableBytes: number;
  /** Disk failures one vdev survives. */
  readonly tolerated: number;
}

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/**
 * Sectors one block of `dataSectors` takes on a RAIDZ vdev: p parity sectors per row of (width − p)
 * data sectors, then rounded up to a multiple of p + 1 so no free gap too small for a block is left
 * (openzfs/zfs:module/zfs/vdev_raidz.c, vdev_raidz_psize_to_asize).
 */
export const raidzAllocatedSectors = (dataSectors: number, width: number, parity: number): number => ceilDiv(dataSectors + parity * ceilDiv(dataSectors, width - parity), parity + 1) * (parity + 1);

/** dRAID writes full groups only: ⌈data sectors ÷ d⌉ rows of d + p sectors (openzfs/zfs:module/zfs/vdev_draid.c, vdev_draid_psize_to_asize). */
export const draidAllocatedSectors = (dataSectors: number, data: number, parity: number): number => ceilDiv(dataSectors, data) * (data + parity);

export function zfsValue(layout: ZfsLayout, disks: number, diskBytes: number, block: ZfsBlock = ZFS_DEFAULT_BLOCK): ZfsValue {
  let vdevs: number;
  let unused: number;
  let data: number;
  let tolerated: number;
  const sectors = ceilDiv(block.volblocksize, 2 ** block.ashift);
  let alloc = 0;
  if (layout.kind === 'draid') {
    vdevs = disks > layout.spares + layout.parity ? 1 : 0;
    unused = vdevs === 0 ? disks : 0;
    alloc = draidAllocatedSectors(sectors, layout.data, layout.parity);
    data = vdevs === 0 ? 0 : ((disks - layout.spares) * diskBytes * sectors) / alloc;
    tolerated = layout.parity;
  } else {
    vdevs = Math.floor(disks / layout.width);
    unused = disks - vdevs * layout.width;
    if (layout.kind === 'raidz') alloc = raidzAllocatedSectors(sectors, layout.width, layout.parity);
    data = layout.kind === 'mirror' ? vdevs * diskBytes : (vdevs * layout.width * diskBytes * sectors) / alloc;
    tolerated = layout.kind === 'mirror' ? layout.width - 1 : layout.parity;
  }
  const slop = data === 0 ? 0 : Math.min(128 * GiB, Math.max(128 * MiB, data / 32));
  return {
    vdevs,
    unusedDisks: unused,
    dataSectors: layout.kind === 'mirror' ? 0 : sectors,
    allocatedSectors: alloc,
    dataBytes: data,
    slopBytes: slop,
    usableBytes: Math.max(0, data - slop),
    tolerated,
  };
}

export const zfsLabel = (l: ZfsLayout): string => (l.kind === 'mirror' ? `mirror ×${l.width}` : l.kind === 'raidz' ? `RAIDZ${l.parity} ×${l.width}` : `dRAID${l.parity}:${l.data}d:${l.spares}s`);

export function zfsCapacity(
  layout: ZfsLayout,
  disks: number,
  diskBytes: number,
  lang: Lang,
  system: SizeSystem = 'binary',
  block: ZfsBlock = ZFS_DEFAULT_BLOCK,
  origins: ZfsOrigins = {},
): { value: ZfsValue; steps: Step[] } {
  const v = zfsValue(layout, disks, diskBytes, block);
  const from = zfsOrigins(origins);
  const t = lang === 'fr' ? FR : EN;
  // The block size reads as its byte count (16,384), not a rounded decimal size.
  const units: Record<string, StepUnit> = {
    V: 'count',
    w: 'count',
    p: 'count',
    S: 'bytes',
    n: 'count',
    G: 'count',
    s: 'count',
    D: 'bytes',
    L: 'bytes',
    B: 'count',
    a: 'count',
    d: 'count',
    A: 'count',
  };
  const steps: Step[] = [];
  const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: 'zfsLayouts' | 'zfsAllocation' | 'zfsBlockDefaults' | 'zfsSlop') =>
    steps.push(step({ id, title, expr, vars, varUnits: units, symbols: varSymbols(ZFS_SYMBOLS, vars, from), value, unit, source }, lang, system));
  const title = t.data(zfsLabel(layout));
  if (layout.kind === 'mirror') add('zfs.data', title, 'V * S', { V: v.vdevs, S: diskBytes }, v.dataBytes, 'bytes', 'zfsLayouts');
  else {
    const B = block.volblocksize;
    const a = block.ashift;
    add('zfs.sectors', t.sectors, 'ceil(B / 2^a)', { B, a }, v.dataSectors, 'count', 'zfsBlockDefaults');
    if (layout.kind === 'raidz') {
      const { width: w, parity: p } = layout;
      add('zfs.allocated', t.raidzAlloc, 'ceil((d + p * ceil(d / (w - p))) / (p + 1)) * (p + 1)', { d: v.dataSectors, p, w }, v.allocatedSectors, 'count', 'zfsAllocation');
      add('zfs.data', title, 'V * w * S * d / A', { V: v.vdevs, w, S: diskBytes, d: v.dataSectors, A: v.allocatedSectors }, v.dataBytes, 'bytes', 'zfsAllocation');
    } else {
      const { data: G, parity: p, spares: s } = layout;
      add('zfs.allocated', t.draidAlloc, 'ceil(d / G) * (G + p)', { d: v.dataSectors, G, p }, v.allocatedSectors, 'count', 'zfsAllocation');
      add('zfs.data', title, '(n - s) * S * d / A', { n: disks, s, S: diskBytes, d: v.dataSectors, A: v.allocatedSectors }, v.dataBytes, 'bytes', 'zfsAllocation');
    }
  }
  add('zfs.usable', t.slop, 'D - L', { D: v.dataBytes, L: v.slopBytes }, v.usableBytes, 'bytes', 'zfsSlop');
  return { value: v, steps };
}

const EN = {
  data: (l: string) => `ZFS capacity (${l}) before slop`,
  sectors: 'Data sectors of one block: volblocksize ÷ sector (2^ashift), rounded up',
  raidzAlloc: 'Sectors allocated per block on RAIDZ: data + p parity per row of (width − p), rounded up to a multiple of p + 1',
  draidAlloc: 'Sectors allocated per block on dRAID: full groups of G data + p parity',
  slop: 'ZFS usable: minus the slop space (1/32, within 128 MiB–128 GiB)',
};
const FR: typeof EN = {
  data: (l) => `Capacité ZFS (${l}) avant réserve`,
  sectors: 'Secteurs de données d’un bloc : volblocksize ÷ secteur (2^ashift), arrondi au-dessus',
  raidzAlloc: 'Secteurs alloués par bloc en RAIDZ : données + p parités par rangée de (largeur − p), arrondis au multiple de p + 1',
  draidAlloc: 'Secteurs alloués par bloc en dRAID : groupes complets de G données + p parités',
  slop: 'Capacité ZFS utilisable : moins la réserve slop (1/32, bornée à 128 Mio–128 Gio)',
};
