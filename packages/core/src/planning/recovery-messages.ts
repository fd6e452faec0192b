/** The recovery models' step titles (recovery.ts), in English and French. */
export const RECOVERY_STEPS_EN = {
  rebuild: 'Raw bytes to re-create after losing one host (all healing pools)',
  network: 'Recovery network rate of the survivors (bond model: inbound, equal transfers)',
  disk: 'Recovery disk rate of the survivors (reads and writes share it)',
  time: 'Recovery time after one host down, a lower bound: mark-out + slower of network and disk reads + writes (Ceph recovery throttles not modelled)',
  bondRate: 'Recovery traffic into one survivor’s bond: bytes moved over the network ÷ transfer time ÷ survivors (the network budget’s recovery class)',
  osdBytes: 'Raw bytes on one failed OSD',
  declustering: 'OSDs rebuilding in parallel (declustering): min(PG shards per OSD, eligible OSDs)',
  osdTime: 'Recovery time after one OSD down (Kampe), bounded by the network',
  osdReplace: 'No other OSD can take the data: disk replacement, then backfill',
  osdTimeDisk: 'Recovery time after one OSD down (Kampe), disks only (no Ceph network stated)',
};
export const RECOVERY_STEPS_FR: typeof RECOVERY_STEPS_EN = {
  rebuild: 'Octets bruts à recréer après la perte d’un hôte (tous les pools qui se reconstruisent)',
  network: 'Débit réseau de reconstruction des survivants (modèle d’agrégat : entrant, transferts égaux)',
  disk: 'Débit disque de reconstruction des survivants (lectures et écritures se le partagent)',
  time: 'Durée de reconstruction après la panne d’un hôte, un minimum : mark-out + le plus lent du réseau et des lectures + écritures disque (limitations de reconstruction de Ceph non modélisées)',
  bondRate: 'Trafic de reconstruction entrant dans l’agrégat d’un survivant : octets transférés par le réseau ÷ durée du transfert ÷ survivants (la classe recovery du budget réseau)',
  osdBytes: 'Octets bruts sur un OSD en panne',
  declustering: 'OSD qui reconstruisent en parallèle (déclustering) : min(fragments de PG par OSD, OSD éligibles)',
  osdTime: 'Durée de reconstruction après la panne d’un OSD (Kampe), bornée par le réseau',
  osdReplace: 'Aucun autre OSD ne peut recevoir les données : remplacement du disque, puis remplissage',
  osdTimeDisk: 'Durée de reconstruction après la panne d’un OSD (Kampe), disques seuls (pas de réseau Ceph indiqué)',
};
