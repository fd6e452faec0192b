import { formatDuration, formatNumber, formatScientific } from '@capa/core';
import type { PlanResult } from '../plan/types.js';
import { escapeHtml as h } from './escape.js';
import { badge, page, stepsHtml } from './html-base.js';
import { reportLabels } from './labels.js';

export function renderPlanHtml(r: PlanResult): string {
  const L = reportLabels(r.lang);
  const b: string[] = [];
  b.push(`<header><p class="muted">${h(L.planTitle)}</p><h1>${h(r.scenario.name)}</h1>`);
  if (r.scenario.description) b.push(`<p>${h(r.scenario.description)}</p>`);
  if (r.scenario.file) b.push(`<p class="muted">${h(L.file)}: <code>${h(r.scenario.file)}</code></p>`);
  b.push(`<p class="verdict">${h(L.verdict)}: ${badge(r.verdict, r.verdict === 'pass' ? L.pass : L.fail)}</p></header>`);
  b.push(`<section><h2>${h(L.areas)}</h2><table><thead><tr><th>${h(L.area)}</th><th>${h(L.result)}</th><th>${h(L.summary)}</th></tr></thead><tbody>`);
  for (const a of r.areas) b.push(`<tr><td><a href="#area-${h(a.id)}">${h(a.title)}</a></td><td>${badge(a.verdict, `${L.marks[a.verdict]} ${a.verdict}`)}</td><td>${h(a.summary)}</td></tr>`);
  b.push('</tbody></table></section>');
  b.push(`<section><h2>${h(L.failure)}</h2><p class="story">${h(r.failure.sentence)}</p></section>`);
  if (r.durability.length > 0) {
    const nines = (x: number | null) => (x === null ? '∞' : formatNumber(x, r.lang, 1));
    b.push(
      `<section><h2>${h(L.durability)}</h2><table><thead><tr><th>${h(L.pool)}</th><th>${h(L.protection)}</th><th>${h(L.lossWithNre)}</th><th>${h(L.nines)}</th><th>${h(L.lossDisks)}</th><th>${h(L.nines)}</th><th>${h(L.osdRecovery)}</th></tr></thead><tbody>`,
    );
    for (const d of r.durability) {
      b.push(
        `<tr><td>${h(d.pool)}</td><td>${h(d.protection)}</td><td class="num">${h(formatScientific(d.annualLossProbabilityWithReadErrors, r.lang, 3))}</td><td class="num">${h(nines(d.ninesWithReadErrors))}</td><td class="num">${h(formatScientific(d.annualLossProbability, r.lang, 3))}</td><td class="num">${h(nines(d.nines))}</td><td class="num">${h(formatDuration(d.osdRecoverySeconds, r.lang))}</td></tr>`,
      );
    }
    b.push(`</tbody></table><p>${h(L.verdictNote)}</p><p class="muted">${h(L.method)}: ${h(r.durability[0]?.method ?? '')}</p></section>`);
  }
  b.push(`<section><h2>${h(L.assumptions)}</h2><ul>${r.assumptions.map((a) => `<li>${h(a)}</li>`).join('')}</ul></section>`);
  for (const a of r.areas) {
    b.push(`<section id="area-${h(a.id)}"><h2>${h(a.title)} ${badge(a.verdict, a.verdict)}</h2><p>${h(a.summary)}</p>`);
    if (a.figures.length > 0) b.push(`<table><tbody>${a.figures.map((f) => `<tr><th>${h(f.label)}</th><td class="num">${h(f.display)}</td></tr>`).join('')}</tbody></table>`);
    b.push(
      `<ul class="checks">${a.checks.map((c) => `<li class="${c.level}">${c.level === 'ok' ? '✔' : c.level === 'warn' ? '⚠' : '✖'} <strong>${h(L.level[c.level])}</strong> ${h(c.message)} <code class="muted">${h(c.id)}</code></li>`).join('')}</ul>`,
    );
    b.push(stepsHtml(a.derivation, L, r.lang), '</section>');
  }
  return page(r.lang, `${L.planTitle}${L.colon}${r.scenario.name}`, b.join('\n'), L.generated);
}
