/**
 * Mixed hosts (`hostOsds`) for the average model: raw = Σ every OSD, the largest host C = max host
 * raw, and the worst host after an OSD loss when hosts = width (refill.ts). Equal hosts never come
 * here: the calculator keeps its H × n × S path for them, so both input forms agree to the byte.
 */
import type { Recorder } from '../explain/recorder.js';
import { step } from '../explain/step.js';
import type { Check, Lang, Step, StepUnit } from '../explain/types.js';
import { floorBytes } from '../units/rounding.js';
import type { Protection } from './protection.js';
import type { SizeSystem } from '../units/size-units.js';
import { CEPH_CHECK_MESSAGES } from './check-messages.js';
import { hostOsdsMessages } from './host-osds-messages.js';
import { hostShapeSymbols, osdGroupSymbols } from './host-symbols.js';
import { worstHostAfterOsdLoss, type WorstHost } from './refill.js';

export interface HostLayout {
  readonly hosts: number;
  readonly raw: number;
  readonly hostRaws: readonly number[];
  /** The largest host's raw (C) and index: the host whose loss is refilled when hosts > width. */
  readonly largest: number;
  readonly largestIndex: number;
  readonly osds: number;
  /** OSDs of the hosts that survive the largest host's loss. */
  readonly survivorOsds: number;
  readonly worst: WorstHost;
}

/** One host's OSDs grouped by size, in the order first written: [[count, bytes], …]. */
function terms(osds: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const b of osds) {
    const t = out.find(([, s]) => s === b);
    if (t) t[0] += 1;
    else out.push([1, b]);
  }
  return out;
}

/** Σ count × size, left to right: the order mathjs evaluates the step's expression in. */
const sumTerms = (ts: readonly (readonly [number, number])[]): number => ts.reduce((acc, [c, b]) => acc + c * b, 0);

/** Hosts built the same (same OSD sizes, in any order), in the order first written. */
function shapes(hostOsds: readonly (readonly number[])[]): { first: number; count: number; terms: [number, number][]; raw: number }[] {
  const out: { key: string; first: number; count: number; terms: [number, number][]; raw: number }[] = [];
  hostOsds.forEach((osds, i) => {
    const key = [...osds].sort((a, b) => a - b).join(',');
    const s = out.find((x) => x.key === key);
    if (s) s.count += 1;
    else {
      const ts = terms(osds);
      out.push({ key, first: i, count: 1, terms: ts, raw: sumTerms(ts) });
    }
  });
  return out;
}

/** True when every host has the same count of OSDs of one same size: the H × n × S form applies. */
export function equalHosts(hostOsds: readonly (readonly number[])[]): { hosts: number; osdsPerHost: number; osdSizeBytes: number } | null {
  const first = hostOsds[0];
  const size = first?.[0];
  if (first === undefined || size === undefined) return null;
  const same = hostOsds.every((h) => h.length === first.length && h.every((b) => b === size));
  return same ? { hosts: hostOsds.length, osdsPerHost: first.length, osdSizeBytes: size } : null;
}

/** The layout and its derivation steps: each host shape's raw, the sum, the largest host. */
export function hostLayout(hostOsds: readonly (readonly number[])[], lang: Lang, system: SizeSystem): { layout: HostLayout; steps: Step[] } {
  const t = hostOsdsMessages(lang);
  const steps: Step[] = [];
  const sh = shapes(hostOsds);
  for (const s of sh) {
    const vars: Record<string, number> = {};
    const units: Record<string, StepUnit> = {};
    s.terms.forEach(([c, b], j) => {
      vars[`a${j + 1}`] = c;
      vars[`S${j + 1}`] = b;
      units[`a${j + 1}`] = 'count';
      units[`S${j + 1}`] = 'bytes';
    });
    const expr = s.terms.map((_, j) => `a${j + 1} * S${j + 1}`).join(' + ');
    steps.push(
      step(
        {
          id: `ceph.host-raw.${s.first + 1}`,
          title: t.stepHostShape(s.first + 1, s.count),
          expr,
          vars,
          varUnits: units,
          value: s.raw,
          unit: 'bytes',
          source: 'derived',
          symbols: osdGroupSymbols(s.terms.length),
        },
        lang,
        system,
      ),
    );
  }
  // Every host's raw, from its shape's sum: equal shapes give equal bytes.
  const hostRaws = hostOsds.map((osds) => sumTerms(terms(osds)));
  const groups = sh.map((s) => [s.count, s.raw] as [number, number]);
  const raw = sumTerms(groups);
  const gv: Record<string, number> = {};
  const gu: Record<string, StepUnit> = {};
  groups.forEach(([c, h], j) => {
    gv[`c${j + 1}`] = c;
    gv[`h${j + 1}`] = h;
    gu[`c${j + 1}`] = 'count';
    gu[`h${j + 1}`] = 'bytes';
  });
  const firsts = sh.map((s) => s.first + 1);
  steps.push(
    step(
      {
        id: 'ceph.raw',
        title: t.stepRawSum,
        expr: groups.map((_, j) => `c${j + 1} * h${j + 1}`).join(' + '),
        vars: gv,
        varUnits: gu,
        value: raw,
        unit: 'bytes',
        source: 'derived',
        symbols: hostShapeSymbols(firsts, true),
      },
      lang,
      system,
    ),
  );
  let largestIndex = 0;
  // The largest host; among equal ones the one with the most OSDs, whose loss leaves the fewest survivors.
  hostRaws.forEach((h, i) => {
    const best = hostRaws[largestIndex] ?? 0;
    if (h > best || (h === best && (hostOsds[i]?.length ?? 0) > (hostOsds[largestIndex]?.length ?? 0))) largestIndex = i;
  });
  const largest = hostRaws[largestIndex] ?? 0;
  const hv = Object.fromEntries(groups.map(([, h], j) => [`h${j + 1}`, h]));
  steps.push(
    step(
      {
        id: 'ceph.host-raw',
        title: t.stepLargestHost,
        expr: groups.length === 1 ? 'h1' : `max(${groups.map((_, j) => `h${j + 1}`).join(', ')})`,
        vars: hv,
        varUnits: gu,
        value: largest,
        unit: 'bytes',
        source: 'derived',
        symbols: hostShapeSymbols(firsts, false),
      },
      lang,
      system,
    ),
  );
  const osds = hostOsds.reduce((n, h) => n + h.length, 0);
  return {
    layout: {
      hosts: hostOsds.length,
      raw,
      hostRaws,
      largest,
      largestIndex,
      osds,
      survivorOsds: osds - (hostOsds[largestIndex]?.length ?? 0),
      worst: worstHostAfterOsdLoss(hostOsds, hostRaws),
    },
    steps,
  };
}

/**
 * hosts = width with hosts of different sizes: every host holds one copy (chunk) of every PG, so the
 * smallest host bounds what the pool holds (H × its raw, in logical bytes ÷ s or × k/(k+m)), below the
 * average model's usable. Says so, with the figure, as a warning.
 */
export function unequalWidthCheck(l: HostLayout, p: Protection, system: SizeSystem, rec: Recorder): Check[] {
  const small = Math.min(...l.hostRaws);
  if (small === l.largest) return [];
  const held = l.hosts * small;
  const logical = p.kind === 'replicated' ? held / p.size : (held * p.k) / (p.k + p.m);
  return [rec.coded(CEPH_CHECK_MESSAGES, 'ceph.unequal-hosts', 'warn', 'ceph.unequal-hosts', () => ({ hosts: l.hosts, smallestHostBytes: small, heldBytes: floorBytes(logical), system }), 'ceph')];
}
