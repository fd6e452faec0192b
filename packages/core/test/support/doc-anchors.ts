import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoFiles, ROOT } from './repo-files.js';

/**
 * The docs' headings as GitHub anchors, and the repo's references to them (`docs/<page>.md#anchor` in code,
 * messages, tests and READMEs; `[…](<page>.md#anchor)` between pages), for the link test.
 */
export { ROOT };
const TEXT = /\.(ts|tsx|mts|mjs|js|md|json|ya?ml|txt|html)$/;
/** Inventories copied from clusters are large and name no docs; bigger files are skipped. */
const MAX_BYTES = 2_000_000;

/**
 * GitHub's anchor of a heading (github-slugger, as github.com renders it): inline markup reduced to its
 * text, lower case, everything but letters, digits, `_`, `-` and spaces dropped, each space a `-`;
 * a repeated heading gets `-1`, `-2`…
 */
export const slug = (heading: string): string =>
  heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');

/** The anchors of a markdown text: its headings outside fenced code, numbered when repeated. */
export const anchors = (md: string): Set<string> => {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    const f = /^\s*(```|~~~)/.exec(line)?.[1];
    if (f && (fence === undefined || fence === f)) fence = fence === undefined ? f : undefined;
    const h = fence === undefined ? /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line) : null;
    if (!h) continue;
    const base = slug(h[1] ?? '');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
};

export const docPages = (): string[] =>
  readdirSync(join(ROOT, 'docs'))
    .filter((n) => n.endsWith('.md'))
    .sort();

export interface DocRef {
  /** Where it is written: path from the repo root, and line. */
  at: string;
  /** The page, `docs/<page>.md`, and the anchor after `#` (empty for the page itself). */
  page: string;
  anchor: string;
}

/** `docs/<page>.md` or `docs/<page>.md#anchor` anywhere (a path ending in docs/, as in `../../docs/<page>.md`, too). */
const REPO_REF = /(?<![\w.-])docs\/([\w-]+\.md)(?:#([\w-]+))?/g;
/** A markdown link between pages, `[…](<page>.md#anchor)`, `[…](#anchor)` or `[…](../docs/<page>.md)`. */
const MD_LINK = /\]\((?!https?:)([\w./-]*?)(?:#([\w-]+))?\)/g;

/** Every reference to a docs page in the repo's hand-written text files. */
export const docRefs = (): DocRef[] => {
  const refs: DocRef[] = [];
  for (const path of repoFiles(TEXT).map((f) => join(ROOT, f))) {
    const text = readFileSync(path, 'utf8');
    if (text.length > MAX_BYTES) continue;
    const file = relative(ROOT, path);
    const lineOf = (i: number) => text.slice(0, i).split('\n').length;
    for (const m of text.matchAll(REPO_REF)) refs.push({ at: `${file}:${lineOf(m.index)}`, page: `docs/${m[1]}`, anchor: m[2] ?? '' });
    if (!file.endsWith('.md')) continue;
    for (const m of text.matchAll(MD_LINK)) {
      const target = m[1] ?? '';
      // `docs/<page>.md` in a link was read above; a link resolves from the page's own folder.
      if ((target !== '' && !target.endsWith('.md')) || target.includes('docs/')) continue;
      const page = target === '' ? file : relative(ROOT, join(ROOT, file, '..', target));
      if (!/^docs\/[\w-]+\.md$/.test(page)) continue;
      refs.push({ at: `${file}:${lineOf(m.index)}`, page, anchor: m[2] ?? '' });
    }
  }
  return refs;
};
