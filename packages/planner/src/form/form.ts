/**
 * The scenario's form, generated from its zod schema (scenario/schema.ts): one node per key, with
 * its label (form-labels.ts), the schema's own description and examples (.meta), its default, its
 * bounds and the kind of value it takes (a size, a rate…, for the unit shown beside it). The web
 * page's planner engine renders it; the values themselves are checked by the schema, as any scenario.
 */
import type { Lang } from '@capa/core';
import * as z from 'zod';
import type { PathKey } from '../scenario/issues.js';
import { scenarioSchema } from '../scenario/schema.js';
import { calendarDate, duration, ecProfile, growthRate, probability, rate, ratio, savings, size, sizeOrZero, zfsArc, zfsBlockSize } from '../scenario/values.js';
import { FORM_LABELS } from './form-labels.js';
import { FORM_DESCRIPTIONS_FR } from './form-descriptions-fr.js';

export type Texts = Readonly<Record<Lang, string>>;
export type ValueKind =
  | 'size'
  | 'sizeOrZero'
  | 'rate'
  | 'ratio'
  | 'growth'
  | 'probability'
  | 'savings'
  | 'duration'
  | 'date'
  | 'ec'
  | 'zfsBlock'
  | 'zfsArc'
  | 'integer'
  | 'number'
  | 'text'
  | 'enum'
  | 'boolean';

interface Base {
  readonly key: string;
  /** Empty when form-labels.ts lacks the key (a test refuses it). */
  readonly label: Texts;
  /** The schema's description in English, and its French (form-descriptions-fr.ts) or empty. */
  readonly description?: Texts;
  readonly required: boolean;
}
export interface FormField extends Base {
  readonly kind: 'field';
  readonly value: ValueKind;
  /** A number typed in is kept a number (counts, ratios written 0.75); otherwise the text is kept. */
  readonly numeric: boolean;
  readonly examples: readonly (string | number)[];
  readonly default?: string | number | boolean;
  readonly min?: number;
  readonly max?: number;
  readonly options?: readonly (string | number)[];
}
export interface FormGroup extends Base {
  readonly kind: 'group';
  readonly fields: readonly FormNode[];
}
/** A list of items (disks, pools, VM profiles): rows added and removed. */
export interface FormList extends Base {
  readonly kind: 'list';
  readonly item: FormNode;
}
/** Named entries of one kind (a bond's traffic classes). */
export interface FormMap extends Base {
  readonly kind: 'map';
  readonly entry: FormField;
}
/** `nodes`: one description or a list of them; the form follows the document's choice. */
export interface FormChoice extends Base {
  readonly kind: 'choice';
  readonly list: FormList;
  readonly single: FormNode;
}
export type FormNode = FormField | FormGroup | FormList | FormMap | FormChoice;

/** The value types of values.ts, known by their transform (shared by every refined or described copy). */
const KINDS = new Map<unknown, ValueKind>(
  (
    [
      [size, 'size'],
      [sizeOrZero, 'sizeOrZero'],
      [rate, 'rate'],
      [ratio, 'ratio'],
      [growthRate, 'growth'],
      [probability, 'probability'],
      [savings, 'savings'],
      [duration, 'duration'],
      [calendarDate, 'date'],
      [ecProfile, 'ec'],
      [zfsBlockSize, 'zfsBlock'],
      [zfsArc, 'zfsArc'],
    ] as const
  ).map(([s, k]) => [(s._zod.def as { out: unknown }).out, k]),
);
/** The value types' own descriptions: the unit shown beside a field says as much, so the form leaves them out. */
const TYPE_DESCRIPTIONS = new Set(
  [size, sizeOrZero, rate, ratio, growthRate, probability, savings, duration, calendarDate, ecProfile, zfsBlockSize, zfsArc].map((s) => (z.globalRegistry.get(s) as Meta | undefined)?.description),
);
const NUMERIC: ReadonlySet<ValueKind> = new Set(['ratio', 'growth', 'probability', 'savings', 'duration', 'sizeOrZero', 'zfsArc', 'integer', 'number']);

type Def = { type: string; [k: string]: unknown };
type Meta = { description?: string | undefined; examples?: unknown[] | undefined };
const defOf = (s: z.ZodType): Def => s._zod.def as unknown as Def;

