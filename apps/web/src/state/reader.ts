/**
 * How the page names a refused input: the field it came from. Reading field text is the core spec's
 * reader (packages/core/src/spec/read.ts, through calc/spec-page.ts); this only maps core field names.
 */
import type { InputIssue } from '@capa/core';
import type { Values } from './fields';

export interface FieldIssue {
  /** The field key (`nodes`, or `pool.1.ratio` for a pool row). */
  readonly key: string;
  readonly value: string | undefined;
  readonly message: string;
}

/** Names a core field (zod path) by the page's field key; unknown paths fall back to the top key. */
export function issuesFromCore(issues: readonly InputIssue[], fieldToKey: Readonly<Record<string, string>>, values: Values): FieldIssue[] {
  return issues.map((i) => {
    const top = i.field.split('.')[0] ?? i.field;
    const key = fieldToKey[i.field] ?? fieldToKey[top] ?? top;
    return { key, value: values[key], message: i.message };
  });
}
