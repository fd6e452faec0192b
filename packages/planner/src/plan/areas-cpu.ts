/** The CPU area: threads left for guests after the host and the OSDs, and vCPU:pCPU on the survivors. */
import { type Check, checkMaker, cpuReservation, DEFAULT_THREADS_PER_OSD, fromInput, fromStep, PLAN_OVERCOMMIT_THREADS, type Step } from '@capa/core';
import { PLANNER_CHECK_MESSAGES } from './check-messages.js';
import type { MemoryOut } from './areas-compute.js';
import type { Ctx } from './context.js';
import { fieldOrigin, figure, makeArea, mapSymbols } from './helpers.js';
import type { Area } from './types.js';

export interface GuestThreads {
  /** Threads left for guests on the tightest node, never below 0. */
  readonly perNode: number;
  /** Threads the system and OSDs need beyond what that node has (0 when they fit). */
  readonly short: number;
  readonly threads: number;
  readonly needed: number;
  readonly node: string;
  readonly count: number;
  readonly steps: Step[];
}

/** Threads per node left for guests (the tightest node when they differ), with its derivation. */
export function guestThreads(c: Ctx): GuestThreads {
  const { s } = c;
  const per = s.rules.threadsPerOsd;
  let best: GuestThreads | undefined;
  // The scenario's fields; the OSDs are its disks of role osd, the threads its cores × threads per core.
  const perOsd = (cls: 'hdd' | 'ssd' | 'nvme') => fieldOrigin(`rules.threadsPerOsd.${cls}`, per[cls] === DEFAULT_THREADS_PER_OSD[cls]);
  const osds = fromInput('nodes.disks');
  const from = { T: fromInput('nodes.cores'), s: fieldOrigin('rules.systemThreads', s.rules.systemThreads === 0), h: osds, d: osds, v: osds, a: perOsd('hdd'), b: perOsd('ssd'), c: perOsd('nvme') };
  for (const g of s.nodes) {
    const by = { hdd: 0, ssd: 0, nvme: 0 };
    if (s.ceph) for (const d of g.osds) by[d.class] += d.count;
    const threads = g.cores * g.threadsPerCore;
    const r = cpuReservation(threads, s.rules.systemThreads, by, per, c.f.lang, from);
    // Ranked on left − short: of two nodes with none left, the one missing more is the tighter.
    if (best === undefined || r.guestThreads - r.shortThreads < best.perNode - best.short) {
      best = { perNode: r.guestThreads, short: r.shortThreads, threads, needed: s.rules.systemThreads + r.osdThreads, node: g.name, count: g.count, steps: r.steps };
    }
  }
  return best ?? { perNode: 0, short: 0, threads: 0, needed: 0, node: '', count: 0, steps: [] };
}

export function cpuArea(c: Ctx, mem: MemoryOut, gt: GuestThreads): Area {
  const { s, t, f } = c;
  const checks: Check[] = [];
  const ratio = mem.usable.overcommitRatio;
  const max = s.rules.maxOvercommit;
  const per = s.rules.threadsPerOsd;
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  if (gt.perNode <= 0)
    checks.push(check('cpu.threads', 'fail', gt.short > 0 ? 'cpu.threads.short' : 'cpu.threads.none', { node: gt.node, count: gt.count, needed: gt.needed, threads: gt.threads, short: gt.short }));
  if (c.vcpus === undefined) checks.push(check('cpu.overcommit', 'warn', 'cpu.overcommit.no-vcpu'));
  else if (ratio !== null) checks.push(ratio > max ? check('cpu.overcommit', 'fail', 'cpu.overcommit.over', { ratio, max }) : check('cpu.overcommit', 'ok', 'cpu.overcommit.ok', { ratio, max }));
  if (s.ceph) checks.push(check('cpu.osd-threads', 'ok', 'cpu.osd-threads', { hdd: per.hdd, ssd: per.ssd, nvme: per.nvme }));
  if (new Set(s.nodes.map((g) => g.cores * g.threadsPerCore)).size > 1) checks.push(check('cpu.heterogeneous', 'warn', 'cpu.heterogeneous'));
  const figures = [
    figure(f, 'threadsPerNode', t.fThreads, gt.threads, 'count'),
    figure(f, 'guestThreadsPerNode', t.fGuestThreads, gt.perNode, 'count'),
    ...(gt.short > 0 ? [figure(f, 'threadsShortPerNode', t.fThreadsShort, gt.short, 'count')] : []),
    figure(f, 'overcommit', t.fOvercommit, ratio, 'number', ratio === null ? '—' : `${f.num(ratio)}:1`),
  ];
  // With vCPUs stated the ratio is missing only because no thread is left for guests: say so.
  const summary = ratio !== null ? t.cpuSummary(f.num(ratio), f.num(max)) : c.vcpus === undefined ? t.cpuNoVcpu : t.cpuNoRoom(f.num(c.vcpus, 0), gt.short);
  return makeArea('cpu', t.area.cpu, summary, figures, checks, [...gt.steps, ...overcommitSteps(mem.cpuSteps, gt.steps, f.lang)]);
}

/** cpu.overcommit's P as the plan feeds it: the guests' threads of the tightest node, from its step. */
function overcommitSteps(steps: readonly Step[], before: readonly Step[], lang: 'en' | 'fr'): Step[] {
  const from = before.some((x) => x.id === 'cpu.guest-threads') ? { from: fromStep('cpu.guest-threads') } : {};
  return mapSymbols(steps, (d, x) => (x.id === 'cpu.overcommit' && d.symbol === 'P' ? { symbol: d.symbol, unit: d.unit, meaning: PLAN_OVERCOMMIT_THREADS[lang], ...from } : d));
}
