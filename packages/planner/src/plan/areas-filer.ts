/**
 * The plan's `filer` area (issue 11, item 4): each `storage.external` entry through the core's filer
 * calculator (packages/core/src/filer, docs/filer.md): the usable capacity of its RAID layout, the
 * throughput bound of its bond for the cluster's nodes mounting it, and its checks. The planner does
 * no maths: the figures, the steps and the checks are the core's. A single filer is a single point of
 * failure for the guests on it: said of every entry, RAID given or not (the core's check).
 */
import { type Check, checkMaker, filer, filerLinks, type FilerLinks, filerSinglePoint, type Step } from '@capa/core';
import type { ExternalModel } from '../scenario/model.js';
import { filerRaidInput } from '../scenario/normalize-external.js';
import { PLANNER_CHECK_MESSAGES } from './check-messages.js';
import type { Ctx } from './context.js';
import { filerPlanMessages } from './filer-messages.js';
import { figure, makeArea, scenarioOrigins, tagChecks, tagSteps, unwrap } from './helpers.js';
import type { Area, Figure } from './types.js';

/** A stated capacity within this share of the RAID layout's is the same figure, rounded. */
export const FILER_STATED_TOLERANCE = 0.01;

/** The filer's bond, one NFS connection per node of the cluster mounting it. */
const linkInput = (e: ExternalModel, clients: number) => (e.network === undefined ? {} : { speedBps: e.network.speedBps, links: e.network.links, mode: e.network.mode, hash: e.network.hash, clients });

/**
 * The filer calculator's input keys as the entry's fields (helpers.ts scenarioOrigins), not the
 * nodes' disks and bonds the same keys name elsewhere in the plan (report/symbols.ts).
 */
const FILER_FIELDS: Readonly<Record<string, string>> = {
  disks: 'storage.external[].raid.disks',
  diskSize: 'storage.external[].raid.size',
  spares: 'storage.external[].raid.spares',
  groupSize: 'storage.external[].raid.groupSize',
  overhead: 'storage.external[].raid.overhead',
  maxFill: 'storage.external[].maxFill',
  links: 'storage.external[].network.links',
  speed: 'storage.external[].network.speed',
};

/** One filer through the core: its figures, checks and steps (null figures: not given). Also for the areas that read a filer (`backup.on`). */
export interface FilerEntry {
  readonly usableBytes: number | null;
  readonly maxDataBytes: number | null;
  readonly rebuildErrorProbability: number | null;
  readonly links: Pick<FilerLinks, 'aggregateBps' | 'singleFlowBps' | 'clientsBps'> | null;
  /** The core's checks (filer.single-point always), untagged. */
  readonly checks: readonly Check[];
  readonly steps: readonly Step[];
}

export function filerEntry(c: Ctx, e: ExternalModel): FilerEntry {
  const { s, f } = c;
  if (e.raid) {
    const r = unwrap(filer({ ...filerRaidInput(e.raid, e.maxFill), ...linkInput(e, c.N), system: s.system, lang: f.lang }), `${e.path}.raid`);
    const links = r.aggregateBps !== null && r.singleFlowBps !== null && r.clientsBps !== null ? { aggregateBps: r.aggregateBps, singleFlowBps: r.singleFlowBps, clientsBps: r.clientsBps } : null;
    return {
      usableBytes: r.usableBytes,
      maxDataBytes: r.maxDataBytes,
      rebuildErrorProbability: r.rebuildErrorProbability,
      links,
      checks: r.checks,
      steps: scenarioOrigins(r.derivation, FILER_FIELDS),
    };
  }
  const checks: Check[] = [filerSinglePoint(f.lang)];
  if (!e.network) return { usableBytes: null, maxDataBytes: null, rebuildErrorProbability: null, links: null, checks, steps: [] };
  const l = unwrap(filerLinks({ ...linkInput(e, c.N), speedBps: e.network.speedBps, lang: f.lang }), `${e.path}.network`);
  return { usableBytes: null, maxDataBytes: null, rebuildErrorProbability: null, links: l, checks: [...checks, ...l.checks], steps: scenarioOrigins(l.derivation, FILER_FIELDS) };
}

export function filerArea(c: Ctx): Area | null {
  const { s, f } = c;
  if (s.external.length === 0) return null;
  const t = filerPlanMessages(f.lang);
  const check = checkMaker(PLANNER_CHECK_MESSAGES, f.lang);
  const checks: Check[] = [];
  const steps: Step[] = [];
  const figures: Figure[] = [];
  const summaries: string[] = [];
  const many = s.external.length > 1;
  for (const e of s.external) {
    const tag = many ? e.name : null;
    const key = (k: string) => (tag ? `${k}@${tag}` : k);
    const sfx = tag ? ` (${tag})` : '';
    const r = filerEntry(c, e);
    checks.push(...tagChecks(r.checks, tag));
    steps.push(...tagSteps(r.steps, tag));
    if (r.usableBytes !== null && r.maxDataBytes !== null) {
      figures.push(figure(f, key('usableBytes'), `${t.fUsable}${sfx}`, r.usableBytes, 'bytes'), figure(f, key('maxDataBytes'), `${t.fMaxData(f.ratio(e.maxFill))}${sfx}`, r.maxDataBytes, 'bytes'));
      const stated = e.statedCapacityBytes;
      if (stated !== undefined && Math.abs(stated - r.usableBytes) > FILER_STATED_TOLERANCE * r.usableBytes) {
        const gap = Math.abs(stated - r.usableBytes) / r.usableBytes;
        checks.push(...tagChecks([check('filer.capacity-stated', 'warn', 'filer.capacity-stated', { name: e.name, statedBytes: stated, usableBytes: r.usableBytes, gap, system: s.system })], tag));
      }
    }
    if (r.rebuildErrorProbability !== null) figures.push(figure(f, key('rebuildErrorProbability'), `${t.fRebuild}${sfx}`, r.rebuildErrorProbability, 'ratio'));
    const links = r.links;
    if (links) {
      figures.push(
        figure(f, key('aggregateBps'), `${t.fAggregate}${sfx}`, links.aggregateBps, 'bits/s'),
        figure(f, key('singleFlowBps'), `${t.fSingle}${sfx}`, links.singleFlowBps, 'bits/s'),
        figure(f, key('clientsBps'), `${t.fClients(c.N)}${sfx}`, links.clientsBps, 'bits/s'),
      );
    }
    summaries.push(t.summary(e.name, r.usableBytes === null ? null : f.bytes(r.usableBytes), links ? f.rate(links.singleFlowBps) : null, links ? f.rate(links.aggregateBps) : null));
  }
  return makeArea('filer', c.t.area.filer, summaries.join(' '), figures, checks, steps);
}
