/**
 * Two rates over the backup window, one place each: the read a verify job needs, and what one node
 * sends during the window (the network budget's `backup: auto`, capa plan).
 */
import { step } from '../explain/step.js';
import type { Lang, Step } from '../explain/types.js';
import { varSymbols } from '../explain/symbols.js';
import { backupSteps } from './backup-messages.js';
import { BACKUP_SYMBOLS, backupOrigins } from './symbols.js';

/**
 * A verify job reads every chunk back (PBS docs, "Verification"). Re-verifying every snapshot every
 * `e` days, a daily job with "re-verify after e days" reads 1/e of the datastore each day, within the
 * window: M × 8 ÷ (e × T) bits/s.
 */
export const verifyReadBps = (datastoreBytes: number, intervalDays: number, windowSeconds: number): number => (datastoreBytes * 8) / (intervalDays * windowSeconds);

/**
 * The bits/s one node sends during the window when every node backs up its share of a run: bytes
 * per run × 8 ÷ window ÷ nodes (guests spread evenly; the run fills the whole window at that rate).
 */
export function backupNodeRate(bytesPerRun: number, windowSeconds: number, nodes: number, lang: Lang, system: 'binary' | 'decimal' = 'decimal'): { readonly bps: number; readonly step: Step } {
  const bps = (bytesPerRun * 8) / windowSeconds / Math.max(1, nodes);
  const vars = { b: bytesPerRun, T: windowSeconds, N: Math.max(1, nodes) };
  return {
    bps,
    step: step(
      {
        id: 'backup.node-rate',
        title: backupSteps(lang).nodeRate,
        expr: 'b * 8 / T / N',
        vars,
        varUnits: { b: 'bytes', T: 'seconds', N: 'count' },
        symbols: varSymbols(BACKUP_SYMBOLS, vars, backupOrigins(false)['backup.node-rate']),
        value: bps,
        unit: 'bits/s',
        source: 'derived',
      },
      lang,
      system,
    ),
  };
}
