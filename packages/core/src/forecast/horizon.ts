/** `--horizon`: a duration written 365d, 52w, 12mo or 1y, read into whole days (months and years of 365.25 days). */
import type { Lang } from '../explain/types.js';
import { HORIZON_DAYS } from './schema.js';

const UNIT_DAYS: Readonly<Record<string, number>> = { d: 1, w: 7, mo: 365.25 / 12, y: 365.25 };
const MESSAGE = {
  en: `must be a duration such as 12mo, 52w, 365d or 2y, from ${HORIZON_DAYS.min} days to 10 years`,
  fr: `doit être une durée comme 12mo, 52w, 365d ou 2y, de ${HORIZON_DAYS.min} jours à 10 ans`,
} as const;

export type HorizonRead = { readonly ok: true; readonly days: number } | { readonly ok: false; readonly message: string };

export function parseHorizon(text: string, lang: Lang): HorizonRead {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(d|w|mo|y)\s*$/i.exec(text);
  const unit = m?.[2]?.toLowerCase();
  const per = unit === undefined ? undefined : UNIT_DAYS[unit];
  if (m === null || per === undefined) return { ok: false, message: MESSAGE[lang] };
  const days = Math.round(Number((m[1] ?? '').replace(',', '.')) * per);
  if (!(days >= HORIZON_DAYS.min && days <= HORIZON_DAYS.max)) return { ok: false, message: MESSAGE[lang] };
  return { ok: true, days };
}
