import {
  type Check,
  formatBytesBoth,
  formatDuration,
  formatDurationAtLeast,
  formatNumber,
  formatRate,
  formatRatio,
  formatValue,
  type InputIssue,
  type Lang,
  type Outcome,
  type SizeSystem,
  type Step,
  type StepSymbol,
  fromDefault,
  fromInput,
  type SymbolOrigin,
} from '@capa/core';
import { type Area, type AreaId, type Figure, PlanInputError, type Verdict } from './types.js';

export interface Fmt {
  readonly lang: Lang;
  readonly system: SizeSystem;
  bytes(b: number): string;
  ratio(r: number): string;
  rate(bps: number): string;
  duration(s: number): string;
  /** A lower bound, "≥ 18.6 min": the recovery times. */
  durationAtLeast(s: number): string;
  num(x: number, digits?: number): string;
  money(x: number, currency: string): string;
}

export function fmt(lang: Lang, system: SizeSystem): Fmt {
  return {
    lang,
    system,
    bytes: (b) => formatBytesBoth(b, system, lang),
    ratio: (r) => formatRatio(r, lang),
    rate: (bps) => formatRate(bps, lang),
    duration: (s) => formatDuration(s, lang),
    durationAtLeast: (s) => formatDurationAtLeast(s, lang),
    num: (x, digits = 2) => formatNumber(x, lang, digits),
    money: (x, currency) => `${formatNumber(x, lang, x >= 100 ? 0 : 2)} ${currency}`,
  };
}

export function figure(f: Fmt, key: string, label: string, value: number | null, unit: Figure['unit'], text?: string, currency = 'EUR'): Figure {
  let display: string;
  if (text !== undefined) display = text;
  else if (value === null) display = '—';
  else if (unit === 'money') display = f.money(value, currency);
  else if (unit === 'text') display = String(value);
  else if (unit === 'bytes') display = f.bytes(value);
  else display = formatValue(value, unit, f.lang, f.system);
  return { key, label, value, unit, display };
}

export const verdictOf = (checks: readonly Check[]): Verdict => (checks.some((c) => c.level === 'fail') ? 'fail' : checks.some((c) => c.level === 'warn') ? 'warn' : 'pass');

export function makeArea(id: AreaId, title: string, summary: string, figures: Figure[], checks: Check[], derivation: Step[]): Area {
  return { id, title, verdict: verdictOf(checks), summary, figures, checks, derivation };
}

/** A core calculator's result; input it refuses (values beyond its ranges) is the scenario's bad input, named by path. */
export function unwrap<T>(o: Outcome<T>, path: string): T {
  if (o.ok) return o.value;
  throw new PlanInputError(o.issues.map((i: InputIssue) => ({ path: `${path}${i.field ? ` (${i.field})` : ''}`, message: i.message })));
}

/** Prefixes a pool's (or node's) steps and checks when several share an area. */
/** Steps of one pool or domain, tagged `id@tag`; a symbol's origin naming a step of the same batch follows it. */
export function tagSteps(steps: readonly Step[], tag: string | null): Step[] {
  if (tag === null) return [...steps];
  const ids = new Set(steps.map((s) => s.id));
  const retag = (d: StepSymbol): StepSymbol => (d.from?.kind === 'step' && ids.has(d.from.step) ? { ...d, from: { kind: 'step', step: `${d.from.step}@${tag}` } } : d);
  return steps.map((s) => ({ ...s, id: `${s.id}@${tag}`, title: `[${tag}] ${s.title}`, ...(s.symbols === undefined ? {} : { symbols: s.symbols.map(retag) }) }));
}
/**
 * The tag goes into the check's params too: renderMessage prefixes `[tag] ` from them, so the
 * message renders again, in any language, from code and params alone.
 */
export const tagChecks = (checks: readonly Check[], tag: string | null): Check[] =>
  tag === null ? [...checks] : checks.map((c) => ({ ...c, message: `[${tag}] ${c.message}`, params: { ...c.params, tag } }));

/**
 * Steps whose letter names the same figure as in earlier steps, worded by another calculator (the data
 * target's "data to store" is the capacity's "data stored" when the plan passes both the same bytes):
 * the letter takes the earlier steps' meaning, its origin stays, so a derivation reads one meaning.
 */
export function sameSymbol(steps: readonly Step[], earlier: readonly Step[], letter: string): Step[] {
  const first = earlier.flatMap((s) => s.symbols ?? []).find((d) => d.symbol === letter);
  if (first === undefined) return [...steps];
  return mapSymbols(steps, (d) => (d.symbol === letter && d.unit === first.unit ? { ...d, meaning: first.meaning } : d));
}

/** Each symbol of the steps through `f`, which sees its step: the one way the plan rewrites what a calculator wrote. */
export function mapSymbols(steps: readonly Step[], f: (d: StepSymbol, s: Step) => StepSymbol): Step[] {
  return steps.map((s) => (s.symbols === undefined ? s : { ...s, symbols: s.symbols.map((d) => f(d, s)) }));
}

/**
 * A calculator's input keys named by the scenario (the core names its own inputs, `links`; the plan
 * the field each comes from): a field name keeps the origin's kind (typed or defaulted), an origin
 * replaces it (another step, the model's, a default the plan knows of); a key left out stays the core's.
 */
export const scenarioOrigin =
  (byKey: Readonly<Record<string, string | SymbolOrigin>>) =>
  (d: StepSymbol): StepSymbol => {
    const o = d.from;
    if (o?.kind !== 'input' && o?.kind !== 'default') return d;
    const to = byKey[o.input];
    return to === undefined ? d : { ...d, from: typeof to === 'string' ? { kind: o.kind, input: to } : to };
  };

/** Every step's input keys named by the scenario (scenarioOrigin). */
export const scenarioOrigins = (steps: readonly Step[], byKey: Readonly<Record<string, string | SymbolOrigin>>): Step[] => mapSymbols(steps, scenarioOrigin(byKey));

/** A scenario field as a symbol's origin: typed, or left out so its default was used. */
export const fieldOrigin = (key: string, defaulted: boolean): SymbolOrigin => (defaulted ? fromDefault(key) : fromInput(key));

/** Growth's origins: the demand's own field, the scenario's growth rate and years. */
export const growthOrigins = (today: string) => ({ today: fromInput(today), perYear: fromInput('workloads.growth.perYear'), years: fromInput('workloads.growth.years') });

/** Member names of a node group: pve1…pveN, or the name itself for a single node. */
export const memberName = (name: string, count: number, i: number): string => (count === 1 ? name : `${name}${i + 1}`);
