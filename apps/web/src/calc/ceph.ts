/** Ceph capacity, rule of thumb and safe capacity after a host loss; or raw per node for a data target. */
import { cephCapacity, cephDataTarget, formatBytes, formatBytesBoth, formatDuration, formatRatio, type Lang } from '@capa/core';
import type { FieldDef, PageState } from '../state/fields';
import type { PageDef, PageOutcome } from '../state/page';
import { defined, FieldReader } from '../state/reader';
import { t } from '../state/text';
import { waterfall } from '../pictures/waterfall-model';
import { CEPH_FIELDS, osdFields, protectionFields, ratioFields, readCapacityInput, readProtection, readRatios, recoveryFields } from './ceph-fields';
import { fromCore, guarded, invalid } from './outcome';
import { CEPH_PRESETS } from './presets/ceph';

const L = {
  en: { raw: 'Raw', usable: 'Usable (healthy, filled to 100 %)', rot: 'Rule of thumb (÷ 1.1)', nearfull: 'Usable under nearfull', safe: 'Safe usable (after a host loss)', safeOsd: 'Safe usable (after an OSD loss)', safeBf: 'Safe at backfillfull', minSize: 'Default min_size', degradedPgs: 'PGs degraded (host down)', rebuild: 'To rebuild (host down)', recovery: 'Recovery time', rotNode: 'Raw per node, rule of thumb', safeNode: 'Raw per node, safe rule', rotDisks: 'Disks per node, rule of thumb', safeDisks: 'Disks per node, safe rule', none: 'not possible', fillAfter: 'Fill after a host loss', fillAfterOsd: 'Host fill after an OSD loss', perNode: 'Raw per node' },
  fr: { raw: 'Brut', usable: 'Utile (sain, rempli à 100 %)', rot: 'Règle du cours (÷ 1,1)', nearfull: 'Utile sous nearfull', safe: 'Utile sûr (après perte d’un hôte)', safeOsd: 'Utile sûr (après perte d’un OSD)', safeBf: 'Sûr à backfillfull', minSize: 'min_size par défaut', degradedPgs: 'PG dégradés (hôte en panne)', rebuild: 'À reconstruire (hôte en panne)', recovery: 'Durée de reconstruction', rotNode: 'Brut par nœud, règle du cours', safeNode: 'Brut par nœud, règle sûre', rotDisks: 'Disques par nœud, règle du cours', safeDisks: 'Disques par nœud, règle sûre', none: 'impossible', fillAfter: 'Remplissage après perte d’un hôte', fillAfterOsd: 'Remplissage de l’hôte après perte d’un OSD', perNode: 'Brut par nœud' },
} satisfies Record<Lang, Record<string, string>>;

const target = (v: Readonly<Record<string, string>>) => v['mode'] === 'target';

export const cephFields: readonly FieldDef[] = [
  { key: 'mode', kind: 'choice', label: t('Question', 'Question'), defaultValue: 'capacity', options: [
    { value: 'capacity', label: t('Capacity of these disks', 'Capacité de ces disques') },
    { value: 'target', label: t('Raw disk needed for this data', 'Disque brut nécessaire pour ces données') },
  ] },
  ...osdFields,
  { key: 'data', kind: 'size', label: t('Data to store', 'Données à stocker'), placeholder: '200TB', visible: target },
  { key: 'diskSize', kind: 'size', label: t('Disk size', 'Taille des disques'), placeholder: '16TB', visible: target },
  ...protectionFields,
  ...ratioFields,
  ...recoveryFields(true),
];

