import type { Lang, Source, SourceKind } from './types.js';

interface SourceEntry {
  readonly kind: SourceKind;
  readonly en: string;
  readonly fr: string;
  readonly ref: string;
}

/** Every rule Capa applies cites one of these. */
export const SOURCES = {
  courseMemory: { kind: 'course', en: 'Proxmox VE training course: N-1 memory rule (75 % with one node missing)', fr: 'Formation Proxmox VE : règle mémoire N-1 (75 % avec un nœud en moins)', ref: 'docs/memory.md#sources' },
  courseDisk: { kind: 'course', en: 'Proxmox VE training course: write the data 3 times plus 10 %', fr: 'Formation Proxmox VE : écrire les données 3 fois plus 10 %', ref: 'docs/ceph-capacity.md#sources' },
  courseDbWal: { kind: 'course', en: 'Proxmox VE training course: DB 2–5 %, WAL 1 %', fr: 'Formation Proxmox VE : DB 2 à 5 %, WAL 1 %', ref: 'docs/bluestore.md#sources' },
  courseLacp: { kind: 'course', en: 'Proxmox VE training course: LACP and active-backup bonds', fr: 'Formation Proxmox VE : agrégats LACP et active-backup', ref: 'docs/bond.md#sources' },
  courseHostReserve: { kind: 'course', en: 'Proxmox VE training course: ~2 GB for the system, 1 GB RAM per TB of disk', fr: 'Formation Proxmox VE : ~2 Go pour le système, 1 Go de RAM par To de disque', ref: 'docs/memory.md#sources' },
  cephCapacity: { kind: 'ceph-docs', en: 'Ceph docs, Storage Capacity (mon-config-ref): full ratios are per OSD; subtract what the failed domain held', fr: 'Doc Ceph, Storage Capacity (mon-config-ref) : ratios de remplissage par OSD ; retrancher ce que tenait le domaine perdu', ref: 'https://docs.ceph.com/en/latest/rados/configuration/mon-config-ref/#storage-capacity' },
  cephRatios: { kind: 'ceph-code', en: 'Ceph defaults mon_osd_nearfull_ratio 0.85, backfillfull 0.90, full 0.95', fr: 'Valeurs par défaut Ceph : nearfull 0,85, backfillfull 0,90, full 0,95', ref: 'ceph/ceph:src/common/options/global.yaml.in' },
  cephRatiosOrder: { kind: 'ceph-code', en: 'Ceph OSD_OUT_OF_ORDER_FULL: nearfull ≤ backfillfull ≤ full (OSDMap::check_health)', fr: 'Ceph OSD_OUT_OF_ORDER_FULL : nearfull ≤ backfillfull ≤ full (OSDMap::check_health)', ref: 'ceph/ceph:src/osd/OSDMap.cc; doc/rados/operations/health-checks.rst' },
  cephErasure: { kind: 'ceph-docs', en: 'Ceph docs, Erasure code: usable = raw × k/(k+m); at least k+m failure domains, better k+m+1', fr: 'Doc Ceph, Erasure code : utile = brut × k/(k+m) ; au moins k+m domaines de panne, mieux k+m+1', ref: 'https://docs.ceph.com/en/latest/rados/operations/erasure-code/' },
  cephReplicated: { kind: 'ceph-docs', en: 'Ceph docs, Pools: a replicated pool of size s stores s copies', fr: 'Doc Ceph, Pools : un pool répliqué de taille s stocke s copies', ref: 'https://docs.ceph.com/en/latest/rados/operations/pools/' },
  cephMinSize: { kind: 'ceph-code', en: 'Ceph code: default min_size s − ⌊s/2⌋ (replicated), k + min(1, m − 1) (EC)', fr: 'Code Ceph : min_size par défaut s − ⌊s/2⌋ (répliqué), k + min(1, m − 1) (EC)', ref: 'ceph/ceph:src/common/config.h, src/mon/OSDMonitor.cc' },
  thomasKrenn3Node: { kind: 'derived', en: 'Thomas-Krenn, optimal nearfull ratio in a 3-node Proxmox Ceph cluster: an OSD loss refills the same host', fr: 'Thomas-Krenn, nearfull optimal d’un cluster Proxmox Ceph à 3 nœuds : la perte d’un OSD se reconstruit sur le même hôte', ref: 'https://www.thomas-krenn.com/en/wiki/Determine_the_optimal_nearfull_ratio_in_the_Proxmox_Ceph_3-node_cluster' },
  cephBluestore: { kind: 'ceph-docs', en: 'Ceph docs, BlueStore sizing: block.db 1–4 % of block; RBD 1–2 %, RGW at least 4 %', fr: 'Doc Ceph, dimensionnement BlueStore : block.db 1 à 4 % du bloc ; RBD 1 à 2 %, RGW au moins 4 %', ref: 'https://docs.ceph.com/en/latest/rados/configuration/bluestore-config-ref/#sizing' },
  cephRocksdbWal: { kind: 'ceph-code', en: 'Ceph default bluestore_rocksdb_options: max_total_wal_size = 1 GiB', fr: 'Option Ceph bluestore_rocksdb_options : max_total_wal_size = 1 Gio', ref: 'ceph/ceph:src/common/options/global.yaml.in' },
  proxmoxPveceph: { kind: 'proxmox-docs', en: 'Proxmox VE docs, pveceph: DB 10 % of the OSD by default; the WAL is placed with the DB unless a WAL device is given (then 1 %); 8 GiB RAM per OSD', fr: 'Doc Proxmox VE, pveceph : DB 10 % de l’OSD par défaut ; le WAL est placé avec la DB sauf si un périphérique WAL est donné (alors 1 %) ; 8 Gio de RAM par OSD', ref: 'https://pve.proxmox.com/pve-docs/chapter-pveceph.html; proxmox/pve-manager:PVE/API2/Ceph/OSD.pm' },
  cephOsdMemory: { kind: 'ceph-code', en: 'Ceph osd_memory_target default 4 GiB per OSD; node RAM above OSDs × target × 2 (Ceph), at least 8 GiB per OSD (Proxmox VE)', fr: 'Ceph osd_memory_target : 4 Gio par OSD par défaut ; RAM du nœud au-delà de OSD × cible × 2 (Ceph), au moins 8 Gio par OSD (Proxmox VE)', ref: 'ceph/ceph:src/common/options/global.yaml.in; doc/start/hardware-cpu-memory.rst; proxmox/pve-docs:pveceph.adoc' },
  proxmoxKsm: { kind: 'proxmox-docs', en: 'Proxmox VE docs, KSM: ksmtuned drives KSM; it stops KSM while guests commit less than (100 − KSM_THRES_COEF) % of RAM and more than KSM_THRES_COEF % is free (default 20)', fr: 'Doc Proxmox VE, KSM : ksmtuned pilote KSM ; il l’arrête tant que les invités engagent moins de (100 − KSM_THRES_COEF) % de la RAM et que plus de KSM_THRES_COEF % est libre (20 par défaut)', ref: 'https://pve.proxmox.com/wiki/Kernel_Samepage_Merging_(KSM); proxmox/pve-docs:kernel-samepage-merging.adoc; proxmox/ksm-control-daemon:ksm-control-scripts.org.tar.gz (ksmtuned, ksmtuned.conf)' },
  cephAutoscaler: { kind: 'ceph-code', en: 'Ceph mgr pg_autoscaler (Pacific–Squid), module.py', fr: 'Module pg_autoscaler du mgr Ceph (Pacific à Squid), module.py', ref: 'ceph/ceph:src/pybind/mgr/pg_autoscaler/module.py' },
  cephPgcalc: { kind: 'ceph-code', en: 'Legacy Ceph PGCalc (pgcalc.js)', fr: 'Ancien calculateur PGCalc de Ceph (pgcalc.js)', ref: 'ceph/ceph:doc/_static/js/pgcalc.js' },
  cephPgLimits: { kind: 'ceph-code', en: 'Ceph mon_max_pg_per_osd = 250; OSDMonitor::check_pg_num', fr: 'Ceph mon_max_pg_per_osd = 250 ; OSDMonitor::check_pg_num', ref: 'ceph/ceph:src/mon/OSDMonitor.cc' },
  linuxBonding: { kind: 'linux-docs', en: 'Linux kernel bonding documentation: modes and xmit_hash_policy', fr: 'Documentation du noyau Linux sur le bonding : modes et xmit_hash_policy', ref: 'torvalds/linux:Documentation/networking/bonding.rst' },
  cephNetwork: { kind: 'ceph-docs', en: 'Ceph docs, network configuration: the primary forwards writes to replicas on the cluster network', fr: 'Doc Ceph, réseau : le primaire renvoie les écritures aux répliques sur le réseau cluster', ref: 'https://docs.ceph.com/en/latest/rados/configuration/network-config-ref/' },
  cephRecovery: { kind: 'ceph-code', en: 'Ceph mon_osd_down_out_interval = 600 s; EC rebuild reads k chunks per chunk', fr: 'Ceph mon_osd_down_out_interval = 600 s ; reconstruire un fragment EC lit k fragments', ref: 'ceph/ceph:src/common/options/mon.yaml.in; doc/rados/operations/erasure-code.rst' },
  proxmoxCluster: { kind: 'proxmox-docs', en: 'Proxmox VE docs, cluster manager: corosync votes, quorum, QDevice; HA needs 3 nodes', fr: 'Doc Proxmox VE, gestionnaire de cluster : votes corosync, quorum, QDevice ; la HA exige 3 nœuds', ref: 'https://pve.proxmox.com/pve-docs/chapter-pvecm.html' },
  cephMons: { kind: 'ceph-docs', en: 'Ceph docs, monitors: an odd number, 3 or 5 in production', fr: 'Doc Ceph, moniteurs : un nombre impair, 3 ou 5 en production', ref: 'https://docs.ceph.com/en/latest/rados/operations/add-or-rm-mons/' },
  derived: { kind: 'derived', en: 'Derived by Capa from the rules above (see docs)', fr: 'Déduit par Capa des règles ci-dessus (voir la doc)', ref: 'docs/' },
  ssdEndurance: { kind: 'derived', en: 'SSD endurance: TBW = DWPD × capacity × 365 × warranty years', fr: 'Endurance SSD : TBW = DWPD × capacité × 365 × années de garantie', ref: 'docs/bluestore.md#ssd-wear' },
  // Whole-cluster planning: durability, recovery, cost, procurement.
  kampe: { kind: 'ceph-code', en: 'Kampe RADOS reliability model (ceph-tools): Poisson failures, recovery = mark-out + size × fill ÷ (speed × declustering)', fr: 'Modèle de fiabilité RADOS de Kampe (ceph-tools) : pannes de Poisson, reconstruction = mark-out + taille × remplissage ÷ (débit × déclustering)', ref: 'ceph/ceph-tools:models/reliability/RadosRely.py' },
  backblaze: { kind: 'derived', en: 'Backblaze durability model: binomial count of shard failures within one repair period, per period of the year', fr: 'Modèle de durabilité Backblaze : loi binomiale des pannes de fragments pendant une fenêtre de réparation, par période de l’année', ref: 'Backblaze/erasure-coding-durability:durability.py' },
  kampeDefaults: { kind: 'ceph-code', en: 'Kampe model defaults: 826 FIT per disk, recovery 50 MB/s per OSD, mark-out 10 min', fr: 'Valeurs par défaut du modèle de Kampe : 826 FIT par disque, reconstruction 50 Mo/s par OSD, mark-out 10 min', ref: 'ceph/ceph-tools:models/reliability/Config.py' },
  pveSubscription: { kind: 'proxmox-docs', en: 'Proxmox VE subscriptions: priced per CPU socket per year, one level for every node of a cluster', fr: 'Souscriptions Proxmox VE : prix par socket CPU et par an, un seul niveau pour tous les nœuds d’un cluster', ref: 'https://www.proxmox.com/en/products/proxmox-virtual-environment/pricing' },
  dimmPopulation: { kind: 'derived', en: 'Balanced memory: every channel populated identically on every socket; 2 DIMMs per channel run slower', fr: 'Mémoire équilibrée : chaque canal peuplé à l’identique sur chaque socket ; 2 barrettes par canal tournent moins vite', ref: 'Dell "Balanced Memory with 2nd Generation AMD EPYC Processors"; xFusion 1288H V7 white paper §5.4.1' },
  zfsLayouts: { kind: 'derived', en: 'OpenZFS: mirror keeps one disk of each vdev, RAIDZp loses p disks per vdev, dRAID d/(d+p) of non-spare disks; 1/32 slop space', fr: 'OpenZFS : un miroir garde un disque par vdev, RAIDZp perd p disques par vdev, dRAID d/(d+p) des disques hors spares ; 1/32 d’espace de réserve (slop)', ref: 'https://openzfs.github.io/openzfs-docs/Basic%20Concepts/RAIDZ.html' },
  cephCpu: { kind: 'ceph-docs', en: 'Ceph hardware recommendations: 1 core per OSD light use, 2 for RBD; Proxmox: 4–6 threads per NVMe OSD', fr: 'Recommandations matérielles Ceph : 1 cœur par OSD en usage léger, 2 pour RBD ; Proxmox : 4 à 6 threads par OSD NVMe', ref: 'ceph/ceph:doc/start/hardware-recommendations.rst; proxmox/pve-docs:pveceph.adoc' },
  growth: { kind: 'derived', en: 'Compound growth over the horizon: x × (1 + g)^years', fr: 'Croissance composée sur l’horizon : x × (1 + g)^années', ref: 'docs/scenario.md#workloads' },
  cost: { kind: 'derived', en: 'Cost of ownership: hardware once, subscriptions every year for every socket', fr: 'Coût de possession : matériel une fois, souscriptions chaque année pour chaque socket', ref: 'docs/planner.md#cost' },
  failureImpact: { kind: 'course', en: 'Proxmox VE training course: no more than 75 % of memory used with a node missing', fr: 'Formation Proxmox VE : pas plus de 75 % de la mémoire utilisée avec un nœud en moins', ref: 'docs/memory.md#sources' },
} as const satisfies Record<string, SourceEntry>;

export type SourceId = keyof typeof SOURCES;

export function source(id: SourceId, lang: Lang): Source {
  const s: SourceEntry = SOURCES[id];
  return { kind: s.kind, title: s[lang], ref: s.ref };
}
