/**
 * An external NFS/SAN filer (issue 11): usable capacity from its RAID layout, spares and stated
 * overhead; the throughput bound of its links through the bond model (network/bond.ts, one place
 * for the bond rules); and what a single filer means for the guests on it.
 */
import { hasFailure } from '../explain/check.js';
import { LIMITS, limitMessage } from '../explain/limits.js';
import { validated } from '../explain/outcome.js';
import { bytes, count, diskBytes, fraction, lang } from '../explain/schema.js';
import { step } from '../explain/step.js';
import { varSymbols } from '../explain/symbols.js';
import type { SourceId } from '../explain/sources.js';
import type { Check, Outcome, Step, StepUnit, SymbolOrigin } from '../explain/types.js';
import * as z from 'zod/mini';
import { KAMPE_DISK_NRE } from '../planning/durability.js';
import { MAX_SAVINGS } from '../units/ratio.js';
import { checkMaker } from '../spec/messages.js';
import type { Echoed } from '../spec/types.js';
import { FILER_LINK_FIELDS, type FilerLinks, filerLinksModel, filerSinglePoint } from './filer-links.js';
import { FILER_MESSAGES, filerSteps } from './filer-messages.js';
import { minGroupSize, RAID_LEVELS, raidValue } from './raid.js';
import { FILER_SYMBOLS, filerOrigins } from './symbols.js';

/** Capa's fill target for external storage (capa plan's storage.external maxFill). */
export const FILER_MAX_FILL = 0.8;
/** A RAID 5 rebuild whose chance of an unrecoverable read error reaches this warns. */
export const FILER_URE_WARN = 0.01;

const disksCount = (min: number) => count(min, LIMITS.osds);

export const filerInput = z
  .object({
    raid: z.enum(RAID_LEVELS),
    /** Every disk of the filer, spares included. */
    disks: disksCount(1),
    /** One disk as sold (decimal TB). */
    diskBytes,
    /** Disks per RAID group; absent: every disk but the spares in one group (an even count for RAID 10), pairs for RAID 1. */
    groupSize: z.optional(disksCount(1)),
    spares: z._default(disksCount(0), 0),
    /** The filer's own overhead (file system reserve), a stated ratio of the array. */
    overhead: z._default(z.number(`must be from 0 to ${MAX_SAVINGS}`).check(z.minimum(0, `must be from 0 to ${MAX_SAVINGS}`), z.maximum(MAX_SAVINGS, `must be from 0 to ${MAX_SAVINGS}`)), 0),
    dataBytes: z.optional(bytes),
    /** Unrecoverable read errors per bit read (the disk's datasheet); Kampe's disk_nre by default. */
    ureRate: z._default(
      z.number('must be from 1e-18 to 1e-9 per bit').check(z.minimum(1e-18, 'must be from 1e-18 to 1e-9 per bit'), z.maximum(1e-9, 'must be from 1e-18 to 1e-9 per bit')),
      KAMPE_DISK_NRE,
    ),
    maxFill: z._default(fraction, FILER_MAX_FILL),
    ...FILER_LINK_FIELDS,
    /** One link's speed: the throughput figures need it. */
    speedBps: z.optional(FILER_LINK_FIELDS.speedBps),
    system: z._default(z.enum(['binary', 'decimal']), 'decimal'),
    lang,
  })
  .check(
    z.superRefine((v, ctx) => {
      const min = minGroupSize(v.raid);
      const refuse = (path: string, message: string, input: number) => ctx.addIssue({ code: 'custom', path: [path], message, input });
      // Enough disks for one group, and spares that leave one group's worth of them.
      if (v.disks < min) refuse('disks', limitMessage({ k: 'count', min, max: LIMITS.osds }), v.disks);
      else if (v.spares > v.disks - min) refuse('spares', limitMessage({ k: 'count', min: 0, max: v.disks - min }), v.spares);
      else if (v.groupSize !== undefined && (v.groupSize < min || v.groupSize > v.disks - v.spares || (v.raid === '10' && v.groupSize % 2 === 1)))
        refuse('groupSize', limitMessage({ k: v.raid === '10' ? 'evenCount' : 'count', min, max: v.disks - v.spares }), v.groupSize);
    }),
  );
export type FilerInput = z.input<typeof filerInput>;
type FilerValue = z.output<typeof filerInput>;
/** The inputs and defaults used: the validated input, with the group size settled and the absent values null. */
export type FilerUsed = Readonly<Omit<FilerValue, 'groupSize' | 'dataBytes' | 'speedBps' | 'lang' | 'system'> & { groupSize: number; dataBytes: number | null; speedBps: number | null }>;

export interface FilerResult extends Echoed {
  readonly rawBytes: number;
  readonly groups: number;
  readonly groupSize: number;
  readonly dataDisksPerGroup: number;
  readonly unusedDisks: number;
  readonly toleratedPerGroup: number;
  /** The groups' data capacity before the filer's overhead. */
  readonly arrayBytes: number;
  readonly usableBytes: number;
  /** Usable × the fill target. */
  readonly maxDataBytes: number;
  /** RAID 5: chance of an unrecoverable read error during one rebuild; null otherwise. */
  readonly rebuildErrorProbability: number | null;
  /** The bond's figures, null without a link speed. */
  readonly aggregateBps: number | null;
  readonly singleFlowBps: number | null;
  readonly clientsBps: number | null;
  readonly passes: boolean;
  readonly used: FilerUsed;
}

export function filer(input: FilerInput): Outcome<FilerResult> {
  return validated(filerInput, input, (v) => filerModel(v, filerOrigins(input)));
}

