import { type Check, type Explained, type Lang, optionName, safeText, stepLines } from '@capa/core';

export interface Figure {
  readonly label: string;
  readonly value: string;
}
export interface Presentation {
  readonly title: string;
  readonly figures: readonly Figure[];
}

const MARK: Readonly<Record<Check['level'], string>> = { ok: '✔ ok  ', warn: '⚠ warn', fail: '✖ FAIL' };
// biome-ignore format: a table, several short entries per line as it reads
const T = {
  en: { checks: 'Checks', derivation: 'Derivation', hint: 'Add --explain for the derivation, step by step, with sources.' },
  fr: { checks: 'Vérifications', derivation: 'Calcul', hint: 'Ajoutez --explain pour le calcul pas à pas, avec ses sources.' },
} as const;

/** The terminal form: figures, then checks, then (with --explain) every step of the derivation. */
export function renderHuman(p: Presentation, result: Explained, explain: boolean, lang: Lang): string {
  // A label or value may hold a name from an inventory: one line each, without control characters.
  const figures = p.figures.map((f) => ({ label: safeText(f.label), value: safeText(f.value) }));
  const width = Math.max(...figures.map((f) => f.label.length), 10);
  const lines = [p.title, ''];
  for (const f of figures) lines.push(`  ${f.label.padEnd(width)}  ${f.value}`);
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  lines.push('', `${T[lang].checks}${colon}`);
  for (const c of result.checks) lines.push(`  ${MARK[c.level]}  ${safeText(c.message)}  [${c.id}]`);
  if (result.checks.length === 0) lines.push('  —');
  lines.push('');
  if (explain) {
    lines.push(`${T[lang].derivation}${colon}`);
    result.derivation.forEach((_, i) => lines.push(...stepLines(result.derivation, i, optionName, lang, '  ')));
  } else {
    lines.push(T[lang].hint);
  }
  return `${lines.join('\n')}\n`;
}
