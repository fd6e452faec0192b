/**
 * Plain RAID arithmetic of an external filer (NFS/SAN): groups of equal disks, parity or mirror
 * copies, hot spares. Not ZFS: RAIDZ's allocation padding lives in planning/zfs.ts; a hardware or md
 * RAID group stores whole stripes, so its capacity is a whole number of disks.
 *
 * Capacities as Linux md computes them (torvalds/linux:drivers/md): raid0.c sums its members,
 * raid1.c's raid1_size is one member's size, raid5.c's raid5_size is sectors × (raid_disks −
 * max_degraded) with max_degraded 1 for RAID 5 and 2 for RAID 6, raid10.c's raid10_size is
 * sectors × raid_disks ÷ copies (2 near copies, mdadm's default layout n2).
 */

export const RAID_LEVELS = ['0', '1', '5', '6', '10'] as const;
export type RaidLevel = (typeof RAID_LEVELS)[number];

/** Parity disks of a parity level (md's max_degraded). */
const PARITY: Readonly<Record<'5' | '6', number>> = { '5': 1, '6': 2 };

/**
 * The smallest group that keeps the level's meaning: a parity group needs two data disks beside its
 * parity (RAID 5 on 2 disks or RAID 6 on 3 is a mirror in disguise: use RAID 1); a mirror two
 * copies; RAID 10 pairs of mirrors, an even count of at least 4 (2 disks is RAID 1).
 */
export function minGroupSize(level: RaidLevel): number {
  if (level === '0') return 1;
  if (level === '1') return 2;
  if (level === '10') return 4;
  return PARITY[level] + 2;
}

export interface RaidValue {
  /** Disks left for groups once the spares are set aside. */
  readonly groupedDisks: number;
  /** Disks per group: the stated width, or every disk but the spares in one group. */
  readonly groupSize: number;
  readonly groups: number;
  /** Disks that fill no group: neither data nor spare. */
  readonly unusedDisks: number;
  /** Disks of data per group: W for RAID 0, 1 for RAID 1, W − p for RAID 5/6, W ÷ 2 for RAID 10. */
  readonly dataDisksPerGroup: number;
  /** Disk failures every group survives (RAID 10: one per mirror pair, 1 for sure). */
  readonly toleratedPerGroup: number;
  readonly rawBytes: number;
  /** Capacity of the groups before the filer's own overhead. */
  readonly arrayBytes: number;
}

/** Data disks per group of `width` disks at this level. */
export function dataDisks(level: RaidLevel, width: number): number {
  if (level === '0') return width;
  if (level === '1') return 1;
  if (level === '10') return width / 2;
  return width - PARITY[level];
}

/** Failures a group survives for sure (RAID 10: a second failure in the same pair loses it). */
export function toleratedFailures(level: RaidLevel, width: number): number {
  if (level === '0') return 0;
  if (level === '1') return width - 1;
  if (level === '10') return 1;
  return PARITY[level];
}

/**
 * The filer's RAID layout: `disks` in the chassis, `spares` set aside, groups of `groupSize` (every
 * other disk in one group when absent, an even count for RAID 10, mirror pairs for RAID 1). The caller has checked that a group fits.
 */
export function raidValue(level: RaidLevel, disks: number, diskBytes: number, spares: number, groupSize?: number): RaidValue {
  const groupedDisks = Math.max(0, disks - spares);
  // RAID 1 mirrors pairs; RAID 10 stripes pairs, so its one group takes the largest even count.
  const W = groupSize ?? (level === '1' ? 2 : level === '10' ? groupedDisks - (groupedDisks % 2) : groupedDisks);
  const groups = W === 0 ? 0 : Math.floor(groupedDisks / W);
  const dataPerGroup = dataDisks(level, W);
  return {
    groupedDisks,
    groupSize: W,
    groups,
    unusedDisks: groupedDisks - groups * W,
    dataDisksPerGroup: dataPerGroup,
    toleratedPerGroup: toleratedFailures(level, W),
    rawBytes: disks * diskBytes,
    arrayBytes: groups * dataPerGroup * diskBytes,
  };
}
