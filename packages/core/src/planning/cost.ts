import type { Lang, Step, StepUnit } from '../explain/types.js';
import { GiB, TB } from '../units/constants.js';
import { step } from '../explain/step.js';
import { varSymbols } from '../explain/symbols.js';
import { COST_SYMBOLS, type CostOrigins, costOrigins } from './cost-symbols.js';

export const SUBSCRIPTION_LEVELS = ['none', 'community', 'basic', 'standard', 'premium'] as const;
export type SubscriptionLevel = (typeof SUBSCRIPTION_LEVELS)[number];

/** One node's hardware: base (chassis share excluded), CPUs, DIMMs, disks, NICs. */
export interface NodeHardware {
  readonly base: number;
  readonly sockets: number;
  readonly cpuPrice: number;
  readonly dimmCount: number;
  readonly dimmPrice: number;
  /** Σ count × unit price over the node's disks. */
  readonly disksPrice: number;
  readonly nicCount: number;
  readonly nicPrice: number;
}

/** base + sockets × CPU + DIMMs × price + disks + NICs × price. */
export const nodeHardwareCost = (h: NodeHardware): number => h.base + h.sockets * h.cpuPrice + h.dimmCount * h.dimmPrice + h.disksPrice + h.nicCount * h.nicPrice;

export interface CostSpec {
  readonly nodes: number;
  readonly socketsPerNode: number;
  readonly hardwarePerNode: number;
  /** Blade chassis (0 for rack servers) and the price of one. */
  readonly chassis: number;
  readonly chassisPrice: number;
  /** Proxmox VE subscription price per socket per year at the cluster's level (0 for none). */
  readonly subscriptionPerSocketYear: number;
  readonly years: number;
  /** Yearly price increase of the subscription (0 = flat). */
  readonly escalation: number;
}

export interface CostValue {
  readonly hardware: number;
  /** Σ over the years of (1 + e)^y: Y when flat. */
  readonly yearsFactor: number;
  readonly subscription: number;
  readonly total: number;
}

export function costValue(c: CostSpec): CostValue {
  const hardware = c.nodes * c.hardwarePerNode + c.chassis * c.chassisPrice;
  const yearsFactor = c.escalation === 0 ? c.years : ((1 + c.escalation) ** c.years - 1) / c.escalation;
  const subscription = c.nodes * c.socketsPerNode * c.subscriptionPerSocketYear * yearsFactor;
  return { hardware, yearsFactor, subscription, total: hardware + subscription };
}

/** Blade chassis needed for N blades: ⌈N ÷ bays⌉. */
export const chassisNeeded = (nodes: number, bays: number): number => Math.ceil(nodes / bays);

export interface CostResult extends CostValue {
  /** Total ÷ usable guest GiB after N − f; null without usable memory. */
  readonly perUsableGiB: number | null;
  /** Total ÷ safe Ceph TB (decimal, as disks are sold); null without Ceph. */
  readonly perUsableTB: number | null;
  readonly derivation: readonly Step[];
}

/** Cost of ownership over the years, and per usable unit (GiB of guest RAM after N − f, TB of safe Ceph capacity). */
export function clusterCost(c: CostSpec, usable: { ramBytes?: number | undefined; cephBytes?: number | undefined }, lang: Lang, origins: CostOrigins = {}): CostResult {
  const v = costValue(c);
  const from = costOrigins(origins);
  const t = lang === 'fr' ? FR : EN;
  const units: Record<string, StepUnit> = {
    N: 'count',
    s: 'count',
    h: 'number',
    C: 'count',
    c: 'number',
    p: 'number',
    Y: 'number',
    e: 'ratio',
    F: 'number',
    H: 'number',
    S: 'number',
    T: 'number',
    U: 'number',
    G: 'number',
  };
  const steps: Step[] = [];
  const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number) =>
    steps.push(
      step({ id, title, expr, vars, varUnits: units, symbols: varSymbols(COST_SYMBOLS, vars, from), value, unit: 'number', source: id.includes('subscription') ? 'pveSubscription' : 'cost' }, lang),
    );
  add(
    'cost.hardware',
    t.hardware,
    c.chassis > 0 ? 'N * h + C * c' : 'N * h',
    c.chassis > 0 ? { N: c.nodes, h: c.hardwarePerNode, C: c.chassis, c: c.chassisPrice } : { N: c.nodes, h: c.hardwarePerNode },
    v.hardware,
  );
  if (c.escalation !== 0) add('cost.years-factor', t.yearsFactor, '((1 + e) ^ Y - 1) / e', { e: c.escalation, Y: c.years }, v.yearsFactor);
  add(
    'cost.subscription',
    t.subscription,
    c.escalation === 0 ? 'N * s * p * Y' : 'N * s * p * F',
    c.escalation === 0 ? { N: c.nodes, s: c.socketsPerNode, p: c.subscriptionPerSocketYear, Y: c.years } : { N: c.nodes, s: c.socketsPerNode, p: c.subscriptionPerSocketYear, F: v.yearsFactor },
    v.subscription,
  );
  add('cost.total', t.total, 'H + S', { H: v.hardware, S: v.subscription }, v.total);
  let perUsableGiB: number | null = null;
  let perUsableTB: number | null = null;
  if (usable.ramBytes !== undefined && usable.ramBytes > 0) {
    perUsableGiB = v.total / (usable.ramBytes / GiB);
    add('cost.per-gib', t.perGiB, 'T / G', { T: v.total, G: usable.ramBytes / GiB }, perUsableGiB);
  }
  if (usable.cephBytes !== undefined && usable.cephBytes > 0) {
    perUsableTB = v.total / (usable.cephBytes / TB);
    add('cost.per-tb', t.perTB, 'T / U', { T: v.total, U: usable.cephBytes / TB }, perUsableTB);
  }
  return { ...v, perUsableGiB, perUsableTB, derivation: steps };
}

const EN = {
  hardware: 'Hardware: nodes × price per node (+ blade chassis)',
  yearsFactor: 'Subscription years with the yearly increase',
  subscription: 'Proxmox VE subscriptions: nodes × sockets × price per socket-year × years',
  total: 'Cost over the ownership period',
  perGiB: 'Cost per usable GiB of guest RAM (after N − f)',
  perTB: 'Cost per safe usable TB of Ceph',
};
const FR: typeof EN = {
  hardware: 'Matériel : nœuds × prix par nœud (+ châssis de lames)',
  yearsFactor: 'Années de souscription avec la hausse annuelle',
  subscription: 'Souscriptions Proxmox VE : nœuds × sockets × prix par socket et par an × années',
  total: 'Coût sur la durée de possession',
  perGiB: 'Coût par Gio de RAM invités utilisable (après N − f)',
  perTB: 'Coût par To Ceph utilisable en sécurité',
};
