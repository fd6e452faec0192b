import type { Recorder } from '../explain/recorder.js';
import type { Step } from '../explain/types.js';
import { fromInput, fromStep, varSymbols } from '../explain/symbols.js';
import { TB, GB } from '../units/constants.js';
import { memoryMessages } from './messages.js';
import type { Reservations } from './schema.js';
import { MEMORY_ORIGINS, MEMORY_SYMBOLS } from './symbols.js';

export interface ReservationResult {
  readonly perNodeBytes: number;
  readonly osdBytes: number;
  readonly steps: readonly Step[];
  readonly stated: boolean;
}

/**
 * Per-node host reservation: system + Ceph OSDs + ZFS ARC. For OSDs the larger of the daemon's
 * memory target × OSDs and the course's "1 GB per TB of disk" is kept (with the 4 GiB default target the
 * per-TB rule wins for OSDs above ~4.3 TB).
 */
export function hostReservation(r: Reservations, rec: Recorder): ReservationResult {
  const steps: Step[] = [];
  const k = r.osdsPerNode;
  // 1 GB per TB is a thousandth of the OSD's bytes; dividing first keeps decimal sizes exact.
  const perTb = r.osdSizeBytes === undefined ? 0 : k * (r.osdSizeBytes / (TB / GB));
  const osdBytes = k > 0 ? Math.max(r.osdMemoryBytes * k, perTb) : 0;
  const perNodeBytes = r.hostReserveBytes + osdBytes + r.zfsArcBytes;
  const stated = r.hostReserveBytes > 0 || k > 0 || r.zfsArcBytes > 0;
  if (rec.explains) {
    const t = memoryMessages(rec.lang);
    if (k > 0) {
      // m, not T: T is the installed RAM later in the same derivation; d, not S: S counts the survivors.
      const vars = r.osdSizeBytes === undefined ? { m: r.osdMemoryBytes, k } : { m: r.osdMemoryBytes, k, d: r.osdSizeBytes };
      rec.step?.(steps, {
        id: 'memory.osd-reserve',
        title: t.stepOsdReserve,
        expr: r.osdSizeBytes === undefined ? 'm * k' : 'max(m * k, k * d / 1000)',
        vars,
        varUnits: { m: 'bytes', k: 'count', d: 'bytes' },
        value: osdBytes,
        unit: 'bytes',
        source: 'cephOsdMemory',
        symbols: varSymbols(MEMORY_SYMBOLS, vars, MEMORY_ORIGINS),
      });
    }
    if (stated) {
      const vars = { H: r.hostReserveBytes, O: osdBytes, Z: r.zfsArcBytes };
      // O is the OSD step's figure, or no OSD at all (k = 0, the input).
      const O = k > 0 ? fromStep('memory.osd-reserve') : fromInput('osdsPerNode');
      rec.step?.(steps, {
        id: 'memory.reserve-per-node',
        title: t.stepReservePerNode,
        expr: 'H + O + Z',
        vars,
        symbols: varSymbols(MEMORY_SYMBOLS, vars, { ...MEMORY_ORIGINS, O }),
        varUnits: { H: 'bytes', O: 'bytes', Z: 'bytes' },
        value: perNodeBytes,
        unit: 'bytes',
        source: 'courseHostReserve',
      });
    }
  }
  return { perNodeBytes, osdBytes, steps, stated };
}
