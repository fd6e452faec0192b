/** Reading a calculator's outcome and its derivation in tests: one copy for every symbols test. */
import type { Step, StepSymbol, SymbolOrigin } from '../../src/index.js';

/** The accepted outcome's value; a refusal fails the test with its issues. */
export function value<T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T {
  if (!o.ok) throw new Error(`rejected: ${JSON.stringify(o.issues)}`);
  return o.value;
}

/** The step with that id; a missing step fails the test, naming the ids there are. */
export const stepOf = (steps: readonly Step[], id: string): Step => {
  const s = steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id} in ${steps.map((x) => x.id).join(', ')}`);
  return s;
};

/** A step's definition of a letter. */
export const symbolIn = (s: Step, sym: string): StepSymbol | undefined => s.symbols?.find((d) => d.symbol === sym);

/** Where a step's letter comes from. */
export const originIn = (s: Step, sym: string): SymbolOrigin | undefined => symbolIn(s, sym)?.from;

/** Where the letter of the step with that id comes from (the step must exist). */
export const originAt = (steps: readonly Step[], id: string, sym: string): SymbolOrigin | undefined => originIn(stepOf(steps, id), sym);
