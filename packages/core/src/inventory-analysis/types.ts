/** What `capa analyze` returns (the JSON contract), and the inventory shapes the analysis reads. */
import type { Explained } from '../explain/types.js';
import type { CephPlacementAnalysis } from './crush.js';
import type { AnalysisValues } from './schema.js';

export type Inv = AnalysisValues['inventory'];
export type Node = Inv['nodes'][number];
export type Guest = Inv['guests'][number];
export type Ceph = NonNullable<Inv['ceph']>;
export type Pool = Ceph['pools'][number];

export interface NodeAnalysis {
  readonly name: string;
  readonly online: boolean;
  readonly ramBytes: number | null;
  readonly threads: number | null;
  /** f largest (by RAM) taken down for the verdict; offline nodes count as failed too. */
  readonly failed: boolean;
  readonly osds: number;
  readonly reservationBytes: number;
  /** Configured RAM of the counted guests on it now. */
  readonly guestRamBytes: number;
  readonly utilization: number | null;
  /** After the failed nodes' guests are placed on it (survivors only). */
  readonly afterFailureGuestRamBytes: number | null;
  readonly afterFailureUtilization: number | null;
}

export interface PlacedGuest {
  readonly id: string;
  readonly name: string;
  readonly ramBytes: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly withinLimit: boolean;
}

export interface PoolAnalysis {
  readonly name: string;
  readonly protection: string | null;
  readonly storedBytes: number | null;
  readonly usedBytes: number | null;
  readonly rawPerLogical: number | null;
  /** Logical bytes this pool alone could hold so that a host loss stays under nearfull. */
  readonly safeStoredBytes: number | null;
  readonly pgNum: number | null;
  readonly autoscalerPgNum: number | null;
  readonly cephPgNumFinal: number | null;
  readonly wouldChange: boolean | null;
}

export interface CephAnalysis {
  readonly osdCount: number;
  readonly rawBytes: number;
  readonly inRawBytes: number;
  readonly usedBytes: number | null;
  readonly fillNow: number | null;
  readonly hosts: number;
  readonly largestHost: { readonly name: string; readonly rawBytes: number } | null;
  readonly healing: 'heals' | 'cannot-heal' | 'unplaceable' | 'single-host' | 'unknown';
  readonly fillAfterHostLoss: number | null;
  readonly safeRawBytes: number | null;
  readonly nearfull: number;
  readonly backfillfull: number;
  readonly full: number;
  readonly pools: readonly PoolAnalysis[];
  /** CRUSH simulation (null when not run): the fullest OSD's expected fill, healthy. */
  readonly fullestOsdFill: number | null;
  /** CRUSH simulation: the fullest OSD's fill after the worst loss of `failures` hosts and backfill. */
  readonly fullestOsdFillAfterHostLoss: number | null;
  readonly placement: CephPlacementAnalysis | null;
}

export interface MemoryAnalysis {
  readonly failures: number;
  readonly failedNodes: readonly string[];
  readonly offlineNodes: readonly string[];
  readonly maxUtilization: number;
  readonly totalRamBytes: number;
  readonly survivingRamBytes: number;
  readonly guestRamBytes: number;
  readonly runningGuestRamBytes: number;
  readonly hostReservationBytes: number;
  readonly usableGuestRamBytes: number | null;
  readonly worstCaseUtilization: number | null;
  readonly runningOnlyUtilization: number | null;
  /** False when the inventory has no guest and no node of known RAM (a Ceph-only import). */
  readonly applicable: boolean;
  /** worstCaseUtilization ≤ maxUtilization; null when not applicable. */
  readonly passes: boolean | null;
  readonly counted: { readonly guests: number; readonly stopped: number; readonly templatesExcluded: number; readonly unknownMemory: number; readonly notHaManaged: number };
  readonly nodesToAdd: number | null;
  readonly perNode: readonly NodeAnalysis[];
  readonly placement: { readonly strategy: 'first-fit-decreasing'; readonly moved: readonly PlacedGuest[]; readonly unplaced: readonly PlacedGuest[] };
}

export interface InventoryAnalysis extends Explained {
  readonly whatIf: { readonly grow: number; readonly addedNodes: readonly string[]; readonly removedNodes: readonly string[] };
  readonly memory: MemoryAnalysis;
  readonly cpu: { readonly vcpus: number; readonly survivingThreads: number | null; readonly overcommit: number | null; readonly maxOvercommit: number };
  readonly ceph: CephAnalysis | null;
  readonly headroomGuests: number;
  readonly headroom: { readonly guestRamBytes: number; readonly guestVcpus: number; readonly byMemory: number; readonly byCpu: number | null };
  /** Every scalar option the analysis used, defaults included; the fill ratios with where each came from (null without Ceph). */
  readonly used: AnalysisUsed;
  readonly passes: boolean;
}

export interface AnalysisUsed {
  readonly failures: number;
  readonly maxUtilization: number;
  readonly hostReserveBytes: number;
  readonly osdMemoryBytes: number;
  readonly zfsArcBytes: number;
  readonly maxOvercommit: number;
  readonly guestRamBytes: number;
  readonly guestVcpus: number;
  readonly grow: number;
  readonly nearfull: number | null;
  readonly backfillfull: number | null;
  readonly full: number | null;
  /** option (given), inventory (osd dump) or default (Ceph's), per ratio; null without Ceph. */
  readonly nearfullFrom: RatioFrom | null;
  readonly backfillfullFrom: RatioFrom | null;
  readonly fullFrom: RatioFrom | null;
  readonly system: 'binary' | 'decimal';
}
export type RatioFrom = 'option' | 'inventory' | 'default';
