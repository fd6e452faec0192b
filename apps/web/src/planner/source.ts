/** A planner page's scenario: an example by name, or an opened or edited text (plain module: the page, its link and their tests share it). */
import type { ScenarioSource } from './types';

/** Far above any real scenario (the examples are 1 to 3 KB): a larger file is refused before it is read. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

/** An opened or edited scenario remembers the example it was edited from (`base`): a link carries its changes from it. */
export type Source = { readonly kind: 'example'; readonly name: string } | { readonly kind: 'file'; readonly file: string; readonly text: string; readonly base?: string; readonly edited?: boolean };

/** What the planner reads: an example as `capa plan examples/<name>.yaml` names it, a file by its name. */
export const sourceOf = (s: Source, examples: Readonly<Record<string, string>>): ScenarioSource =>
  s.kind === 'example' ? { file: `examples/${s.name}.yaml`, text: examples[s.name] ?? '' } : { file: s.file, text: s.text };

/** A source's text edited (form or YAML): named once "(edited)", its example kept as its base. */
export function editedSource(s: Source, text: string, examples: Readonly<Record<string, string>>, edited: string): Source {
  const base = s.kind === 'example' ? s.name : s.base;
  const file = s.kind === 'file' && s.edited ? s.file : `${sourceOf(s, examples).file.replace(/^examples\//, '')} (${edited})`;
  return { kind: 'file', file, text, edited: true, ...(base === undefined ? {} : { base }) };
}
