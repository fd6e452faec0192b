import type { Check, Lang, Step, StepUnit } from '@capa/core';

export type AreaId = 'workloads' | 'memory' | 'cpu' | 'ceph' | 'dbwal' | 'pgs' | 'network' | 'failure' | 'quorum' | 'durability' | 'storage' | 'procurement' | 'cost' | 'backup' | 'drain' | 'filer';
export type Verdict = 'pass' | 'warn' | 'fail';

export interface Figure {
  readonly key: string;
  readonly label: string;
  /** Machine value: integer bytes, bits/s, fractions, seconds, counts or money; null when not applicable. */
  readonly value: number | null;
  readonly unit: StepUnit | 'money' | 'text';
  readonly display: string;
}

export interface Area {
  readonly id: AreaId;
  readonly title: string;
  readonly verdict: Verdict;
  readonly summary: string;
  readonly figures: readonly Figure[];
  readonly checks: readonly Check[];
  readonly derivation: readonly Step[];
}

export interface PoolDurability {
  readonly pool: string;
  readonly protection: string;
  /** Disk (and host) failures alone. */
  readonly annualLossProbability: number;
  readonly nines: number | null;
  /** Plus Kampe's unrecoverable-read-error term (nre_model "fail", rules.durability.diskNre): the figure the verdict uses. */
  readonly annualLossProbabilityWithReadErrors: number;
  readonly ninesWithReadErrors: number | null;
  /** The key of the figure rules.minNines and metrics.minNines use. */
  readonly verdictUses: 'annualLossProbabilityWithReadErrors';
  readonly osdRecoverySeconds: number;
  readonly method: string;
  readonly assumptions: readonly string[];
}

export interface FailureStory {
  /** The node(s) assumed to fail: the largest. */
  readonly nodes: readonly string[];
  readonly memoryUsedFraction: number | null;
  readonly memoryLimit: number;
  readonly cephFillAfter: number | null;
  readonly cephHeals: boolean | null;
  readonly recoverySeconds: number | null;
  /** True whenever recoverySeconds is given: Ceph's recovery throttles are not modelled, so recovery can only take longer. */
  readonly recoveryIsLowerBound: boolean;
  readonly overcommit: number | null;
  readonly quorumKept: boolean;
  /** Ceph MON quorum with the failed hosts down, at worst each carrying a MON (null: no Ceph). */
  readonly monQuorumKept: boolean | null;
  /** Bytes Ceph writes elsewhere after the worst set of `rules.failures` hosts fails (CRUSH simulated; null: no data or no Ceph). */
  readonly rebuildBytes: number | null;
  /** PGs below min_size at the moment the worst set of hosts fails, ÷ all PGs (CRUSH simulated): their I/O blocks. */
  readonly pgsBelowMinSizeFraction: number | null;
  /** The fullest OSD's fill after the worst failure and backfill (CRUSH simulated); cephFillAfter is the average model's. */
  readonly fullestOsdFillAfter: number | null;
  readonly sentence: string;
}

export interface PlacementImpact {
  readonly label: string;
  readonly pgsBelowMinSize: number;
  readonly pgsLost: number;
  readonly pgsDegraded: number;
  readonly movedBytes: number;
  readonly fullestOsd: { readonly id: number; readonly host: string | null; readonly bytes: number; readonly sizeBytes: number; readonly fill: number } | null;
}

/** The CRUSH simulation behind the fullest-OSD, I/O-blocked and CRUSH-safe figures (docs/planner-ceph.md#placement-simulated-crush). */
export interface PlacementSummary {
  readonly engine: '@capa/crush';
  /** 'designed': the map Proxmox VE would build from the scenario's hosts. */
  readonly map: 'designed';
  readonly rebuildBytes: number | null;
  readonly pgsBelowMinSize: number;
  readonly pgs: number;
  readonly pgsBelowMinSizeFraction: number | null;
  readonly crushSafeUsableBytes: number | null;
  readonly fullestOsdFill: number | null;
  readonly fullestOsdFillAfterFailure: number | null;
  readonly domains: readonly {
    readonly domain: string;
    readonly hosts: number;
    readonly pgs: number;
    /** No data stated: simulated with a nominal share, fills not shown. */
    readonly nominal: boolean;
    readonly pools: readonly { readonly name: string; readonly pgNum: number; readonly size: number; readonly minSize: number; readonly storedBytes: number }[];
    readonly failures: { readonly kind: 'host' | 'hosts' | 'osd'; readonly hostsTogether: number; readonly evaluated: number; readonly possible: number };
    readonly osdFailures: { readonly evaluated: number; readonly possible: number } | null;
    readonly fullestOsd: PlacementImpact['fullestOsd'];
    readonly meanFill: number | null;
    readonly worstFill: PlacementImpact | null;
    readonly worstBlocked: PlacementImpact | null;
    readonly rebuildBytes: number | null;
    readonly crushSafeUsableBytes: number | null;
  }[];
  readonly assumptions: readonly string[];
}

export interface CostSummary {
  readonly currency: string;
  readonly years: number;
  readonly subscriptionLevel: string;
  readonly subscriptionTable: string | null;
  /** The subscription price list's date, and whether its prices include VAT (null: not stated). */
  readonly subscriptionPriceDate: string | null;
  readonly subscriptionVat: 'excluded' | 'included' | null;
  readonly hardware: number;
  readonly subscription: number;
  readonly total: number;
  readonly perUsableGiB: number | null;
  readonly perUsableTB: number | null;
  /** False when some node has no price (hardware then counts 0 for it). */
  readonly complete: boolean;
}

/** The figures a comparison or a script needs, without walking the areas. */
export interface PlanMetrics {
  readonly nodes: number;
  readonly failures: number;
  readonly sockets: number;
  readonly totalRamBytes: number;
  readonly usableGuestRamBytes: number;
  readonly guestRamBytes: number | null;
  readonly vcpus: number | null;
  readonly overcommit: number | null;
  readonly cephRawBytes: number | null;
  /** Safe logical capacity for the pools' data mix (after losing the largest host, under the rule's ratio). */
  readonly cephSafeBytes: number | null;
  readonly cephDataBytes: number | null;
  readonly cephFillAfterFailure: number | null;
  /** CRUSH simulated: the largest data for which no OSD crosses the rule's ratio after the worst failure. */
  readonly cephCrushSafeBytes: number | null;
  readonly cephFullestOsdFillAfterFailure: number | null;
  readonly pgsBelowMinSizeFraction: number | null;
  readonly recoverySeconds: number | null;
  readonly recoveryIsLowerBound: boolean;
  /** The weakest pool's durability in nines, with unrecoverable read errors (the verdict's figure). */
  readonly minNines: number | null;
  readonly cost: CostSummary | null;
}

export interface PlanResult {
  readonly scenario: { readonly name: string; readonly description: string | null; readonly file: string | null };
  readonly lang: Lang;
  readonly verdict: 'pass' | 'fail';
  readonly areas: readonly Area[];
  readonly failure: FailureStory;
  readonly durability: readonly PoolDurability[];
  readonly cost: CostSummary | null;
  /** The CRUSH placement simulated on the scenario's hosts (null without Ceph). */
  readonly placement: PlacementSummary | null;
  readonly metrics: PlanMetrics;
  readonly assumptions: readonly string[];
  /** Every check of every area (each id once per message). */
  readonly checks: readonly Check[];
}

/** Input the planner cannot use although the schema accepted it (an unknown catalogue id…): exit 2. */
export class PlanInputError extends Error {
  constructor(readonly issues: readonly { readonly path: string; readonly message: string }[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  }
}
