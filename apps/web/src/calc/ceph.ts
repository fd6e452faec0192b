/**
 * Ceph capacity, rule of thumb and safe capacity after a host loss; or raw per node for a data
 * target. Fields, reading and figures come from the core's CEPH_SPEC (the CLI's too); only the
 * pictures are the page's: the waterfall, or the raw-per-node bars.
 */
import { CEPH_SPEC, type CephCapacityResult, type CephDataTargetResult, type CephResult, formatBytes, type Lang, type SizeSystem } from '@capa/core';
import type { PageDef } from '../state/page';
import type { Picture } from '../pictures/picture';
import { t } from '../state/text';
import { waterfall } from '../pictures/waterfall-model';
import { computeSpec, specFields } from './spec-page';
import { guarded } from './outcome';
import { CEPH_PRESETS } from './presets/ceph';

const PER_NODE = t('Raw per node', 'Brut par nœud');

const figureLabel = (id: string, r: CephResult, lang: Lang): string => {
  const l = CEPH_SPEC.figures.find((f) => f.id === id)?.label[lang] ?? id;
  return typeof l === 'function' ? l(r) : l;
};

/** Raw per node by each rule, the safe one highlighted. */
function targetBars(v: CephDataTargetResult, system: SizeSystem, lang: Lang): Picture {
  const rot = figureLabel('rot-node', v, lang);
  const safe = figureLabel('safe-node', v, lang);
  return {
    kind: 'bars',
    id: 'target-bars',
    title: PER_NODE[lang],
    bars: [
      { label: rot, value: v.ruleOfThumbNodeRawBytes, text: formatBytes(v.ruleOfThumbNodeRawBytes, system, lang), tone: 'muted' },
      ...(v.safeNodeRawBytes === null ? [] : [{ label: safe, value: v.safeNodeRawBytes, text: formatBytes(v.safeNodeRawBytes, system, lang), tone: 'main' as const }]),
    ],
  };
}

const isTarget = (r: CephResult): r is CephDataTargetResult => 'ruleOfThumbNodeRawBytes' in r;

export const cephPage: PageDef = {
  route: 'ceph',
  title: t('Ceph capacity', 'Capacité Ceph'),
  intro: t('Write the data 3 times plus 10 %, and keep room to heal after a host loss.', 'Écrire les données 3 fois plus 10 %, et garder de quoi reconstruire après la perte d’un hôte.'),
  fields: specFields(CEPH_SPEC),
  presets: CEPH_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeSpec(CEPH_SPEC, state, lang, (v, system) => [isTarget(v) ? targetBars(v, system, lang) : waterfall(v as CephCapacityResult, lang, system)])),
};
