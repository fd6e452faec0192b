import type { Lang, Step } from '../explain/types.js';
import type { SizeSystem } from '../units/size-units.js';
import { step } from '../explain/step.js';
import { varSymbols } from '../explain/symbols.js';
import { FAILURE_MEMORY_SYMBOLS } from './symbols.js';

/** Share of the survivors' RAM used once the failed nodes' guests restart: (G + S × R) ÷ M_survivors. */
export const memoryUsedAfterFailure = (guestBytes: number, survivors: number, reservePerNode: number, survivingRamBytes: number): number =>
  (guestBytes + survivors * reservePerNode) / survivingRamBytes;

export function memoryAfterFailure(guestBytes: number, survivors: number, reservePerNode: number, survivingRamBytes: number, lang: Lang, system: SizeSystem = 'binary'): { value: number; step: Step } {
  const value = memoryUsedAfterFailure(guestBytes, survivors, reservePerNode, survivingRamBytes);
  // Every figure comes from another area (workloads, memory): no origin within this derivation.
  const vars = { G: guestBytes, S: survivors, R: reservePerNode, M: survivingRamBytes };
  return {
    value,
    step: step(
      {
        id: 'failure.memory-used',
        title: lang === 'fr' ? 'Mémoire occupée sur les survivants (invités + réserves)' : 'Memory used on the survivors (guests + reservations)',
        expr: '(G + S * R) / M',
        vars,
        symbols: varSymbols(FAILURE_MEMORY_SYMBOLS, vars),
        varUnits: { G: 'bytes', S: 'count', R: 'bytes', M: 'bytes' },
        value,
        unit: 'ratio',
        source: 'failureImpact',
      },
      lang,
      system,
    ),
  };
}
