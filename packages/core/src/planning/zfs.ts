import type { Lang, Step, StepUnit } from '../explain/types.js';
import { GiB, MiB } from '../units/constants.js';
import type { SizeSystem } from '../units/size-units.js';
import { step } from '../explain/step.js';

/** A local ZFS pool layout: n-way mirrors, RAIDZ1/2/3 vdevs of a width, or one dRAID vdev. */
export type ZfsLayout =
  | { readonly kind: 'mirror'; readonly width: number }
  | { readonly kind: 'raidz'; readonly parity: 1 | 2 | 3; readonly width: number }
  | { readonly kind: 'draid'; readonly parity: 1 | 2 | 3; readonly data: number; readonly spares: number };

export interface ZfsValue {
  readonly vdevs: number;
  /** Disks left out because they do not fill a vdev. */
  readonly unusedDisks: number;
  /** Before slop space. */
  readonly dataBytes: number;
  /** OpenZFS keeps 1/32 of the pool (spa_slop_shift = 5), at least 128 MiB and at most 128 GiB. */
  readonly slopBytes: number;
  readonly usableBytes: number;
  /** Disk failures one vdev survives. */
  readonly tolerated: number;
}

export function zfsValue(layout: ZfsLayout, disks: number, diskBytes: number): ZfsValue {
  let vdevs: number;
  let unused: number;
  let data: number;
  let tolerated: number;
  if (layout.kind === 'draid') {
    vdevs = disks > layout.spares + layout.parity ? 1 : 0;
    unused = vdevs === 0 ? disks : 0;
    data = vdevs === 0 ? 0 : ((disks - layout.spares) * layout.data * diskBytes) / (layout.data + layout.parity);
    tolerated = layout.parity;
  } else {
    vdevs = Math.floor(disks / layout.width);
    unused = disks - vdevs * layout.width;
    data = layout.kind === 'mirror' ? vdevs * diskBytes : vdevs * (layout.width - layout.parity) * diskBytes;
    tolerated = layout.kind === 'mirror' ? layout.width - 1 : layout.parity;
  }
  const slop = data === 0 ? 0 : Math.min(128 * GiB, Math.max(128 * MiB, data / 32));
  return { vdevs, unusedDisks: unused, dataBytes: data, slopBytes: slop, usableBytes: Math.max(0, data - slop), tolerated };
}

export const zfsLabel = (l: ZfsLayout): string =>
  l.kind === 'mirror' ? `mirror ×${l.width}` : l.kind === 'raidz' ? `RAIDZ${l.parity} ×${l.width}` : `dRAID${l.parity}:${l.data}d:${l.spares}s`;

export function zfsCapacity(layout: ZfsLayout, disks: number, diskBytes: number, lang: Lang, system: SizeSystem = 'binary'): { value: ZfsValue; steps: Step[] } {
  const v = zfsValue(layout, disks, diskBytes);
  const units: Record<string, StepUnit> = { V: 'count', w: 'count', p: 'count', S: 'bytes', n: 'count', d: 'count', s: 'count', D: 'bytes', L: 'bytes' };
  const title = lang === 'fr' ? `Capacité ZFS (${zfsLabel(layout)}) avant réserve` : `ZFS capacity (${zfsLabel(layout)}) before slop`;
  const slopTitle = lang === 'fr' ? 'Capacité ZFS utilisable : moins la réserve slop (1/32, bornée à 128 Mio–128 Gio)' : 'ZFS usable: minus the slop space (1/32, within 128 MiB–128 GiB)';
  const steps: Step[] = [];
  if (layout.kind === 'mirror') steps.push(step({ id: 'zfs.data', title, expr: 'V * S', vars: { V: v.vdevs, S: diskBytes }, varUnits: units, value: v.dataBytes, unit: 'bytes', source: 'zfsLayouts' }, lang, system));
  else if (layout.kind === 'raidz') steps.push(step({ id: 'zfs.data', title, expr: 'V * (w - p) * S', vars: { V: v.vdevs, w: layout.width, p: layout.parity, S: diskBytes }, varUnits: units, value: v.dataBytes, unit: 'bytes', source: 'zfsLayouts' }, lang, system));
  else steps.push(step({ id: 'zfs.data', title, expr: '(n - s) * d * S / (d + p)', vars: { n: disks, s: layout.spares, d: layout.data, p: layout.parity, S: diskBytes }, varUnits: units, value: v.dataBytes, unit: 'bytes', source: 'zfsLayouts' }, lang, system));
  steps.push(step({ id: 'zfs.usable', title: slopTitle, expr: 'D - L', vars: { D: v.dataBytes, L: v.slopBytes }, varUnits: units, value: v.usableBytes, unit: 'bytes', source: 'zfsLayouts' }, lang, system));
  return { value: v, steps };
}
