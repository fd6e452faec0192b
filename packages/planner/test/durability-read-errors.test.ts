/**
 * The plan shows both durability figures: disk failures alone, and with Kampe's unrecoverable-read-
 * error term (ceph/ceph-tools:models/reliability/RadosRely.py, Config.py: disk_nre 1e-16 per bit,
 * nre_model "fail"); the verdict (rules.minNines, metrics.minNines) uses the second (docs/planner-durability.md).
 */
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/plan.js';
import { renderPlanMarkdown } from '../src/report/plan-markdown.js';
import { parseScenarioText } from '../src/scenario/load.js';
import { catalogue } from './helpers.js';

const doc = (rules: string) => `
name: read errors
nodes:
  count: 3
  cores: 16
  ram: 128GiB
  disks: [{ class: hdd, count: 4, size: 10TB, role: osd }]
  network: { ceph: { links: 2, speed: 10Gb/s } }
storage:
  ceph:
    pools: [{ name: rbd, replicas: 3 }]
rules: { ${rules} }
`;
const planOf = (rules: string, lang: 'en' | 'fr' = 'en') => {
  const r = parseScenarioText(doc(rules), { require: 'nodes' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return plan(r.scenario, { lang, catalogue: catalogue() });
};

describe('durability with unrecoverable read errors', () => {
  it('both figures in the JSON, the verdict on the one with read errors', () => {
    // examples/course-ceph-3x40tb.yaml: 6.79e-11 a year from disk failures alone (10.2 nines); Kampe's
    // read-error term adds 12 OSDs × λ × P(a PG of the failed OSD at its last copy, 1.58e-4)
    // × P(≥ 1 error in 2 × 5.8 TiB at 1e-16 per bit, 1.015e-2) = 1.394e-7 → 6.9 nines.
    const p = planOf('failures: 1');
    const d = p.durability[0];
    expect(d?.verdictUses).toBe('annualLossProbabilityWithReadErrors');
    expect(d?.annualLossProbability).toBeCloseTo(6.793e-11, 13);
    expect(d?.annualLossProbabilityWithReadErrors).toBeCloseTo(1.395e-7, 9);
    expect(p.metrics.minNines).toBe(d?.ninesWithReadErrors);
    expect(d?.ninesWithReadErrors).toBeCloseTo(6.86, 2);
  });

  it('rules.minNines is judged on the figure with read errors: 8 nines fails although disk failures alone give 10.2', () => {
    const p = planOf('minNines: 8');
    expect(p.checks.find((c) => c.id === 'durability.min-nines')?.level).toBe('fail');
    expect(p.verdict).toBe('fail');
  });

  it('rules.durability.diskNre: 0 leaves read errors out (Kampe\'s "ignore"): both figures agree', () => {
    const d = planOf('durability: { diskNre: 0 }').durability[0];
    expect(d?.annualLossProbabilityWithReadErrors).toBe(d?.annualLossProbability);
  });

  it('a diskNre outside [0, 1e-9] is refused, naming the field', () => {
    const r = parseScenarioText(doc('durability: { diskNre: 0.5 }'), { require: 'nodes' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(JSON.stringify(r.issues)).toMatch(/rules\.durability\.diskNre.*1e-9/);
  });

  it("the reports show both figures and name the verdict's, in English and French", () => {
    const md = renderPlanMarkdown(planOf('failures: 1'));
    expect(md).toContain('1.39e-7');
    expect(md).toContain('6.79e-11');
    expect(md).toMatch(/verdict .* uses the figure with unrecoverable read errors/);
    const fr = renderPlanMarkdown(planOf('failures: 1', 'fr'));
    expect(fr).toContain('1,39e-7');
    expect(fr).toContain('erreurs de lecture');
  });
});
