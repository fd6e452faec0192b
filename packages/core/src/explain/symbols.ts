/**
 * The symbols of a derivation step: what each letter of a formula stands for and where its number
 * comes from (issue 12). One place for the data; the adapters (CLI text, the web's Derivation, the
 * planner's reports) only render it.
 */
import type { Lang, Step, StepSymbol, StepUnit, SymbolOrigin } from './types.js';

/** One symbol as a step spec defines it: its meaning in both languages and its origin. */
export interface SymbolSpec {
  readonly en: string;
  readonly fr: string;
  readonly from?: SymbolOrigin;
}

/** A module's symbols, in both languages with the same keys (the `*messages.ts` convention). */
export interface Glossary<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly fr: Readonly<Record<K, string>>;
}

export const fromStep = (step: string): SymbolOrigin => ({ kind: 'step', step });
export const fromInput = (input: string): SymbolOrigin => ({ kind: 'input', input });
export const fromDefault = (input: string): SymbolOrigin => ({ kind: 'default', input });
/** A constant of the model (Kampe's 50 MB/s, the course's margin): neither typed nor derived. */
export const MODEL: SymbolOrigin = { kind: 'model' };
/** A figure of the imported inventory (a node's RAM, an OSD's size): the file the user opened, not an option. */
export const FROM_INVENTORY: SymbolOrigin = { kind: 'inventory' };
/**
 * Every variable of a step defined from a module's glossary, with the origins given: the usual way a
 * calculator's `add` helper annotates its steps. A variable missing from the glossary stays undefined
 * (and the symbols test fails on it).
 */
export function varSymbols<K extends string>(g: Glossary<K>, vars: Readonly<Record<string, number>>, from: Readonly<Record<string, SymbolOrigin>> = {}): Record<string, SymbolSpec> {
  const out: Record<string, SymbolSpec> = {};
  for (const sym of Object.keys(vars)) {
    const en = (g.en as Readonly<Record<string, string>>)[sym];
    const fr = (g.fr as Readonly<Record<string, string>>)[sym];
    if (en === undefined || fr === undefined) continue;
    const o = from[sym];
    out[sym] = o === undefined ? { en, fr } : { en, fr, from: o };
  }
  return out;
}

/** The symbols a mathjs formula uses, in order of first use: its names, not the functions it calls. */
export function formulaSymbols(expr: string): string[] {
  const seen: string[] = [];
  for (const m of expr.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\b(\s*\()?/g)) {
    const name = m[1] as string;
    if (m[2] === undefined && !seen.includes(name)) seen.push(name);
  }
  return seen;
}

/** The step's symbols in the reader's language, in the formula's order; units from the step's `varUnits`. */
export function stepSymbols(expr: string, specs: Readonly<Record<string, SymbolSpec>>, units: Readonly<Record<string, StepUnit>> | undefined, lang: Lang): StepSymbol[] {
  const out: StepSymbol[] = [];
  for (const symbol of formulaSymbols(expr)) {
    const s = specs[symbol];
    if (s === undefined) continue;
    const base = { symbol, meaning: s[lang], unit: units?.[symbol] ?? 'number' };
    out.push(s.from === undefined ? base : { ...base, from: s.from });
  }
  return out;
}

/**
 * What is wrong with a derivation's symbols: a formula's symbol defined neither in its step nor in an
 * earlier one, an origin naming a step that is not earlier in the same derivation, or a letter
 * defined again with another meaning or unit (R for bytes, then R for bits/s: the reader cannot tell
 * which one a later formula means). Empty when sound.
 */
export function symbolProblems(steps: readonly Step[]): string[] {
  const problems: string[] = [];
  const defined = new Map<string, { readonly step: string; readonly meaning: string; readonly unit: StepUnit }>();
  const earlier = new Set<string>();
  for (const s of steps) {
    const here = new Set((s.symbols ?? []).map((d) => d.symbol));
    for (const sym of formulaSymbols(s.expr)) if (!here.has(sym) && !defined.has(sym)) problems.push(`${s.id}: symbol ${sym} is not defined`);
    for (const d of s.symbols ?? []) {
      if (d.meaning.trim() === '') problems.push(`${s.id}: symbol ${d.symbol} has no meaning`);
      if (d.from?.kind === 'step' && !earlier.has(d.from.step)) problems.push(`${s.id}: symbol ${d.symbol} comes from ${d.from.step}, not an earlier step`);
      const first = defined.get(d.symbol);
      if (first === undefined) defined.set(d.symbol, { step: s.id, meaning: d.meaning, unit: d.unit });
      else if (first.meaning !== d.meaning || first.unit !== d.unit)
        problems.push(`${s.id}: symbol ${d.symbol} means "${d.meaning}" (${d.unit}), but ${first.step} defined it as "${first.meaning}" (${first.unit})`);
    }
    earlier.add(s.id);
  }
  return problems;
}

/** The index of the earlier step a symbol comes from, for "from step N" links (−1 when none). */
export function originIndex(steps: readonly Step[], before: number, from: SymbolOrigin | undefined): number {
  if (from?.kind !== 'step') return -1;
  for (let i = before - 1; i >= 0; i--) if (steps[i]?.id === from.step) return i;
  return -1;
}
