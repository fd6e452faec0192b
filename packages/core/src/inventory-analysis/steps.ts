/** One way for every part of the analysis to record a derivation step, with the symbols' units and meanings. */
import { step } from '../explain/step.js';
import { fromStep, varSymbols } from '../explain/symbols.js';
import type { Lang, Step, StepUnit, SymbolOrigin } from '../explain/types.js';
import type { SizeSystem } from '../units/size-units.js';
import { FIRST_ORIGIN, INPUT_LETTERS, inventoryGlossary } from './symbols.js';

export type StepSource = Parameters<typeof step>[0]['source'];
/** `from`: origins that differ from the usual ones (see stepRecorder), e.g. the ratio the osd dump set. */
export type Add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: StepSource, from?: Readonly<Record<string, SymbolOrigin>>) => void;

/** Units of the symbols the analysis' formulas use. */
const UNITS: Record<string, StepUnit> = {
  x: 'ratio',
  G: 'bytes',
  A: 'bytes',
  T: 'bytes',
  F: 'bytes',
  Q: 'bytes',
  u: 'ratio',
  L: 'bytes',
  E: 'bytes',
  V: 'number',
  P: 'count',
  g: 'bytes',
  o: 'number',
  c: 'count',
  C: 'bytes',
  W: 'bytes',
  S: 'bytes',
  r: 'ratio',
  Y: 'ratio',
  J: 'ratio',
  D: 'bytes',
  K: 'ratio',
  // The estate's room (estate/analyze-estate.ts) records through this recorder too.
  R: 'bytes',
};

/**
 * Appends steps to `steps`, in the reader's language and unit system. A letter's origin is where it
 * first appears in this derivation its usual one (symbols.ts FIRST_ORIGIN: the inventory, an option,
 * the simulation), then "from" that step at each later use, except an option's letter, always named
 * as the option; `from` overrides both. `symbols`: the analysis' letters are defined (symbols.ts),
 * `grown` when the what-if growth scaled the inventory's loads; without it (the estate's steps, whose
 * letters are not yet defined) no symbols.
 */
export function stepRecorder(steps: Step[], lang: Lang, system: SizeSystem, symbols?: { readonly grown: boolean }): Add {
  const glossary = symbols === undefined ? null : inventoryGlossary(symbols.grown);
  const firstIn = new Map<string, string>();
  return (id, title, expr, vars, value, unit, source, from = {}) => {
    const origins: Record<string, SymbolOrigin> = {};
    for (const k of Object.keys(vars)) {
      const first = firstIn.get(k);
      const usual = (FIRST_ORIGIN as Readonly<Record<string, SymbolOrigin>>)[k];
      const o = from[k] ?? (first === undefined || INPUT_LETTERS.has(k) ? usual : fromStep(first));
      if (o !== undefined) origins[k] = o;
      if (first === undefined) firstIn.set(k, id);
    }
    const spec = { id, title, expr, vars, varUnits: UNITS, value, unit, source };
    steps.push(step(glossary === null ? spec : { ...spec, symbols: varSymbols(glossary, vars, origins) }, lang, system));
  };
}
