import { z } from 'zod';
import { bytes, bytesOrZero, count, fraction, lang, positive, sizeSystem } from '../explain/schema.js';
import { GiB } from '../units/constants.js';

/** Nodes as groups of identical nodes: 3 × 512 GiB is one group; counts stay formulas, never arrays. */
export const nodeGroup = z.object({ count: count(1), ramBytes: bytes });

export const reservations = z.object({
  /** System reservation per node (Proxmox VE itself): 0 unless stated; ~2 GiB suggested. */
  hostReserveBytes: bytesOrZero.default(0),
  osdsPerNode: count(0).default(0),
  /** osd_memory_target per OSD daemon: Ceph's default 4 GiB. */
  osdMemoryBytes: bytes.default(4 * GiB),
  /** OSD size, for the "1 GB of RAM per TB of disk" rule. */
  osdSizeBytes: bytes.optional(),
  zfsArcBytes: bytesOrZero.default(0),
});

const common = {
  failures: count(0).default(1),
  maxUtilization: fraction.default(0.75),
  /** Fraction of guest memory KSM is stated to save, in [0, 1); never assumed. */
  ksmSavings: z.number().min(0, 'must be in [0, 1)').lt(1, 'must be in [0, 1)').optional(),
  vcpus: count(1).optional(),
  /** Hardware threads per node (pCPU). */
  cpuThreadsPerNode: count(1).optional(),
  maxOvercommit: positive.default(4),
  /** The unit system the user typed in: derivations answer in it. */
  system: sizeSystem,
  lang,
};

const failuresBelowNodes = (v: { failures: number; nodes: number }, ctx: z.RefinementCtx) => {
  if (v.failures >= v.nodes) {
    ctx.addIssue({ code: 'custom', path: ['failures'], message: `must be less than the number of nodes (${v.nodes})` });
  }
};

export const usableMemoryInput = z
  .object({ nodeGroups: z.array(nodeGroup).min(1, 'at least one node'), ...reservations.shape, ...common, guestRamBytes: bytes.optional() })
  .superRefine((v, ctx) => failuresBelowNodes({ failures: v.failures, nodes: v.nodeGroups.reduce((s, g) => s + g.count, 0) }, ctx));

export const requiredMemoryInput = z
  .object({
    nodes: count(1),
    guestRamBytes: bytes,
    ...reservations.shape,
    ...common,
    /** Purchasable node RAM sizes (a catalogue can replace the default list). */
    purchasableBytes: z.array(bytes).min(1).optional(),
  })
  .superRefine(failuresBelowNodes);

export type UsableMemoryInput = z.input<typeof usableMemoryInput>;
export type RequiredMemoryInput = z.input<typeof requiredMemoryInput>;
export type Reservations = z.output<typeof reservations>;
