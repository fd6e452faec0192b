/**
 * A calculator page derived from its core spec (issue 10): the form's fields, the reading of their
 * text, the figures and their labels all come from the spec the CLI reads too, so the two cannot
 * drift. Only the pictures are the page's own.
 */
import { type CalculatorSpec, defaultShown, defaultText, type Explained, fieldOf, type InputSpec, itemIssueKey, type Lang, markDefaults, readInputs, renderFigures, type SizeSystem } from '@capa/core';
import type { FieldDef, FieldKind, PageState, Values } from '../state/fields';
import type { Figure, PageOutcome } from '../state/page';
import type { Picture } from '../pictures/picture';
import { fromCore, invalid } from './outcome';
import { unitHint } from './unit-hint';

const KIND: Readonly<Record<InputSpec['kind'], FieldKind>> = {
  size: 'size',
  sizes: 'sizes',
  rate: 'rate',
  ratio: 'ratio',
  count: 'count',
  choice: 'choice',
  flag: 'flag',
  ec: 'ec',
  seconds: 'seconds',
  // `8h`, `90min`: typed as text, read by the core.
  duration: 'text',
  positive: 'positive',
  hostOsds: 'text',
  pools: 'text',
  savings: 'ratio',
  // PBS's retention list (`last=3,daily=7`): typed as text, read by the core.
  keep: 'text',
  date: 'text',
  classes: 'text',
};

/**
 * Shown while the input applies: its choice has the value it needs (the spec's `when`, the choice's
 * default when absent), and the input it needs has a value.
 */
function visibility(inputs: readonly InputSpec[], i: InputSpec): ((v: Values) => boolean) | undefined {
  const when = i.when;
  const needs = i.needs;
  if (when === undefined && needs === undefined) return undefined;
  const dflt = inputs.find((s) => s.key === when?.key)?.default;
  return (v) => (when === undefined || (v[when.key] ?? (dflt === undefined ? undefined : String(dflt))) === when.is) && (needs === undefined || (v[needs] ?? '').trim() !== '');
}

export interface FieldOptions {
  /** Which inputs the page shows (the failure page leaves out the data target's). */
  readonly only?: (i: InputSpec) => boolean;
  /** Overrides the spec's "More options" grouping (the failure page shows its recovery inputs). */
  readonly advanced?: (i: InputSpec) => boolean;
}

/** One form field per input the web has: its label, its example and its default (shown apart in the empty field), its choices, when it shows. */
export function specFields<R extends Explained>(spec: CalculatorSpec<R>, opts: FieldOptions = {}): FieldDef[] {
  // A list (the pools) is the page's row editor, not a field.
  return spec.inputs
    .filter((i) => i.surface !== 'cli' && i.kind !== 'pools' && (opts.only?.(i) ?? true))
    .map((i) => {
      const visible = visibility(spec.inputs, i);
      const advanced = opts.advanced?.(i) ?? i.advanced;
      const base = {
        key: i.key,
        kind: KIND[i.kind],
        label: i.label,
        ...(i.hint === undefined ? {} : { help: i.hint }),
        ...(visible === undefined ? {} : { visible }),
        ...(advanced === true ? { advanced } : {}),
      };
      if (i.kind === 'flag') return { ...base, defaultValue: i.default === true ? '1' : '0' };
      if (i.kind === 'choice') {
        const options = (i.choices ?? []).map((value) => ({ value, label: i.choiceLabels?.[value] ?? { en: value, fr: value } }));
        return { ...base, options, ...(i.default === undefined ? {} : { defaultValue: String(i.default) }) };
      }
      // A ratio's default as typed (85%), not as stored (0.85).
      const dflt = i.kind === 'ratio' && typeof i.default === 'number' ? defaultText(i.default, 'ratio') : defaultShown(i);
      return { ...base, ...(i.example === undefined ? {} : { placeholder: i.example }), ...(dflt === undefined ? {} : { defaultHint: dflt }) };
    });
}

/** Headline figures first, by rank, then the others in the spec's order. */
function pageFigures<R extends Explained>(spec: CalculatorSpec<R>, result: R, lang: Lang, system: SizeSystem, input: Readonly<Record<string, unknown>>): Figure[] {
  const all = renderFigures(spec.figures, result, lang, system, input);
  const main = all.filter((f) => f.headline !== undefined).sort((a, b) => (a.headline ?? 0) - (b.headline ?? 0));
  return [...main.map(({ id, label, value }) => ({ id, label, value, main: true })), ...all.filter((f) => f.headline === undefined).map(({ id, label, value }) => ({ id, label, value }))];
}

/** What a page adds to the spec's answer: its pictures, and figures of its own when it has a view of its own (failure). */
export interface PageView<R> {
  readonly pictures: (result: R, system: SizeSystem, input: Readonly<Record<string, unknown>>) => readonly (Picture | null)[];
  readonly figures?: (result: R, system: SizeSystem) => Figure[];
}

/** Reads the page's fields, runs the core, and lays out figures, checks, derivation and pictures. */
export function computeSpec<R extends Explained>(spec: CalculatorSpec<R>, state: PageState, lang: Lang, view: PageView<R>['pictures'] | PageView<R>): PageOutcome {
  const { pictures, figures } = typeof view === 'function' ? { pictures: view, figures: undefined } : view;
  const values = state.values;
  // A list's items are the page's rows (the pools).
  const lists = Object.fromEntries(spec.inputs.filter((i) => i.kind === 'pools').map((i) => [i.key, state.rows]));
  const read = readInputs(spec.inputs, { ...values, ...lists }, lang, { blankIsAbsent: true, surface: 'web' });
  if (!read.ok)
    return invalid(
      read.issues.map((i) => ({
        key: i.path === undefined ? i.key : `${i.key}.${i.path}`,
        value: typeof i.value === 'string' ? i.value : undefined,
        message:
          (i.path === undefined &&
            unitHint(
              spec.inputs.find((s) => s.key === i.key),
              i.value,
              lang,
            )) ||
          i.message,
      })),
    );
  const fieldToKey = { ...Object.fromEntries(spec.inputs.map((i) => [fieldOf(i), i.key])), ...spec.fieldKeys };
  const system = read.system ?? spec.sizeSystem?.(read.input) ?? 'binary';
  const input = { ...read.input, lang, ...(spec.sizeSystem === undefined ? {} : { system }) };
  const outcome = spec.run(input);
  // A refusal inside a list names the row's field (pools.1.targetRatio → pool.1.ratio).
  const inItems = outcome.ok ? [] : outcome.issues.map((i) => [i.field, itemIssueKey(spec.inputs, i.field)] as const).filter((e): e is readonly [string, string] => e[1] !== undefined);
  return fromCore(outcome, { ...fieldToKey, ...Object.fromEntries(inItems) }, values, (v) => ({
    ok: true,
    figures: figures?.(v, system) ?? pageFigures(spec, v, lang, system, read.input),
    checks: v.checks,
    // An input left empty is a default in the steps' "where" lines. A list (the pools) is its rows, not
    // a field: typed when it has rows (the core itself marks a row's value left blank as a default).
    derivation: markDefaults(v.derivation, (k) => (k in lists ? state.rows.length > 0 : (values[k] ?? '').trim() !== '')),
    pictures: pictures(v, system, read.input).filter((p): p is Picture => p !== null),
  }));
}
