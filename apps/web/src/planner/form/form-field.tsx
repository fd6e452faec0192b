/**
 * One field of the scenario form: its label, the input (a list for a choice of words, a text box
 * otherwise, units written as in the file), the unit and bounds, the schema's description, and the
 * planner's refusal of the value beside it (naming the field, the value and what is allowed).
 */
import { formatNumber, type Lang } from '@capa/core';
import type { FormField, FormNode } from '@capa/planner/browser';
import type { Problem } from '../types';
import { FORM_TEXTS } from './form-texts';

type Path = readonly (string | number)[];

/** A section's plain value (a YAML mapping), as the form reads the document. */
export const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A node's label in the page's language, its key when it has none. */
export const labelOf = (n: Pick<FormNode, 'label' | 'key'>, ctx: FormCtx): string => n.label[ctx.lang] || n.key;
/** An element id from the slot and a document path (as the planner writes it): unique in the page. */
export const fieldId = (ctx: FormCtx, path: Path): string => `f${ctx.id}-${ctx.formatPath(path).replace(/[^A-Za-z0-9_-]+/g, '-')}`;

export interface FormCtx {
  readonly lang: Lang;
  /** Unique per scenario slot: the fields' ids. */
  readonly id: string;
  /** The planner's refusals by path, as the planner writes a path (formatPath). */
  readonly problems: ReadonlyMap<string, Problem>;
  /** The planner's formatPath (`nodes[0].disks[1].size`): the keys of `problems`. */
  readonly formatPath: (path: Path) => string;
  readonly onEdit: (path: Path, value: unknown) => void;
}

/** What a text typed into a field is in the document: a number where the schema takes one, else the text; nothing when empty. */
export function typedValue(f: FormField, text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  if (f.numeric && /^-?\d+(?:\.\d+)?(?:e-?\d+)?$/i.test(t)) return Number(t);
  return t;
}

const shown = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The planner's refusal at a path, in the form's words. */
export function Refusal({ ctx, path, label }: { readonly ctx: FormCtx; readonly path: string; readonly label: string }) {
  const p = ctx.problems.get(path);
  if (!p) return null;
  return (
    <p class="field-issue" role="alert" data-issue={path}>
      {FORM_TEXTS[ctx.lang].refused(label, shown(p.value), p.message)}
    </p>
  );
}

/**
 * The bare input of a field: a list for a choice of words (or yes/no), a text box otherwise. Named
 * by its label (`id`, in a form) or by aria-label (in a table's cell).
 */
export function FieldInput({
  f,
  value,
  path,
  ctx,
  id,
  ariaLabel,
}: {
  readonly f: FormField;
  readonly value: unknown;
  readonly path: Path;
  readonly ctx: FormCtx;
  readonly id?: string;
  readonly ariaLabel?: string;
}) {
  const tx = FORM_TEXTS[ctx.lang];
  const at = ctx.formatPath(path);
  const placeholder = f.default === undefined ? '' : tx.byDefault(typeof f.default === 'boolean' ? (f.default ? tx.yes : tx.no) : String(f.default));
  const common = {
    id,
    'data-path': at,
    'aria-label': ariaLabel,
    'aria-invalid': ctx.problems.has(at) ? ('true' as const) : undefined,
    'aria-describedby': id === undefined ? undefined : `${id}-hint`,
  };
  const choices = f.value === 'boolean' ? [true, false] : (f.options ?? null);
  return choices ? (
    <select
      {...common}
      value={value === undefined ? '' : String(value)}
      onChange={(e) => {
        const v = (e.target as HTMLSelectElement).value;
        ctx.onEdit(path, v === '' ? undefined : choices.find((c) => String(c) === v));
      }}
    >
      {!f.required || value === undefined ? <option value="">{placeholder || tx.absent}</option> : null}
      {choices.map((c) => (
        <option key={String(c)} value={String(c)}>
          {typeof c === 'boolean' ? (c ? tx.yes : tx.no) : String(c)}
        </option>
      ))}
    </select>
  ) : (
    <input
      {...common}
      type="text"
      inputMode={f.value === 'integer' ? 'numeric' : undefined}
      spellcheck={false}
      value={shown(value)}
      placeholder={placeholder}
      onChange={(e) => ctx.onEdit(path, typedValue(f, (e.target as HTMLInputElement).value))}
    />
  );
}

export function FieldView({ f, value, path, ctx, label }: { readonly f: FormField; readonly value: unknown; readonly path: Path; readonly ctx: FormCtx; readonly label?: string }) {
  const tx = FORM_TEXTS[ctx.lang];
  const at = ctx.formatPath(path);
  const id = fieldId(ctx, path);
  const name = label ?? labelOf(f, ctx);
  const n = (x: number) => formatNumber(x, ctx.lang, Number.isInteger(x) ? 0 : 3);
  const hints = [
    tx.units[f.value],
    f.min !== undefined && f.max !== undefined ? tx.range(n(f.min), n(f.max)) : undefined,
    f.examples.length > 0 && f.default === undefined ? tx.example(f.examples.map(String).join(', ')) : undefined,
  ].filter((h): h is string => h !== undefined);
  const bad = ctx.problems.has(at);
  return (
    <div class={`form-field${bad ? ' invalid' : ''}`}>
      <label for={id}>{name}</label>
      <FieldInput f={f} value={value} path={path} ctx={ctx} id={id} />
      <small id={`${id}-hint`} class="muted">
        {[...hints, f.description?.[ctx.lang] ?? ''].filter((h) => h !== '').join(' · ')}
      </small>
      <Refusal ctx={ctx} path={at} label={name} />
    </div>
  );
}
