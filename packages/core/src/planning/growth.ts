import type { Lang, Step, StepUnit } from '../explain/types.js';
import type { SizeSystem } from '../units/size-units.js';
import { step } from '../explain/step.js';

/** x × (1 + g)^y: a demand after y years of compound growth g per year. */
export const grownValue = (x: number, perYear: number, years: number): number => x * (1 + perYear) ** years;

/** The grown demand with its derivation step (bytes, counts or plain numbers). */
export function projectGrowth(
  id: string, title: string, x: number, perYear: number, years: number, unit: StepUnit, lang: Lang, system: SizeSystem = 'binary',
): { value: number; step: Step } {
  const value = grownValue(x, perYear, years);
  const derived = step({
    id, title, expr: 'x * (1 + g) ^ y', vars: { x, g: perYear, y: years },
    varUnits: { x: unit, g: 'ratio', y: 'number' }, value, unit, source: 'growth',
  }, lang, system);
  return { value, step: derived };
}
