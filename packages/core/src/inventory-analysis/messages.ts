/** `capa analyze`'s step titles and refusals; its checks' words are in check-messages.ts, by code. */
import type { Lang } from '../explain/types.js';
import { count, plural } from '../spec/plural.js';

// biome-ignore format: a table, several short entries per line as it reads
const en = {
  stepGuestRam: (n: number) => `Configured RAM of the ${count(n, 'en', 'counted guest', 'counted guests')} (maximum, not balloon floor; templates excluded)`,
  stepTotal: (n: number) => `RAM of the ${count(n, 'en', 'online node', 'online nodes')}`,
  stepFailed: (names: string) => `RAM lost with the largest node or nodes down: ${names}`,
  stepSurviving: 'RAM of the surviving nodes',
  stepReserve: 'Host reservations on the survivors (system + Ceph OSD memory + ZFS ARC)',
  stepWorst: 'Worst-case memory utilisation with the failures (not clamped)',
  stepRunning: 'Same, counting running guests only',
  stepVcpus: (n: number) => `vCPUs of the ${count(n, 'en', 'counted guest', 'counted guests')}`,
  stepThreads: 'Hardware threads of the surviving nodes',
  stepOvercommit: 'vCPU : thread with the failures',
  stepHeadroomMem: 'More guests that fit by memory while still passing N − f',
  stepHeadroomCpu: 'More guests that fit by vCPU overcommit',
  stepNodesToAdd: 'Nodes like the largest to add so that N − f passes',
  stepGrow: 'Workload growth applied (what-if)',
  stepCephRaw: (n: number) => `Raw capacity: sum of the sizes of the ${count(n, 'en', 'OSD that is', 'OSDs that are')} in`,
  stepCephUsed: 'Raw used (ceph osd df TOTAL RAW USE)',
  stepCephFill: 'Fill now',
  stepCephHost: (name: string) => `Raw capacity of the largest host (${name})`,
  stepCephFillAfter: 'Fill after losing the largest host (data re-created on the survivors)',
  stepCephSafe: 'Raw that can be stored so that a host loss stays under nearfull',
  // Refusals: the adapters show the inventory field and its value before these (refusals.ts).
  refuseThreads: 'a node’s hardware thread count must be a whole number of at least 1 (null when unknown)',
  refuseOsdSize: 'an OSD that is in must have a size greater than 0 bytes (only an out OSD may be 0)',
  refuseRatio: 'a Ceph fill ratio must be greater than 0 and at most 1',
  ratioDefault: (name: string, value: number) => `${name} ${value} (Ceph’s default)`,
  ratioAbove: (other: string) => `must not be above ${other} (Ceph needs nearfull ≤ backfillfull ≤ full and raises OSD_OUT_OF_ORDER_FULL otherwise)`,
  ratioBelow: (other: string) => `must not be below ${other} (Ceph needs nearfull ≤ backfillfull ≤ full and raises OSD_OUT_OF_ORDER_FULL otherwise)`,
};

const fr: typeof en = {
  stepGuestRam: (n) => `RAM configurée ${plural(n, 'fr', 'du', 'des')} ${count(n, 'fr', 'invité compté', 'invités comptés')} (maximum, pas le plancher du ballon ; modèles exclus)`,
  stepTotal: (n) => `RAM ${plural(n, 'fr', 'du', 'des')} ${count(n, 'fr', 'nœud', 'nœuds')} en ligne`,
  stepFailed: (names) => `RAM perdue avec le ou les plus gros nœuds en panne : ${names}`,
  stepSurviving: 'RAM des nœuds survivants',
  stepReserve: 'Réserves hôte des survivants (système + mémoire des OSD Ceph + ARC ZFS)',
  stepWorst: 'Occupation mémoire au pire cas avec les pannes (non plafonnée)',
  stepRunning: 'Idem, invités démarrés seulement',
  stepVcpus: (n) => `vCPU ${plural(n, 'fr', 'du', 'des')} ${count(n, 'fr', 'invité compté', 'invités comptés')}`,
  stepThreads: 'Threads matériels des nœuds survivants',
  stepOvercommit: 'vCPU : thread avec les pannes',
  stepHeadroomMem: 'Invités supplémentaires qui tiennent en mémoire en respectant N − f',
  stepHeadroomCpu: 'Invités supplémentaires permis par la surallocation vCPU',
  stepNodesToAdd: 'Nœuds comme le plus gros à ajouter pour respecter N − f',
  stepGrow: 'Croissance de la charge appliquée (scénario)',
  stepCephRaw: (n) => `Capacité brute : somme des tailles des ${n} OSD « in »`,
  stepCephUsed: 'Brut utilisé (ceph osd df TOTAL RAW USE)',
  stepCephFill: 'Remplissage actuel',
  stepCephHost: (name) => `Capacité brute du plus gros hôte (${name})`,
  stepCephFillAfter: 'Remplissage après perte du plus gros hôte (données recréées sur les survivants)',
  stepCephSafe: 'Brut stockable pour qu’une perte d’hôte reste sous nearfull',
  refuseThreads: 'le nombre de threads matériels d’un nœud doit être un entier d’au moins 1 (null s’il est inconnu)',
  refuseOsdSize: 'un OSD « in » doit avoir une taille supérieure à 0 octet (seul un OSD « out » peut valoir 0)',
  refuseRatio: 'un ratio de remplissage Ceph doit être supérieur à 0 et au plus égal à 1',
  ratioDefault: (name, value) => `${name} ${value} (valeur par défaut de Ceph)`,
  ratioAbove: (other) => `ne doit pas dépasser ${other} (Ceph exige nearfull ≤ backfillfull ≤ full et lève sinon OSD_OUT_OF_ORDER_FULL)`,
  ratioBelow: (other) => `ne doit pas être inférieur à ${other} (Ceph exige nearfull ≤ backfillfull ≤ full et lève sinon OSD_OUT_OF_ORDER_FULL)`,
};

export const analysisMessages = (lang: Lang) => (lang === 'fr' ? fr : en);
