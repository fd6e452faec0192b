import type { Lang } from '../explain/types.js';

/** Texts of the host-failure recovery model (failure.ts). */
const en = {
  stepNet: 'Recovery network rate of the survivors: what their bonds can receive (long-lived flows)',
  stepTransfer: "Recovery transfer rate of the survivors: equal transfers finish with each bond's busiest link",
  stepDisk: 'Recovery disk rate of the survivors: every surviving OSD reads and writes at this rate',
  stepRecovery:
    'Recovery time after one host down, a lower bound: network bytes (× k reads for EC) and disk work (reads + writes); osd_max_backfills, osd_recovery_max_active and mClock throttling not modelled',
  stepRecoveryNet: 'Recovery time after one host down, a lower bound: network only; osd_max_backfills, osd_recovery_max_active and mClock throttling not modelled',
  recoveryNoDisk: "Recovery time assumes only the network limits it: state the disks' rate to bound it by their reads and writes too.",
};
const fr: typeof en = {
  stepNet: 'Débit réseau de reconstruction des survivants : ce que leurs agrégats peuvent recevoir (flux longs)',
  stepTransfer: 'Débit de transfert de reconstruction des survivants : des transferts égaux finissent avec le lien le plus chargé de chaque agrégat',
  stepDisk: 'Débit disque de reconstruction des survivants : chaque OSD survivant lit et écrit à ce débit',
  stepRecovery:
    'Durée de reconstruction après la panne d’un hôte, un minimum : octets réseau (× k lectures en EC) et travail des disques (lectures + écritures) ; osd_max_backfills, osd_recovery_max_active et la limitation mClock ne sont pas modélisés',
  stepRecoveryNet: 'Durée de reconstruction après la panne d’un hôte, un minimum : réseau seul ; osd_max_backfills, osd_recovery_max_active et la limitation mClock ne sont pas modélisés',
  recoveryNoDisk: 'La durée suppose que seul le réseau limite : indiquez le débit des disques pour la borner aussi par leurs lectures et écritures.',
};
export const failureMessages = (lang: Lang) => (lang === 'fr' ? fr : en);
