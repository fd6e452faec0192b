/** The terminal form of a plan: verdict per area, the failure story, durability, cost, then details. */
import { formatDuration, formatNumber, formatScientific, safeText, stepLines } from '@capa/core';
import type { PlanResult } from '../plan/types.js';
import { reportLabels } from './labels.js';
import { scenarioField } from './symbols.js';

const MARK = { ok: '✔ ok  ', warn: '⚠ warn', fail: '✖ FAIL' } as const;

export function renderPlanText(input: PlanResult, explain: boolean): string {
  // Names come from the scenario: every string printed on one line stays on one line (safeText).
  const r = oneLine(input);
  const L = reportLabels(r.lang);
  const colon = r.lang === 'fr' ? '\u00a0:' : ':';
  const out: string[] = [];
  out.push(`capa plan${colon} ${r.scenario.name}`);
  if (r.scenario.file) out.push(`${L.file}${colon} ${r.scenario.file}`);
  out.push('', `${L.verdict}${colon} ${r.verdict === 'pass' ? L.pass : L.fail}`, '');
  const width = Math.max(...r.areas.map((a) => a.title.length));
  for (const a of r.areas) out.push(`  ${L.marks[a.verdict]} ${a.title.padEnd(width)}  ${a.summary}`);
  out.push('', `${L.failure}${colon}`, `  ${r.failure.sentence}`);
  if (r.durability.length > 0) {
    out.push('', `${L.durability}${colon}`);
    const pw = Math.max(...r.durability.map((d) => d.pool.length));
    for (const d of r.durability) {
      const nines = (x: number | null) => (x === null ? '∞' : formatNumber(x, r.lang, 1));
      const both = `${formatScientific(d.annualLossProbabilityWithReadErrors, r.lang, 3)} (${nines(d.ninesWithReadErrors)} ${L.ninesShort}) ${L.withNre} · ${formatScientific(d.annualLossProbability, r.lang, 3)} (${nines(d.nines)} ${L.ninesShort}) ${L.disksAlone}`;
      out.push(`  ${d.pool.padEnd(pw)}  ${d.protection.padEnd(10)}  ${both}  (${L.osdRecovery} ${formatDuration(d.osdRecoverySeconds, r.lang)})`);
    }
    out.push(`  ${L.verdictNote}`, `  ${L.method}${colon} ${r.durability[0]?.method ?? ''}`);
  }
  out.push('', `${L.assumptions}${colon}`);
  for (const a of r.assumptions) out.push(`  - ${a}`);
  for (const a of r.areas) {
    out.push('', `== ${a.title} (${L.marks[a.verdict]} ${a.verdict})`);
    const fw = Math.max(10, ...a.figures.map((f) => f.label.length));
    for (const f of a.figures) out.push(`  ${f.label.padEnd(fw)}  ${f.display}`);
    for (const c of a.checks) out.push(`  ${MARK[c.level]}  ${c.message}  [${c.id}]`);
    if (explain && a.derivation.length > 0) {
      out.push(`  ${L.derivation}${colon}`);
      a.derivation.forEach((_, i) => out.push(...stepLines(a.derivation, i, scenarioField, r.lang, '    ')));
    }
  }
  out.push('');
  if (!explain) out.push(L.explainHint);
  return `${out.join('\n')}\n`;
}

/** The plan's strings for a terminal: no control character, no line break inside a name or a message. */
function oneLine(r: PlanResult): PlanResult {
  const o = (x: string) => safeText(x);
  return {
    ...r,
    scenario: { ...r.scenario, name: o(r.scenario.name), file: r.scenario.file === null ? null : o(r.scenario.file) },
    areas: r.areas.map((a) => ({
      ...a,
      title: o(a.title),
      summary: o(a.summary),
      figures: a.figures.map((f) => ({ ...f, label: o(f.label), display: o(f.display) })),
      checks: a.checks.map((c) => ({ ...c, message: o(c.message) })),
      derivation: a.derivation.map((st) => ({
        ...st,
        title: o(st.title),
        formula: o(st.formula),
        substituted: o(st.substituted),
        display: o(st.display),
        source: { ...st.source, title: o(st.source.title), ref: o(st.source.ref) },
      })),
    })),
    failure: { ...r.failure, sentence: o(r.failure.sentence) },
    durability: r.durability.map((d) => ({ ...d, pool: o(d.pool), protection: o(d.protection) })),
    assumptions: r.assumptions.map(o),
  };
}