function filerModel(v: FilerValue, from: Record<string, SymbolOrigin>): FilerResult {
  const { raid: level, lang, system } = v;
  const t = filerSteps(lang);
  const check = checkMaker(FILER_MESSAGES, lang);
  const steps: Step[] = [];
  const checks: Check[] = [];
  const units: Record<string, StepUnit> = {
    n: 'count',
    s: 'count',
    W: 'count',
    G: 'count',
    d: 'count',
    p: 'count',
    S: 'bytes',
    A: 'bytes',
    U: 'bytes',
    B: 'bytes',
    o: 'ratio',
    f: 'ratio',
    E: 'probability',
  };
  const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: SourceId) =>
    steps.push(step({ id, title, expr, vars, varUnits: units, value, unit, source, symbols: varSymbols(FILER_SYMBOLS, vars, from) }, lang, system));

  const S = v.diskBytes;
  const rv = raidValue(level, v.disks, S, v.spares, v.groupSize);
  const W = rv.groupSize;
  add('filer.raw', t.raw, 'n * S', { n: v.disks, S }, rv.rawBytes, 'bytes', 'derived');
  add('filer.groups', t.groups, 'floor((n - s) / W)', { n: v.disks, s: v.spares, W }, rv.groups, 'count', 'derived');
  const dataExpr = { '0': 'W', '1': '1', '5': 'W - 1', '6': 'W - 2', '10': 'W / 2' }[level];
  add('filer.data-disks', t.data(level), dataExpr, { W }, rv.dataDisksPerGroup, 'count', 'mdRaid');
  add('filer.array', t.array, 'G * d * S', { G: rv.groups, d: rv.dataDisksPerGroup, S }, rv.arrayBytes, 'bytes', 'mdRaid');
  const usableBytes = rv.arrayBytes * (1 - v.overhead);
  add('filer.usable', t.usable, 'A * (1 - o)', { A: rv.arrayBytes, o: v.overhead }, usableBytes, 'bytes', 'filerOverhead');
  const maxDataBytes = usableBytes * v.maxFill;
  add('filer.max-data', t.maxData, 'U * f', { U: usableBytes, f: v.maxFill }, maxDataBytes, 'bytes', 'filerFill');

  checks.push(filerSinglePoint(lang));
  if (level === '0') checks.push(check('filer.raid0', 'warn', 'filer.raid0'));
  else if (v.spares === 0) checks.push(check('filer.no-spare', 'warn', 'filer.no-spare'));
  else checks.push(check('filer.spares', 'ok', 'filer.spares', { spares: v.spares }));
  if (rv.unusedDisks > 0) checks.push(check('filer.unused-disks', 'warn', 'filer.unused-disks', { unused: rv.unusedDisks, groupSize: W }));

  let rebuildErrorProbability: number | null = null;
  if (level === '5') {
    // The rebuild reads every surviving disk of the group whole; one unreadable sector there has no parity left.
    const readBytes = (W - 1) * S;
    add('filer.rebuild-read', t.rebuild, '(W - 1) * S', { W, S }, readBytes, 'bytes', 'kampeNre');
    rebuildErrorProbability = -Math.expm1(-8 * readBytes * v.ureRate);
    add('filer.rebuild-ure', t.ure, '-expm1(-8 * B * E)', { B: readBytes, E: v.ureRate }, rebuildErrorProbability, 'probability', 'kampeNre');
    const params = { survivors: W - 1, readBytes, nre: v.ureRate, probability: rebuildErrorProbability, system };
    if (rebuildErrorProbability >= FILER_URE_WARN) checks.push(check('filer.raid5-rebuild', 'warn', 'filer.raid5-rebuild.risk', params));
    else checks.push(check('filer.raid5-rebuild', 'ok', 'filer.raid5-rebuild.ok', params));
  }

  if (v.dataBytes !== undefined) {
    const params = { dataBytes: v.dataBytes, usableBytes, maxDataBytes, maxFill: v.maxFill, system };
    checks.push(v.dataBytes > maxDataBytes ? check('filer.capacity', 'fail', 'filer.capacity.over', params) : check('filer.capacity', 'ok', 'filer.capacity.fits', params));
  }

  let net: FilerLinks | null = null;
  if (v.speedBps !== undefined) {
    net = filerLinksModel({ ...v, speedBps: v.speedBps }, lang, system, from);
    steps.push(...net.derivation);
    checks.push(...net.checks);
  }

  return {
    rawBytes: rv.rawBytes,
    groups: rv.groups,
    groupSize: W,
    dataDisksPerGroup: rv.dataDisksPerGroup,
    unusedDisks: rv.unusedDisks,
    toleratedPerGroup: rv.toleratedPerGroup,
    arrayBytes: rv.arrayBytes,
    usableBytes,
    maxDataBytes,
    rebuildErrorProbability,
    aggregateBps: net?.aggregateBps ?? null,
    singleFlowBps: net?.singleFlowBps ?? null,
    clientsBps: net?.clientsBps ?? null,
    passes: !hasFailure(checks),
    used: {
      raid: level,
      disks: v.disks,
      diskBytes: S,
      groupSize: W,
      spares: v.spares,
      overhead: v.overhead,
      dataBytes: v.dataBytes ?? null,
      ureRate: v.ureRate,
      maxFill: v.maxFill,
      speedBps: v.speedBps ?? null,
      links: v.links,
      mode: v.mode,
      hash: v.hash,
      clients: v.clients,
    },
    checks,
    derivation: steps,
  };
}
