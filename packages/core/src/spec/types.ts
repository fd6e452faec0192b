/**
 * A calculator described as data (issue 10): its inputs, its figures and its messages. The CLI, the
 * web page and the scenario file read the same spec through one generic reader (read.ts) and one
 * generic renderer (render.ts), so an input or a figure exists once, with both languages.
 */
import type { Check, Explained, Lang, Outcome } from '../explain/types.js';

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
 * count: a whole number; choice: one of `choices`; flag: on/off.
 */
export type InputKind = 'size' | 'sizes' | 'rate' | 'ratio' | 'count' | 'choice' | 'flag';

export interface InputSpec {
  /** The name users type: the web's URL key and scenario key; the CLI option is its kebab-case (`--node-ram`). */
  readonly key: string;
  /** The core input's field when it differs from `key` (`speed` → `speedBps`). */
  readonly field?: string;
  readonly kind: InputKind;
  readonly required?: boolean;
  /** The core's default, typed (the core applies it; adapters show it, never restate it). */
  readonly default?: number | string | boolean;
  /** count: the smallest whole number the reader accepts (upper bounds are the core's LIMITS). */
  readonly min?: number;
  readonly choices?: readonly string[];
  /** Other spellings of a choice (`802.3ad` for `lacp`). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Short label: the web form's. */
  readonly label: Text;
  /** One line of help: the CLI's option description (a flag on by default: what `--no-…` does). */
  readonly help: Text;
  /** Why the default is what it is, appended to it in help ("Linux's default"). */
  readonly defaultWhy?: Text;
  /** An example value: the web's placeholder when the input has no default. */
  readonly example?: string;
  /** The CLI's argument name (`<n>`, `<rate>`); derived from the kind when absent. */
  readonly metavar?: string;
  /** Labels of the choices on the web, when they differ from the values. */
  readonly choiceLabels?: Readonly<Record<string, Text>>;
}

/** How a figure's value is formatted: counts as typed, rates and sizes with their units. */
export type FigureUnit = 'count' | 'bits/s' | 'bytes' | 'number' | 'yesno';

/** A figure's label: text, or text computed from the result (its `used` inputs). */
export type Label<R> = Readonly<Record<Lang, string | ((r: R) => string)>>;

export interface FigureSpec<R> {
  readonly id: string;
  readonly label: Label<R>;
  readonly unit: FigureUnit;
  /** The result field holding the value; a null value hides the figure. */
  readonly field: keyof R & string;
  /** Decimals for `number`. */
  readonly digits?: number;
  /** Headline rank on the web (1 first); absent: not a headline. */
  readonly headline?: number;
}

/** A result that echoes the inputs it used, defaults included. */
export interface Echoed extends Explained {
  readonly used: Readonly<Record<string, number | string | boolean | null>>;
}

export interface CalculatorSpec<R extends Echoed = Echoed> {
  /** The command and route name (`quorum`). */
  readonly id: string;
  /** The CLI's title line. */
  readonly title: Text;
  /** The CLI's one-line description of the command. */
  readonly description: Text;
  readonly inputs: readonly InputSpec[];
  readonly figures: readonly FigureSpec<R>[];
  /** Every check message, by code. */
  readonly messages: Locales;
  /** The core function, fed the reader's typed input plus `lang`. */
  readonly run: (input: Readonly<Record<string, unknown>>) => Outcome<R>;
}

export type { Check };
