import type { Recorder } from '../explain/recorder.js';
import type { Step } from '../explain/types.js';
import { varSymbols } from '../explain/symbols.js';
import { GB, GiB, TB } from '../units/constants.js';
import { MEMORY_ORIGINS, MEMORY_SYMBOLS } from './symbols.js';

/**
 * ZFS ARC reserved per node. `pve`: what the Proxmox VE installer (8.1 and later) writes to
 * /etc/modprobe.d/zfs.conf, zfs_arc_max = 10 % of RAM clamped to 16 GiB (pve-docs local-zfs.adoc,
 * "Limit ZFS Memory Usage"). `course`: the training course's "1 GB of RAM per TB of disk", applied
 * only when a scenario states it.
 */
export type ZfsArcRule = 'pve' | 'course';

export const PVE_ARC_FRACTION = 0.1;
export const PVE_ARC_MAX_BYTES = 16 * GiB;

export function zfsArcValue(rule: ZfsArcRule, ramBytes: number, zfsDiskBytes: number): number {
  // 1 GB per TB is a thousandth of the disk bytes; dividing first keeps decimal sizes exact.
  // zfs_arc_max is a whole number of bytes.
  return rule === 'pve' ? Math.floor(Math.min(PVE_ARC_FRACTION * ramBytes, PVE_ARC_MAX_BYTES)) : zfsDiskBytes / (TB / GB);
}

/** The ARC a rule reserves, with its derivation step when the recorder explains (null in fast mode). */
export function zfsArcReservation(rule: ZfsArcRule, ramBytes: number, zfsDiskBytes: number, rec: Recorder): { value: number; step: Step | null } {
  const value = zfsArcValue(rule, ramBytes, zfsDiskBytes);
  if (!rec.explains) return { value, step: null };
  const fr = rec.lang === 'fr';
  const out: Step[] = [];
  rec.step?.(
    out,
    rule === 'pve'
      ? {
          id: 'memory.zfs-arc',
          title: fr
            ? 'ARC ZFS par nœud : zfs_arc_max de l’installateur Proxmox VE 8.1+ (10 % de la RAM, au plus 16 Gio)'
            : "ZFS ARC per node: the Proxmox VE 8.1+ installer's zfs_arc_max (10 % of RAM, at most 16 GiB)",
          expr: 'floor(min(0.1 * M, C))',
          vars: { M: ramBytes, C: PVE_ARC_MAX_BYTES },
          varUnits: { M: 'bytes', C: 'bytes' },
          symbols: varSymbols(MEMORY_SYMBOLS, { M: 0, C: 0 }, MEMORY_ORIGINS),
          value,
          unit: 'bytes',
          source: 'pveZfsArc',
        }
      : {
          id: 'memory.zfs-arc',
          title: fr ? 'ARC ZFS par nœud : règle du cours, 1 Go de RAM par To de disque ZFS' : 'ZFS ARC per node: the course rule, 1 GB of RAM per TB of ZFS disk',
          expr: 'D / 1000',
          vars: { D: zfsDiskBytes },
          varUnits: { D: 'bytes' },
          symbols: varSymbols(MEMORY_SYMBOLS, { D: 0 }, MEMORY_ORIGINS),
          value,
          unit: 'bytes',
          source: 'courseHostReserve',
        },
  );
  return { value, step: out[0] ?? null };
}
