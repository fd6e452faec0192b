/**
 * Placement groups exactly as Ceph's autoscaler computes them (or the legacy PGCalc), with a pool
 * list editor. Fields, the reading of every pool row and the figures come from the core's PG_SPEC
 * (the CLI's too, its --pool lines read by the same reader); the row editor's fields and the
 * picture are the page's.
 */
import { CEPH_DEFAULTS, defaultText, PG_DEFAULTS, PG_SPEC, type PgResult } from '@capa/core';
import type { FieldDef, Values } from '../state/fields';
import type { PageDef, RowsDef } from '../state/page';
import type { Picture } from '../pictures/picture';
import { decodePoolSpec, encodePoolSpec } from '../state/pool-spec';
import { t } from '../state/text';
import { guarded } from './outcome';
import { PG_PRESETS } from './presets/others';
import { computeSpec, specFields } from './spec-page';

const erasure = (v: Values) => v['protection'] === 'erasure';

/** One pool's fields: the keys of the --pool line, the protection a choice of its own. */
export const poolFields: readonly FieldDef[] = [
  { key: 'name', kind: 'text', label: t('Pool name', 'Nom du pool'), placeholder: 'rbd' },
  {
    key: 'protection',
    kind: 'choice',
    label: t('Protection', 'Protection'),
    defaultValue: 'replicated',
    options: [
      { value: 'replicated', label: t('Replicated', 'Répliqué') },
      { value: 'erasure', label: t('Erasure coded', 'Code à effacement') },
    ],
  },
  { key: 'size', kind: 'count', label: t('Size', 'Taille (size)'), defaultHint: defaultText(CEPH_DEFAULTS.replicas, 'number'), visible: (v) => !erasure(v) },
  { key: 'ec', kind: 'ec', label: t('EC K+M', 'EC K+M'), placeholder: '4+2', visible: erasure },
  { key: 'ratio', kind: 'positive', label: t('target_size_ratio', 'target_size_ratio'), placeholder: '1' },
  { key: 'target', kind: 'size', label: t('target_size_bytes', 'target_size_bytes'), placeholder: '1TiB' },
  { key: 'stored', kind: 'size', label: t('Stored now', 'Stocké actuellement'), placeholder: '500GiB' },
  { key: 'bias', kind: 'positive', label: t('Bias', 'Biais'), defaultHint: defaultText(PG_DEFAULTS.bias, 'number') },
  { key: 'current', kind: 'count', label: t('Current pg_num', 'pg_num actuel'), placeholder: '128' },
  { key: 'min', kind: 'count', label: t('pg_num_min', 'pg_num_min'), placeholder: '1' },
  { key: 'max', kind: 'count', label: t('pg_num_max', 'pg_num_max'), placeholder: '1024' },
  { key: 'bulk', kind: 'flag', label: t('bulk', 'bulk'), defaultValue: '0' },
];

// biome-ignore format: a table, several short entries per line as it reads
export const poolRows: RowsDef = {
  key: 'pool',
  label: t('Pools', 'Pools'),
  fields: poolFields,
  encode: encodePoolSpec,
  decode: decodePoolSpec,
  blank: { name: '', protection: 'replicated' },
  max: 32,
};

const POOLS = t('pg_num per pool', 'pg_num par pool');

const pgBars = (v: PgResult, lang: 'en' | 'fr'): Picture => ({
  kind: 'bars',
  id: 'pg-bars',
  title: POOLS[lang],
  bars: v.pools.map((p) => ({ label: p.name, value: p.pgNum, text: String(p.pgNum), tone: 'main' as const })),
});

export const pgPage: PageDef = {
  route: 'pg',
  title: t('Placement groups', 'Groupes de placement (PG)'),
  intro: t(
    'pg_num as Ceph’s autoscaler chooses it: a power of two from each pool’s share of the OSDs.',
    'pg_num tel que l’autoscaler de Ceph le choisit : une puissance de deux selon la part de chaque pool.',
  ),
  fields: specFields(PG_SPEC),
  rows: poolRows,
  presets: PG_PRESETS,
  compute: (state, lang) => guarded(lang, () => computeSpec(PG_SPEC, state, lang, (v) => [pgBars(v, lang)])),
};
