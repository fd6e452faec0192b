/** Escaping for the two markup outputs: every string from a scenario or a message goes through these. */
import { safeText } from '@capa/core';

const HTML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML[c] ?? c);

/**
 * Markdown inline text (CommonMark + GFM): one line without control characters, `<`, `>` and `&` as
 * HTML entities (no raw HTML, in renderers that allow it, and no entity of the input's making), the
 * punctuation that starts inline markup backslash-escaped (`|` too, so tables keep their columns),
 * and a line-start list, heading or setext marker escaped. Never put the result in a code span:
 * backslashes and entities are literal there.
 */
export const escapeMd = (s: string): string =>
  safeText(s)
    .replace(/[\\`*_{}[\]()#+!|~$]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML[c] ?? c)
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
