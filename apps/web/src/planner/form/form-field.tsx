/**
 * One field of the scenario form: its label, the input (a list for a choice of words, a text box
 * otherwise, units written as in the file), the unit and bounds, the schema's description, and the
 * planner's refusal of the value beside it (naming the field, the value and what is allowed).
 */
import { formatNumber, type Lang } from '@capa/core';
import type { FormField } from '@capa/planner/browser';
import type { Problem } from '../types';
import { FORM_TEXTS } from './form-texts';

/** A document path as the planner writes it in its refusals: `nodes[0].disks[1].size`. */
export function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out === '' ? k : `.${k}`;
  return out;
}

export interface FormCtx {
  readonly lang: Lang;
  /** Unique per scenario slot: the fields' ids. */
  readonly id: string;
  readonly problems: ReadonlyMap<string, Problem>;
  readonly onEdit: (path: readonly (string | number)[], value: unknown) => void;
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

export function FieldView({
  f,
  value,
  path,
  ctx,
  label,
}: {
  readonly f: FormField;
  readonly value: unknown;
  readonly path: readonly (string | number)[];
  readonly ctx: FormCtx;
  readonly label?: string;
}) {
  const tx = FORM_TEXTS[ctx.lang];
  const at = pathText(path);
  const id = `f${ctx.id}-${at.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
  const name = label ?? (f.label[ctx.lang] || f.key);
  const n = (x: number) => formatNumber(x, ctx.lang, Number.isInteger(x) ? 0 : 3);
  const hints = [
    tx.units[f.value],
    f.min !== undefined && f.max !== undefined ? tx.range(n(f.min), n(f.max)) : undefined,
    f.examples.length > 0 && f.default === undefined ? tx.example(f.examples.map(String).join(', ')) : undefined,
  ].filter((h): h is string => h !== undefined);
  const placeholder = f.default === undefined ? '' : tx.byDefault(typeof f.default === 'boolean' ? (f.default ? tx.yes : tx.no) : String(f.default));
  const bad = ctx.problems.has(at);
  const common = { id, 'data-path': at, 'aria-invalid': bad ? ('true' as const) : undefined, 'aria-describedby': `${id}-hint` };
  const choices = f.value === 'boolean' ? [true, false] : (f.options ?? null);
  return (
    <div class={`form-field${bad ? ' invalid' : ''}`}>
      <label for={id}>{name}</label>
      {choices ? (
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
      )}
      <small id={`${id}-hint`} class="muted">
        {[...hints, f.description?.[ctx.lang] ?? ''].filter((h) => h !== '').join(' · ')}
      </small>
      <Refusal ctx={ctx} path={at} label={name} />
    </div>
  );
}
