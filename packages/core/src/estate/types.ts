/** What `capa analyze A.json B.json …` returns when the files are several clusters (an estate): the JSON contract. */
import type { Explained, Lang } from '../explain/types.js';
import type { AnalysisOptions } from '../inventory-analysis/analysis-spec.js';
import type { AnalysisPlacement } from '../inventory-analysis/crush.js';
import type { AnalysisInput } from '../inventory-analysis/schema.js';
import type { InventoryAnalysis } from '../inventory-analysis/types.js';
import type { SizeSystem } from '../units/size-units.js';

/** Proxmox VE (or libvirt) clusters take guests; a VMware estate (RVTools) is the migration source and takes none. */
export type EstateRole = 'proxmox' | 'vmware';

export interface EstateClusterInput {
  readonly name: string;
  readonly role: EstateRole;
  /** Where the cluster was read from (shown and echoed, never opened here). */
  readonly files?: readonly string[];
  readonly inventory: AnalysisInput['inventory'];
  /** Ceph's maps and the CRUSH engine for this cluster, as `analyzeInventory` takes them. */
  readonly placement?: AnalysisPlacement;
}

export interface EstateInput {
  readonly clusters: readonly EstateClusterInput[];
  /** The analysis options, the same for every cluster (what-ifs that name nodes are refused: a node belongs to one cluster). */
  readonly options: Partial<AnalysisOptions>;
  /** A wave holds at most this many guests (default ESTATE_DEFAULTS.waveGuests). */
  readonly waveGuests?: number;
  /** …and at most this much configured RAM (a larger guest still moves, alone in its wave); none by default. */
  readonly waveRamBytes?: number;
  readonly system?: SizeSystem;
  readonly lang?: Lang;
}

export interface EstateClusterResult {
  readonly name: string;
  readonly role: EstateRole;
  readonly files: readonly string[];
  /** Every check of its own analysis passes (what `capa analyze` on this cluster alone exits 0 for). */
  readonly passes: boolean;
  /** The memory N − f verdict alone; null when not applicable (a Ceph-only cluster). */
  readonly memoryPasses: boolean | null;
  readonly worstCaseUtilization: number | null;
  readonly nodes: number;
  /** RAM of the online nodes of known size. */
  readonly ramBytes: number;
  readonly guests: number;
  readonly guestRamBytes: number;
  readonly cephRawBytes: number | null;
  /** u × S − R − G: RAM more guests may take with N − f still passing; negative = the excess; null when no verdict. */
  readonly roomBytes: number | null;
  readonly headroomGuests: number;
  /** Takes guests (a Proxmox VE cluster whose memory N − f passes). */
  readonly target: boolean;
  /** After the rebalance and every wave: the guest RAM and utilisation. */
  readonly after: { readonly guestRamBytes: number; readonly worstCaseUtilization: number | null };
  /** `analyzeInventory`'s result for this cluster alone. */
  readonly analysis: InventoryAnalysis;
}

/** One guest moved (or not) from one cluster to another. */
export interface EstateMove {
  readonly id: string;
  readonly name: string;
  readonly ramBytes: number;
  readonly from: string;
  /** null: fits nowhere (see `reason`). */
  readonly to: string | null;
  /** Rebalance: off a failing cluster (before the waves); migrate: off the VMware source. */
  readonly kind: 'rebalance' | 'migrate';
  /** The wave (1, 2, …) of a placed migration; null for a rebalance or an unplaced guest. */
  readonly wave: number | null;
  /** Why it fits nowhere: its memory is unknown, no Proxmox VE cluster passes, or no cluster has the room. */
  readonly reason: 'unknown-memory' | 'no-target' | 'no-room' | null;
  /** With `no-room`: the largest room any target had left when the guest was tried. */
  readonly largestRoomBytes: number | null;
}

export interface EstateWave {
  readonly index: number;
  readonly guests: readonly string[];
  readonly ramBytes: number;
  /** Every target cluster once the wave has moved: its guest RAM and N − f utilisation (all within the limit). */
  readonly clusters: readonly { readonly name: string; readonly added: number; readonly guestRamBytes: number; readonly worstCaseUtilization: number }[];
}

export interface EstateTotals {
  readonly clusters: number;
  readonly nodes: number;
  readonly ramBytes: number;
  readonly guests: number;
  readonly guestRamBytes: number;
  readonly cephRawBytes: number;
  readonly verdicts: { readonly pass: number; readonly fail: number; readonly notApplicable: number };
}

export interface EstateAnalysis extends Explained {
  readonly estate: EstateTotals;
  readonly clusters: readonly EstateClusterResult[];
  /** Every guest that moves or should: the rebalance first, then the migration in wave order, then those that fit nowhere. */
  readonly moves: readonly EstateMove[];
  readonly waves: readonly EstateWave[];
  readonly used: { readonly failures: number; readonly maxUtilization: number; readonly grow: number; readonly waveGuests: number; readonly waveRamBytes: number | null; readonly system: SizeSystem };
  /** Every Proxmox VE cluster passes its own analysis. */
  readonly passes: boolean;
}
