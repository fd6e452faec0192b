import { formatNumber, type Lang, parsePoolSpec, placementGroups } from '@capa/core';
import { defined, OptionReader, type OptionIssue } from '../options.js';
import { badInput, type CommandOutput, emit, type OutputOptions } from '../run.js';

const L = {
  en: { title: 'capa pg: placement groups', autoscaler: 'Ceph pg_autoscaler (released algorithm)', pgcalc: 'legacy PGCalc', method: 'Method', perOsd: 'PG shards per OSD', change: 'would change', stays: 'stays', from: 'current' },
  fr: { title: 'capa pg : placement groups', autoscaler: 'pg_autoscaler de Ceph (algorithme publié)', pgcalc: 'ancien PGCalc', method: 'Méthode', perOsd: 'Fragments de PG par OSD', change: 'changerait', stays: 'reste', from: 'actuel' },
} satisfies Record<Lang, Record<string, string>>;

const FIELDS = { osds: '--osds', osdSizeBytes: '--osd-size', pools: '--pool', targetPerOsd: '--target-per-osd', threshold: '--threshold', maxPgPerOsd: '--max-pg-per-osd' };

export function pgCommand(opts: Record<string, unknown>, out: OutputOptions): CommandOutput {
  const r = new OptionReader(opts, out.lang);
  const osds = r.require('osds', r.count('osds'));
  const rest = defined({
    osdSizeBytes: r.size('osdSize'),
    targetPerOsd: r.count('targetPerOsd'),
    threshold: r.positive('threshold'),
    method: r.choice('method', ['autoscaler', 'pgcalc'] as const),
    maxPgPerOsd: r.count('maxPgPerOsd'),
  });
  const specs = (opts['pool'] as string[] | undefined) ?? [];
  const issues: OptionIssue[] = [...r.issues];
  if (specs.length === 0) issues.push({ option: '--pool', value: undefined, message: 'give at least one --pool NAME[:size=S|:ec=K+M][:ratio=R]...' });
  const pools = specs.flatMap((s) => {
    const p = parsePoolSpec(s);
    if (p.ok) return [p.value];
    issues.push({ option: '--pool', value: s, message: p.reason });
    return [];
  });
  if (issues.length > 0 || osds === undefined) return badInput(issues);
  const lang = out.lang;
  const t = L[lang];
  return emit(placementGroups({ osds, pools, ...rest, lang }), out, FIELDS, (v) => ({
    title: t.title,
    figures: [
      { label: t.method, value: v.method === 'autoscaler' ? t.autoscaler : t.pgcalc },
      ...v.pools.map((p) => ({
        label: `  ${p.name}`,
        value: `pg_num ${p.pgNum}${p.currentPgNum === null ? '' : ` (${t.from} ${p.currentPgNum}: ${p.wouldChange ? t.change : t.stays})`}`,
      })),
      { label: t.perOsd, value: formatNumber(v.pgPerOsd, lang, 1) },
    ],
  }));
}
