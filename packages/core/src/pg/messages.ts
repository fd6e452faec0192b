/** pg's words: step titles, and check messages by code (one catalogue per language). */
import type { Lang } from '../explain/types.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { E, F } from '../spec/plural.js';

const s = (p: Params, k: string): string => String(p[k]);

const en = {
  'pg.per-osd': (p: Params) => `${E.a(p['perOsd'], 1, 'PG shard', 'PG shards')} per OSD (limit mon_max_pg_per_osd ${s(p, 'max')}).`,
  'pg.per-osd.high': (p: Params) => `${E.a(p['perOsd'], 1, 'PG shard', 'PG shards')} per OSD exceeds mon_max_pg_per_osd ${s(p, 'max')} (TOO_MANY_PGS).`,
  'pg.create-limit': (p: Params) => `${E.c(p['total'], 'PG shard', 'PG shards')} exceed ${s(p, 'max')} (mon_max_pg_per_osd × max(OSDs, 3)): Ceph refuses to create the pools (ERANGE).`,
  'pg.would-change': (p: Params) => `Pool ${s(p, 'pool')}: Ceph's autoscaler would change pg_num ${s(p, 'current')} → ${s(p, 'pgNum')} (beyond the 3× threshold).`,
  'pg.would-change.stays': (p: Params) => `Pool ${s(p, 'pool')}: pg_num ${s(p, 'current')} stays (recommendation ${s(p, 'pgNum')} is within the threshold).`,
  'pg.overfull': (p: Params) => `Pool ${s(p, 'pool')}: stored/target bytes exceed the capacity; Ceph will not adjust it.`,
  'pg.pgcalc': () => 'Legacy PGCalc (target PGs per OSD as given; its page defaulted to 200, about twice the autoscaler): Ceph itself runs the autoscaler since Nautilus.',
  'pg.ratio-and-target': (p: Params) => `Pool ${s(p, 'pool')}: both ratio and target bytes are set; the ratio wins, as in Ceph (POOL_HAS_TARGET_SIZE_BYTES_AND_RATIO).`,
} satisfies Catalogue;
const fr: typeof en = {
  'pg.per-osd': (p) => `${F.a(p['perOsd'], 1, 'fragment', 'fragments')} de PG par OSD (limite mon_max_pg_per_osd ${s(p, 'max')}).`,
  'pg.per-osd.high': (p) => `${F.a(p['perOsd'], 1, 'fragment', 'fragments')} de PG par OSD dépassent mon_max_pg_per_osd ${s(p, 'max')} (TOO_MANY_PGS).`,
  'pg.create-limit': (p) => `${F.c(p['total'], 'fragment', 'fragments')} de PG dépassent ${s(p, 'max')} (mon_max_pg_per_osd × max(OSD, 3)) : Ceph refuse de créer les pools (ERANGE).`,
  'pg.would-change': (p) => `Pool ${s(p, 'pool')} : l’autoscaler de Ceph changerait pg_num ${s(p, 'current')} → ${s(p, 'pgNum')} (au-delà du seuil de 3×).`,
  'pg.would-change.stays': (p) => `Pool ${s(p, 'pool')} : pg_num ${s(p, 'current')} reste (la recommandation ${s(p, 'pgNum')} est dans le seuil).`,
  'pg.overfull': (p) => `Pool ${s(p, 'pool')} : les octets stockés/cibles dépassent la capacité ; Ceph ne l’ajustera pas.`,
  'pg.pgcalc': () => 'Ancien PGCalc (cible de PG par OSD telle que donnée ; sa page proposait 200, environ le double de l’autoscaler) : Ceph exécute l’autoscaler depuis Nautilus.',
  'pg.ratio-and-target': (p) => `Pool ${s(p, 'pool')} : ratio et octets cibles sont tous deux donnés ; le ratio l’emporte, comme dans Ceph (POOL_HAS_TARGET_SIZE_BYTES_AND_RATIO).`,
};
export const PG_MESSAGES: Locales<typeof en> = { en, fr };

// biome-ignore format: a table, several short entries per line as it reads
const stepsEn = {
  stepBudget: 'PG budget: OSDs × target PGs per OSD',
  stepPool: (name: string, pass: number) => `Pool ${name}: share of the budget left (pass ${pass}) ÷ size × bias`,
  stepRound: (name: string) => `Pool ${name}: nearest power of two, at least pg_num_min`,
  stepPgcalc: (name: string) => `Pool ${name}: target × OSDs × %data ÷ size (PGCalc)`,
  stepPgcalcRound: (name: string) => `Pool ${name}: PGCalc power of two (25 % rule), at least its minimum`,
  stepPerOsd: 'PG shards per OSD: Σ pg_num × size ÷ OSDs',
};
const stepsFr: typeof stepsEn = {
  stepBudget: 'Budget de PG : OSD × PG cibles par OSD',
  stepPool: (name, pass) => `Pool ${name} : part du budget restant (passe ${pass}) ÷ size × bias`,
  stepRound: (name) => `Pool ${name} : puissance de deux la plus proche, au moins pg_num_min`,
  stepPgcalc: (name) => `Pool ${name} : cible × OSD × %données ÷ size (PGCalc)`,
  stepPgcalcRound: (name) => `Pool ${name} : puissance de deux PGCalc (règle des 25 %), au moins son minimum`,
  stepPerOsd: 'Fragments de PG par OSD : Σ pg_num × size ÷ OSD',
};
export const PG_STEPS = { en: stepsEn, fr: stepsFr } satisfies Record<Lang, typeof stepsEn>;
