/** What `capa forecast` returns (the JSON contract, documented in docs/forecast.md). */
import type { Explained } from '../explain/types.js';
import type { Crossing } from './crossing.js';
import type { LimitId } from './messages.js';
import type { ForecastMetric } from './schema.js';

export interface TrendFigures {
  readonly weeklyPeaks: number;
  readonly slopeBytesPerDay: number;
  readonly slopeLowBytesPerDay: number;
  readonly slopeHighBytesPerDay: number;
  readonly spreadBytes: number;
  /** The trend now and at the horizon; the band's high value at the horizon (what "to add" is sized for). */
  readonly nowBytes: number;
  readonly horizonBytes: number;
  readonly horizonHighBytes: number;
}

export type ToAdd =
  | { readonly kind: 'nodes'; readonly nodes: number; readonly nodeRamBytes: number; readonly by: string | null }
  | { readonly kind: 'raw-per-host'; readonly bytesPerHost: number; readonly hosts: number; readonly by: string | null }
  | { readonly kind: 'datastore'; readonly bytes: number; readonly by: string | null };

/** What a chart draws, in Unix seconds and bytes: the weekly peaks, the trend line, the band, the limit. */
export interface ChartData {
  readonly peaks: readonly (readonly [number, number])[];
  readonly trend: readonly (readonly [number, number])[];
  /** [time, low, high] at the first peak, at the fit's centre and at the horizon. */
  readonly band: readonly (readonly [number, number, number])[];
  readonly limit: number;
  readonly now: number;
  readonly horizon: number;
}

export interface LimitForecast {
  readonly id: LimitId;
  /** '' for the cluster, the storage id for a datastore. */
  readonly subject: string;
  readonly label: string;
  /** The series the trend was fitted to; null when none was found. */
  readonly metric: ForecastMetric | null;
  readonly limitBytes: number | null;
  readonly trend: TrendFigures | null;
  readonly crossing: Crossing;
  readonly toAdd: ToAdd | null;
  readonly chart: ChartData | null;
}

export interface InventoryForecast extends Explained {
  /** "Now" (the inventory's collectedAt unless given), ISO date and Unix seconds. */
  readonly now: string;
  readonly nowSeconds: number;
  readonly horizonDays: number;
  readonly horizon: string;
  readonly limits: readonly LimitForecast[];
}
