/**
 * A half-typed size (or list of one) or rate ("7.68", "7.68T") is refused by the core; the field then says what is
 * missing with the value completed ("add a unit: 7.68TB"), the unit taken from the input's own example.
 */
import type { InputSpec, Lang } from '@capa/core';

const ADD = { en: 'add a unit: ', fr: 'ajoutez une unité : ' } satisfies Record<Lang, string>;

export function unitHint(i: InputSpec | undefined, typed: unknown, lang: Lang): string | undefined {
  if (typeof typed !== 'string' || !/^(size|sizes|rate)$/.test(i?.kind ?? '')) return undefined;
  // A number, then nothing or the start of a unit; a decimal separator typed last is left out.
  const m = /^\s*(\d+(?:[.,]\d+)?)[.,]?\s*([a-z/]*)$/i.exec(typed);
  const unit = /[a-z/]+$/i.exec(i?.example ?? '')?.[0] ?? (i?.kind === 'rate' ? 'Gb/s' : 'GiB');
  const part = m?.[2] ?? '';
  return m && part.length < unit.length && unit.toLowerCase().startsWith(part.toLowerCase()) ? ADD[lang] + m[1] + unit : undefined;
}
