import type { Lang } from '../explain/types.js';

const en = {
  stepBudget: 'PG budget: OSDs × target PGs per OSD',
  stepPool: (name: string, pass: number) => `Pool ${name}: share of the budget left (pass ${pass}) ÷ size × bias`,
  stepRound: (name: string) => `Pool ${name}: nearest power of two, at least pg_num_min`,
  stepPgcalc: (name: string) => `Pool ${name}: target × OSDs × %data ÷ size (PGCalc)`,
  stepPgcalcRound: (name: string) => `Pool ${name}: PGCalc power of two (25 % rule), at least its minimum`,
  stepPerOsd: 'PG shards per OSD: Σ pg_num × size ÷ OSDs',
  perOsdOk: (v: string, max: number) => `${v} PG shards per OSD (limit mon_max_pg_per_osd ${max}).`,
  perOsdHigh: (v: string, max: number) => `${v} PG shards per OSD exceeds mon_max_pg_per_osd ${max} (TOO_MANY_PGS).`,
  createLimit: (total: number, max: number) => `${total} PG shards exceed ${max} (mon_max_pg_per_osd × max(OSDs, 3)): Ceph refuses to create the pools (ERANGE).`,
  wouldChange: (name: string, cur: number, to: number) => `Pool ${name}: Ceph's autoscaler would change pg_num ${cur} → ${to} (beyond the 3× threshold).`,
  stays: (name: string, cur: number, to: number) => `Pool ${name}: pg_num ${cur} stays (recommendation ${to} is within the threshold).`,
  overfull: (name: string) => `Pool ${name}: stored/target bytes exceed the capacity; Ceph will not adjust it.`,
  pgcalcNote: 'Legacy PGCalc (target PGs per OSD as given; its page defaulted to 200, about twice the autoscaler): Ceph itself runs the autoscaler since Nautilus.',
  ratioAndTarget: (name: string) => `Pool ${name}: both ratio and target bytes are set; the ratio wins, as in Ceph (POOL_HAS_TARGET_SIZE_BYTES_AND_RATIO).`,
};
const fr: typeof en = {
  stepBudget: 'Budget de PG : OSD × PG cibles par OSD',
  stepPool: (name, pass) => `Pool ${name} : part du budget restant (passe ${pass}) ÷ size × bias`,
  stepRound: (name) => `Pool ${name} : puissance de deux la plus proche, au moins pg_num_min`,
  stepPgcalc: (name) => `Pool ${name} : cible × OSD × %données ÷ size (PGCalc)`,
  stepPgcalcRound: (name) => `Pool ${name} : puissance de deux PGCalc (règle des 25 %), au moins son minimum`,
  stepPerOsd: 'Fragments de PG par OSD : Σ pg_num × size ÷ OSD',
  perOsdOk: (v, max) => `${v} fragments de PG par OSD (limite mon_max_pg_per_osd ${max}).`,
  perOsdHigh: (v, max) => `${v} fragments de PG par OSD dépassent mon_max_pg_per_osd ${max} (TOO_MANY_PGS).`,
  createLimit: (total, max) => `${total} fragments de PG dépassent ${max} (mon_max_pg_per_osd × max(OSD, 3)) : Ceph refuse de créer les pools (ERANGE).`,
  wouldChange: (name, cur, to) => `Pool ${name} : l’autoscaler de Ceph changerait pg_num ${cur} → ${to} (au-delà du seuil de 3×).`,
  stays: (name, cur, to) => `Pool ${name} : pg_num ${cur} reste (la recommandation ${to} est dans le seuil).`,
  overfull: (name) => `Pool ${name} : les octets stockés/cibles dépassent la capacité ; Ceph ne l’ajustera pas.`,
  pgcalcNote: 'Ancien PGCalc (cible de PG par OSD telle que donnée ; sa page proposait 200, environ le double de l’autoscaler) : Ceph exécute l’autoscaler depuis Nautilus.',
  ratioAndTarget: (name) => `Pool ${name} : ratio et octets cibles sont tous deux donnés ; le ratio l’emporte, comme dans Ceph (POOL_HAS_TARGET_SIZE_BYTES_AND_RATIO).`,
};
export const pgMessages = (lang: Lang) => (lang === 'fr' ? fr : en);
