import type { Lang, Step, SymbolOrigin } from '../explain/types.js';
import { varSymbols } from '../explain/symbols.js';
import { CPU_ORIGINS, CPU_SYMBOLS, type CpuLetter } from './symbols.js';
import { step } from '../explain/step.js';

export const DISK_CLASSES = ['hdd', 'ssd', 'nvme'] as const;
export type DiskClass = (typeof DISK_CLASSES)[number];

/**
 * Hardware threads kept for each OSD: HDD 1 (Ceph: one core per OSD for light use), SSD 2 (two per OSD
 * for RBD), NVMe 4 (Proxmox: 4–6 threads per NVMe OSD). Counted in threads, the unit of vCPU:pCPU.
 */
export const DEFAULT_THREADS_PER_OSD: Readonly<Record<DiskClass, number>> = { hdd: 1, ssd: 2, nvme: 4 };

/**
 * Threads left for guests on one node: threads − system − Σ OSDs × threads per OSD, never below 0
 * (a count of threads is never negative; what the host lacks is `shortThreads`).
 */
export const guestThreads = (threads: number, systemThreads: number, osdThreads: number): number => Math.max(0, threads - systemThreads - osdThreads);

/** Threads the system and the OSDs need beyond what the node has: 0 when they fit. */
export const shortThreads = (threads: number, systemThreads: number, osdThreads: number): number => Math.max(0, systemThreads + osdThreads - threads);

export function cpuReservation(
  threads: number,
  systemThreads: number,
  osdsByClass: Readonly<Record<DiskClass, number>>,
  perOsd: Readonly<Record<DiskClass, number>>,
  lang: Lang,
  origins: Partial<Record<CpuLetter, SymbolOrigin>> = {},
): { osdThreads: number; guestThreads: number; shortThreads: number; steps: Step[] } {
  const osdThreads = osdsByClass.hdd * perOsd.hdd + osdsByClass.ssd * perOsd.ssd + osdsByClass.nvme * perOsd.nvme;
  const g = guestThreads(threads, systemThreads, osdThreads);
  const vars = { T: threads, s: systemThreads, h: osdsByClass.hdd, a: perOsd.hdd, d: osdsByClass.ssd, b: perOsd.ssd, v: osdsByClass.nvme, c: perOsd.nvme };
  const steps = [
    step(
      {
        id: 'cpu.guest-threads',
        title: lang === 'fr' ? 'Threads laissés aux invités par nœud : threads − système − OSD × threads par OSD' : 'Threads left for guests per node: threads − system − OSDs × threads per OSD',
        expr: 'max(0, T - s - (h * a + d * b + v * c))',
        vars,
        symbols: varSymbols(CPU_SYMBOLS, vars, { ...CPU_ORIGINS, ...origins }),
        varUnits: { T: 'count', s: 'count', h: 'count', a: 'count', d: 'count', b: 'count', v: 'count', c: 'count' },
        value: g,
        unit: 'count',
        source: 'cephCpu',
      },
      lang,
    ),
  ];
  return { osdThreads, guestThreads: g, shortThreads: shortThreads(threads, systemThreads, osdThreads), steps };
}
