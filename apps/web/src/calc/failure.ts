/**
 * Failure impact and recovery time: the host-failure part of the Ceph calculator's result
 * (cephCapacity's hostFailure with the recovery options), on a page of its own for teaching.
 */
import { CEPH_SPEC, type CephCapacityResult, formatBytesBoth, formatDuration, formatDurationAtLeast, formatRate, formatRatio, type Lang, type SizeSystem } from '@capa/core';
import type { Figure, PageDef, PageOutcome } from '../state/page';
import type { PageState } from '../state/fields';
import type { Picture } from '../pictures/picture';
import { recoveryTimeline } from '../pictures/timeline-model';
import { t } from '../state/text';
import { guarded } from './outcome';
import { computeSpec, specFields } from './spec-page';
import { FAILURE_PRESETS } from './presets/ceph';

// biome-ignore format: a table, several short entries per line as it reads
const L = {
  en: { degradedPgs: 'PGs degraded', degradedObjects: 'Objects degraded', rebuild: 'Data to re-create', fillNow: 'Fill now', fillAfter: 'Fill after the host loss', fillAfterOsd: 'Host fill after an OSD loss', markOut: 'Wait before recovery starts (mark-out)', net: 'Recovery network bandwidth (long-lived flows)', transfer: 'Recovery transfer rate (busiest links)', disk: 'Recovery disk bandwidth (reads + writes)', recovery: 'Recovery time', none: 'no recovery: too few hosts to re-create the copies', noLink: 'give the cluster network speed', fills: 'OSD fill', nearfull: 'nearfull', backfillfull: 'backfillfull', full: 'full' },
  fr: { degradedPgs: 'PG dégradés', degradedObjects: 'Objets dégradés', rebuild: 'Données à recréer', fillNow: 'Remplissage actuel', fillAfter: 'Remplissage après perte de l’hôte', fillAfterOsd: 'Remplissage de l’hôte après perte d’un OSD', markOut: 'Attente avant la reconstruction (mark-out)', net: 'Débit réseau de reconstruction (flux longs)', transfer: 'Débit de transfert de reconstruction (liens les plus chargés)', disk: 'Débit disque de reconstruction (lectures + écritures)', recovery: 'Durée de reconstruction', none: 'pas de reconstruction : trop peu d’hôtes pour recréer les copies', noLink: 'indiquez le débit du réseau cluster', fills: 'Remplissage des OSD', nearfull: 'nearfull', backfillfull: 'backfillfull', full: 'full' },
} satisfies Record<Lang, Record<string, string>>;

/** The Ceph calculator's capacity inputs, the recovery ones shown (they are what this page is about). */
export const failureFields = specFields(CEPH_SPEC, { only: (i) => i.key !== 'mode' && i.when?.is !== 'target', advanced: (i) => i.kind === 'ratio' });

/** The host-failure part of the capacity result: what is degraded, what is re-created, and how long it takes. */
function failureFigures(v: CephCapacityResult, system: SizeSystem, lang: Lang): Figure[] {
  const tx = L[lang];
  const hf = v.hostFailure;
  const ratio = (x: number) => formatRatio(x, lang);
  const recoveryText = hf.recoverySeconds !== null ? (hf.recoveryIsLowerBound ? formatDurationAtLeast : formatDuration)(hf.recoverySeconds, lang) : v.healing === 'heals' ? tx.noLink : tx.none;
  return [
    { id: 'recovery', label: tx.recovery, value: recoveryText, main: true },
    { id: 'degraded-pgs', label: tx.degradedPgs, value: ratio(hf.degradedPgFraction), main: true },
    { id: 'degraded-objects', label: tx.degradedObjects, value: ratio(hf.degradedObjectFraction) },
    { id: 'rebuild', label: tx.rebuild, value: formatBytesBoth(hf.rebuildBytes, system, lang) },
    ...(v.fillNow === null ? [] : [{ id: 'fill-now', label: tx.fillNow, value: ratio(v.fillNow) }]),
    ...(v.fillAfterFailure === null ? [] : [{ id: 'fill-after', label: v.healing === 'heals' ? tx.fillAfter : tx.fillAfterOsd, value: ratio(v.fillAfterFailure) }]),
    ...(hf.markOutSeconds === null ? [] : [{ id: 'mark-out', label: tx.markOut, value: formatDuration(hf.markOutSeconds, lang) }]),
    ...(hf.recoveryNetworkBps === null ? [] : [{ id: 'net', label: tx.net, value: formatRate(hf.recoveryNetworkBps, lang) }]),
    ...(hf.recoveryTransferBps === null ? [] : [{ id: 'transfer', label: tx.transfer, value: formatRate(hf.recoveryTransferBps, lang) }]),
    ...(hf.recoveryDiskBps === null ? [] : [{ id: 'disk', label: tx.disk, value: formatRate(hf.recoveryDiskBps, lang) }]),
  ];
}

/** Fill now and after the loss against Ceph's three ratios. */
function fillBars(v: CephCapacityResult, lang: Lang): Picture | null {
  if (v.fillNow === null) return null;
  const tx = L[lang];
  const ratio = (x: number) => formatRatio(x, lang);
  // The ratios the core used (the given ones, else Ceph's defaults).
  const { nearfull: nf, backfillfull: bf, full } = v.used;
  return {
    kind: 'bars',
    id: 'fill-bars',
    title: tx.fills,
    bars: [
      { label: tx.fillNow, value: v.fillNow, text: ratio(v.fillNow), tone: 'main' },
      ...(v.fillAfterFailure === null
        ? []
        : [
            {
              label: v.healing === 'heals' ? tx.fillAfter : tx.fillAfterOsd,
              value: v.fillAfterFailure,
              text: ratio(v.fillAfterFailure),
              tone: v.checks.some((c) => c.id === 'ceph.fill-after-failure' && c.level !== 'ok') ? ('warn' as const) : ('main' as const),
            },
          ]),
      { label: tx.nearfull, value: nf, text: ratio(nf), tone: 'muted' },
      { label: tx.backfillfull, value: bf, text: ratio(bf), tone: 'muted' },
      { label: tx.full, value: full, text: ratio(full), tone: 'muted' },
    ],
  };
}

/** Only this page's fields are read: a stray `mode=target` in its URL does not turn it into the data target. */
const own = (state: PageState): PageState => ({ ...state, values: Object.fromEntries(Object.entries(state.values).filter(([k]) => failureFields.some((f) => f.key === k))) });

export const computeFailure = (state: PageState, lang: Lang): PageOutcome =>
  computeSpec(CEPH_SPEC, own(state), lang, {
    figures: (v, system) => failureFigures(v as CephCapacityResult, system, lang),
    pictures: (v) => [fillBars(v as CephCapacityResult, lang), recoveryTimeline((v as CephCapacityResult).hostFailure, lang)],
  });

export const failurePage: PageDef = {
  route: 'failure',
  title: t('Host failure and recovery', 'Panne d’hôte et reconstruction'),
  intro: t('What one host down degrades, what must be re-created, and how long it takes.', 'Ce qu’un hôte en panne dégrade, ce qu’il faut recréer, et combien de temps cela prend.'),
  fields: failureFields,
  presets: FAILURE_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeFailure(state, lang)),
};
