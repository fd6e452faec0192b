/**
 * The Ceph fill ratios the analysis uses, and where each comes from: an option (what-if), the
 * inventory (`osd dump`), else Ceph's defaults (mon_osd_nearfull_ratio 0.85, backfillfull 0.90,
 * full 0.95: SOURCES.cephRatios). One place for the precedence, read by the Ceph analysis and by the
 * refusals (refusals.ts).
 */
import { CEPH_DEFAULTS } from '../explain/defaults.js';
import type { AnalysisValues } from './schema.js';

export const CEPH_DEFAULT_RATIOS = { nearfull: CEPH_DEFAULTS.nearfull, backfillfull: CEPH_DEFAULTS.backfillfull, full: CEPH_DEFAULTS.full } as const;
export type RatioName = keyof typeof CEPH_DEFAULT_RATIOS;
export const RATIO_NAMES: readonly RatioName[] = ['nearfull', 'backfillfull', 'full'];
/** The inventory's key for each ratio (`ceph.nearfullRatio`...). */
export const INVENTORY_RATIO_KEY = { nearfull: 'nearfullRatio', backfillfull: 'backfillfullRatio', full: 'fullRatio' } as const satisfies Record<RatioName, string>;

export interface EffectiveRatio {
  readonly value: number;
  readonly from: 'option' | 'inventory' | 'default';
}

type Ceph = AnalysisValues['inventory']['ceph'];

export function effectiveRatios(v: Pick<AnalysisValues, RatioName>, ceph: Ceph): Record<RatioName, EffectiveRatio> {
  const one = (name: RatioName): EffectiveRatio => {
    const option = v[name];
    if (option !== undefined) return { value: option, from: 'option' };
    const inv = ceph?.[INVENTORY_RATIO_KEY[name]] ?? null;
    return inv !== null ? { value: inv, from: 'inventory' } : { value: CEPH_DEFAULT_RATIOS[name], from: 'default' };
  };
  return { nearfull: one('nearfull'), backfillfull: one('backfillfull'), full: one('full') };
}
