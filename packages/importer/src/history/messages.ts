/**
 * Warnings of the history readers (rrddata), in English and French: spread into warning-messages.ts's
 * catalogue, so an inventory stores them like every other warning (code, English message, params).
 */
import type { Params } from '@capa/core';
import { reasonText } from '../reason-messages.js';
import { E, F } from '@capa/core';

const s = (p: Params, k: string): string => String(p[k]);
const whatEn = (p: Params): string => (p['kind'] === 'storage' ? `storage ${s(p, 'name')}` : `node ${s(p, 'name')}`);
const whatFr = (p: Params): string => (p['kind'] === 'storage' ? `du stockage ${s(p, 'name')}` : `du nœud ${s(p, 'name')}`);
const droppedEn = (p: Params): string =>
  [
    Number(p['bad']) > 0 ? `${E.c(p['bad'], 'value', 'values')} negative, infinite or not a number read as no sample` : '',
    Number(p['untimed']) > 0 ? `${E.c(p['untimed'], 'row', 'rows')} without a valid time left out` : '',
    Number(p['trimmed']) > 0 ? `${E.c(p['trimmed'], 'oldest point', 'oldest points')} beyond the history limit left out` : '',
  ]
    .filter(Boolean)
    .join('; ');
const droppedFr = (p: Params): string =>
  [
    Number(p['bad']) > 0 ? `${F.c(p['bad'], 'valeur négative, infinie ou non numérique lue', 'valeurs négatives, infinies ou non numériques lues')} comme sans échantillon` : '',
    Number(p['untimed']) > 0 ? `${F.c(p['untimed'], 'ligne sans heure valide laissée', 'lignes sans heure valide laissées')} de côté` : '',
    Number(p['trimmed']) > 0 ? `${F.c(p['trimmed'], 'point le plus ancien', 'points les plus anciens')} au-delà de la limite de l’historique ${F.w(p['trimmed'], 'laissé', 'laissés')} de côté` : '',
  ]
    .filter(Boolean)
    .join(' ; ');

export const HISTORY_WARNINGS_EN = {
  'pve.rrddata-unreadable': (p: Params) => `RRD history of ${whatEn(p)} could not be read (${s(p, 'reason')}): ${s(p, 'path')}; no history for it`,
  'pve.rrddata-invalid': (p: Params) => `RRD history of ${whatEn(p)} is not a list of samples: ${s(p, 'path')}; no history for it`,
  'pve.rrddata-values-dropped': (p: Params) => `RRD history of ${whatEn(p)} (${s(p, 'path')}): ${droppedEn(p)}`,
};

export const HISTORY_WARNINGS_FR: { readonly [K in keyof typeof HISTORY_WARNINGS_EN]: (p: Params) => string } = {
  'pve.rrddata-unreadable': (p) => `l’historique RRD ${whatFr(p)} n’a pas pu être lu (${reasonText(p, 'fr')}) : ${s(p, 'path')} ; pas d’historique pour lui`,
  'pve.rrddata-invalid': (p) => `l’historique RRD ${whatFr(p)} n’est pas une liste d’échantillons : ${s(p, 'path')} ; pas d’historique pour lui`,
  'pve.rrddata-values-dropped': (p) => `historique RRD ${whatFr(p)} (${s(p, 'path')}) : ${droppedFr(p)}`,
};
