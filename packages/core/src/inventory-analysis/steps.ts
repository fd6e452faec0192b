/** One way for every part of the analysis to record a derivation step, with the symbols' units. */
import { step } from '../explain/step.js';
import type { Lang, Step, StepUnit } from '../explain/types.js';
import type { SizeSystem } from '../units/size-units.js';

export type StepSource = Parameters<typeof step>[0]['source'];
export type Add = (id: string, title: string, expr: string, vars: Record<string, number>, value: number, unit: StepUnit, source: StepSource) => void;

/** Units of the symbols the analysis' formulas use. */
const UNITS: Record<string, StepUnit> = {
  G: 'bytes',
  T: 'bytes',
  F: 'bytes',
  R: 'bytes',
  u: 'ratio',
  g: 'bytes',
  c: 'count',
  V: 'number',
  P: 'count',
  o: 'number',
  M: 'bytes',
  N: 'bytes',
  W: 'bytes',
  C: 'bytes',
  r: 'ratio',
  s: 'number',
  U: 'bytes',
  x: 'ratio',
  S: 'bytes',
  O: 'ratio',
  H: 'ratio',
  K: 'ratio',
  D: 'bytes',
};

/** Appends steps to `steps`, in the reader's language and unit system. */
export function stepRecorder(steps: Step[], lang: Lang, system: SizeSystem): Add {
  return (id, title, expr, vars, value, unit, source) => {
    steps.push(step({ id, title, expr, vars, varUnits: UNITS, value, unit, source }, lang, system));
  };
}
