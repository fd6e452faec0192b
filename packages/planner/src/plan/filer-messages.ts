/**
 * The plan's `filer` area words (issue 11, item 4): figure labels, its summary, and its one check of
 * its own (a stated capacity the RAID layout does not give). The filer's other checks are the core's
 * (packages/core/src/filer/filer-messages.ts), shown as they are.
 */
import { type Catalogue, count, formatBytesBoth, formatRatio, type Lang, type Params, type SizeSystem } from '@capa/core';

const en = {
  fUsable: 'Usable (RAID layout)',
  fMaxData: (fill: string) => `Data at ${fill} fill`,
  fRebuild: 'RAID 5 rebuild: chance of an unrecoverable read error',
  fAggregate: 'Aggregate of the links',
  fSingle: 'One NFS client (one flow)',
  fClients: (n: number) => `Expected for ${count(n, 'en', 'client', 'clients')}`,
  summary: (name: string, usable: string | null, single: string | null, aggregate: string | null) =>
    `${name}: ${usable === null ? 'capacity as stated' : `${usable} usable`}${single === null ? '' : `, ${single} per client, ${aggregate} in all`}; a single point of failure for its guests.`,
};
const fr: typeof en = {
  fUsable: 'Utilisable (disposition RAID)',
  fMaxData: (fill) => `Données à ${fill} de remplissage`,
  fRebuild: 'Reconstruction RAID 5 : risque d’erreur de lecture irrécupérable',
  fAggregate: 'Agrégé des liens',
  fSingle: 'Un client NFS (un flux)',
  fClients: (n) => `Attendu pour ${count(n, 'fr', 'client', 'clients')}`,
  summary: (name, usable, single, aggregate) =>
    `${name} : ${usable === null ? 'capacité indiquée' : `${usable} utilisables`}${single === null ? '' : `, ${single} par client, ${aggregate} en tout`} ; un point unique de défaillance pour ses invités.`,
};
export const filerPlanMessages = (lang: Lang) => (lang === 'fr' ? fr : en);

const b = (p: Params, k: string, lang: Lang): string => formatBytesBoth(Number(p[k]), (p['system'] === 'binary' ? 'binary' : 'decimal') as SizeSystem, lang);

export const FILER_CHECK_MESSAGES_EN = {
  'filer.capacity-stated': (p: Params) =>
    `The stated capacity of ${String(p['name'])}, ${b(p, 'statedBytes', 'en')}, differs by ${formatRatio(Number(p['gap']), 'en')} from the ${b(p, 'usableBytes', 'en')} its RAID layout gives: the storage area uses the stated one; state the filer’s overhead (raid.overhead) or correct one of them.`,
} satisfies Catalogue;
export const FILER_CHECK_MESSAGES_FR: typeof FILER_CHECK_MESSAGES_EN = {
  'filer.capacity-stated': (p) =>
    `La capacité indiquée de ${String(p['name'])}, ${b(p, 'statedBytes', 'fr')}, s’écarte de ${formatRatio(Number(p['gap']), 'fr')} des ${b(p, 'usableBytes', 'fr')} que donne sa disposition RAID : le stockage retient celle indiquée ; indiquez la réserve du filer (raid.overhead) ou corrigez l’une des deux.`,
};
