/** capa pg as data: its inputs (the pools a list, pg/pool-read.ts), its figures and its messages (issue 10). */
import { PG_DEFAULTS } from '../explain/defaults.js';
import type { CalculatorSpec, Text } from '../spec/types.js';
import { type PgPoolResult, type PgResult, placementGroups } from './calculate.js';
import { PG_MESSAGES } from './messages.js';
import { POOL_SPEC_SYNTAX } from './pool-spec.js';
import type { PgInput } from './schema.js';

const t = (en: string, fr: string): Text => ({ en, fr });
const METHODS = { autoscaler: t('Ceph pg_autoscaler (released algorithm)', 'pg_autoscaler de Ceph (algorithme publié)'), pgcalc: t('legacy PGCalc', 'ancien PGCalc') } as const;
const method = (v: unknown) => METHODS[v as keyof typeof METHODS];

/** A pool's pg_num, and what Ceph's autoscaler would do to the pg_num it has now. */
const poolText =
  (current: string, change: string, stays: string, colon: string) =>
  (item: unknown): string => {
    const p = item as PgPoolResult;
    return `${p.pgNum}${p.currentPgNum === null ? '' : ` (${current} ${p.currentPgNum}${colon} ${p.wouldChange ? change : stays})`}`;
  };
const poolName = (item: unknown): string => (item as PgPoolResult).name;

// biome-ignore format: a table, several short entries per line as it reads
export const PG_SPEC: CalculatorSpec<PgResult> = {
  id: 'pg',
  title: t('capa pg: placement groups', 'capa pg : placement groups'),
  description: t('Placement groups per pool: Ceph pg_autoscaler (released algorithm) or legacy PGCalc', 'Placement groups par pool : pg_autoscaler de Ceph (algorithme publié) ou ancien PGCalc'),
  inputs: [
    { key: 'osds', kind: 'count', required: true, example: '12', label: t('OSDs', 'OSD'), help: t('OSDs under the CRUSH root', 'OSD sous la racine CRUSH') },
    {
      key: 'osdSize', field: 'osdSizeBytes', kind: 'size', example: '4TB',
      label: t('OSD size (for target= and stored= bytes)', 'Taille d’un OSD (pour target= et stored=)'),
      help: t('OSD size (needed when a pool states stored= or target= bytes)', 'taille d’un OSD (nécessaire quand un pool indique stored= ou target=)'),
    },
    {
      // The CLI repeats --pool; the web edits one row per pool (same keys), its URL holds the same lines.
      key: 'pool', field: 'pools', kind: 'pools', required: true,
      itemKeys: { name: 'name', protection: 'size', targetRatio: 'ratio', targetBytes: 'target', storedBytes: 'stored', bias: 'bias', pgNumMin: 'min', pgNumMax: 'max', currentPgNum: 'current' },
      label: t('Pools', 'Pools'), help: t(`${POOL_SPEC_SYNTAX} (repeatable)`, `${POOL_SPEC_SYNTAX} (répétable)`),
    },
    {
      key: 'targetPerOsd', kind: 'count', default: PG_DEFAULTS.targetPerOsd, metavar: 't', advanced: true,
      label: t('Target PGs per OSD', 'PG visés par OSD'), help: t('mon_target_pg_per_osd / PGCalc target', 'mon_target_pg_per_osd / cible de PGCalc'),
    },
    {
      key: 'method', kind: 'choice', choices: ['autoscaler', 'pgcalc'], default: PG_DEFAULTS.method, metavar: 'm', choiceLabels: METHODS,
      label: t('Method', 'Méthode'), help: t('method', 'méthode'),
    },
    { key: 'threshold', kind: 'positive', default: PG_DEFAULTS.threshold, metavar: 't', advanced: true, label: t('Autoscaler threshold', 'Seuil de l’autoscaler'), help: t('autoscaler threshold', 'seuil de l’autoscaler') },
    { key: 'maxPgPerOsd', kind: 'count', default: PG_DEFAULTS.maxPgPerOsd, advanced: true, label: t('mon_max_pg_per_osd', 'mon_max_pg_per_osd'), help: t('mon_max_pg_per_osd', 'mon_max_pg_per_osd') },
  ],
  figures: [
    { id: 'method', field: 'method', unit: 'text', text: { en: (v) => method(v).en, fr: (v) => method(v).fr }, label: t('Method', 'Méthode') },
    {
      id: 'pool', each: { list: 'pools', key: 'name' }, field: '', unit: 'text', headline: 1,
      text: { en: poolText('current', 'would change', 'stays', ':'), fr: poolText('actuel', 'changerait', 'reste', ' :') },
      label: { en: (_r, p) => `${poolName(p)}: pg_num`, fr: (_r, p) => `${poolName(p)} : pg_num` },
    },
    { id: 'per-osd', field: 'pgPerOsd', unit: 'number', digits: 1, label: t('PG shards per OSD', 'Fragments de PG par OSD') },
  ],
  messages: PG_MESSAGES,
  run: (input) => placementGroups(input as PgInput),
};
