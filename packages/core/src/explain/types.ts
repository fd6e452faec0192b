/** The vocabulary every calculator speaks: checks, derivation steps, sources, input errors. */

export type Lang = 'en' | 'fr';

export type CheckLevel = 'ok' | 'warn' | 'fail';

/**
 * What a check is about, whatever its id says: `memory.quorum` is a cluster rule the memory calculator
 * also reports. Adapters that gather checks by subject (the planner's areas) select on this, never on
 * an id prefix.
 */
export type CheckArea = 'memory' | 'cpu' | 'cluster' | 'ceph' | 'failure';

export interface Check {
  /** Stable identifier scripts can match on, e.g. `ceph.cannot-heal`. */
  readonly id: string;
  readonly level: CheckLevel;
  /** The text in the result's language, rendered from `code` and `params`. */
  readonly message: string;
  /** Which message (several codes may share one id: `ceph.mon-count.even`, `ceph.mon-count.few`). */
  readonly code: string;
  /** The message's data, language-free: an adapter can render the code in another language. */
  readonly params?: Readonly<Record<string, string | number | boolean | null>>;
  /** The subject, set by the calculators whose checks an adapter splits by subject. */
  readonly area?: CheckArea;
}

/** What kind of authority a rule rests on. */
/** `exporter-code`: a Prometheus exporter's source, for the metric names alert rules read. */
export type SourceKind = 'course' | 'ceph-docs' | 'ceph-code' | 'proxmox-docs' | 'linux-docs' | 'exporter-code' | 'statistics' | 'derived';

export interface Source {
  readonly kind: SourceKind;
  /** Human title of the source in the requested language. */
  readonly title: string;
  /** Where to read it: a URL or `owner/repo:path`. */
  readonly ref: string;
}

/** The unit a step's value is expressed in; drives formatting and JSON conversion. */
/** `probability`: small values in scientific notation (6.793e-11), never rounded to 0. */
export type StepUnit = 'bytes' | 'bits/s' | 'ratio' | 'count' | 'seconds' | 'number' | 'probability';

export interface Step {
  /** Stable identifier of the step within its calculator. */
  readonly id: string;
  readonly title: string;
  /** The formula, with symbols, e.g. `M × (N − f) × u`. */
  readonly formula: string;
  /** The same formula with the numbers substituted and units shown. */
  readonly substituted: string;
  /** Machine form of the formula (mathjs syntax) so a test can recompute it from `vars`. */
  readonly expr: string;
  readonly vars: Readonly<Record<string, number>>;
  readonly value: number;
  readonly unit: StepUnit;
  /** The value formatted for people, with its unit and the rounding named. */
  readonly display: string;
  readonly source: Source;
  /**
   * What each symbol of the formula stands for, in the formula's order, and where its number comes
   * from (an earlier step, an input, a default). Absent on steps not yet annotated; a test requires it
   * of the calculators it covers (docs/units.md).
   */
  readonly symbols?: readonly StepSymbol[];
}

/**
 * Where a symbol's number comes from: an earlier step of the same derivation (by its id), the user's
 * input (the calculator's input key), a default the user did not set, or a fixed constant of the model.
 */
export type SymbolOrigin =
  | { readonly kind: 'step'; readonly step: string }
  | { readonly kind: 'input'; readonly input: string }
  | { readonly kind: 'default'; readonly input: string }
  | { readonly kind: 'model' }
  /** Read from an imported inventory (`capa analyze`, the web's inventory page): neither typed nor derived. */
  | { readonly kind: 'inventory' };

export interface StepSymbol {
  readonly symbol: string;
  /** What it stands for, in the result's language. */
  readonly meaning: string;
  readonly unit: StepUnit;
  readonly from?: SymbolOrigin;
}

export interface Explained {
  readonly checks: readonly Check[];
  readonly derivation: readonly Step[];
}

/** One rejected input, as data: the adapter names the field its own way (`--nodes`, a form label). */
export interface InputIssue {
  readonly field: string;
  readonly value: unknown;
  readonly message: string;
  /** The refusal as data (`limit.count`, `input.choice`...), when it has a code. */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number | boolean | null>>;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };
