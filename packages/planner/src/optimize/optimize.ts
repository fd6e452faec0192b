/**
 * `capa optimize`: the cheapest configuration passing every check of the scenario, and the runners-up.
 * Exact on its search space: every candidate's cost is computed, candidates are checked in increasing
 * cost (ties by enumeration order), so the first passing one is the cheapest passing one. Winners are
 * then re-checked with the full plan (the explained calculators, CRUSH placement simulated): a candidate
 * the simulation fails (fullest OSD, PGs below min_size) gives way to the next one, in cost order, up
 * to MAX_SIMULATION_REJECTS; any other disagreement is an internal error.
 */
import { GiB, type Lang } from '@capa/core';
import type { Catalogue } from '../catalogue/schema.js';
import { plan } from '../plan/plan.js';
import type { PlanResult } from '../plan/types.js';
import type { NodeModel, Scenario } from '../scenario/model.js';
import { type CandidateFigures, type FastMetrics, makeEvaluator } from './evaluate.js';
import { buildSpace, type NodeOption, type SearchSpace, type SpaceLimits } from './space.js';

export interface Candidate {
  readonly rank: number;
  readonly nodes: number;
  readonly platform: { readonly id: string; readonly name: string; readonly kind: 'rack' | 'blade' };
  readonly sockets: number;
  readonly cpu: { readonly id: string; readonly name: string; readonly coresPerSocket: number };
  readonly ramBytes: number;
  readonly dimms: { readonly count: number; readonly sizeBytes: number; readonly perChannel: number; readonly speedMTs: number; readonly speedPenalty: number };
  readonly disks: { readonly id: string; readonly name: string; readonly class: string; readonly sizeBytes: number; readonly perNode: number } | null;
  readonly nic: { readonly speedBps: number; readonly links: number };
  readonly cost: {
    readonly hardware: number;
    readonly subscription: number;
    readonly total: number;
    readonly chassis: number;
    readonly currency: string;
    readonly perUsableGiB: number | null;
    readonly perUsableTB: number | null;
  };
  readonly figures: CandidateFigures;
  /** The candidate as scenario nodes (paste into a scenario for `capa plan`). */
  readonly nodesDoc: Record<string, unknown>;
}

export interface OptimizeResult {
  readonly scenario: { readonly name: string; readonly file: string | null };
  readonly best: Candidate | null;
  readonly runnersUp: readonly Candidate[];
  /** Candidates whose checks ran (the fast path), until the best and the runners-up were found. */
  readonly candidatesEvaluated: number;
  /** Size of the search space. */
  readonly candidatesTotal: number;
  readonly elapsedMs: number;
  /** How many evaluated candidates failed, by the first area that failed. */
  readonly failedOn: Readonly<Record<string, number>>;
  readonly notes: readonly string[];
  /** The full plan of the best candidate (every calculator, explained): it must pass. */
  readonly bestPlanVerdict: 'pass' | 'fail' | null;
  /** Candidates passing the fast path that the full plan's CRUSH simulation failed (fullest OSD, I/O blocked...). */
  readonly simulationRejected: number;
  /** True when every winner was re-checked by the full plan, CRUSH placement simulated. */
  readonly recheckedBySimulation: boolean;
}

/** The full plan's checks drawn from the CRUSH simulation, which the fast path bounds only on average. */
const SIMULATED_CHECKS = new Set(['ceph.fill-after-failure', 'ceph.fullest-osd', 'failure.ceph-io-blocked', 'failure.ceph-pgs-lost', 'failure.ceph-mon-quorum']);
/** Candidates the simulation may reject before the search gives up (each costs one full plan). */
const MAX_SIMULATION_REJECTS = 24;

export interface OptimizeOptions {
  readonly lang: Lang;
  readonly top?: number;
  readonly file?: string;
  readonly limits?: SpaceLimits;
  /** Re-run the full plan on the winners (default true). */
  readonly verify?: boolean;
  /** Injected clock for elapsed time (the planner has no clock of its own in tests). */
  readonly now?: () => number;
}

const toUnit = (bytes: number, unit: number, sym: string) => `${Math.round((bytes / unit) * 1e6) / 1e6}${sym}`;

