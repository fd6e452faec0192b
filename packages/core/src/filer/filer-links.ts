/**
 * The links of an external filer: the throughput bound of its bond for the NFS clients mounting it,
 * through the bond model (network/bond.ts, the one place for the bond rules). `filer()` reads it for
 * its links; `capa plan` reads it alone for a filer whose capacity is stated and RAID not given.
 */
import { validated } from '../explain/outcome.js';
import { hostCount, lang, rate } from '../explain/schema.js';
import { step } from '../explain/step.js';
import { varSymbols } from '../explain/symbols.js';
import type { Check, Lang, Outcome, Step, SymbolOrigin } from '../explain/types.js';
import * as z from 'zod/mini';
import { BOND_LINKS_FIELD, BOND_MODE_FIELDS, bondRates, type BondMode, type HashPolicy } from '../network/bond.js';
import { checkMaker } from '../spec/messages.js';
import type { SizeSystem } from '../units/size-units.js';
import { FILER_MESSAGES, filerSteps } from './filer-messages.js';
import { FILER_SYMBOLS, filerOrigins } from './symbols.js';

/** The bond fields and the clients, shared with filer()'s input. */
export const FILER_LINK_FIELDS = {
  /** One link's speed: the throughput figures need it. */
  speedBps: rate,
  links: BOND_LINKS_FIELD,
  ...BOND_MODE_FIELDS,
  /** NFS clients (Proxmox VE nodes mounting the export), one TCP connection each. */
  clients: z._default(hostCount(), 1),
};

export const filerLinksInput = z.object({ ...FILER_LINK_FIELDS, lang });
export type FilerLinksInput = z.input<typeof filerLinksInput>;

export interface FilerLinks {
  readonly aggregateBps: number;
  readonly singleFlowBps: number;
  readonly clientsBps: number;
  readonly checks: Check[];
  readonly derivation: Step[];
}

/** The links' figures, steps and check, for validated input; `from`: where each letter comes from (symbols.ts). */
export function filerLinksModel(
  v: { speedBps: number; links: number; mode: BondMode; hash: HashPolicy; clients: number },
  lg: Lang,
  system: SizeSystem,
  from: Record<string, SymbolOrigin>,
): FilerLinks {
  const t = filerSteps(lg);
  const L = v.speedBps;
  const varUnits = { N: 'count', L: 'bits/s', M: 'number' } as const;
  const add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, source: 'linuxBonding' | 'derived') =>
    step({ id, title, expr, vars, varUnits, value, unit: 'bits/s', source, symbols: varSymbols(FILER_SYMBOLS, vars, from) }, lg, system);
  // Each client mounts the export over one TCP connection: one flow, one peer host.
  const r = bondRates({ links: v.links, speedBps: L, mode: v.mode, hash: v.hash }, v.clients, v.clients);
  const ab = v.mode === 'active-backup';
  const rr = v.mode === 'balance-rr';
  const derivation = [
    add('filer.aggregate', t.aggregate, ab ? 'L' : 'N * L', ab ? { L } : { N: v.links, L }, r.aggregateBps, 'linuxBonding'),
    add('filer.single-flow', t.single, rr ? 'N * L' : 'L', rr ? { N: v.links, L } : { L }, r.singleFlowBps, 'linuxBonding'),
    add('filer.clients', t.clients, 'M * L', { M: r.expectedBusyLinks, L }, r.expectedBps, 'derived'),
  ];
  const checks: Check[] = [];
  // Said only where it bites: one flow below what the links carry together.
  if (r.singleFlowBps < r.aggregateBps) checks.push(checkMaker(FILER_MESSAGES, lg)('filer.single-flow', 'ok', 'filer.single-flow', { singleFlowBps: r.singleFlowBps, aggregateBps: r.aggregateBps }));
  return { aggregateBps: r.aggregateBps, singleFlowBps: r.singleFlowBps, clientsBps: r.expectedBps, checks, derivation };
}

/** The filer's links alone (no RAID layout given). */
export function filerLinks(input: FilerLinksInput): Outcome<FilerLinks> {
  return validated(filerLinksInput, input, (v) => filerLinksModel(v, v.lang, 'decimal', filerOrigins(input)));
}

/** One filer is a single point of failure for the guests on it: said of every filer, whatever its layout. */
export const filerSinglePoint = (lg: Lang): Check => checkMaker(FILER_MESSAGES, lg)('filer.single-point', 'warn', 'filer.single-point');
