/** Placement groups exactly as Ceph's autoscaler computes them (or the legacy PGCalc), with a pool list editor. */
import { CEPH_DEFAULTS, defaultText, formatNumber, isPoolName, type Lang, PG_DEFAULTS, placementGroups, type PoolSpecInput, type Protection } from '@capa/core';
import type { FieldDef, PageState, Values } from '../state/fields';
import type { PageDef, PageOutcome, RowsDef } from '../state/page';
import { decodePoolSpec, encodePoolSpec } from '../state/pool-spec';
import { defined, type FieldIssue, FieldReader } from '../state/reader';
import { t } from '../state/text';
import { guarded, invalid } from './outcome';
import { PG_PRESETS } from './presets/others';

const L = {
  en: { method: 'Method', autoscaler: 'Ceph pg_autoscaler (released algorithm)', pgcalc: 'legacy PGCalc', perOsd: 'PG shards per OSD', change: 'would change', stays: 'stays', from: 'current', pools: 'pg_num per pool', noPool: 'add at least one pool', name: 'letters, digits, . _ - (1 to 128)', size: 'must be a whole number from 1 to 32' },
  fr: { method: 'Méthode', autoscaler: 'pg_autoscaler de Ceph (algorithme publié)', pgcalc: 'ancien PGCalc', perOsd: 'Fragments de PG par OSD', change: 'changerait', stays: 'reste', from: 'actuel', pools: 'pg_num par pool', noPool: 'ajoutez au moins un pool', name: 'lettres, chiffres, . _ - (1 à 128)', size: 'doit être un nombre entier de 1 à 32' },
} satisfies Record<Lang, Record<string, string>>;

export const pgFields: readonly FieldDef[] = [
  { key: 'osds', kind: 'count', label: t('OSDs', 'OSD'), placeholder: '12' },
  { key: 'osdSize', kind: 'size', label: t('OSD size (for target= and stored= bytes)', 'Taille d’un OSD (pour target= et stored=)'), placeholder: '4TB' },
  { key: 'method', kind: 'choice', label: t('Method', 'Méthode'), defaultValue: PG_DEFAULTS.method, options: [
    { value: 'autoscaler', label: t(L.en.autoscaler, L.fr.autoscaler) },
    { value: 'pgcalc', label: t(L.en.pgcalc, L.fr.pgcalc) },
  ] },
  { key: 'targetPerOsd', kind: 'count', label: t('Target PGs per OSD', 'PG visés par OSD'), placeholder: defaultText(PG_DEFAULTS.targetPerOsd, 'number'), advanced: true },
  { key: 'threshold', kind: 'positive', label: t('Autoscaler threshold', 'Seuil de l’autoscaler'), placeholder: defaultText(PG_DEFAULTS.threshold, 'number'), advanced: true },
  { key: 'maxPgPerOsd', kind: 'count', label: t('mon_max_pg_per_osd', 'mon_max_pg_per_osd'), placeholder: defaultText(PG_DEFAULTS.maxPgPerOsd, 'number'), advanced: true },
];

const erasure = (v: Values) => v['protection'] === 'erasure';

export const poolFields: readonly FieldDef[] = [
  { key: 'name', kind: 'text', label: t('Pool name', 'Nom du pool'), placeholder: 'rbd' },
  { key: 'protection', kind: 'choice', label: t('Protection', 'Protection'), defaultValue: 'replicated', options: [
    { value: 'replicated', label: t('Replicated', 'Répliqué') },
    { value: 'erasure', label: t('Erasure coded', 'Code à effacement') },
  ] },
  { key: 'size', kind: 'count', label: t('Size', 'Size'), placeholder: defaultText(CEPH_DEFAULTS.replicas, 'number'), visible: (v) => !erasure(v) },
  { key: 'ec', kind: 'ec', label: t('EC K+M', 'EC K+M'), placeholder: '4+2', visible: erasure },
  { key: 'ratio', kind: 'positive', label: t('target_size_ratio', 'target_size_ratio'), placeholder: '1' },
  { key: 'target', kind: 'size', label: t('target_size_bytes', 'target_size_bytes'), placeholder: '1TiB' },
  { key: 'stored', kind: 'size', label: t('Stored now', 'Stocké actuellement'), placeholder: '500GiB' },
  { key: 'bias', kind: 'positive', label: t('Bias', 'Biais'), placeholder: defaultText(PG_DEFAULTS.bias, 'number') },
  { key: 'current', kind: 'count', label: t('Current pg_num', 'pg_num actuel'), placeholder: '128' },
  { key: 'min', kind: 'count', label: t('pg_num_min', 'pg_num_min'), placeholder: '1' },
  { key: 'max', kind: 'count', label: t('pg_num_max', 'pg_num_max'), placeholder: '1024' },
  { key: 'bulk', kind: 'flag', label: t('bulk', 'bulk'), defaultValue: '0' },
];

export const poolRows: RowsDef = {
  key: 'pool',
  label: t('Pools', 'Pools'),
  fields: poolFields,
  encode: encodePoolSpec,
  decode: decodePoolSpec,
  blank: { name: '', protection: 'replicated' },
  max: 32,
};

