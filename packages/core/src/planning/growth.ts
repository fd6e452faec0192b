import type { Recorder } from '../explain/recorder.js';
import { step, type StepSpec } from '../explain/step.js';
import type { Lang, Step, StepUnit } from '../explain/types.js';
import { varSymbols } from '../explain/symbols.js';
import { GROWTH_SYMBOLS, type GrowthOrigins } from './symbols.js';
import type { SizeSystem } from '../units/size-units.js';

/** Compound growth of a demand: g per year over y years. */
export interface Growth {
  readonly perYear: number;
  readonly years: number;
}

/** x × (1 + g)^y: a demand after y years of compound growth g per year. */
export const grownValue = (x: number, perYear: number, years: number): number => x * (1 + perYear) ** years;

// A count grows as q, an amount as x: one letter, one unit when a plan grows both side by side.
const growthSpec = (id: string, title: string, x: number, perYear: number, years: number, value: number, unit: StepUnit, o: GrowthOrigins = {}): StepSpec => {
  const v = unit === 'count' ? 'q' : 'x';
  const vars = { [v]: x, g: perYear, y: years };
  const from = { ...(o.today === undefined ? {} : { [v]: o.today }), ...(o.perYear === undefined ? {} : { g: o.perYear }), ...(o.years === undefined ? {} : { y: o.years }) };
  return { id, title, expr: `${v} * (1 + g) ^ y`, vars, varUnits: { [v]: unit, g: 'ratio', y: 'number' }, symbols: varSymbols(GROWTH_SYMBOLS, vars, from), value, unit, source: 'growth' };
};

/** The grown demand with its derivation step (bytes, counts or plain numbers). */
export function projectGrowth(
  id: string,
  title: string,
  x: number,
  perYear: number,
  years: number,
  unit: StepUnit,
  lang: Lang,
  system: SizeSystem = 'binary',
  origins: GrowthOrigins = {},
): { value: number; step: Step } {
  const value = grownValue(x, perYear, years);
  return { value, step: step(growthSpec(id, title, x, perYear, years, value, unit, origins), lang, system) };
}

/**
 * The demand a plan sizes for at the horizon: x itself without growth, else x × (1 + g)^y rounded up to
 * a whole byte or item, so a demand is never understated (a count within float noise of a whole number
 * stays that number: 100 × 1.1² is 121, not 122). The step goes to `into` when the recorder explains.
 */
export function projectedDemand(id: string, title: string, x: number, growth: Growth | undefined, unit: 'bytes' | 'count', rec: Recorder, into: Step[], origins: GrowthOrigins = {}): number {
  if (growth === undefined || growth.years === 0 || growth.perYear === 0) return x;
  const value = grownValue(x, growth.perYear, growth.years);
  rec.step?.(into, growthSpec(id, title, x, growth.perYear, growth.years, value, unit, origins));
  return unit === 'count' ? Math.ceil(value - 1e-9) : Math.ceil(value);
}
