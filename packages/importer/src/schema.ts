/**
 * The normalized, versioned Inventory: what every source (Proxmox VE API or pvesh dumps, Ceph CLI
 * JSON, libvirt, RVTools) is turned into, and what `capa analyze` reads. JSON on disk.
 *
 * Units: every size is an integer number of BYTES, every CPU figure a count. `null` means "the source
 * did not say" (never 0 for unknown): the analysis warns about it instead of using a silent wrong number.
 */
import { type CrushDump, crushDumpSchema, type OsdDump, osdDumpSchema } from '@capa/crush';
import * as z from 'zod';
import { type InventoryHistory, inventoryHistorySchema } from './schema-history.js';

export const INVENTORY_SCHEMA = 'capa.inventory';
export const INVENTORY_VERSION = 1;

const bytes = z
  .number()
  .int()
  .min(0)
  .max(2 ** 63);
const nbytes = bytes.nullable();
const countN = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31)
  .nullable();

export const warningSchema = z.object({
  /** Stable code, e.g. `pve.guest-config-missing`, `ceph.osd-size-from-crush-weight`. */
  code: z.string(),
  message: z.string(),
  /** What could not be read: an endpoint path, a file, a command. */
  source: z.string().optional(),
  /** The catalogue entry the message is rendered from (warning-messages.ts) when it is not `code`. */
  key: z.string().optional(),
  /** Language-free values the message is rendered with; absent in inventories saved before they existed. */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});
export type InventoryWarning = z.infer<typeof warningSchema>;

export const nodeSchema = z.object({
  name: z.string().min(1),
  online: z.boolean(),
  /** CPU sockets (physical packages). */
  sockets: countN,
  /** Physical cores in total, across all sockets (PVE's cpuinfo.cores is already a total). */
  cores: countN,
  /** Logical CPUs (hardware threads): what vCPUs are compared with. */
  threads: countN,
  cpuModel: z.string().nullable(),
  ramTotalBytes: nbytes,
  ramUsedBytes: nbytes,
  /** MemAvailable where the source has it (PVE ≥ 8.4); null otherwise. */
  ramAvailableBytes: nbytes,
  /** Free-form version string of the hypervisor (pve-manager/9.1.2/..., ESXi 8.0.2, libvirt). */
  version: z.string().nullable(),
});
export type InventoryNode = z.infer<typeof nodeSchema>;

export const diskSchema = z.object({
  /** Bus/slot as the source names it: scsi0, virtio1, rootfs, mp0, vda, "Hard disk 1". */
  slot: z.string(),
  /** Storage id (PVE), datastore (VMware) or pool; null when unknown (passthrough, bind mount). */
  storage: z.string().nullable(),
  /** Configured (provisioned) size; null when the source does not say. */
  sizeBytes: nbytes,
  /** Detached volumes (PVE unusedN): still consume storage, no guest uses them. */
  unused: z.boolean(),
});
export type InventoryDisk = z.infer<typeof diskSchema>;

export const guestSchema = z.object({
  /** Unique within the inventory: qemu/100, lxc/101, libvirt/host/name, vmware/vm-42. */
  id: z.string().min(1),
  type: z.enum(['qemu', 'lxc', 'libvirt', 'vmware']),
  vmid: z.number().int().nullable(),
  name: z.string(),
  /** Node it is placed on now; null when the source does not say. */
  node: z.string().nullable(),
  status: z.enum(['running', 'stopped', 'paused', 'suspended', 'unknown']),
  template: z.boolean(),
  /** Configured maximum RAM (PVE `memory`, libvirt `<memory>`, VMware `Memory`): what N−1 plans with. */
  memoryBytes: nbytes,
  /** Balloon floor (PVE `balloon`, libvirt `<currentMemory>`); null when none/unknown; 0 = balloon off. */
  balloonMinBytes: nbytes,
  /** vCPUs as configured: sockets × cores (or `vcpus` when set). */
  vcpus: z
    .number()
    .min(0)
    .max(2 ** 20)
    .nullable(),
  sockets: countN,
  cores: countN,
  disks: z.array(diskSchema),
  /** HA state where known (PVE hastate / ha/resources): started, stopped, ignored, ...; null = not HA-managed or unknown. */
  haState: z.string().nullable(),
});
export type InventoryGuest = z.infer<typeof guestSchema>;

export const storageSchema = z.object({
  id: z.string(),
  type: z.string().nullable(),
  shared: z.boolean(),
  /** Nodes the storage is enabled on (one entry per node in cluster/resources; de-duplicated here). */
  nodes: z.array(z.string()),
  totalBytes: nbytes,
  usedBytes: nbytes,
});
export type InventoryStorage = z.infer<typeof storageSchema>;

export const osdSchema = z.object({
  id: z.number().int().min(0),
  name: z.string(),
  /** CRUSH host bucket; null when the source has no tree. */
  host: z.string().nullable(),
  deviceClass: z.string().nullable(),
  /** Raw size (osd df `kb` × 1024; crush_weight × 1024⁴ when an out OSD reports 0, with a warning). */
  sizeBytes: bytes,
  usedBytes: nbytes,
  pgs: countN,
  up: z.boolean().nullable(),
  /** reweight > 0. */
  in: z.boolean().nullable(),
  crushWeight: z.number().nullable(),
  reweight: z.number().nullable(),
});
export type InventoryOsd = z.infer<typeof osdSchema>;

export const poolAutoscaleSchema = z.object({
  pgNumTarget: countN,
  pgNumFinal: countN,
  pgNumIdeal: countN,
  wouldAdjust: z.boolean().nullable(),
  rawUsedRate: z.number().nullable(),
  subtreeCapacityBytes: nbytes,
  capacityRatio: z.number().nullable(),
  mode: z.string().nullable(),
});

