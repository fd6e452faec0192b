/**
 * `capa compare`: two or three scenarios side by side (cost over the horizon, usable RAM after N − f,
 * safe Ceph capacity, cost per usable GiB and TB, recovery time, durability, checks), with a short
 * generated justification per option in English and French.
 */
import { formatBytesBoth, formatDuration, formatDurationAtLeast, formatNumber, formatRatio, type Lang } from '@capa/core';
import type { PlanResult } from '../plan/types.js';
import { COMPARE_MESSAGES } from './compare-messages.js';

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
  const t = COMPARE_MESSAGES[lang];
  const money = (x: number) => `${formatNumber(x, lang, 0)} ${o.currency ?? ''}`.trim();
  const parts: string[] = [];
  const label = t.label(o.key, o.name);
  const costs = all.map((x) => x.totalCost).filter((x): x is number => x !== null);
  if (o.totalCost !== null && o.years !== null) {
    const max = Math.max(...costs);
    const min = Math.min(...costs);
    let rel = '';
    if (costs.length > 1 && o.totalCost < max) rel = t.cheaper(formatRatio(1 - o.totalCost / max, lang));
    else if (costs.length > 1 && o.totalCost === max && max > min) rel = t.dearest(formatRatio(o.totalCost / min - 1, lang));
    const split = o.hardwareCost !== null && o.subscriptionCost !== null ? t.split(money(o.hardwareCost), money(o.subscriptionCost)) : '';
    parts.push(t.costs(label, money(o.totalCost), o.years, split, rel));
  } else parts.push(t.noPrices(label));
  const ram = formatBytesBoth(o.usableGuestRamBytes, 'binary', lang);
  const perGiB = o.perUsableGiB !== null ? t.perGiB(money(o.perUsableGiB)) : '';
  const ceph = o.cephSafeBytes !== null ? t.ceph(formatBytesBoth(o.cephSafeBytes, 'decimal', lang), o.perUsableTB !== null ? t.perTB(money(o.perUsableTB)) : '') : '';
  parts.push(t.afterFailure(ram, perGiB, ceph));
  const recT = o.recoverySeconds === null ? null : o.recoveryIsLowerBound ? formatDurationAtLeast(o.recoverySeconds, lang) : formatDuration(o.recoverySeconds, lang);
  const rec = recT !== null ? t.recovery(recT) : null;
  const dur = o.minNines !== null ? t.durability(formatNumber(o.minNines, lang, 1)) : null;
  const both = [rec, dur].filter((x): x is string => x !== null);
  if (both.length > 0) parts.push(`${both.join(t.and).replace(/^./, (c) => c.toUpperCase())}.`);
  parts.push(o.verdict === 'pass' ? t.passes(o.warnings) : t.fails(o.failedChecks.length, o.failedChecks.join(', ')));
  if (recommended === o.key) parts.push(t.recommended);
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
  // The notes in both languages: the result carries both (notes.en, notes.fr), like the justifications.
  const noteKeys = [
    new Set(base.map((o) => o.years)).size > 1 ? 'noteYears' : null,
    new Set(base.map((o) => o.currency)).size > 1 ? 'noteCurrencies' : null,
    base.some((o) => o.totalCost === null) ? 'noteNoPrices' : null,
  ].filter((k): k is 'noteYears' | 'noteCurrencies' | 'noteNoPrices' => k !== null);
  const notes = { en: noteKeys.map((k) => COMPARE_MESSAGES.en[k]), fr: noteKeys.map((k) => COMPARE_MESSAGES.fr[k]) };
  const checks = plans.flatMap(({ plan: p }, i) => p.checks.filter((c) => c.level === 'fail').map((c) => ({ ...c, message: `[${KEYS[i] ?? i + 1}] ${c.message}` })));
  return { options, recommended, notes, checks, lang };
}
