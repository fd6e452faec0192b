import type { Lang } from '../explain/types.js';

/** Texts of the host-failure recovery model (failure.ts). */
const en = {
  stepFlows: 'Recovery flows into one survivor: each of its n OSDs talks to each OSD of every peer host (all hosts but itself and the lost one, at least 1)',
  stepBondRate: "One survivor's bond: what it receives, long-lived flows (every busy link full)",
  stepBondTransfer: "One survivor's bond: what it receives for equal transfers (the hash inputs over the busiest link's load)",
  stepNet: 'Recovery network rate of the survivors: what their bonds can receive (long-lived flows)',
  stepTransfer: "Recovery transfer rate of the survivors: equal transfers finish with each bond's busiest link",
  stepDisk: 'Recovery disk rate of the survivors: every surviving OSD reads and writes at this rate',
  stepRecovery:
    'Recovery time after one host down, a lower bound: network bytes (× k reads for EC) and disk work (reads + writes); osd_max_backfills, osd_recovery_max_active and mClock throttling not modelled',
  stepRecoveryNet: 'Recovery time after one host down, a lower bound: network only; osd_max_backfills, osd_recovery_max_active and mClock throttling not modelled',
  recoveryNoDisk: "Recovery time assumes only the network limits it: state the disks' rate to bound it by their reads and writes too.",
};
const fr: typeof en = {
  stepFlows: 'Flux de reconstruction vers un survivant : chacun de ses n OSD échange avec chaque OSD de chaque hôte pair (tous les hôtes sauf lui et celui perdu, au moins 1)',
  stepBondRate: 'Agrégat d’un survivant : ce qu’il reçoit, flux longs (chaque lien occupé saturé)',
  stepBondTransfer: 'Agrégat d’un survivant : ce qu’il reçoit pour des transferts égaux (les entrées de hachage sur la charge du lien le plus chargé)',
  stepNet: 'Débit réseau de reconstruction des survivants : ce que leurs agrégats peuvent recevoir (flux longs)',
  stepTransfer: 'Débit de transfert de reconstruction des survivants : des transferts égaux finissent avec le lien le plus chargé de chaque agrégat',
  stepDisk: 'Débit disque de reconstruction des survivants : chaque OSD survivant lit et écrit à ce débit',
  stepRecovery:
    'Durée de reconstruction après la panne d’un hôte, un minimum : octets réseau (× k lectures en EC) et travail des disques (lectures + écritures) ; osd_max_backfills, osd_recovery_max_active et la limitation mClock ne sont pas modélisés',
  stepRecoveryNet: 'Durée de reconstruction après la panne d’un hôte, un minimum : réseau seul ; osd_max_backfills, osd_recovery_max_active et la limitation mClock ne sont pas modélisés',
  recoveryNoDisk: 'La durée suppose que seul le réseau limite : indiquez le débit des disques pour la borner aussi par leurs lectures et écritures.',
};
export const failureMessages = (lang: Lang) => (lang === 'fr' ? fr : en);
