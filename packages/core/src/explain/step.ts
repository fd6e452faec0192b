import { formatBytes, formatBytesBoth, formatDuration, formatNumber, formatRate, formatRatio, formatScientific } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import { type SourceId, source } from './sources.js';
import { type SymbolSpec, stepSymbols } from './symbols.js';
import type { Lang, Step, StepUnit } from './types.js';

export interface StepSpec {
  readonly id: string;
  readonly title: string;
  /** mathjs syntax over the names in `vars`, e.g. `M * (N - f) * u`. */
  readonly expr: string;
  readonly vars: Readonly<Record<string, number>>;
  /** Units of the variables, for the substituted line; unlisted ones print as plain numbers. */
  readonly varUnits?: Readonly<Record<string, StepUnit>>;
  readonly value: number;
  readonly unit: StepUnit;
  readonly source: SourceId;
  /** What the formula's symbols stand for and where their numbers come from (explain/symbols.ts). */
  readonly symbols?: Readonly<Record<string, SymbolSpec>>;
}

/** Formats one value in its unit; bytes in the reader's system (binary by default, as Ceph reports). */
export function formatValue(value: number, unit: StepUnit, lang: Lang, system: SizeSystem = 'binary'): string {
  switch (unit) {
    case 'bytes':
      return formatBytes(value, system, lang);
    case 'bits/s':
      return formatRate(value, lang);
    case 'ratio':
      return formatRatio(value, lang);
    case 'seconds':
      return formatDuration(value, lang);
    case 'count':
      return formatNumber(value, lang, 0);
    case 'number':
      return formatNumber(value, lang, 4);
    case 'probability':
      return formatScientific(value, lang);
  }
}

const PRETTY: ReadonlyArray<readonly [RegExp, string]> = [
  [/\s*\*\s*/g, ' × '],
  [/\s*\/\s*/g, ' ÷ '],
  [/\s+-\s+/g, ' − '],
  [/\s*\^\s*/g, '^'],
];

function pretty(expr: string): string {
  return PRETTY.reduce((s, [re, to]) => s.replace(re, to), expr);
}

/** Builds a derivation step: the formula, the same with numbers in, and the result with its unit. */
export function step(spec: StepSpec, lang: Lang, system: SizeSystem = 'binary'): Step {
  // Constants written in the formula (the course's 1.1) follow the reader's decimal separator.
  const formula = lang === 'fr' ? pretty(spec.expr).replace(/(\d)\.(\d)/g, '$1,$2') : pretty(spec.expr);
  const substituted = formula.replace(/\b[A-Za-z_][A-Za-z0-9_]*\b/g, (name) => {
    const v = spec.vars[name];
    if (v === undefined) return name;
    const unit = spec.varUnits?.[name] ?? 'number';
    // Ratios inside a formula read better as 0.75 than as 75 %.
    return unit === 'ratio' ? formatNumber(v, lang, 4) : formatValue(v, unit, lang, system);
  });
  return {
    id: spec.id,
    title: spec.title,
    formula,
    substituted,
    expr: spec.expr,
    vars: spec.vars,
    value: spec.value,
    unit: spec.unit,
    // The result line names both TB and TiB: the figure a buyer copies must not be misread.
    display: spec.unit === 'bytes' ? formatBytesBoth(spec.value, system, lang) : formatValue(spec.value, spec.unit, lang, system),
    source: source(spec.source, lang),
    ...(spec.symbols === undefined ? {} : { symbols: stepSymbols(spec.expr, spec.symbols, spec.varUnits, lang) }),
  };
}
