/**
 * `capa compare`: two or three scenarios side by side (cost over the horizon, usable RAM after N − f,
 * safe Ceph capacity, cost per usable GiB and TB, recovery time, durability, checks), with a short
 * generated justification per option in English and French.
 */
import { formatBytesBoth, formatDuration, formatDurationAtLeast, formatNumber, formatRatio, type Lang } from '@capa/core';
import type { PlanResult } from '../plan/types.js';

export interface CompareOption {
  readonly key: string;
  readonly name: string;
  readonly file: string;
  readonly verdict: 'pass' | 'fail';
  readonly failedChecks: readonly string[];
  readonly warnings: number;
  readonly nodes: number;
  readonly sockets: number;
  readonly currency: string | null;
  readonly years: number | null;
  readonly totalCost: number | null;
  readonly hardwareCost: number | null;
  readonly subscriptionCost: number | null;
  readonly subscriptionVat: 'excluded' | 'included' | null;
  readonly usableGuestRamBytes: number;
  readonly cephSafeBytes: number | null;
  readonly perUsableGiB: number | null;
  readonly perUsableTB: number | null;
  readonly recoverySeconds: number | null;
  readonly recoveryIsLowerBound: boolean;
  readonly minNines: number | null;
  readonly memoryUsedAfterFailure: number | null;
  readonly justification: { readonly en: string; readonly fr: string };
}

export interface CompareResult {
  readonly options: readonly CompareOption[];
  /** The cheapest option passing every check (by total cost), or null. */
  readonly recommended: string | null;
  readonly notes: { readonly en: readonly string[]; readonly fr: readonly string[] };
  /** Every failing check of every option, prefixed by the option (the exit code follows them). */
  readonly checks: readonly { readonly id: string; readonly level: 'ok' | 'warn' | 'fail'; readonly message: string }[];
  readonly lang: Lang;
}

const KEYS = ['A', 'B', 'C'];

function justify(o: Omit<CompareOption, 'justification'>, all: readonly Omit<CompareOption, 'justification'>[], recommended: string | null, lang: Lang): string {
  const money = (x: number) => `${formatNumber(x, lang, 0)} ${o.currency ?? ''}`.trim();
  const parts: string[] = [];
  const fr = lang === 'fr';
  const label = fr ? `L’option ${o.key} (${o.name})` : `Option ${o.key} (${o.name})`;
  const costs = all.map((x) => x.totalCost).filter((x): x is number => x !== null);
  if (o.totalCost !== null && o.years !== null) {
    const max = Math.max(...costs);
    const min = Math.min(...costs);
    let rel = '';
    if (costs.length > 1 && o.totalCost < max)
      rel = fr ? `, ${formatRatio(1 - o.totalCost / max, lang)} de moins que l’option la plus chère` : `, ${formatRatio(1 - o.totalCost / max, lang)} less than the most expensive option`;
    else if (costs.length > 1 && o.totalCost === max && max > min)
      rel = fr
        ? `, la plus chère (${formatRatio(o.totalCost / min - 1, lang)} de plus que la moins chère)`
        : `, the most expensive (${formatRatio(o.totalCost / min - 1, lang)} more than the cheapest)`;
    const split =
      o.hardwareCost !== null && o.subscriptionCost !== null
        ? fr
          ? ` (matériel ${money(o.hardwareCost)}, souscriptions ${money(o.subscriptionCost)})`
          : ` (hardware ${money(o.hardwareCost)}, subscriptions ${money(o.subscriptionCost)})`
        : '';
    parts.push(fr ? `${label} coûte ${money(o.totalCost)} sur ${o.years} an(s)${split}${rel}.` : `${label} costs ${money(o.totalCost)} over ${o.years} year(s)${split}${rel}.`);
  } else parts.push(fr ? `${label} n’a pas de prix (ajoutez prices).` : `${label} has no prices (add prices).`);
  const ram = formatBytesBoth(o.usableGuestRamBytes, 'binary', lang);
  const perGiB = o.perUsableGiB !== null ? (fr ? ` (${money(o.perUsableGiB)} par Gio)` : ` (${money(o.perUsableGiB)} per GiB)`) : '';
  const ceph =
    o.cephSafeBytes !== null
      ? fr
        ? ` et ${formatBytesBoth(o.cephSafeBytes, 'decimal', lang)} de capacité Ceph sûre${o.perUsableTB !== null ? ` (${money(o.perUsableTB)} par To)` : ''}`
        : ` and ${formatBytesBoth(o.cephSafeBytes, 'decimal', lang)} of safe Ceph capacity${o.perUsableTB !== null ? ` (${money(o.perUsableTB)} per TB)` : ''}`
      : '';
  parts.push(fr ? `Avec un nœud en panne, elle garde ${ram} de RAM utilisable par les invités${perGiB}${ceph}.` : `With a node down it keeps ${ram} of guest RAM usable${perGiB}${ceph}.`);
  const recT = o.recoverySeconds === null ? null : o.recoveryIsLowerBound ? formatDurationAtLeast(o.recoverySeconds, lang) : formatDuration(o.recoverySeconds, lang);
  const rec = recT !== null ? (fr ? `la reconstruction après perte d’un hôte prend ${recT}` : `recovery after a host loss takes ${recT}`) : null;
  const dur =
    o.minNines !== null
      ? fr
        ? `le pool le plus faible a ${formatNumber(o.minNines, lang, 1)} neuf de durabilité annuelle`
        : `the weakest pool has ${formatNumber(o.minNines, lang, 1)} nines of annual durability`
      : null;
  const both = [rec, dur].filter((x): x is string => x !== null);
  if (both.length > 0) parts.push(`${both.join(fr ? ' et ' : ' and ').replace(/^./, (c) => c.toUpperCase())}.`);
  if (o.verdict === 'pass')
    parts.push(
      fr ? `Elle passe toutes les vérifications${o.warnings > 0 ? ` (${o.warnings} avertissement(s))` : ''}.` : `It passes every check${o.warnings > 0 ? ` (${o.warnings} warning(s))` : ''}.`,
    );
  else parts.push(fr ? `Elle échoue à ${o.failedChecks.length} vérification(s) : ${o.failedChecks.join(', ')}.` : `It fails ${o.failedChecks.length} check(s): ${o.failedChecks.join(', ')}.`);
  if (recommended === o.key) parts.push(fr ? 'C’est l’option la moins chère qui passe toutes les vérifications : recommandée.' : 'It is the cheapest option that passes every check: recommended.');
  return parts.join(' ');
}

