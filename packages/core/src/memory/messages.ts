/** The memory rule's step titles; its check messages are codes (memory-messages.ts). */
import type { Lang } from '../explain/types.js';

const en = {
  stepTotal: 'Total node RAM',
  stepFailed: 'RAM lost with the largest f nodes down',
  stepSurviving: 'RAM of the surviving nodes',
  stepReservePerNode: 'Host reservation per node',
  stepOsdReserve: 'Ceph OSD memory per node: max(OSD target × OSDs, 1 GB per TB of OSD)',
  stepReserves: 'Host reservations on the survivors',
  stepUsable: 'Usable guest memory (N − f rule)',
  stepFraction: 'Usable share of installed RAM',
  stepKsm: 'Guest memory with the stated KSM savings',
  stepRequired: 'RAM needed per node',
  stepRecommended: 'Smallest purchasable size that covers it',
  stepTotalRecommended: 'RAM to buy for the cluster',
  stepOvercommit: 'vCPU : pCPU with f nodes down',
};

const fr: typeof en = {
  stepTotal: 'RAM totale des nœuds',
  stepFailed: 'RAM perdue avec les f plus gros nœuds en panne',
  stepSurviving: 'RAM des nœuds survivants',
  stepReservePerNode: 'Réserve hôte par nœud',
  stepOsdReserve: 'Mémoire des OSD Ceph par nœud : max(cible OSD × OSD, 1 Go par To d’OSD)',
  stepReserves: 'Réserves hôte des survivants',
  stepUsable: 'Mémoire utilisable par les invités (règle N − f)',
  stepFraction: 'Part utilisable de la RAM installée',
  stepKsm: 'Mémoire invités avec les économies KSM annoncées',
  stepRequired: 'RAM nécessaire par nœud',
  stepRecommended: 'Plus petite taille achetable qui la couvre',
  stepTotalRecommended: 'RAM à acheter pour le cluster',
  stepOvercommit: 'vCPU : pCPU avec f nœuds en panne',
};

export const memoryMessages = (lang: Lang) => (lang === 'fr' ? fr : en);