function computeTarget(state: PageState, lang: Lang): PageOutcome {
  const values = state.values;
  const r = new FieldReader(values, lang);
  const hosts = r.require('nodes', r.count('nodes'));
  const dataBytes = r.require('data', r.size('data'));
  const diskSizeBytes = r.size('diskSize');
  const protection = readProtection(r);
  const ratios = readRatios(r);
  if (r.issues.length > 0 || hosts === undefined || dataBytes === undefined || protection === undefined) return invalid(r.issues);
  const system = r.system ?? 'decimal';
  const tx = L[lang];
  const both = (b: number) => formatBytesBoth(b, system, lang);
  return fromCore(cephDataTarget({ hosts, dataBytes, protection, ...ratios, ...defined({ diskSizeBytes }), system, lang }), CEPH_FIELDS, values, (v) => ({
    ok: true,
    figures: [
      { id: 'rot-node', label: tx.rotNode, value: both(v.ruleOfThumbNodeRawBytes) },
      { id: 'safe-node', label: tx.safeNode, value: v.safeNodeRawBytes === null ? tx.none : both(v.safeNodeRawBytes), main: true },
      ...(v.ruleOfThumbDisksPerNode === null ? [] : [{ id: 'rot-disks', label: tx.rotDisks, value: String(v.ruleOfThumbDisksPerNode) }]),
      ...(diskSizeBytes === undefined ? [] : [{ id: 'safe-disks', label: tx.safeDisks, value: v.safeDisksPerNode === null ? tx.none : String(v.safeDisksPerNode), main: true }]),
    ],
    checks: v.checks,
    derivation: v.derivation,
    pictures: [{
      kind: 'bars', id: 'target-bars', title: tx.perNode,
      bars: [
        { label: tx.rotNode, value: v.ruleOfThumbNodeRawBytes, text: formatBytes(v.ruleOfThumbNodeRawBytes, system, lang), tone: 'muted' },
        ...(v.safeNodeRawBytes === null ? [] : [{ label: tx.safeNode, value: v.safeNodeRawBytes, text: formatBytes(v.safeNodeRawBytes, system, lang), tone: 'main' as const }]),
      ],
    }],
  }));
}

function computeCapacity(state: PageState, lang: Lang): PageOutcome {
  const values = state.values;
  const r = new FieldReader(values, lang);
  const input = readCapacityInput(r, lang);
  if (input === undefined) return invalid(r.issues);
  const system = input.system ?? 'binary';
  const tx = L[lang];
  const both = (b: number) => formatBytesBoth(b, system, lang);
  return fromCore(cephCapacity(input), CEPH_FIELDS, values, (v) => ({
    ok: true,
    figures: [
      { id: 'usable', label: tx.usable, value: both(v.usableBytes), main: true },
      { id: 'safe', label: v.healing === 'cannot-heal' ? tx.safeOsd : tx.safe, value: both(v.safeUsableBytes), main: true },
      { id: 'raw', label: tx.raw, value: both(v.rawBytes) },
      { id: 'rot', label: tx.rot, value: both(v.ruleOfThumbUsableBytes) },
      { id: 'nearfull', label: tx.nearfull, value: both(v.nearfullUsableBytes) },
      { id: 'safe-bf', label: tx.safeBf, value: both(v.safeUsableBackfillfullBytes) },
      { id: 'min-size', label: tx.minSize, value: String(v.minSize) },
      { id: 'degraded-pgs', label: tx.degradedPgs, value: formatRatio(v.hostFailure.degradedPgFraction, lang) },
      { id: 'rebuild', label: tx.rebuild, value: both(v.hostFailure.rebuildBytes) },
      ...(v.fillAfterFailure === null ? [] : [{ id: 'fill-after', label: v.healing === 'heals' ? tx.fillAfter : tx.fillAfterOsd, value: formatRatio(v.fillAfterFailure, lang) }]),
      ...(v.hostFailure.recoverySeconds === null ? [] : [{ id: 'recovery', label: tx.recovery, value: formatDuration(v.hostFailure.recoverySeconds, lang) }]),
    ],
    checks: v.checks,
    derivation: v.derivation,
    pictures: [waterfall(v, lang, system)],
  }));
}

export const computeCeph = (state: PageState, lang: Lang): PageOutcome => (target(state.values) ? computeTarget(state, lang) : computeCapacity(state, lang));

export const cephPage: PageDef = {
  route: 'ceph',
  title: t('Ceph capacity', 'Capacité Ceph'),
  intro: t('Write the data 3 times plus 10 %, and keep room to heal after a host loss.', 'Écrire les données 3 fois plus 10 %, et garder de quoi reconstruire après la perte d’un hôte.'),
  fields: cephFields,
  presets: CEPH_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeCeph(state, lang)),
};