/** The candidate's nodes as the scenario model (for the full plan) and as a document (for people). */
export function candidateNodes(s: Scenario, n: number, o: NodeOption): { model: NodeModel; doc: Record<string, unknown> } {
  const opt = s.optimize;
  const link = { links: opt?.links ?? 2, speedBps: o.nicSpeedBps, mode: opt?.mode ?? 'lacp', hash: opt?.hash ?? 'layer3+4' } as const;
  const model: NodeModel = {
    name: 'node',
    count: n,
    path: 'nodes',
    platform: o.platform.id,
    cpu: o.cpu.id,
    sockets: o.sockets,
    cores: o.sockets * o.cpu.cores,
    threadsPerCore: o.cpu.threadsPerCore,
    ramBytes: o.ramBytes,
    osds: o.disk ? [{ class: o.disk.class, count: o.disksPerNode, sizeBytes: o.disk.size, model: o.disk.id }] : [],
    dbDevices: [],
    zfsDisks: [],
    systemDisks: [],
    cephNet: link,
    publicNet: undefined,
    price: undefined,
  };
  const doc: Record<string, unknown> = {
    name: 'node',
    count: n,
    platform: o.platform.id,
    cpu: o.cpu.id,
    sockets: o.sockets,
    cores: o.sockets * o.cpu.cores,
    threadsPerCore: o.cpu.threadsPerCore,
    ram: o.ramBytes % GiB === 0 ? `${o.ramBytes / GiB}GiB` : `${o.ramBytes}B`,
    ...(o.disk ? { disks: [{ class: o.disk.class, count: o.disksPerNode, size: toUnit(o.disk.size, 1e12, 'TB'), model: o.disk.id }] } : {}),
    network: { ceph: { links: link.links, speed: toUnit(o.nicSpeedBps, 1e9, 'Gb/s'), mode: link.mode, hash: link.hash } },
  };
  return { model, doc };
}

/** The scenario with the candidate's nodes, as the full plan checks it. */
export function candidateScenario(s: Scenario, n: number, o: NodeOption): Scenario {
  return { ...s, nodes: [candidateNodes(s, n, o).model], prices: s.prices ?? { currency: 'EUR', subscription: 'none', years: 5, escalation: 0 } };
}

/** Where a search stands: candidates checked of the space, winners found of those wanted (top + 1). */
export interface OptimizeProgress {
  readonly evaluated: number;
  readonly total: number;
  readonly found: number;
  readonly wanted: number;
}

/** Candidates checked between two progress reports of optimizeSteps. */
const PROGRESS_EVERY = 2048;

