import { bytes, bytesOrZero, count, fraction, lang, positive, sizeSystem } from '../explain/schema.js';
import * as z from 'zod/mini';
import { GiB } from '../units/constants.js';

/** Nodes as groups of identical nodes: 3 × 512 GiB is one group; counts stay formulas, never arrays. */
export const nodeGroup = z.object({
  count: count(1),
  ramBytes: bytes,
  /** How checks name the group (a scenario's node name); without it, by its RAM. */
  name: z.optional(z.string()),
});

const reservationShape = {
  /** System reservation per node (Proxmox VE itself): 0 unless stated; ~2 GiB suggested. */
  hostReserveBytes: z._default(bytesOrZero, 0),
  osdsPerNode: z._default(count(0), 0),
  /** osd_memory_target per OSD daemon: Ceph's default 4 GiB. */
  osdMemoryBytes: z._default(bytes, 4 * GiB),
  /** OSD size, for the "1 GB of RAM per TB of disk" rule. */
  osdSizeBytes: z.optional(bytes),
  zfsArcBytes: z._default(bytesOrZero, 0),
};
export const reservations = z.object(reservationShape);

const common = {
  failures: z._default(count(0), 1),
  maxUtilization: z._default(fraction, 0.75),
  /** Fraction of guest memory KSM is stated to save, in [0, 1); never assumed. */
  ksmSavings: z.optional(z.number('must be from 0 to 0.9').check(z.minimum(0, 'must be from 0 to 0.9'), z.maximum(0.9, 'must be from 0 to 0.9'))),
  vcpus: z.optional(count(1)),
  /** Hardware threads per node (pCPU). */
  cpuThreadsPerNode: z.optional(count(1)),
  maxOvercommit: z._default(positive, 4),
  /** A corosync QDevice: its votes count when asking whether the survivors keep quorum. */
  qdevice: z._default(z.boolean(), false),
  /** The unit system the user typed in: derivations answer in it. */
  system: sizeSystem,
  lang,
};

const failuresBelowNodes = (failures: number, nodes: number, ctx: { addIssue: (i: { code: 'custom'; path: string[]; message: string; input: unknown }) => void }) => {
  if (failures >= nodes) ctx.addIssue({ code: 'custom', path: ['failures'], message: `must be less than the number of nodes (${nodes})`, input: failures });
};

export const usableMemoryInput = z
  .object({ nodeGroups: z.array(nodeGroup).check(z.minLength(1, 'at least one node')), ...reservationShape, ...common, guestRamBytes: z.optional(bytes) })
  .check(z.superRefine((v, ctx) => failuresBelowNodes(v.failures, v.nodeGroups.reduce((s, g) => s + g.count, 0), ctx)));

export const requiredMemoryInput = z
  .object({
    nodes: count(1),
    guestRamBytes: bytes,
    ...reservationShape,
    ...common,
    /** Purchasable node RAM sizes (a catalogue can replace the default list). */
    purchasableBytes: z.optional(z.array(bytes).check(z.minLength(1, 'at least one size'))),
  })
  .check(z.superRefine((v, ctx) => failuresBelowNodes(v.failures, v.nodes, ctx)));

export type UsableMemoryInput = z.input<typeof usableMemoryInput>;
export type RequiredMemoryInput = z.input<typeof requiredMemoryInput>;
export type Reservations = z.output<typeof reservations>;
