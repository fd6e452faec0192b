/**
 * The guest RAM a drained node holds when only the cluster's total is known: the total spread evenly
 * over the nodes, rounded up to the byte (capa plan's drain area; docs/drain.md#in-capa-plan).
 */
import { step } from '../explain/step.js';
import { varSymbols } from '../explain/symbols.js';
import type { Lang, Step } from '../explain/types.js';
import { drainSteps } from './drain-messages.js';
import { DRAIN_SYMBOLS, drainOrigins } from './symbols.js';

export function drainedGuestRam(clusterGuestRamBytes: number, nodes: number, lang: Lang, system: 'binary' | 'decimal'): { readonly bytes: number; readonly step: Step } {
  const N = Math.max(1, nodes);
  const bytes = Math.ceil(clusterGuestRamBytes / N);
  return {
    bytes,
    step: step(
      {
        id: 'drain.guest-ram',
        title: drainSteps(lang).guestRam,
        expr: 'ceil(G / N)',
        vars: { G: clusterGuestRamBytes, N },
        varUnits: { G: 'bytes', N: 'count' },
        symbols: varSymbols(DRAIN_SYMBOLS, { G: 0, N: 0 }, drainOrigins(false)),
        value: bytes,
        unit: 'bytes',
        source: 'derived',
      },
      lang,
      system,
    ),
  };
}
