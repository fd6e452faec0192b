/**
 * A new row of a list (a disk, a pool, a VM profile): its required fields filled with the schema's
 * default or first example, so the row reads at once; the planner checks it like any value.
 */
import type { FormNode } from '@capa/planner/browser';

export function newItem(n: FormNode, index: number): unknown {
  switch (n.kind) {
    case 'field':
      return n.default ?? n.examples[0] ?? n.options?.[0] ?? n.min ?? (n.value === 'text' ? `${n.key}-${index + 1}` : '');
    case 'group':
      return Object.fromEntries(n.fields.filter((f) => f.required).map((f) => [f.key, newItem(f, index)]));
    case 'list':
      return [newItem(n.item, 0)];
    case 'map':
      return {};
    case 'choice':
      return newItem(n.single, index);
  }
}
