/**
 * A picture component rendered to markup without a DOM: function components are called (the
 * pictures use no hooks), elements written with their attributes. Enough to read what an SVG prints.
 */
import type { ComponentChildren, VNode } from 'preact';

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function toMarkup(node: ComponentChildren): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escaped(String(node));
  if (Array.isArray(node)) return node.map(toMarkup).join('');
  const v = node as VNode<Record<string, unknown>>;
  if (typeof v.type === 'function') return toMarkup((v.type as (p: unknown) => ComponentChildren)(v.props));
  const { children, ...attrs } = v.props as { children?: ComponentChildren } & Record<string, unknown>;
  const list = Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([k, value]) => ` ${k}="${escaped(String(value))}"`)
    .join('');
  return `<${String(v.type)}${list}>${toMarkup(children)}</${String(v.type)}>`;
}

/** The texts printed with a class (in document order): `texts(markup, 'seg-value')`. */
export function texts(markup: string, cls: string): string[] {
  const out: string[] = [];
  for (const m of markup.matchAll(/<text[^>]*class="([^"]*)"[^>]*>(.*?)<\/text>/g)) {
    if ((m[1] ?? '').split(' ').includes(cls)) out.push((m[2] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'));
  }
  return out;
}
