/**
 * A calculator described as data (issue 10): its inputs, its figures and its messages. The CLI, the
 * web page and the scenario file read the same spec through one generic reader (read.ts) and one
 * generic renderer (render.ts), so an input or a figure exists once, with both languages.
 */
import type { Check, Explained, Lang, Outcome } from '../explain/types.js';
import type { SizeSystem } from '../units/size-units.js';

/** A piece of user-visible text in every language. */
export type Text = Readonly<Record<Lang, string>>;

/** Message parameters: plain data, the same whatever the language (numbers unformatted). */
export type Params = Readonly<Record<string, string | number | boolean | null>>;

/**
 * One language's messages by code, like a zod locale: a function of the parameters. The French
 * catalogue is typed `typeof en`, so a missing translation does not compile (and spec.test.ts
 * fails on one at run time).
 */
export type Catalogue = Readonly<Record<string, (p: Params) => string>>;
export type Locales<C extends Catalogue = Catalogue> = Readonly<Record<Lang, C>>;

/**
 * size: one size ("512GiB"); sizes: a comma list of sizes; rate: "10Gb/s"; ratio: 0.75 or 75 %;
 * count: a whole number; choice: one of `choices`; flag: on/off; ec: an erasure profile `4+2`;
 * seconds: a number of seconds; duration: `8h`, `90min`, `3600s`, `1d` or a number of seconds (units/duration.ts); positive: a number above 0 (1.1, 1,1); hostOsds: hosts one by one, the core's grammar (`4x16TB,2x8TB+1x16TB`);
 * savings: a stated saving such as KSM's, 0 to 0.9 (10 %); keep: PBS's retention `last=3,daily=7` (backup/keep.ts); date: a calendar day `2026-01-01` (UTC), kept as text;
 * classes: traffic classes `name=rate`, the CLI's option repeated or comma-separated (network/traffic.ts);
 * pools: a list of pools, each a `--pool` line (`rbd:size=3:ratio=1`, the option repeated) or a web row (pg/pool-read.ts).
 */
export type InputKind = 'size' | 'sizes' | 'rate' | 'ratio' | 'count' | 'choice' | 'flag' | 'ec' | 'seconds' | 'duration' | 'positive' | 'hostOsds' | 'pools' | 'savings' | 'keep' | 'date' | 'classes';

/** An input that applies only while a choice has a value (the web's "visible only when"). */
export interface When {
  readonly key: string;
  readonly is: string;
}

/**
 * On a surface that has no field for a choice (the CLI has no `--mode`), the input whose presence
 * selects each value: `--data` selects the data target, `--ec` erasure coding.
 */
export interface SelectedBy {
  readonly by: string;
  /** Inputs whose presence keeps the default instead. */
  readonly unless?: readonly string[];
  /** Why the inputs of the other values do not apply, appended to the CLI's refusal. */
  readonly why: Text;
  /** Two ways of saying one thing (`--replicas`, `--ec`): refuse `by` itself, "give either …, not both". */
  readonly either?: boolean;
  /**
   * What `by` answers, offered when an input the other value requires is missing: `--node-ram` is
   * required, "or give --guest-ram (the RAM needed per node)".
   */
  readonly instead?: Text;
}

export interface InputSpec {
  /** The name users type: the web's URL key and scenario key; the CLI option is its kebab-case (`--node-ram`). */
  readonly key: string;
  /** The core input's field when it differs from `key` (`speed` → `speedBps`). */
  readonly field?: string;
  readonly kind: InputKind;
  readonly required?: boolean;
  /** Required only while a choice has a value (`guestRam` asking for the RAM per node). */
  readonly requiredWhen?: When;
  /**
   * sizes: a list of several gives the count of this other input (`nodeRam` → `nodes`), which may
   * then be left out and, when given, must match the list's length.
   */
  readonly countOf?: string;
  /** The core's default, typed (the core applies it; adapters show it, never restate it). */
  readonly default?: number | string | boolean;
  /** count: the smallest whole number the reader accepts (upper bounds are the core's LIMITS). */
  readonly min?: number;
  /** count: a small range the reader states whole ("from 1 to 32"), the core's schema bound restated by reference. */
  readonly max?: number;
  readonly choices?: readonly string[];
  /** Other spellings of a choice (`802.3ad` for `lacp`). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Short label: the web form's. */
  readonly label: Text;
  /** One line of help: the CLI's option description (a flag on by default: what `--no-…` does). */
  readonly help: Text;
  /** A line under the web's field (the CLI's help says it its own way). */
  readonly hint?: Text;
  /** Why the default is what it is, appended to it in help ("Linux's default"). */
  readonly defaultWhy?: Text;
  /** An example value: the web's placeholder when the input has no default. */
  readonly example?: string;
  /** The CLI's argument name (`<n>`, `<rate>`); derived from the kind when absent. */
  readonly metavar?: string;
  /** Labels of the choices on the web, when they differ from the values. */
  readonly choiceLabels?: Readonly<Record<string, Text>>;
  /** The one adapter that has this input (the CLI's `--host-osds`, the web's choices); absent: both. */
  readonly surface?: 'cli' | 'web';
  /** Applies only while a choice has a value: hidden on the web, refused on the CLI. */
  readonly when?: When;
  /** A choice the CLI derives from other inputs' presence (see SelectedBy). */
  readonly selectedBy?: Readonly<Record<string, SelectedBy>>;
  /** Applies only with another input given (the recovery options need `--link-speed`). */
  readonly needs?: string;
  /** Why inputs need this one, appended to the CLI's refusal. */
  readonly neededWhy?: Text;
  /** Inputs this one replaces: refused beside it, and not required with it. */
  readonly excludes?: { readonly keys: readonly string[]; readonly why: Text };
  /** Under the web's "More options". */
  readonly advanced?: boolean;
  /** A list (pools): the core's item fields → the item's keys, so a refusal of `pools.1.targetRatio` names `pool.1.ratio`. */
  readonly itemKeys?: Readonly<Record<string, string>>;
}