export const poolSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.enum(['replicated', 'erasure', 'unknown']),
  /** Replicas, or k + m for EC (Ceph's pool `size`). */
  size: countN,
  minSize: countN,
  /** EC data/coding chunks from the profile; null for replicated pools or when unknown. */
  k: countN,
  m: countN,
  ecProfile: z.string().nullable(),
  pgNum: countN,
  pgNumTarget: countN,
  pgNumMin: countN,
  pgNumMax: countN,
  autoscaleMode: z.string().nullable(),
  bulk: z.boolean(),
  bias: z.number().nullable(),
  targetSizeRatio: z.number().nullable(),
  targetSizeBytes: nbytes,
  crushRule: z.number().int().nullable(),
  crushRuleName: z.string().nullable(),
  /** CRUSH root the rule takes (item_name, `default~ssd` for a device class shadow tree). */
  crushRoot: z.string().nullable(),
  failureDomain: z.string().nullable(),
  deviceClass: z.string().nullable(),
  /** ceph df STORED: logical user bytes. */
  storedBytes: nbytes,
  /** ceph df USED: raw bytes incl. replication / EC overhead. */
  usedBytes: nbytes,
  /** ceph df MAX AVAIL: logical bytes still writable (full-ratio aware). */
  maxAvailBytes: nbytes,
  objects: countN,
  applications: z.array(z.string()),
  /** Ceph's own `osd pool autoscale-status` for the pool, when imported. */
  autoscale: poolAutoscaleSchema.nullable(),
});
export type InventoryPool = z.infer<typeof poolSchema>;

export const PLACEMENT_MAPS_FORMAT = 'capa.ceph-placement-maps';
export const PLACEMENT_MAPS_VERSION = 1;

/** A Ceph JSON document validated (and trimmed to what placement reads) by @capa/crush's own reader. */
function cephDocument<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }) {
  return z.unknown().transform((v, ctx): T => {
    const r = schema.safeParse(v);
    if (r.success) return r.data;
    for (const issue of r.error.issues.slice(0, 1)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) });
    return z.NEVER;
  });
}

/**
 * Ceph's own placement maps, as `ceph osd crush dump -f json` and `ceph osd dump -f json` print them,
 * trimmed to the fields placement reads (see @capa/crush). Versioned on its own so the inventory's
 * version stays 1: an inventory without it (older, or from the PVE API) is still valid.
 */
export const placementMapsSchema = z.object({
  format: z.literal(PLACEMENT_MAPS_FORMAT),
  version: z.literal(PLACEMENT_MAPS_VERSION),
  crushDump: cephDocument<CrushDump>(crushDumpSchema),
  osdDump: cephDocument<OsdDump>(osdDumpSchema),
});
export type InventoryPlacementMaps = z.infer<typeof placementMapsSchema>;

export const cephSchema = z.object({
  version: z.string().nullable(),
  fsid: z.string().nullable(),
  osds: z.array(osdSchema),
  pools: z.array(poolSchema),
  /** osd df summary: total_kb × 1024, total_kb_used × 1024 (TOTAL RAW USE), total_kb_avail × 1024. */
  totalBytes: nbytes,
  rawUsedBytes: nbytes,
  availBytes: nbytes,
  /** From osd dump: mon_osd_nearfull/backfillfull/full ratios; null when not imported. */
  nearfullRatio: z.number().nullable(),
  backfillfullRatio: z.number().nullable(),
  fullRatio: z.number().nullable(),
  /** Ceph's CRUSH map and OSD map for `capa placement`; absent (older inventories) or null when not captured. */
  placementMaps: placementMapsSchema.nullable().optional(),
});
export type InventoryCeph = z.infer<typeof cephSchema>;

export const bondSchema = z.object({
  node: z.string(),
  name: z.string(),
  mode: z.string().nullable(),
  hashPolicy: z.string().nullable(),
  members: z.array(z.string()),
  /** Speed of one member in bits/s: no source reports it (PVE API has none), the user supplies it. */
  memberSpeedBps: z.number().nullable(),
});
export type InventoryBond = z.infer<typeof bondSchema>;

export const sourceSchema = z.object({
  kind: z.enum(['pve-api', 'pvesh', 'ceph-cli', 'ceph-dir', 'libvirt', 'libvirt-dir', 'rvtools', 'merged', 'synthetic']),
  /** Where it came from: URL (never the token), directory, libvirt URI, file. */
  origin: z.string().nullable(),
  /** Versions the source reported (pve-manager, Ceph, libvirt). */
  versions: z.record(z.string(), z.string()),
  cluster: z.string().nullable(),
});

export const inventorySchema = z.object({
  schema: z.literal(INVENTORY_SCHEMA),
  version: z.literal(INVENTORY_VERSION),
  source: sourceSchema,
  /** ISO 8601 time of collection. */
  collectedAt: z.string(),
  nodes: z.array(nodeSchema),
  guests: z.array(guestSchema),
  storages: z.array(storageSchema),
  ceph: cephSchema.nullable(),
  bonds: z.array(bondSchema),
  warnings: z.array(warningSchema),
  /** Time series for `capa forecast` (schema-history.ts); absent when none was imported. */
  history: inventoryHistorySchema.optional(),
});
export type Inventory = z.infer<typeof inventorySchema>;
export type InventorySource = z.infer<typeof sourceSchema>;

/** Parts a parser returns; `buildInventory` assembles and validates them. */
export interface InventoryParts {
  nodes?: InventoryNode[];
  guests?: InventoryGuest[];
  storages?: InventoryStorage[];
  ceph?: InventoryCeph | null;
  bonds?: InventoryBond[];
  warnings?: InventoryWarning[];
  versions?: Record<string, string>;
  cluster?: string | null;
  history?: InventoryHistory;
}
