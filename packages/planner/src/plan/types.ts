import type { Check, Lang, Step, StepUnit } from '@capa/core';

export type AreaId = 'workloads' | 'memory' | 'cpu' | 'ceph' | 'dbwal' | 'pgs' | 'network' | 'failure' | 'quorum' | 'durability' | 'storage' | 'procurement' | 'cost';
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
  readonly sentence: string;
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
