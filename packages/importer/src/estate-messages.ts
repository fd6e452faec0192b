/** The refusals of the estate grouping (estate.ts), by code, in English and French. */
import type { Catalogue, Lang, Locales, Params } from '@capa/core';

const s = (p: Params, k: string): string => String(p[k]);

const en = {
  'estate.cluster-syntax': (p: Params) => `"${s(p, 'value')}": expected NAME=FILE[,FILE...], e.g. lyon=pve-lyon.json,ceph-lyon.json`,
  'estate.cluster-unknown-file': (p: Params) => `cluster ${s(p, 'cluster')}: ${s(p, 'file')} is not one of the inventory files given`,
  'estate.cluster-file-twice': (p: Params) => `${s(p, 'file')} is named in two clusters (${s(p, 'clusters')}): a file belongs to one cluster`,
  'estate.cluster-name-twice': (p: Params) => `cluster ${s(p, 'cluster')} is named twice: give all its files in one --cluster`,
  'estate.ceph-ambiguous': (p: Params) =>
    `${s(p, 'file')} is a Ceph capture with no node or guest, and it could belong to ${s(p, 'candidates')}: neither its fsid nor its OSD hosts tell; say which with --cluster NAME=FILE,...`,
} satisfies Catalogue;

const fr: typeof en = {
  'estate.cluster-syntax': (p) => `« ${s(p, 'value')} » : attendu NOM=FICHIER[,FICHIER...], p. ex. lyon=pve-lyon.json,ceph-lyon.json`,
  'estate.cluster-unknown-file': (p) => `cluster ${s(p, 'cluster')} : ${s(p, 'file')} ne fait pas partie des fichiers d’inventaire donnés`,
  'estate.cluster-file-twice': (p) => `${s(p, 'file')} est nommé dans deux clusters (${s(p, 'clusters')}) : un fichier appartient à un seul cluster`,
  'estate.cluster-name-twice': (p) => `le cluster ${s(p, 'cluster')} est nommé deux fois : donnez tous ses fichiers dans un seul --cluster`,
  'estate.ceph-ambiguous': (p) =>
    `${s(p, 'file')} est une capture Ceph sans nœud ni invité, qui pourrait appartenir à ${s(p, 'candidates')} : ni son fsid ni ses hôtes d’OSD ne le disent ; indiquez-le avec --cluster NOM=FICHIER,...`,
};

export const ESTATE_GROUP_MESSAGES: Locales<typeof en> = { en, fr };
export type EstateGroupCode = keyof typeof en;

/** A refusal (or a note) of the grouping, as data: the adapter words it in its language. */
export interface EstateGroupIssue {
  readonly code: EstateGroupCode;
  readonly params: Params;
}

export const estateGroupText = (i: EstateGroupIssue, lang: Lang): string => ESTATE_GROUP_MESSAGES[lang][i.code](i.params);