/**
 * How a figure's value is formatted: counts as typed, rates and sizes with their units; `bytes-both`
 * in the system the user typed with the other in brackets; `bytes-list` a count and each size;
 * `ratio` a percentage; `duration` seconds in h/min; `to-one` a ratio such as vCPU:pCPU (2.5:1).
 */
export type FigureUnit = 'count' | 'bits/s' | 'bytes' | 'bytes-both' | 'bytes-list' | 'number' | 'ratio' | 'duration' | 'yesno' | 'text' | 'to-one';

/** A figure's label: text, or text computed from the result (its `used` inputs) and, in a list, the item. */
export type Label<R> = Readonly<Record<Lang, string | ((r: R, item?: unknown) => string)>>;

/** The formatting a `text` figure may use, bound to the reader's language and unit system. */
export interface FigureFormat {
  readonly bytesBoth: (bytes: number) => string;
}

export interface FigureSpec<R> {
  readonly id: string;
  readonly label: Label<R>;
  readonly unit: FigureUnit;
  /** The result field holding the value, a dotted path for nested ones (`hostFailure.rebuildBytes`); a null value hides the figure. */
  readonly field: string;
  /** Shown instead of hiding the figure when its value is null ("not possible"). */
  readonly none?: Text;
  /** Shown only when this holds, of the result and the input read (`--disk-size` given). */
  readonly when?: (result: R, input: Readonly<Record<string, unknown>>) => boolean;
  /** duration: a lower bound ("≥ 8.5 h") always (true), or when this result field (path) is true. */
  readonly lowerBound?: string | true;
  /** Decimals for `number` and `to-one`. */
  readonly digits?: number;
  /** The unit system the figure is always shown in, whatever the user typed (purchasable RAM: GiB). */
  readonly system?: SizeSystem;
  /** Headline rank on the web (1 first); absent: not a headline. */
  readonly headline?: number;
  /** A range: the field holding the high end, shown "low – high" when it differs (bytes units). */
  readonly upTo?: string;
  /**
   * text: the value's words, from the field's value (or, with `field` '', the result or the list
   * item itself): a choice's label, a pool's pg_num and what the autoscaler would do.
   */
  readonly text?: Readonly<Record<Lang, (value: unknown, fmt: FigureFormat) => string>>;
  /**
   * A list: one figure per item of the result's array at `list` (a path), `field` read from the
   * item, labels called with it, the id suffixed with the item's `key` (`pool-rbd`).
   */
  readonly each?: { readonly list: string; readonly key: string };
}

/** A result that echoes the inputs it used, defaults included. */
export interface Echoed extends Explained {
  readonly used: Readonly<Record<string, number | string | boolean | null>>;
}

export interface CalculatorSpec<R extends Explained = Echoed> {
  /** The command and route name (`quorum`). */
  readonly id: string;
  /** The CLI's title line (a function of the result when the calculator answers two questions). */
  readonly title: Label<R>;
  /** The CLI's one-line description of the command. */
  readonly description: Text;
  readonly inputs: readonly InputSpec[];
  readonly figures: readonly FigureSpec<R>[];
  /** Every check message, by code. */
  readonly messages: Locales;
  /** Core fields the core names that no input fills directly (`protection.k` → `ec`), for its refusals. */
  readonly fieldKeys?: Readonly<Record<string, string>>;
  /** The unit system answers are in when the user typed no size (the reader's `system` otherwise). */
  readonly sizeSystem?: (input: Readonly<Record<string, unknown>>) => SizeSystem;
  /** The core function, fed the reader's typed input plus `lang` (and `system` with `sizeSystem`). */
  readonly run: (input: Readonly<Record<string, unknown>>) => Outcome<R>;
}

export type { Check };
