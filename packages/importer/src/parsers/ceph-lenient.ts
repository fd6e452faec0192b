/** Lenient number typing for Ceph JSON: some releases and tools print numbers as strings. */
import * as z from 'zod';
import { num } from '../util.js';

/** A number that may arrive as a numeric string. */
export const lnum = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const n = num(v);
  if (n === null) {
    ctx.addIssue({ code: 'custom', message: `expected a number, got ${JSON.stringify(v).slice(0, 40)}` });
    return z.NEVER;
  }
  return n;
});

/** A bare non-finite number some Ceph releases print unquoted (`-nan`, `nan`, `inf`, `-inf`), where a value starts. */
const NON_FINITE = /^-?(?:nan|inf)(?![\w.])/i;

export interface LenientJson {
  readonly value: unknown;
  /** The keys (or `[]` for array items) whose value was a bare nan/inf, read as null (unknown). */
  readonly nonFinite: readonly string[];
}

/**
 * JSON.parse, but a bare `-nan`/`nan`/`inf`/`-inf` value reads as null. Ceph's JSON formatter prints a
 * non-finite double as printf does (`"utilization": -nan` for an out OSD in Jewel's `osd df`,
 * digitalocean/ceph_exporter#48; `inf` in Reef's `osd dump`, tracker.ceph.com/issues/66215), which is
 * not JSON. Strings are left alone; anything else invalid still throws JSON.parse's own error.
 */
export function parseLenientJson(text: string): LenientJson {
  try {
    return { value: JSON.parse(text), nonFinite: [] };
  } catch (first) {
    const nonFinite: string[] = [];
    let out = '';
    let inString = false;
    let lastKey = '';
    let stringStart = 0;
    const open: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (inString) {
        if (c === '\\') {
          out += c + (text[i + 1] ?? '');
          i++;
          continue;
        }
        if (c === '"') {
          inString = false;
          if (/^\s*:/.test(text.slice(i + 1, i + 40))) lastKey = text.slice(stringStart + 1, i);
        }
        out += c;
        continue;
      }
      if (c === '"') {
        inString = true;
        stringStart = i;
        out += c;
        continue;
      }
      if (c === '{' || c === '[') open.push(c);
      else if (c === '}' || c === ']') open.pop();
      if (c === '-' || c === 'n' || c === 'N' || c === 'i' || c === 'I') {
        const m = NON_FINITE.exec(text.slice(i, i + 5));
        const before = out.trimEnd().slice(-1);
        if (m && (before === ':' || before === ',' || before === '[')) {
          nonFinite.push(open.at(-1) === '{' ? lastKey : '[]');
          out += 'null';
          i += m[0].length - 1;
          continue;
        }
      }
      out += c;
    }
    if (nonFinite.length === 0) throw first;
    return { value: JSON.parse(out), nonFinite };
  }
}
