/**
 * What `forecastInventory` reads: the inventory (as `capa analyze` reads it, plus its date and storages),
 * the history series (`@capa/importer`'s schema-history.ts, structurally compatible), and the options.
 * Built on first use, like the analysis schema (the CLI must not pay for it at start-up).
 */
import * as z from 'zod/mini';
import { lang, sizeSystem } from '../explain/schema.js';

export const FORECAST_METRICS = ['node.memory.used', 'node.memory.total', 'storage.used', 'storage.total', 'guests.memory.configured', 'ceph.stored', 'ceph.raw.used', 'ceph.raw.total'] as const;
export type ForecastMetric = (typeof FORECAST_METRICS)[number];
/** The horizon of "what to add": 1 week to 10 years, 12 months unless given. */
export const HORIZON_DAYS = { min: 7, max: 3653, default: 365 } as const;
const MAX_POINTS = 20_000;

function build() {
  const point = z.tuple([
    z
      .number('must be a time in Unix seconds')
      .check(z.refine(Number.isInteger, 'must be a whole number of seconds'), z.minimum(0, 'must be a time in Unix seconds, 0 or more'), z.maximum(2 ** 40, 'must be at most 2^40 seconds')),
    z.nullable(z.number('must be a size in bytes or null').check(z.minimum(0, 'must be a size of 0 or more'), z.maximum(2 ** 63, 'must be at most 8 EiB'))),
  ]);
  const series = z.object({
    metric: z.enum(FORECAST_METRICS, `must be one of ${FORECAST_METRICS.join(', ')}`),
    subject: z.string(),
    points: z.array(point).check(z.maxLength(MAX_POINTS, `must hold at most ${MAX_POINTS} points`)),
  });
  const storage = z.object({
    id: z.string(),
    type: z.nullable(z.string()),
    totalBytes: z.nullable(z.number().check(z.minimum(0), z.maximum(2 ** 63))),
    usedBytes: z.nullable(z.number().check(z.minimum(0), z.maximum(2 ** 63))),
  });
  const input = z.object({
    /** The inventory as `capa analyze` reads it; validated there (analyzeInventory). */
    inventory: z.looseObject({
      collectedAt: z._default(z.string(), ''),
      storages: z._default(z.array(storage), []),
    }),
    /** Every series: the inventory's `history` and any history file, together. */
    series: z.array(series),
    /** "Now", Unix seconds: the inventory's collectedAt unless given. */
    now: z.optional(z.number('must be a time in Unix seconds').check(z.minimum(0, 'must be a time in Unix seconds'), z.maximum(2 ** 40, 'must be at most 2^40 seconds'))),
    horizonDays: z._default(
      z
        .number('must be a number of days')
        .check(
          z.refine(Number.isInteger, 'must be a whole number of days'),
          z.minimum(HORIZON_DAYS.min, `must be from ${HORIZON_DAYS.min} days to 10 years`),
          z.maximum(HORIZON_DAYS.max, `must be from ${HORIZON_DAYS.min} days to 10 years`),
        ),
      HORIZON_DAYS.default,
    ),
    system: sizeSystem,
    lang,
  });
  return { input, series };
}

let cache: ReturnType<typeof build> | undefined;
export const forecastSchemas = (): ReturnType<typeof build> => (cache ??= build());

export type ForecastInput = z.input<ReturnType<typeof build>['input']>;
export type ForecastValues = z.output<ReturnType<typeof build>['input']>;
export type ForecastSeries = z.output<ReturnType<typeof build>['series']>;
