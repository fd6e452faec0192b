/** The Markdown report: tables for the verdicts, figures and checks, and every derivation step. */
import { formatDuration, formatNumber, formatScientific, type Lang, type Step } from '@capa/core';
import type { PlanResult } from '../plan/types.js';
import { escapeMd } from './escape.js';
import { reportLabels } from './labels.js';
import { stepSymbols, whereWord } from './symbols.js';

export function stepsMarkdown(steps: readonly Step[], L: ReturnType<typeof reportLabels>, lang: Lang): string[] {
  if (steps.length === 0) return [];
  const out = [`| # | ${L.step} | ${L.formula} | ${L.numbers} | ${L.value} | ${L.source} |`, '|---|---|---|---|---|---|'];
  const where = escapeMd(whereWord(lang));
  steps.forEach((s, i) => {
    out.push(`| ${i + 1} | ${escapeMd(s.title)} | ${escapeMd(s.formula)} | ${escapeMd(s.substituted)} | ${escapeMd(s.display)} | ${escapeMd(s.source.title)} (${escapeMd(s.source.ref)}) |`);
    // The step's symbols under it, one row each: "where" once, the line in the formula's column.
    stepSymbols(steps, i, lang).forEach((t, j) => out.push(`| |${j === 0 ? ` _${where}_ ` : ' '}| ${escapeMd(t)} | | | |`));
  });
  return out;
}

export function renderPlanMarkdown(r: PlanResult): string {
  const L = reportLabels(r.lang);
  const out: string[] = [`# ${L.planTitle}${L.colon}${escapeMd(r.scenario.name)}`, ''];
  if (r.scenario.description) out.push(escapeMd(r.scenario.description), '');
  if (r.scenario.file) out.push(`${L.file}: ${escapeMd(r.scenario.file)}`, '');
  out.push(`**${L.verdict}: ${r.verdict === 'pass' ? L.pass : L.fail}**`, '');
  out.push(`| ${L.area} | ${L.result} | ${L.summary} |`, '|---|---|---|');
  for (const a of r.areas) out.push(`| ${escapeMd(a.title)} | ${L.marks[a.verdict]} ${a.verdict} | ${escapeMd(a.summary)} |`);
  out.push('', `## ${L.failure}`, '', escapeMd(r.failure.sentence), '');
  if (r.durability.length > 0) {
    const nines = (x: number | null) => (x === null ? '∞' : formatNumber(x, r.lang, 1));
    out.push(`## ${L.durability}`, '', `| ${L.pool} | ${L.protection} | ${L.lossWithNre} | ${L.nines} | ${L.lossDisks} | ${L.nines} | ${L.osdRecovery} |`, '|---|---|---|---|---|---|---|');
    for (const d of r.durability)
      out.push(
        `| ${escapeMd(d.pool)} | ${escapeMd(d.protection)} | ${formatScientific(d.annualLossProbabilityWithReadErrors, r.lang, 3)} | ${nines(d.ninesWithReadErrors)} | ${formatScientific(d.annualLossProbability, r.lang, 3)} | ${nines(d.nines)} | ${formatDuration(d.osdRecoverySeconds, r.lang)} |`,
      );
    out.push('', escapeMd(L.verdictNote), '', `${L.method}: ${escapeMd(r.durability[0]?.method ?? '')}`, '');
  }
  out.push(`## ${L.assumptions}`, '', ...r.assumptions.map((a) => `- ${escapeMd(a)}`), '');
  for (const a of r.areas) {
    out.push(`## ${escapeMd(a.title)} — ${L.marks[a.verdict]} ${a.verdict}`, '');
    if (a.figures.length > 0) {
      out.push(`| ${L.figures} | |`, '|---|---|');
      for (const f of a.figures) out.push(`| ${escapeMd(f.label)} | ${escapeMd(f.display)} |`);
      out.push('');
    }
    for (const c of a.checks) out.push(`- ${c.level === 'ok' ? '✔' : c.level === 'warn' ? '⚠' : '✖'} **${L.level[c.level]}** ${escapeMd(c.message)} \`${c.id}\``);
    if (a.derivation.length > 0) out.push('', `### ${L.derivation}`, '', ...stepsMarkdown(a.derivation, L, r.lang));
    out.push('');
  }
  out.push(`_${L.generated}_`, '');
  return out.join('\n');
}
