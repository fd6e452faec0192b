/** The contract between a calculator's definition (pure) and the generic page that shows it. */
import type { Check, Lang, Step } from '@capa/core';
import type { FieldDef, PageState, Values } from './fields';
import type { FieldIssue } from './reader';
import type { Text } from './text';
import type { Picture } from '../pictures/picture';

export const ROUTES = ['memory', 'ceph', 'failure', 'bluestore', 'pg', 'bond', 'quorum', 'inventory'] as const;
export type RouteId = (typeof ROUTES)[number];

export interface Figure {
  readonly id: string;
  readonly label: string;
  /** Formatted by the core's helpers, units included. */
  readonly value: string;
  /** The headline figure of the page, shown large. */
  readonly main?: boolean;
}

/** A table of formatted cells (the inventory's nodes, placements, pools). */
export interface Table {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly key: string; readonly cells: readonly string[]; readonly tone?: 'ok' | 'warn' | 'fail' }[];
  /** "showing 200 of 5,000" when the rows were cut. */
  readonly note: string | null;
}

export type PageOutcome =
  | { readonly ok: false; readonly issues: readonly FieldIssue[] }
  | {
      readonly ok: true;
      readonly figures: readonly Figure[];
      readonly checks: readonly Check[];
      readonly derivation: readonly Step[];
      readonly pictures: readonly Picture[];
      readonly tables?: readonly Table[];
    };

export interface Preset {
  readonly id: string;
  readonly group: 'course' | 'field';
  readonly label: Text;
  readonly values: Values;
  readonly rows?: readonly Values[];
}

/** The pool list editor of the PG page: rows of fields, one `pool=` URL parameter per row. */
export interface RowsDef {
  readonly key: string;
  readonly label: Text;
  readonly fields: readonly FieldDef[];
  readonly encode: (row: Values) => string;
  readonly decode: (spec: string) => { readonly row: Values; readonly problems: readonly string[] };
  readonly blank: Values;
  readonly max: number;
}

export interface PageDef {
  readonly route: RouteId;
  readonly title: Text;
  readonly intro: Text;
  readonly fields: readonly FieldDef[];
  readonly rows?: RowsDef;
  readonly presets: readonly Preset[];
  readonly compute: (state: PageState, lang: Lang) => PageOutcome;
}