export function optimize(s: Scenario, cat: Catalogue, opts: OptimizeOptions): OptimizeResult {
  const steps = optimizeSteps(s, cat, opts);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The search, one slice at a time: yields its progress every PROGRESS_EVERY candidates and after each
 * full plan, and returns the result. The page runs it in a worker (or in slices between frames) to
 * show a progress bar and stop it; optimize() runs it through.
 */
export function* optimizeSteps(s: Scenario, cat: Catalogue, opts: OptimizeOptions): Generator<OptimizeProgress, OptimizeResult, void> {
  const now = opts.now ?? (() => 0);
  const t0 = now();
  const top = opts.top ?? s.optimize?.top ?? 3;
  const space = buildSpace(s, cat, opts.limits);
  const ev = makeEvaluator(s, cat);
  const { order, costs } = sortedCandidates(space, ev.cost);
  const found: number[] = [];
  const failedOn: Record<string, number> = {};
  let evaluated = 0;
  let simulationRejected = 0;
  let verdict: 'pass' | 'fail' | null = null;
  const verify = opts.verify ?? true;
  const nOpt = space.options.length;
  for (let i = 0; i < order.length && found.length < top + 1; i++) {
    const id = order[i] ?? 0;
    const n = space.nodeCounts[Math.floor(id / nOpt)] ?? 0;
    const o = space.options[id % nOpt];
    if (!o) continue;
    evaluated++;
    if (evaluated % PROGRESS_EVERY === 0) yield { evaluated, total: space.size, found: found.length, wanted: top + 1 };
    const m: FastMetrics = ev.check(n, o);
    if (!m.pass) {
      if (m.failedOn) failedOn[m.failedOn] = (failedOn[m.failedOn] ?? 0) + 1;
      continue;
    }
    if (!verify) {
      found.push(id);
      continue;
    }
    // The winners are re-checked by the full plan, which simulates CRUSH placement (the fast path's
    // Ceph figures are the average model's): a candidate the simulation fails gives way to the next.
    const p: PlanResult = plan(candidateScenario(s, n, o), { lang: opts.lang, catalogue: cat });
    yield { evaluated, total: space.size, found: found.length + (p.verdict === 'pass' ? 1 : 0), wanted: top + 1 };
    if (p.verdict === 'pass') {
      if (found.length === 0) verdict = 'pass';
      found.push(id);
      continue;
    }
    const fails = p.checks.filter((c) => c.level === 'fail').map((c) => c.id);
    if (!fails.every((x) => SIMULATED_CHECKS.has(x))) {
      throw new Error(`optimizer fast path disagrees with the full plan on candidate ${n} × ${o.platform.id}: ${fails.join(', ')}`);
    }
    simulationRejected++;
    failedOn['simulation'] = (failedOn['simulation'] ?? 0) + 1;
    if (simulationRejected >= MAX_SIMULATION_REJECTS) break;
  }
  const currency = s.prices?.currency ?? 'EUR';
  const describe = (id: number, rank: number): Candidate => {
    const n = space.nodeCounts[Math.floor(id / nOpt)] ?? 0;
    const o = space.options[id % nOpt] as NodeOption;
    const parts = ev.costParts(n, o);
    const fig = ev.figures(n, o);
    return {
      rank,
      nodes: n,
      platform: { id: o.platform.id, name: o.platform.name, kind: o.platform.kind },
      sockets: o.sockets,
      cpu: { id: o.cpu.id, name: o.cpu.name, coresPerSocket: o.cpu.cores },
      ramBytes: o.ramBytes,
      dimms: { count: o.population.dimmCount, sizeBytes: o.population.dimmBytes, perChannel: o.population.dimmsPerChannel, speedMTs: o.population.speedMTs, speedPenalty: o.population.speedPenalty },
      disks: o.disk ? { id: o.disk.id, name: o.disk.name, class: o.disk.class, sizeBytes: o.disk.size, perNode: o.disksPerNode } : null,
      nic: { speedBps: o.nicSpeedBps, links: s.optimize?.links ?? 2 },
      cost: {
        ...parts,
        currency,
        total: costs[id] ?? parts.total,
        perUsableGiB: fig.usableGuestRamBytes > 0 ? parts.total / (fig.usableGuestRamBytes / GiB) : null,
        perUsableTB: fig.cephSafeBytes !== null && fig.cephSafeBytes > 0 ? parts.total / (fig.cephSafeBytes / 1e12) : null,
      },
      figures: fig,
      nodesDoc: candidateNodes(s, n, o).doc,
    };
  };
  const winners = found.map((id, i) => describe(id, i + 1));
  const notes = [...space.notes];
  if (ev.externalFails) notes.push('external storage is too small for the data whatever the nodes: no candidate can pass');
  if (simulationRejected >= MAX_SIMULATION_REJECTS)
    notes.push(`the search stopped after ${MAX_SIMULATION_REJECTS} candidates that pass the fast path failed the CRUSH simulation: add disks, or less data`);
  return {
    scenario: { name: s.name, file: opts.file ?? null },
    best: winners[0] ?? null,
    runnersUp: winners.slice(1),
    candidatesEvaluated: evaluated,
    candidatesTotal: space.size,
    elapsedMs: now() - t0,
    failedOn,
    notes,
    bestPlanVerdict: verdict,
    simulationRejected,
    recheckedBySimulation: verify,
  };
}

/** Every candidate's cost, and the candidates in increasing cost (ties: enumeration order). */
export function sortedCandidates(space: SearchSpace, cost: (n: number, o: NodeOption) => number): { order: Uint32Array; costs: Float64Array } {
  const nOpt = space.options.length;
  const costs = new Float64Array(space.size);
  const order = new Uint32Array(space.size);
  for (let a = 0; a < space.nodeCounts.length; a++) {
    const n = space.nodeCounts[a] ?? 0;
    for (let b = 0; b < nOpt; b++) {
      const id = a * nOpt + b;
      costs[id] = cost(n, space.options[b] as NodeOption);
      order[id] = id;
    }
  }
  order.sort((x, y) => (costs[x] ?? 0) - (costs[y] ?? 0) || x - y);
  return { order, costs };
}

/** Every candidate checked, no ordering: the brute force the tests compare with, and the bench's throughput. */
export function exhaustive(s: Scenario, cat: Catalogue, limits?: SpaceLimits): { best: { id: number; cost: number } | null; evaluated: number; space: SearchSpace } {
  const space = buildSpace(s, cat, limits);
  const ev = makeEvaluator(s, cat);
  const nOpt = space.options.length;
  let best: { id: number; cost: number } | null = null;
  let evaluated = 0;
  for (let a = 0; a < space.nodeCounts.length; a++) {
    const n = space.nodeCounts[a] ?? 0;
    for (let b = 0; b < nOpt; b++) {
      const o = space.options[b] as NodeOption;
      evaluated++;
      if (!ev.check(n, o).pass) continue;
      const c = ev.cost(n, o);
      const id = a * nOpt + b;
      if (best === null || c < best.cost || (c === best.cost && id < best.id)) best = { id, cost: c };
    }
  }
  return { best, evaluated, space };
}
