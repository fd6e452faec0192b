/**
 * What a page asks for, as data: the form, the URL reader and the print report all read the same
 * list, so an input can never exist in one and not the other.
 */
import type { Text } from './text';

/** Raw strings as typed or read from the URL, by field key; '' or absent means "the default". */
export type Values = Readonly<Record<string, string>>;

export type FieldKind = 'size' | 'sizes' | 'rate' | 'ratio' | 'count' | 'positive' | 'seconds' | 'ec' | 'text' | 'choice' | 'flag';

export interface ChoiceOption {
  readonly value: string;
  readonly label: Text;
}

export interface FieldDef {
  readonly key: string;
  readonly kind: FieldKind;
  readonly label: Text;
  /** An example, shown in an empty field as "e.g. …" when the field has no default. */
  readonly placeholder?: string;
  /** The value an empty field means, shown in it as "default …" (never as a bare value that looks typed). */
  readonly defaultHint?: string;
  readonly help?: Text;
  readonly options?: readonly ChoiceOption[];
  /** For choices and flags: the value an absent parameter means (kept out of the URL). */
  readonly defaultValue?: string;
  /** Hidden fields are neither read nor written to the URL. */
  readonly visible?: (values: Values) => boolean;
  /** Grouped under "More options". */
  readonly advanced?: boolean;
}

/** The state of one page: its fields, plus rows for the pool list editor. */
export interface PageState {
  readonly values: Values;
  readonly rows: readonly Values[];
}

export const isVisible = (field: FieldDef, values: Values): boolean => field.visible?.(values) ?? true;

/** A choice or flag falls back to its default; a text field to ''. */
export const fieldValue = (field: FieldDef, values: Values): string => values[field.key] ?? field.defaultValue ?? '';

/** Flags are '1' (on) or '0' (off) in the URL. */
export const FLAG_VALUES = ['1', '0'] as const;

/** Whether a form asks for a size or a rate: only then does the page show how to write units. */
export const asksUnits = (fields: readonly FieldDef[]): boolean => fields.some((f) => f.kind === 'size' || f.kind === 'sizes' || f.kind === 'rate');
