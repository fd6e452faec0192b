import { LIMITS, limitMessage } from '../explain/limits.js';
import { bytes, bytesOrZero, count, diskBytes, fraction, hostCount, lang, nodeRamBytes, osdsPerHostCount, positive, sizeSystem } from '../explain/schema.js';
import * as z from 'zod/mini';
import { MEMORY_DEFAULTS } from '../explain/defaults.js';

/** Nodes as groups of identical nodes: 3 × 512 GiB is one group; counts stay formulas, never arrays. */
export const nodeGroup = z.object({
  count: hostCount(),
  ramBytes: nodeRamBytes,
  /** How checks name the group (a scenario's node name); without it, by its RAM. */
  name: z.optional(z.string()),
  /** Its place in a typed list of node sizes (1 first): checks call an unnamed one "Node 3". */
  position: z.optional(count(1)),
});

const reservationShape = {
  /** System reservation per node (Proxmox VE itself): 0 unless stated; ~2 GiB suggested. */
  hostReserveBytes: z._default(bytesOrZero, MEMORY_DEFAULTS.hostReserveBytes),
  osdsPerNode: z._default(osdsPerHostCount(0), MEMORY_DEFAULTS.osdsPerNode),
  /** osd_memory_target per OSD daemon: Ceph's default 4 GiB. */
  osdMemoryBytes: z._default(bytes, MEMORY_DEFAULTS.osdMemoryBytes),
  /** OSD size, for the "1 GB of RAM per TB of disk" rule. */
  osdSizeBytes: z.optional(diskBytes),
  zfsArcBytes: z._default(bytesOrZero, MEMORY_DEFAULTS.zfsArcBytes),
};
export const reservations = z.object(reservationShape);

const common = {
  failures: z._default(count(0), MEMORY_DEFAULTS.failures),
  maxUtilization: z._default(fraction, MEMORY_DEFAULTS.maxUtilization),
  /** Fraction of guest memory KSM is stated to save, in [0, 1); never assumed. */
  ksmSavings: z.optional(z.number('must be from 0 to 0.9').check(z.minimum(0, 'must be from 0 to 0.9'), z.maximum(0.9, 'must be from 0 to 0.9'))),
  vcpus: z.optional(count(1)),
  /** Hardware threads per node (pCPU). */
  cpuThreadsPerNode: z.optional(count(1)),
  maxOvercommit: z._default(positive, MEMORY_DEFAULTS.maxOvercommit),
  /** A corosync QDevice: its votes count when asking whether the survivors keep quorum. */
  qdevice: z._default(z.boolean(), MEMORY_DEFAULTS.qdevice),
  /** The unit system the user typed in: derivations answer in it. */
  system: sizeSystem,
  lang,
};

const failuresBelowNodes = (failures: number, nodes: number, ctx: { addIssue: (i: { code: 'custom'; path: string[]; message: string; input: unknown }) => void }) => {
  if (failures >= nodes) ctx.addIssue({ code: 'custom', path: ['failures'], message: limitMessage({ k: 'belowNodes', nodes }), input: failures });
};

export const usableMemoryInput = z.object({ nodeGroups: z.array(nodeGroup).check(z.minLength(1, 'at least one node')), ...reservationShape, ...common, guestRamBytes: z.optional(bytes) }).check(
  z.superRefine((v, ctx) => {
    const nodes = v.nodeGroups.reduce((s, g) => s + g.count, 0);
    failuresBelowNodes(v.failures, nodes, ctx);
    if (nodes > LIMITS.hosts) ctx.addIssue({ code: 'custom', path: ['nodeGroups'], message: limitMessage({ k: 'count', min: 1, max: LIMITS.hosts }), input: nodes });
  }),
);

export const requiredMemoryInput = z
  .object({
    nodes: hostCount(),
    guestRamBytes: bytes,
    ...reservationShape,
    ...common,
    /** Purchasable node RAM sizes (a catalogue can replace the default list). */
    purchasableBytes: z.optional(z.array(nodeRamBytes).check(z.minLength(1, 'at least one size'))),
  })
  .check(z.superRefine((v, ctx) => failuresBelowNodes(v.failures, v.nodes, ctx)));

export type UsableMemoryInput = z.input<typeof usableMemoryInput>;
/** The values `usableMemoryInput` yields: defaults filled in, bounds checked. */
export type UsableMemoryValues = z.output<typeof usableMemoryInput>;
export type RequiredMemoryInput = z.input<typeof requiredMemoryInput>;
export type Reservations = z.output<typeof reservations>;

/** What a memory result echoes in `used`: every scalar input after defaults, null when not given. */
export interface MemoryUsed {
  readonly failures: number;
  readonly maxUtilization: number;
  readonly hostReserveBytes: number;
  readonly osdsPerNode: number;
  readonly osdMemoryBytes: number;
  readonly osdSizeBytes: number | null;
  readonly zfsArcBytes: number;
  readonly ksmSavings: number | null;
  readonly vcpus: number | null;
  readonly cpuThreadsPerNode: number | null;
  readonly maxOvercommit: number;
  readonly qdevice: boolean;
  readonly guestRamBytes: number | null;
  readonly system: 'binary' | 'decimal';
}

type MemoryValues = z.output<typeof usableMemoryInput> | z.output<typeof requiredMemoryInput>;
export const memoryUsed = (v: MemoryValues): MemoryUsed => ({
  failures: v.failures,
  maxUtilization: v.maxUtilization,
  hostReserveBytes: v.hostReserveBytes,
  osdsPerNode: v.osdsPerNode,
  osdMemoryBytes: v.osdMemoryBytes,
  osdSizeBytes: v.osdSizeBytes ?? null,
  zfsArcBytes: v.zfsArcBytes,
  ksmSavings: v.ksmSavings ?? null,
  vcpus: v.vcpus ?? null,
  cpuThreadsPerNode: v.cpuThreadsPerNode ?? null,
  maxOvercommit: v.maxOvercommit,
  qdevice: v.qdevice,
  guestRamBytes: v.guestRamBytes ?? null,
  system: v.system,
});
