import { type Check, type Explained, type Lang, optionName, safeText, type Step, whereLines } from '@capa/core';

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
  en: { checks: 'Checks', derivation: 'Derivation', source: 'source', hint: 'Add --explain for the derivation, step by step, with sources.' },
  fr: { checks: 'Vérifications', derivation: 'Calcul', source: 'source', hint: 'Ajoutez --explain pour le calcul pas à pas, avec ses sources.' },
} as const;

/**
 * The step's symbols, one a line under "where": meaning, unit, and where the number comes from
 * ("from step 16", "input --mark-out", "default (--mark-out)"), the lines from the core (whereLines).
 */
function symbolLines(steps: readonly Step[], i: number, lang: Lang, indent: string): string[] {
  return whereLines(steps, i, optionName, lang).map((l) => `${indent}${l}`);
}

function renderStep(steps: readonly Step[], i: number, lang: Lang): string[] {
  const s = steps[i] as Step;
  return [
    `  ${i + 1}. ${s.title}`,
    `       ${s.formula}`,
    `     = ${s.substituted}`,
    `     = ${s.display}`,
    ...symbolLines(steps, i, lang, '     '),
    `     ${T[lang].source}${lang === 'fr' ? '\u00a0:' : ':'} ${s.source.title} (${s.source.ref})`,
  ];
}

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
    result.derivation.forEach((_, i) => lines.push(...renderStep(result.derivation, i, lang)));
  } else {
    lines.push(T[lang].hint);
  }
  return `${lines.join('\n')}\n`;
}
