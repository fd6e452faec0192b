/**
 * Which inputs apply, from the others: a choice's value (the web's "visible only when"), an input
 * another replaces (`--host-osds` replaces `--nodes`), an input another needs (`--links` needs
 * `--link-speed`). The web hides what does not apply; the CLI refuses it, saying why, as data.
 */
import type { Lang } from '../explain/types.js';
import type { InputSpec, Params, Text } from './types.js';

/** What the reader knows of the raw values: given or not, and the value of a choice. */
export interface RawView {
  readonly given: (key: string) => boolean;
  readonly text: (key: string) => string | undefined;
}

/** Why an input does not apply: a reader code and its params; `on` the input refused instead of it. */
export interface NotApplying {
  readonly code: string;
  readonly params: Params;
  readonly on?: string;
}

/**
 * The value of a choice: typed on a surface that has its field (the web's `mode`), else derived from
 * the inputs that select it (`--data` selects the data target), else its default.
 */
export function choiceValue(spec: readonly InputSpec[], key: string, raw: RawView, surface: 'cli' | 'web'): string | undefined {
  const i = spec.find((s) => s.key === key);
  if (i === undefined) return undefined;
  if (i.surface === undefined || i.surface === surface) {
    const t = raw.text(key);
    const v = t === undefined ? undefined : (i.aliases?.[t] ?? t);
    return v !== undefined && i.choices?.includes(v) === true ? v : i.default === undefined ? undefined : String(i.default);
  }
  for (const [value, s] of Object.entries(i.selectedBy ?? {})) {
    if (raw.given(s.by) && !(s.unless ?? []).some((u) => raw.given(u))) return value;
  }
  return i.default === undefined ? undefined : String(i.default);
}

/** The input that replaces this one, when given (`--host-osds` for `--nodes`). */
export const replacedBy = (spec: readonly InputSpec[], i: InputSpec, raw: RawView): InputSpec | undefined => spec.find((o) => o.excludes?.keys.includes(i.key) === true && raw.given(o.key));

/**
 * Why an input does not apply, or null when it does. `name` names another input the way the
 * surface does (`--data`, a field's key).
 */
export function notApplying(spec: readonly InputSpec[], i: InputSpec, raw: RawView, surface: 'cli' | 'web', lang: Lang, name: (key: string) => string): NotApplying | null {
  const by = replacedBy(spec, i, raw);
  if (by?.excludes !== undefined) return { code: 'input.notWith', params: { other: name(by.key), why: by.excludes.why[lang] } };
  if (i.when !== undefined) {
    const value = choiceValue(spec, i.when.key, raw, surface);
    if (value !== i.when.is) {
      const chooser = spec.find((s) => s.key === i.when?.key);
      const selected = value === undefined ? undefined : chooser?.selectedBy?.[value];
      if (selected?.either === true) return { code: 'input.either', params: { one: name(i.key), other: name(selected.by) }, on: selected.by };
      if (selected !== undefined) return { code: 'input.notWith', params: { other: name(selected.by), why: selected.why[lang] } };
      const needed = chooser?.selectedBy?.[i.when.is];
      // An input that keeps the default is given (`--node-ram`): naming `by` alone would not help.
      const blocker = needed?.unless?.find((u) => raw.given(u));
      if (needed !== undefined && blocker !== undefined) return { code: 'input.notWith', params: { other: name(blocker), why: needed.why[lang] } };
      return { code: 'input.onlyWith', params: { other: needed === undefined ? `${name(i.when.key)} ${i.when.is}` : name(needed.by) } };
    }
  }
  if (i.needs !== undefined && !raw.given(i.needs)) {
    const needed = spec.find((s) => s.key === i.needs);
    return { code: 'input.needs', params: { other: name(i.needs), why: needed?.neededWhy?.[lang] ?? '' } };
  }
  return null;
}

/**
 * The input that answers the other question, offered when a required one is missing: on a surface
 * with no field for the choice the input belongs to (`--node-ram` under the CLI's derived `dir`),
 * the other value's `by` that says `instead`.
 */
export function requiredInstead(spec: readonly InputSpec[], i: InputSpec, surface: 'cli' | 'web'): { readonly by: string; readonly instead: Text } | undefined {
  const chooser = i.when === undefined ? undefined : spec.find((s) => s.key === i.when?.key);
  if (chooser?.surface === undefined || chooser.surface === surface) return undefined;
  for (const [value, s] of Object.entries(chooser.selectedBy ?? {})) if (value !== i.when?.is && s.instead !== undefined) return { by: s.by, instead: s.instead };
  return undefined;
}
