/** A self-contained, printable HTML page: inline CSS, no script, no external resource. */
import type { Lang, Step } from '@capa/core';
import { escapeHtml as h } from './escape.js';
import type { ReportLabels } from './labels.js';
import { stepSymbols, whereWord } from './symbols.js';

export const CSS = `
:root{--ok:#1b7f3b;--warn:#9a6700;--fail:#c62828;--line:#d0d7de;--muted:#57606a}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;max-width:1100px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .4rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1rem;margin:1rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.num{text-align:right;white-space:nowrap}.muted{color:var(--muted)}.badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;font-weight:600;font-size:.85em}
.pass,.ok{color:var(--ok)}.warn{color:var(--warn)}.fail{color:var(--fail)}.badge.pass{background:#dafbe1}.badge.warn{background:#fff8c5}.badge.fail{background:#ffebe9}
ul.checks{list-style:none;padding-left:0}ul.checks li{margin:.15rem 0}code,.formula{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em}
.verdict{font-size:1.3rem;margin:.6rem 0}.story{background:#f6f8fa;border-left:4px solid var(--line);padding:.5rem .8rem}
table.steps td{font-size:.85em}table.steps tr.where td{border-top:0;padding-top:0}tr{break-inside:avoid}section{break-inside:avoid-page}
@media print{body{margin:0;max-width:none;font-size:11px}details{display:block}summary{display:none}h2{break-after:avoid}a{color:inherit;text-decoration:none}}
`;

export function page(lang: Lang, title: string, body: string, generated: string): string {
  return `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${h(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n<footer class="muted"><p>${h(generated)}</p></footer>\n</body>\n</html>\n`;
}

export function badge(verdict: 'pass' | 'warn' | 'fail', text: string): string {
  return `<span class="badge ${verdict}">${h(text)}</span>`;
}

/** The step's symbols under its row, "where" then one line each, as text; nothing when it defines none. */
function whereRow(steps: readonly Step[], i: number, lang: Lang): string {
  const lines = stepSymbols(steps, i, lang);
  return lines.length === 0 ? '' : `\n<tr class="where"><td></td><td class="muted">${h(whereWord(lang))}</td><td colspan="4">${lines.map(h).join('<br>')}</td></tr>`;
}

export function stepsHtml(steps: readonly Step[], L: ReportLabels, lang: Lang): string {
  if (steps.length === 0) return '';
  const rows = steps
    .map(
      (s, i) =>
        `<tr><td class="num">${i + 1}</td><td>${h(s.title)}</td><td class="formula">${h(s.formula)}</td><td class="formula">${h(s.substituted)}</td><td class="num">${h(s.display)}</td><td class="muted">${h(s.source.title)}<br><code>${h(s.source.ref)}</code></td></tr>${whereRow(steps, i, lang)}`,
    )
    .join('\n');
  return `<details open><summary>${h(L.derivation)}</summary><table class="steps"><thead><tr><th>#</th><th>${h(L.step)}</th><th>${h(L.formula)}</th><th>${h(L.numbers)}</th><th>${h(L.value)}</th><th>${h(L.source)}</th></tr></thead><tbody>\n${rows}\n</tbody></table></details>`;
}
