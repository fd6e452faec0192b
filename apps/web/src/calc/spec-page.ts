/**
 * A calculator page derived from its core spec (issue 10): the form's fields, the reading of their
 * text, the figures and their labels all come from the spec the CLI reads too, so the two cannot
 * drift. Only the pictures are the page's own.
 */
import { type CalculatorSpec, type Echoed, fieldOf, type InputSpec, type Lang, readInputs, renderFigures } from '@capa/core';
import type { FieldDef, FieldKind, PageState } from '../state/fields';
import type { Figure, PageOutcome } from '../state/page';
import type { Picture } from '../pictures/picture';
import { fromCore, invalid } from './outcome';

const KIND: Readonly<Record<InputSpec['kind'], FieldKind>> = { size: 'size', sizes: 'sizes', rate: 'rate', ratio: 'ratio', count: 'count', choice: 'choice', flag: 'flag' };

/** One form field per input: its label, an example or its default as placeholder, its choices. */
export function specFields<R extends Echoed>(spec: CalculatorSpec<R>): FieldDef[] {
  return spec.inputs.map((i) => {
    const base = { key: i.key, kind: KIND[i.kind], label: i.label };
    if (i.kind === 'flag') return { ...base, defaultValue: i.default === true ? '1' : '0' };
    if (i.kind === 'choice') {
      const options = (i.choices ?? []).map((value) => ({ value, label: i.choiceLabels?.[value] ?? { en: value, fr: value } }));
      return { ...base, options, ...(i.default === undefined ? {} : { defaultValue: String(i.default) }) };
    }
    const placeholder = i.example ?? (i.default === undefined ? undefined : String(i.default));
    return placeholder === undefined ? base : { ...base, placeholder };
  });
}

/** Headline figures first, by rank, then the others in the spec's order. */
function pageFigures<R extends Echoed>(spec: CalculatorSpec<R>, result: R, lang: Lang): Figure[] {
  const all = renderFigures(spec.figures, result, lang);
  const main = all.filter((f) => f.headline !== undefined).sort((a, b) => (a.headline ?? 0) - (b.headline ?? 0));
  return [...main.map(({ id, label, value }) => ({ id, label, value, main: true })), ...all.filter((f) => f.headline === undefined).map(({ id, label, value }) => ({ id, label, value }))];
}

/** Reads the page's fields, runs the core, and lays out figures, checks, derivation and pictures. */
export function computeSpec<R extends Echoed>(spec: CalculatorSpec<R>, state: PageState, lang: Lang, pictures: (result: R) => readonly (Picture | null)[]): PageOutcome {
  const values = state.values;
  const read = readInputs(spec.inputs, values, lang, { blankIsAbsent: true });
  if (!read.ok) return invalid(read.issues.map((i) => ({ key: i.key, value: values[i.key], message: i.message })));
  const fieldToKey = Object.fromEntries(spec.inputs.map((i) => [fieldOf(i), i.key]));
  return fromCore(spec.run({ ...read.input, lang }), fieldToKey, values, (v) => ({
    ok: true,
    figures: pageFigures(spec, v, lang),
    checks: v.checks,
    derivation: v.derivation,
    pictures: pictures(v).filter((p): p is Picture => p !== null),
  }));
}
