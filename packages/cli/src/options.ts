/**
 * How the CLI names a refused input: the option as the user typed it. Reading option text is the
 * core spec's reader (packages/core/src/spec/read.ts); this only maps the core's field names.
 */
import type { InputIssue } from '@capa/core';

export interface OptionIssue {
  readonly option: string;
  readonly value: unknown;
  readonly message: string;
}

/** `osdSize` → `--osd-size`. */
export const flag = (name: string): string => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Names a core field the way the CLI user knows it. */
export function issuesFromCore(issues: readonly InputIssue[], fieldToOption: Readonly<Record<string, string>>): OptionIssue[] {
  return issues.map((i) => {
    if (i.field === '*') return { option: 'input', value: undefined, message: i.message };
    const top = i.field.split('.')[0] ?? i.field;
    const option = fieldToOption[i.field] ?? fieldToOption[top] ?? flag(top);
    return { option, value: i.value, message: i.message };
  });
}
