/** The planning maths tests' helpers (planning-maths.test.ts, planning-sizing.test.ts). */
import { evaluate } from 'mathjs';
import { expect } from 'vitest';
import type { Explained } from '@capa/core';

export const ok = <T>(o: { ok: true; value: T } | { ok: false; issues: unknown }): T => {
  if (!o.ok) throw new Error(JSON.stringify(o.issues));
  return o.value;
};
export const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

/** Each step's mathjs expression, evaluated on its own variables, gives the value it shows. */
export function recomputes(steps: Explained['derivation']): void {
  for (const s of steps) {
    const got = Number(evaluate(s.expr, { ...s.vars }));
    expect(Math.abs(got - s.value), `${s.id}: ${s.expr} with ${JSON.stringify(s.vars)}`).toBeLessThanOrEqual(Math.max(1e-12, Math.abs(s.value) * 1e-9));
  }
}