function readPool(row: Values, i: number, lang: Lang): { pool: PoolSpecInput | undefined; issues: FieldIssue[] } {
  const r = new FieldReader(row, lang, `pool.${i}.`);
  const name = r.raw('name')?.trim();
  if (name === undefined) r.require('name', undefined);
  else if (!isPoolName(name)) r.fail('name', L[lang].name);
  let protection: Protection | undefined;
  if (r.choice('protection', ['replicated', 'erasure'] as const, 'replicated') === 'erasure') protection = r.require('ec', r.erasure('ec'));
  else if (r.has('size')) {
    const size = r.count('size');
    if (size !== undefined && size > 32) r.fail('size', L[lang].size);
    else if (size !== undefined) protection = { kind: 'replicated', size };
  }
  const pool = defined({
    protection,
    targetRatio: r.positive('ratio'),
    targetBytes: r.size('target'),
    storedBytes: r.size('stored'),
    bias: r.positive('bias'),
    pgNumMin: r.count('min'),
    pgNumMax: r.count('max'),
    currentPgNum: r.count('current'),
  });
  const bulk = r.flag('bulk', false);
  return { pool: name === undefined ? undefined : { name, ...pool, ...(bulk ? { bulk } : {}) }, issues: r.issues };
}

/** Core paths of a pool (pools.2.targetRatio) → row keys (pool.2.ratio). */
const POOL_FIELDS: Readonly<Record<string, string>> = { name: 'name', protection: 'size', targetRatio: 'ratio', targetBytes: 'target', storedBytes: 'stored', bias: 'bias', pgNumMin: 'min', pgNumMax: 'max', currentPgNum: 'current' };
const TOP_FIELDS: Readonly<Record<string, string>> = { osds: 'osds', osdSizeBytes: 'osdSize', targetPerOsd: 'targetPerOsd', threshold: 'threshold', maxPgPerOsd: 'maxPgPerOsd' };

function coreKey(path: string): string {
  const m = /^pools\.(\d+)\.(\w+)/.exec(path);
  if (m) return `pool.${m[1]}.${POOL_FIELDS[m[2] ?? ''] ?? m[2]}`;
  const top = path.split('.')[0] ?? path;
  return path === 'pools' ? 'pool' : TOP_FIELDS[top] ?? top;
}

export function computePg(state: PageState, lang: Lang): PageOutcome {
  const r = new FieldReader(state.values, lang);
  const osds = r.require('osds', r.count('osds'));
  const rest = defined({
    osdSizeBytes: r.size('osdSize'),
    targetPerOsd: r.count('targetPerOsd'),
    threshold: r.positive('threshold'),
    method: r.choice('method', ['autoscaler', 'pgcalc'] as const, PG_DEFAULTS.method),
    maxPgPerOsd: r.count('maxPgPerOsd'),
  });
  const issues: FieldIssue[] = [...r.issues];
  if (state.rows.length === 0) issues.push({ key: 'pool', value: undefined, message: L[lang].noPool });
  const pools: PoolSpecInput[] = [];
  state.rows.forEach((row, i) => {
    const p = readPool(row, i, lang);
    issues.push(...p.issues);
    if (p.pool) pools.push(p.pool);
  });
  if (issues.length > 0 || osds === undefined) return invalid(issues);
  const tx = L[lang];
  const out = placementGroups({ osds, pools, ...rest, lang });
  if (!out.ok) return invalid(out.issues.map((i) => ({ key: coreKey(i.field), value: typeof i.value === 'string' ? i.value : undefined, message: i.message })));
  const v = out.value;
  return {
    ok: true,
    figures: [
      ...v.pools.map((p) => ({
        id: `pool-${p.name}`, label: `${p.name}: pg_num`, main: true,
        value: `${p.pgNum}${p.currentPgNum === null ? '' : ` (${tx.from} ${p.currentPgNum}: ${p.wouldChange ? tx.change : tx.stays})`}`,
      })),
      { id: 'method', label: tx.method, value: v.method === 'autoscaler' ? tx.autoscaler : tx.pgcalc },
      { id: 'per-osd', label: tx.perOsd, value: formatNumber(v.pgPerOsd, lang, 1) },
    ],
    checks: v.checks,
    derivation: v.derivation,
    pictures: [{ kind: 'bars', id: 'pg-bars', title: tx.pools, bars: v.pools.map((p) => ({ label: p.name, value: p.pgNum, text: String(p.pgNum), tone: 'main' as const })) }],
  };
}

export const pgPage: PageDef = {
  route: 'pg',
  title: t('Placement groups', 'Placement groups'),
  intro: t('pg_num as Ceph’s autoscaler chooses it: a power of two from each pool’s share of the OSDs.', 'pg_num tel que l’autoscaler de Ceph le choisit : une puissance de deux selon la part de chaque pool.'),
  fields: pgFields,
  rows: poolRows,
  presets: PG_PRESETS,
  compute: (state, lang) => guarded(lang, () => computePg(state, lang)),
};