function texts(key: string, description: string | undefined): Pick<Base, 'label' | 'description'> {
  const label = FORM_LABELS[key];
  return {
    label: { en: label?.en ?? '', fr: label?.fr ?? '' },
    ...(description ? { description: { en: description, fr: FORM_DESCRIPTIONS_FR[description] ?? '' } } : {}),
  };
}

const scalar = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function walk(schema: z.ZodType, key: string): FormNode {
  let s = schema;
  let required = true;
  let dflt: unknown;
  let meta: Meta = {};
  for (;;) {
    const m = z.globalRegistry.get(s) as Meta | undefined;
    // The outermost description is the field's own; the value type's examples come from inside.
    meta = { description: meta.description ?? m?.description, examples: meta.examples ?? m?.examples };
    const d = defOf(s);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') {
      required = false;
      if (d.type !== 'optional' && dflt === undefined) dflt = d['defaultValue'];
      s = d['innerType'] as z.ZodType;
      continue;
    }
    if (d.type === 'pipe' && !KINDS.has(d['out'])) {
      s = d['in'] as z.ZodType;
      continue;
    }
    break;
  }
  const d = defOf(s);
  const base = { key, required, ...texts(key, TYPE_DESCRIPTIONS.has(meta.description) ? undefined : meta.description) };
  const examples = (meta.examples ?? []).filter((e): e is string | number => typeof e === 'string' || typeof e === 'number');
  const field = (value: ValueKind, more: Partial<FormField> = {}): FormField => ({
    kind: 'field',
    ...base,
    value,
    numeric: NUMERIC.has(value),
    examples,
    ...(scalar(dflt) ? { default: dflt } : {}),
    ...more,
  });
  const kind = d.type === 'pipe' ? KINDS.get(d['out']) : undefined;
  if (kind) return field(kind);
  switch (d.type) {
    case 'object':
      return { kind: 'group', ...base, fields: Object.entries(d['shape'] as Record<string, z.ZodType>).map(([k, v]) => walk(v, k)) };
    case 'array':
      return { kind: 'list', ...base, item: walk(d['element'] as z.ZodType, key) };
    case 'record': {
      const entry = walk(d['valueType'] as z.ZodType, key);
      return { kind: 'map', ...base, entry: entry.kind === 'field' ? entry : field('text') };
    }
    case 'union': {
      const options = (d['options'] as z.ZodType[]).map((o) => walk(o, key));
      const list = options.find((o): o is FormList => o.kind === 'list');
      const single = options.find((o) => o.kind === 'group');
      if (list && single) return { kind: 'choice', ...base, list, single };
      return field('text', { numeric: true });
    }
    case 'number': {
      const n = s as z.ZodNumber;
      const bound = (x: number | null) => (x !== null && Number.isFinite(x) ? x : undefined);
      const min = bound(n.minValue);
      const max = bound(n.maxValue);
      return field(n.isInt ? 'integer' : 'number', { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
    }
    case 'boolean':
      return field('boolean');
    case 'enum':
      return field('enum', { options: Object.values(d['entries'] as Record<string, string>) });
    case 'literal':
      return field('enum', { options: d['values'] as (string | number)[], numeric: true });
    default:
      return field('text');
  }
}

let cached: FormGroup | undefined;
/** The scenario's form: one section per top-level key, in the schema's order. */
export function scenarioForm(): FormGroup {
  cached ??= walk(scenarioSchema, '') as FormGroup;
  return cached;
}

/** The form node of a document path (`['nodes', 0, 'disks', 1, 'size']`), or null when the form has none. */
export function formNodeAt(path: readonly PathKey[], root: FormNode = scenarioForm()): FormNode | null {
  let n: FormNode = root;
  for (const k of path) {
    if (n.kind === 'choice') n = typeof k === 'number' ? n.list : n.single;
    if (n.kind === 'list' && typeof k === 'number') n = n.item;
    else if (n.kind === 'map' && typeof k === 'string') n = n.entry;
    else if (n.kind === 'group' && typeof k === 'string') {
      const f: FormNode | undefined = n.fields.find((x) => x.key === k);
      if (!f) return null;
      n = f;
    } else return null;
  }
  return n;
}
