/**
 * Calendar dates without a clock (the core has none): Unix seconds ↔ ISO 8601, through the civil-day
 * arithmetic the backup calendar already uses (backup/prune.ts).
 */
import { civilFromDays, daysFromCivil } from '../backup/prune.js';
import type { Lang } from '../explain/types.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Unix seconds → ISO calendar date in UTC (YYYY-MM-DD). */
export function isoDay(t: number): string {
  const { year, month, day } = civilFromDays(Math.floor(Math.round(t) / 86_400));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** An ISO 8601 date or date-time (UTC unless it names an offset) → Unix seconds; null when it is not one. */
export function parseIsoSeconds(text: string): number | null {
  const m = ISO.exec(text.trim());
  if (m === null) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const days = daysFromCivil(y, mo, d);
  // A day that does not exist (31 April) comes back as another date: refuse it.
  const back = civilFromDays(days);
  if (back.month !== mo || back.day !== d) return null;
  const zone = m[7];
  let offset = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (z === null) return null;
    offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 3600 + Number(z[3]) * 60);
  }
  return days * 86_400 + h * 3600 + mi * 60 + s - offset;
}

// biome-ignore format: two lists of month names
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
} as const;

/** An ISO day (YYYY-MM-DD) in the reader's words: "13 August 2026", "13 août 2026" (1er for the first, in French). */
export function formatDay(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return iso;
  const day = Number(m[3]);
  const month = MONTHS[lang][Number(m[2]) - 1] ?? m[2];
  return `${lang === 'fr' && day === 1 ? '1er' : day} ${month} ${m[1]}`;
}