export function compare(plans: readonly { plan: PlanResult; file: string }[], lang: Lang): CompareResult {
  const base = plans.map(({ plan: p, file }, i) => {
    const failed = [...new Set(p.checks.filter((c) => c.level === 'fail').map((c) => c.id))];
    return {
      key: KEYS[i] ?? String(i + 1),
      name: p.scenario.name,
      file,
      verdict: p.verdict,
      failedChecks: failed,
      warnings: p.checks.filter((c) => c.level === 'warn').length,
      nodes: p.metrics.nodes,
      sockets: p.metrics.sockets,
      currency: p.cost?.currency ?? null,
      years: p.cost?.years ?? null,
      totalCost: p.cost?.total ?? null,
      hardwareCost: p.cost?.hardware ?? null,
      subscriptionCost: p.cost?.subscription ?? null,
      subscriptionVat: p.cost?.subscriptionVat ?? null,
      usableGuestRamBytes: p.metrics.usableGuestRamBytes,
      cephSafeBytes: p.metrics.cephSafeBytes,
      perUsableGiB: p.cost?.perUsableGiB ?? null,
      perUsableTB: p.cost?.perUsableTB ?? null,
      recoverySeconds: p.metrics.recoverySeconds,
      recoveryIsLowerBound: p.metrics.recoveryIsLowerBound,
      minNines: p.metrics.minNines,
      memoryUsedAfterFailure: p.failure.memoryUsedFraction,
    };
  });
  const passing = base.filter((o) => o.verdict === 'pass' && o.totalCost !== null).sort((a, b) => (a.totalCost ?? 0) - (b.totalCost ?? 0));
  const recommended = passing[0]?.key ?? null;
  const options = base.map((o) => ({ ...o, justification: { en: justify(o, base, recommended, 'en'), fr: justify(o, base, recommended, 'fr') } }));
  const en: string[] = [];
  const fr: string[] = [];
  if (new Set(base.map((o) => o.years)).size > 1) {
    en.push('The options use different ownership periods (prices.years): compare costs per year with care.');
    fr.push('Les options ont des durées de possession différentes (prices.years) : comparez les coûts annuels avec prudence.');
  }
  if (new Set(base.map((o) => o.currency)).size > 1) {
    en.push('The options use different currencies.');
    fr.push('Les options utilisent des devises différentes.');
  }
  if (base.some((o) => o.totalCost === null)) {
    en.push('Some options have no prices: their cost figures are missing.');
    fr.push('Certaines options n’ont pas de prix : leurs coûts manquent.');
  }
  const checks = plans.flatMap(({ plan: p }, i) => p.checks.filter((c) => c.level === 'fail').map((c) => ({ ...c, message: `[${KEYS[i] ?? i + 1}] ${c.message}` })));
  return { options, recommended, notes: { en, fr }, checks, lang };
}
