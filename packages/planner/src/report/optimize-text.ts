import { count, plural, formatBytesBoth, formatDuration, formatDurationAtLeast, formatNumber, formatRate, formatRatio, type Lang, safeText } from '@capa/core';
import { stringify } from 'yaml';
import type { Candidate, OptimizeResult } from '../optimize/optimize.js';

// biome-ignore format: a table, several short entries per line as it reads
const T = {
  en: {
    title: 'capa optimize', none: 'No configuration in the search space passes every check.', best: 'Cheapest configuration passing every check', runners: 'Runners-up',
    searched: (e: string, t: string, ms: string) => `${e} of ${t} candidates checked (in increasing cost) in ${ms}.`, failed: 'Checked candidates failed first on', paste: 'As scenario nodes (paste into a scenario for capa plan):',
    cols: ['#', 'Nodes', 'Platform', 'CPU', 'RAM/node', 'OSDs/node', 'NIC', 'Total'], usable: 'usable guest RAM (N − f)', safe: 'safe Ceph', recovery: 'recovery', nines: 'nines', perGiB: 'per usable GiB', perTB: 'per safe TB',
    verified: 'The full plan (every calculator, explained) confirms it passes: capa plan on the nodes below gives the same verdict.',
    simulated: (n: number) => `Winners are re-checked by CRUSH simulation (the full plan places every PG as Ceph would and plays out the failures)${n > 0 ? `: ${count(n, 'en', 'candidate', 'candidates')} passing the fast path failed it (fullest OSD or PGs below min_size) and ${plural(n, 'en', 'was', 'were')} skipped` : ''}.`, dpc: (n: number, s: string) => `${count(n, 'en', 'DIMM', 'DIMMs')} per channel at ${s}`,
  },
  fr: {
    title: 'capa optimize', none: 'Aucune configuration de l’espace de recherche ne passe toutes les vérifications.', best: 'Configuration la moins chère qui passe toutes les vérifications', runners: 'Suivantes',
    searched: (e: string, t: string, ms: string) => `${e} candidats vérifiés sur ${t} (par coût croissant) en ${ms}.`, failed: 'Premier échec des candidats vérifiés', paste: 'En nœuds de scénario (à coller dans un scénario pour capa plan) :',
    cols: ['#', 'Nœuds', 'Plateforme', 'CPU', 'RAM/nœud', 'OSD/nœud', 'Réseau', 'Total'], usable: 'RAM invités utilisable (N − f)', safe: 'Ceph sûr', recovery: 'reconstruction', nines: 'neuf', perGiB: 'par Gio utilisable', perTB: 'par To sûr',
    verified: 'Le plan complet (tous les calculateurs, expliqués) confirme qu’elle passe : capa plan sur les nœuds ci-dessous donne le même verdict.',
    simulated: (n: number) => `Les gagnants sont revérifiés par simulation CRUSH (le plan complet place chaque PG comme Ceph et joue les pannes)${n > 0 ? ` : ${count(n, 'fr', 'candidat passant le chemin rapide y a échoué', 'candidats passant le chemin rapide y ont échoué')} (OSD le plus plein ou PG sous min_size) et ${plural(n, 'fr', 'a été écarté', 'ont été écartés')}` : ''}.`, dpc: (n: number, s: string) => `${count(n, 'fr', 'barrette', 'barrettes')} par canal à ${s}`,
  },
} as const;

const money = (x: number, cur: string, lang: Lang) => `${formatNumber(x, lang, 0)} ${cur}`;

function row(c: Candidate, lang: Lang): string[] {
  return [
    String(c.rank),
    String(c.nodes),
    c.platform.id,
    `${c.sockets} × ${c.cpu.id}`,
    formatBytesBoth(c.ramBytes, 'binary', lang).split(' (')[0] ?? '',
    c.disks ? `${c.disks.perNode} × ${c.disks.id}` : '—',
    `${c.nic.links} × ${formatRate(c.nic.speedBps, lang)}`,
    money(c.cost.total, c.cost.currency, lang),
  ];
}

export function renderOptimizeText(r: OptimizeResult, lang: Lang): string {
  const t = T[lang];
  const out = [`${t.title}${lang === 'fr' ? '\u00a0:' : ':'} ${safeText(r.scenario.name)}`, ''];
  const ms = r.elapsedMs > 0 ? `${formatNumber(r.elapsedMs, lang, 0)} ms` : '—';
  out.push(t.searched(formatNumber(r.candidatesEvaluated, lang, 0), formatNumber(r.candidatesTotal, lang, 0), ms));
  const fails = Object.entries(r.failedOn)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${formatNumber(v, lang, 0)}`);
  if (fails.length > 0) out.push(`${t.failed}: ${fails.join(', ')}.`);
  for (const n of r.notes) out.push(`⚠ ${n}`);
  if (r.recheckedBySimulation) out.push(t.simulated(r.simulationRejected));
  out.push('');
  if (!r.best) {
    out.push(t.none);
    return `${out.join('\n')}\n`;
  }
  const rows = [t.cols as readonly string[], ...[r.best, ...r.runnersUp].map((c) => row(c, lang))];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((x) => (x[i] ?? '').length))) ?? [];
  const line = (x: readonly string[]) => `  ${x.map((v, i) => (i === x.length - 1 ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0))).join('  ')}`;
  out.push(`${t.best} (#1), ${t.runners.toLowerCase()} (#2…):`, line(rows[0] ?? []), ...rows.slice(1).map(line), '');
  const b = r.best;
  const f = b.figures;
  const facts = [
    `${t.usable} ${formatBytesBoth(f.usableGuestRamBytes, 'binary', lang)}`,
    ...(f.cephSafeBytes !== null ? [`${t.safe} ${formatBytesBoth(f.cephSafeBytes, 'decimal', lang)}`] : []),
    ...(f.recoverySeconds !== null ? [`${t.recovery} ${f.recoveryIsLowerBound ? formatDurationAtLeast(f.recoverySeconds, lang) : formatDuration(f.recoverySeconds, lang)}`] : []),
    ...(f.minNines !== null ? [`${formatNumber(f.minNines, lang, 1)} ${t.nines}`] : []),
    ...(b.cost.perUsableGiB !== null ? [`${money(b.cost.perUsableGiB, b.cost.currency, lang)} ${t.perGiB}`] : []),
    ...(b.cost.perUsableTB !== null ? [`${money(b.cost.perUsableTB, b.cost.currency, lang)} ${t.perTB}`] : []),
    t.dpc(b.dimms.perChannel, `${b.dimms.speedMTs} MT/s${b.dimms.speedPenalty > 0 ? ` (−${formatRatio(b.dimms.speedPenalty, lang)})` : ''}`),
  ];
  out.push(`#1: ${facts.join(' · ')}`);
  if (r.bestPlanVerdict === 'pass') out.push(t.verified);
  out.push(
    '',
    t.paste,
    '',
    ...stringify({ nodes: b.nodesDoc })
      .trimEnd()
      .split('\n')
      .map((l) => `  ${l}`),
    '',
  );
  return `${out.join('\n')}\n`;
}
