import { count, type Lang, plural } from '@capa/core';

// biome-ignore format: a table, several short entries per line as it reads
const en = {
  area: {
    workloads: 'Workloads', memory: 'Memory (N − f)', cpu: 'CPU', ceph: 'Ceph capacity', dbwal: 'BlueStore DB/WAL', pgs: 'Placement groups',
    network: 'Network and bonds', failure: 'Worst-case failure', quorum: 'Quorum and HA', durability: 'Durability', storage: 'Local and external storage',
    procurement: 'Procurement', cost: 'Cost', backup: 'Backups', drain: 'Maintenance drain', filer: 'External filers',
  },
  verdict: { pass: 'pass', warn: 'pass with warnings', fail: 'FAIL' },
  // Workloads
  fGuestRam: 'Guest RAM', fVcpus: 'Guest vCPUs', fData: 'Data (logical)', fHorizon: 'Growth',
  grown: (what: string) => `${what} after growth`,
  noWorkload: 'No workload stated: the plan reports capacities only (add workloads: guestRam, vcpus, data or vms).',
  growthNone: 'no growth stated',
  growthText: (g: string, y: number) => `${g} per year over ${count(y, 'en', 'year', 'years')}`,
  workloadsSummary: (ram: string, cpu: string, data: string) => `${ram} of guest RAM, ${cpu} vCPUs, ${data} of data at the horizon.`,
  // Memory
  fTotalRam: 'Installed RAM', fUsable: 'Usable for guests (N − f)', fReserve: 'Host reservation per node', fRequired: 'RAM needed per node', fBuy: 'Smallest purchasable size',
  memorySummary: (u: string, f: number, g: string | null) => (g === null ? `${u} usable for guests with ${count(f, 'en', 'node', 'nodes')} down.` : `${g} of guests in ${u} usable with ${count(f, 'en', 'node', 'nodes')} down.`),
  reservationsApplied: (h: string, o: string, z: string) => `Host reservations applied per node: system ${h}, Ceph OSDs ${o}, ZFS ARC ${z} (rules.hostReserve: 0 and no OSDs reproduce the course rule).`,
  reservationsDiffer: 'Nodes differ in OSDs or ZFS disks: the largest reservation is applied to every node (conservative).',
  // CPU
  fThreads: 'Threads per node', fGuestThreads: 'Threads left for guests per node', fThreadsShort: 'Threads missing per node', fOvercommit: 'vCPU:pCPU with f nodes down',
  cpuSummary: (r: string, m: string) => `vCPU:pCPU ${r}:1 with the failures tolerated (limit ${m}:1).`,
  cpuNoVcpu: 'No vCPU total stated: the CPU ratio is not checked.',
  cpuNoRoom: (v: string, short: number) => (short > 0 ? `${v} vCPUs stated, but no thread is left for guests (${short} missing per node): the CPU ratio cannot hold.` : `${v} vCPUs stated, but no thread is left for guests: the CPU ratio cannot hold.`),
  // Ceph
  noCeph: 'No Ceph storage in the scenario.',
  fRaw: 'Raw', fUsableCeph: 'Usable (healthy, 100 %)', fRot: 'Usable by the rule of thumb (× 1.1)', fSafe: 'Safe usable (after losing the largest host, average model)', fFillNow: 'Fill now', fFillAfter: 'Fill after losing the largest host (average model)',
  fSafeMix: 'Safe usable for the pools\' data mix', fRotDisks: 'Disks per node, rule of thumb', fSafeDisks: 'Disks per node, safe rule',
  cephSummary: (safe: string, data: string | null) => (data === null ? `${safe} safe usable.` : `${data} of data in ${safe} safe usable.`),
  safeOk: (p: string, d: string, s: string, r: string) => `Pool ${p}: ${d} fits within the safe capacity ${s} (refill under ${r} after a host loss).`,
  safeOver: (p: string, d: string, s: string, r: string) => `Pool ${p}: ${d} exceeds the safe capacity ${s}: after losing the largest host the refill would pass ${r}.`,
  safeOverOsd: (p: string, d: string, s: string, r: string) => `Pool ${p}: ${d} exceeds the safe capacity ${s}: a host loss cannot heal here, and an OSD loss would refill its host above ${r}.`,
  sharedOsds: (p: string) => `Pool ${p}'s figures count every pool's raw data on the shared OSDs.`,
  rotLayoutShort: (p: string, n: number, d: string, need: number) => `Pool ${p}: ${count(n, 'en', 'OSD', 'OSDs')} of ${d} per node, fewer than the ${need} the course's rule of thumb (data × size × 1.1 ÷ nodes) needs.`,
  heterogeneousHosts: (c: string | null) => `Hosts differ in ${c === null ? '' : `${c} `}OSD capacity: Ceph figures use the smallest host for every host (conservative).`,
  mixedSizes: (d: string) => `Mixed ${d} OSD sizes on a host: computed with their mean size (the largest OSD fills last).`,
  overlapping: 'Some pools use every OSD and others one device class: Ceph\'s autoscaler skips pools on overlapping CRUSH roots, and capacities overlap.',
  domainAll: 'all OSDs',
  domainClass: (c: string) => `${c} OSDs`,
  // DB/WAL
  dbColocated: 'Flash OSDs keep their DB/WAL on the same device: no separate DB device needed.',
  dbMissing: (n: number) => `${count(n, 'en', 'HDD OSD', 'HDD OSDs')} per node without a DB/WAL device: BlueStore metadata on HDD slows small writes.`,
  fDbPerOsd: 'DB per OSD (chosen rule)', fDbShared: 'DB device space needed',
  // PG
  fPgPerOsd: 'PG shards per OSD', pgSummary: (list: string) => `pg_num ${list}.`,
  mgrPool: 'Ceph\'s .mgr pool is included as the manager creates it: size 3, pg_num 1 (pg_num_min 1, pg_num_max 32).',
  // Network
  noCephNet: (g: string) => `Node ${g} has no Ceph network (network.ceph): recovery time is not computed.`,
  networkSummary: (agg: string, deg: string) => `Ceph bond ${agg} aggregate, ${deg} with one link down.`,
  fAggregate: 'Aggregate', fDegraded: 'With one link down', fExpected: 'Expected for recovery flows (long-lived)', fTransfer: 'Recovery transfers (busiest link sets the end)',
  // Failure
  failStory: (nodes: string, mem: string | null, u: string, fill: string | null, heals: boolean | null, rec: string | null, q: boolean, sim: string | null) => {
    const parts = [`${nodes} fail${nodes.includes(',') ? '' : 's'}:`];
    if (mem !== null) parts.push(`memory on survivors ${mem} (limit ${u})`);
    if (fill !== null) parts.push(heals === false ? `Ceph stays degraded (no spare host); an OSD loss refills its host to ${fill} on average` : `Ceph refills to ${fill} on average`);
    else if (heals === false) parts.push('Ceph stays degraded until the host returns');
    if (sim !== null) parts.push(sim);
    if (rec !== null) parts.push(`recovery ${rec}`);
    parts.push(q ? 'quorum kept' : 'QUORUM LOST');
    return `${parts[0]} ${parts.slice(1).join(', ')}.`;
  },
  fMemAfter: 'Memory used on the survivors', fRecovery: 'Recovery time (host)', fQuorum: 'Quorum after the failure',
  memAfterOk: (m: string, u: string) => `Memory on the survivors ${m}, within ${u}.`,
  memAfterOver: (m: string, u: string) => `Memory on the survivors ${m}, above ${u}: guests do not all restart.`,
  recoveryOk: (t: string, max: string) => `Recovery after a host loss takes ${t} (limit ${max}); a minimum, as Ceph's recovery throttles are not modelled.`,
  recoveryOver: (t: string, max: string) => `Recovery after a host loss takes ${t}, more than rules.maxRecoveryHours (${max}).`,
  recoveryNever: (max: string) => `A host loss cannot be healed (no spare failure domain): redundancy returns only with the host, beyond rules.maxRecoveryHours (${max}).`,
  recoveryInfo: (t: string) => `Recovery after a host loss: ${t} (mark-out + rebuild over the bonds and the disks' reads and writes; Ceph's recovery throttles not modelled).`,
  recoveryAssumption: (r: string, stated: boolean) => stated ? `OSD recovery rate ${r} as stated for the disks, shared by their reads and writes.` : `OSD recovery rate ${r} per OSD, shared by its reads and writes (Kampe's default; give disks[].recoveryRate).`,
  multiFailure: (f: number) => `rules.failures = ${f}: memory and CPU are checked with ${count(f, 'en', 'node', 'nodes')} down; the average Ceph figures model one host down at a time, the CRUSH simulation fails ${count(f, 'en', 'host', 'hosts')} together.`,
  // Quorum
  // Durability
  durabilitySummary: (p: string, n: string) => `Weakest pool ${p}: ${n} nines per year (with unrecoverable read errors).`,
  durabilityMethod: 'Kampe (declustered RADOS) with Backblaze\'s binomial count of failures within the recovery period, plus Kampe\'s unrecoverable-read-error term (nre_model "fail"); the verdict uses the figure with read errors',
  fLossNre: (p: string) => `P(loss/yr) ${p}, with read errors (verdict)`,
  fNinesNre: (p: string) => `nines ${p}, with read errors (verdict)`,
  fLoss: (p: string) => `P(loss/yr) ${p}, disk failures alone`,
  fNines: (p: string) => `nines ${p}, disk failures alone`,
  ninesOk: (p: string, n: string, m: string) => `Pool ${p}: ${n} nines, at least rules.minNines ${m}.`,
  ninesLow: (p: string, n: string, m: string) => `Pool ${p}: ${n} nines, below rules.minNines ${m}.`,
  // Storage
  zfsFits: (p: string, g: string, d: string, c: string, r: string) => `ZFS ${p} on ${g}: ${d} per node within ${c} × ${r}.`,
  zfsOver: (p: string, g: string, d: string, c: string, r: string) => `ZFS ${p} on ${g}: ${d} per node exceeds ${c} × ${r}.`,
  zfsNoData: (p: string, g: string, c: string) => `ZFS ${p} on ${g}: ${c} usable per node.`,
  zfsLeftover: (p: string, g: string, n: number) => `ZFS ${p} on ${g}: ${count(n, 'en', 'disk does', 'disks do')} not fill a vdev and ${plural(n, 'en', 'stays', 'stay')} unused.`,
  zfsLocal: 'Local ZFS is not shared: guests on it restart elsewhere only with storage replication (pvesr) or a backup.',
  extFits: (p: string, d: string, c: string, r: string) => `${p}: ${d} within ${c} × ${r}.`,
  extOver: (p: string, d: string, c: string, r: string) => `${p}: ${d} exceeds ${c} × ${r}.`,
  extInfo: (p: string, c: string) => `${p}: ${c} of external capacity (its own redundancy is the array's).`,
  fZfsUsable: (p: string) => `ZFS ${p} usable per node`, fExternal: (p: string) => `${p} capacity`,
  // Procurement
  noCatalogueRef: 'No node names a catalogue platform: DIMM population and blade limits are not checked.',
  dimmOk: (g: string, pop: string, speed: string) => `Node ${g}: ${pop}, balanced, ${speed}.`,
  dimmPenalty: (g: string, pop: string, speed: string, pen: string) => `Node ${g}: ${pop} at 2+ DIMMs per channel runs at ${speed} (−${pen}).`,
  dimmUnbalanced: (g: string, ram: string, ch: number, near: string) => `Node ${g}: ${ram} is not a balanced population on ${ch} channels per socket (${near}).`,
  dimmNearest: (lo: string | null, hi: string | null) => [lo ? `nearest below ${lo}` : '', hi ? `nearest above ${hi}` : ''].filter(Boolean).join(', '),
  baysOver: (g: string, n: number, bays: number) => `Node ${g}: ${count(n, 'en', 'disk exceeds', 'disks exceed')} the platform's ${count(bays, 'en', 'drive bay', 'drive bays')}.`,
  portsOver: (g: string, n: number, ports: number) => `Node ${g}: ${n} bond links exceed the platform's ${ports} NIC ports.`,
  speedUnsupported: (g: string, s: string, list: string) => `Node ${g}: ${s} NICs are not offered on this platform (${list}).`,
  classUnsupported: (g: string, c: string) => `Node ${g}: the platform takes no ${c} disks.`,
  socketsUnsupported: (g: string, s: number, list: string) => `Node ${g}: ${count(s, 'en', 'socket', 'sockets')} is not an option of the platform (${list}).`,
  chassis: (n: number, name: string, nodes: number, bays: number) => `${n} × ${name} for ${count(nodes, 'en', 'blade', 'blades')} (${count(bays, 'en', 'bay', 'bays')} each).`,
  unavailable: (g: string) => `Node ${g}: the platform is no longer sold (catalogue: available false).`,
  population: (n: number, size: string, dpc: number) => `${n} × ${size} (${dpc} per channel)`,
  // Cost
  fHardware: 'Hardware', fSubscription: 'Subscriptions', fTotal: 'Total over the period', fPerGiB: 'Per usable GiB of guest RAM', fPerTB: 'Per safe usable TB of Ceph',
  costSummary: (t: string, y: number, l: string) => `${t} over ${count(y, 'en', 'year', 'years')} (subscription ${l}).`,
  priceMissing: (g: string) => `Node ${g} has no price (price, or a catalogue platform): counted as 0.`,
  currencyDiffers: (table: string, prices: string) => `${table} ≠ ${prices}: the subscription table's prices are added to the hardware's without conversion.`,
  subscriptionNote: (table: string, date: string, level: string, p: string, vat: string) => `Proxmox VE ${level} subscription ${p} per socket per year, ${vat} (table ${table}, ${date === 'undated' ? 'undated price list' : `price list of ${date}`}); every node of a cluster shares one level.`,
  vat: { excluded: 'excl. VAT', included: 'incl. VAT', unknown: 'VAT not stated' } as Record<'excluded' | 'included' | 'unknown', string>,
  subscriptionNone: 'No Proxmox VE subscription counted (prices.subscription: none).',
  // Plan-level
  assumptionCourse: 'The course\'s rules: N − f memory at rules.maxUtilization, data written size times; Capa adds host reservations and the refill after a host loss.',
  verdictLine: (v: string) => `Verdict: ${v}`,
};

// biome-ignore format: a table, several short entries per line as it reads
const fr: typeof en = {
  area: {
    workloads: 'Charges', memory: 'Mémoire (N − f)', cpu: 'CPU', ceph: 'Capacité Ceph', dbwal: 'DB/WAL BlueStore', pgs: 'Groupes de placement (PG)',
    network: 'Réseau et agrégats', failure: 'Pire panne', quorum: 'Quorum et HA', durability: 'Durabilité', storage: 'Stockage local et externe',
    procurement: 'Achats', cost: 'Coût', backup: 'Sauvegardes', drain: 'Évacuation pour maintenance', filer: 'Baies externes',
  },
  verdict: { pass: 'conforme', warn: 'conforme avec avertissements', fail: 'ÉCHEC' },
  fGuestRam: 'RAM des invités', fVcpus: 'vCPU des invités', fData: 'Données (logiques)', fHorizon: 'Croissance',
  grown: (what) => `${what} après croissance`,
  noWorkload: 'Aucune charge indiquée : le plan ne donne que les capacités (ajoutez workloads : guestRam, vcpus, data ou vms).',
  growthNone: 'pas de croissance indiquée',
  growthText: (g, y) => `${g} par an sur ${count(y, 'fr', 'an', 'ans')}`,
  workloadsSummary: (ram, cpu, data) => `${ram} de RAM invités, ${cpu} vCPU, ${data} de données à l’horizon.`,
  fTotalRam: 'RAM installée', fUsable: 'Utilisable par les invités (N − f)', fReserve: 'Réserve hôte par nœud', fRequired: 'RAM nécessaire par nœud', fBuy: 'Plus petite taille achetable',
  memorySummary: (u, f, g) => (g === null ? `${u} utilisables par les invités avec ${count(f, 'fr', 'nœud', 'nœuds')} en panne.` : `${g} d’invités dans ${u} utilisables avec ${count(f, 'fr', 'nœud', 'nœuds')} en panne.`),
  reservationsApplied: (h, o, z) => `Réserves hôte appliquées par nœud : système ${h}, OSD Ceph ${o}, ARC ZFS ${z} (rules.hostReserve: 0 sans OSD reproduit la règle du cours).`,
  reservationsDiffer: 'Les nœuds diffèrent en OSD ou en disques ZFS : la plus grande réserve est appliquée à tous (prudent).',
  fThreads: 'Threads par nœud', fGuestThreads: 'Threads laissés aux invités par nœud', fThreadsShort: 'Threads manquants par nœud', fOvercommit: 'vCPU:pCPU avec f nœuds en panne',
  cpuSummary: (r, m) => `vCPU:pCPU ${r}:1 en tolérant les pannes (limite ${m}:1).`,
  cpuNoVcpu: 'Aucun total de vCPU indiqué : le ratio CPU n’est pas vérifié.',
  cpuNoRoom: (v, short) => (short > 0 ? `${v} vCPU indiqués, mais aucun thread ne reste aux invités (${short} manquants par nœud) : le ratio CPU ne peut pas tenir.` : `${v} vCPU indiqués, mais aucun thread ne reste aux invités : le ratio CPU ne peut pas tenir.`),
  noCeph: 'Pas de stockage Ceph dans le scénario.',
  fRaw: 'Brut', fUsableCeph: 'Utile (sain, 100 %)', fRot: 'Utile selon la règle du cours (× 1,1)', fSafe: 'Utile sûr (après perte du plus gros hôte, modèle moyen)', fFillNow: 'Remplissage actuel', fFillAfter: 'Remplissage après perte du plus gros hôte (modèle moyen)',
  fSafeMix: 'Utile sûr pour la répartition des données entre pools', fRotDisks: 'Disques par nœud, règle du cours', fSafeDisks: 'Disques par nœud, règle sûre',
  cephSummary: (safe, data) => (data === null ? `${safe} utiles en sécurité.` : `${data} de données dans ${safe} utiles en sécurité.`),
  safeOk: (p, d, s, r) => `Pool ${p} : ${d} tiennent dans la capacité sûre ${s} (reconstruction sous ${r} après perte d’un hôte).`,
  safeOver: (p, d, s, r) => `Pool ${p} : ${d} dépassent la capacité sûre ${s} : après perte du plus gros hôte, la reconstruction dépasserait ${r}.`,
  safeOverOsd: (p, d, s, r) => `Pool ${p} : ${d} dépassent la capacité sûre ${s} : la perte d’un hôte ne se reconstruit pas ici, et la perte d’un OSD remplirait son hôte au-delà de ${r}.`,
  sharedOsds: (p) => `Les chiffres du pool ${p} comptent les données brutes de tous les pools sur les OSD partagés.`,
  rotLayoutShort: (p, n, d, need) => `Pool ${p} : ${n} OSD de ${d} par nœud, moins que les ${need} demandés par la règle du cours (données × size × 1,1 ÷ nœuds).`,
  heterogeneousHosts: (c) => `Les hôtes diffèrent en capacité d’OSD${c === null ? '' : ` ${c}`} : les chiffres Ceph prennent le plus petit hôte pour chacun (prudent).`,
  mixedSizes: (d) => `Tailles d’OSD ${d} mélangées sur un hôte : calcul avec leur taille moyenne (le plus gros OSD se remplit en dernier).`,
  overlapping: 'Certains pools utilisent tous les OSD et d’autres une classe de disques : l’autoscaler de Ceph ignore les pools aux racines CRUSH qui se chevauchent, et les capacités se recouvrent.',
  domainAll: 'tous les OSD',
  domainClass: (c) => `OSD ${c}`,
  dbColocated: 'Les OSD flash gardent leur DB/WAL sur le même support : pas de périphérique DB séparé.',
  dbMissing: (n) => `${n} OSD HDD par nœud sans périphérique DB/WAL : les métadonnées BlueStore sur HDD ralentissent les petites écritures.`,
  fDbPerOsd: 'DB par OSD (règle choisie)', fDbShared: 'Espace nécessaire sur le périphérique DB',
  fPgPerOsd: 'Fragments de PG par OSD', pgSummary: (list) => `pg_num ${list}.`,
  mgrPool: 'Le pool .mgr de Ceph est compté tel que le manager le crée : taille 3, pg_num 1 (pg_num_min 1, pg_num_max 32).',
  noCephNet: (g) => `Le nœud ${g} n’a pas de réseau Ceph (network.ceph) : la durée de reconstruction n’est pas calculée.`,
  networkSummary: (agg, deg) => `Agrégat Ceph ${agg}, ${deg} avec un lien en panne.`,
  fAggregate: 'Agrégé', fDegraded: 'Avec un lien en panne', fExpected: 'Attendu pour les flux de reconstruction (flux longs)', fTransfer: 'Transferts de reconstruction (le lien le plus chargé fixe la fin)',
  failStory: (nodes, mem, u, fill, heals, rec, q, sim) => {
    const parts = [`${nodes} ${nodes.includes(',') ? 'tombent' : 'tombe'} :`];
    if (mem !== null) parts.push(`mémoire des survivants ${mem} (limite ${u})`);
    if (fill !== null) parts.push(heals === false ? `Ceph reste dégradé (pas d’hôte de rechange) ; la perte d’un OSD remplit son hôte à ${fill} en moyenne` : `Ceph se remplit à ${fill} en moyenne`);
    else if (heals === false) parts.push('Ceph reste dégradé jusqu’au retour de l’hôte');
    if (sim !== null) parts.push(sim);
    if (rec !== null) parts.push(`reconstruction ${rec}`);
    parts.push(q ? 'quorum conservé' : 'QUORUM PERDU');
    return `${parts[0]} ${parts.slice(1).join(', ')}.`;
  },
  fMemAfter: 'Mémoire occupée sur les survivants', fRecovery: 'Durée de reconstruction (hôte)', fQuorum: 'Quorum après la panne',
  memAfterOk: (m, u) => `Mémoire des survivants ${m}, dans la limite de ${u}.`,
  memAfterOver: (m, u) => `Mémoire des survivants ${m}, au-delà de ${u} : tous les invités ne redémarrent pas.`,
  recoveryOk: (t, max) => `La reconstruction après perte d’un hôte prend ${t} (limite ${max}) ; un minimum, les limitations de reconstruction de Ceph n’étant pas modélisées.`,
  recoveryOver: (t, max) => `La reconstruction après perte d’un hôte prend ${t}, plus que rules.maxRecoveryHours (${max}).`,
  recoveryNever: (max) => `La perte d’un hôte ne se reconstruit pas (aucun domaine de panne de rechange) : la redondance ne revient qu’avec l’hôte, au-delà de rules.maxRecoveryHours (${max}).`,
  recoveryInfo: (t) => `Reconstruction après perte d’un hôte : ${t} (mark-out + reconstruction sur les agrégats et les lectures et écritures des disques ; limitations de reconstruction de Ceph non modélisées).`,
  recoveryAssumption: (r, stated) => stated ? `Débit de reconstruction ${r} par OSD, indiqué pour les disques, partagé entre leurs lectures et leurs écritures.` : `Débit de reconstruction ${r} par OSD, partagé entre ses lectures et ses écritures (valeur de Kampe ; indiquez disks[].recoveryRate).`,
  multiFailure: (f) => `rules.failures = ${f} : mémoire et CPU sont vérifiés avec ${count(f, 'fr', 'nœud', 'nœuds')} en panne ; les chiffres Ceph du modèle moyen retirent un hôte à la fois, la simulation CRUSH fait tomber ${count(f, 'fr', 'hôte', 'hôtes')} ensemble.`,
  durabilitySummary: (p, n) => `Pool le plus faible ${p} : ${n} neuf par an (erreurs de lecture irrécupérables comprises).`,
  durabilityMethod: 'Kampe (RADOS déclusterisé) avec le comptage binomial de Backblaze des pannes pendant la reconstruction, plus le terme d’erreurs de lecture irrécupérables de Kampe (nre_model « fail ») ; le verdict retient le chiffre avec erreurs de lecture',
  fLossNre: (p) => `P(perte/an) ${p}, erreurs de lecture comprises (verdict)`,
  fNinesNre: (p) => `neuf ${p}, erreurs de lecture comprises (verdict)`,
  fLoss: (p) => `P(perte/an) ${p}, pannes de disques seules`,
  fNines: (p) => `neuf ${p}, pannes de disques seules`,
  ninesOk: (p, n, m) => `Pool ${p} : ${n} neuf, au moins rules.minNines ${m}.`,
  ninesLow: (p, n, m) => `Pool ${p} : ${n} neuf, sous rules.minNines ${m}.`,
  zfsFits: (p, g, d, c, r) => `ZFS ${p} sur ${g} : ${d} par nœud dans ${c} × ${r}.`,
  zfsOver: (p, g, d, c, r) => `ZFS ${p} sur ${g} : ${d} par nœud dépassent ${c} × ${r}.`,
  zfsNoData: (p, g, c) => `ZFS ${p} sur ${g} : ${c} utiles par nœud.`,
  zfsLeftover: (p, g, n) => `ZFS ${p} sur ${g} : ${count(n, 'fr', 'disque ne complète', 'disques ne complètent')} pas un vdev et ${plural(n, 'fr', 'reste inutilisé', 'restent inutilisés')}.`,
  zfsLocal: 'ZFS local n’est pas partagé : les invités qui y sont ne redémarrent ailleurs qu’avec la réplication (pvesr) ou une sauvegarde.',
  extFits: (p, d, c, r) => `${p} : ${d} dans ${c} × ${r}.`,
  extOver: (p, d, c, r) => `${p} : ${d} dépassent ${c} × ${r}.`,
  extInfo: (p, c) => `${p} : ${c} de capacité externe (sa redondance est celle de la baie).`,
  fZfsUsable: (p) => `ZFS ${p} utile par nœud`, fExternal: (p) => `Capacité ${p}`,
  noCatalogueRef: 'Aucun nœud ne cite une plateforme du catalogue : population des barrettes et limites des lames non vérifiées.',
  dimmOk: (g, pop, speed) => `Nœud ${g} : ${pop}, équilibré, ${speed}.`,
  dimmPenalty: (g, pop, speed, pen) => `Nœud ${g} : ${pop} à 2 barrettes ou plus par canal tourne à ${speed} (−${pen}).`,
  dimmUnbalanced: (g, ram, ch, near) => `Nœud ${g} : ${ram} n’est pas une population équilibrée sur ${ch} canaux par socket (${near}).`,
  dimmNearest: (lo, hi) => [lo ? `plus proche en dessous ${lo}` : '', hi ? `plus proche au-dessus ${hi}` : ''].filter(Boolean).join(', '),
  baysOver: (g, n, bays) => `Nœud ${g} : ${count(n, 'fr', 'disque dépasse', 'disques dépassent')} ${plural(bays, 'fr', 'la', 'les')} ${count(bays, 'fr', 'baie', 'baies')} de la plateforme.`,
  portsOver: (g, n, ports) => `Nœud ${g} : ${n} liens d’agrégat dépassent les ${ports} ports réseau de la plateforme.`,
  speedUnsupported: (g, s, list) => `Nœud ${g} : pas de cartes ${s} sur cette plateforme (${list}).`,
  classUnsupported: (g, c) => `Nœud ${g} : la plateforme n’accepte pas de disques ${c}.`,
  socketsUnsupported: (g, s, list) => `Nœud ${g} : ${count(s, 'fr', 'socket', 'sockets')} n’est pas une option de la plateforme (${list}).`,
  chassis: (n, name, nodes, bays) => `${n} × ${name} pour ${count(nodes, 'fr', 'lame', 'lames')} (${count(bays, 'fr', 'baie', 'baies')} chacun).`,
  unavailable: (g) => `Nœud ${g} : la plateforme n’est plus vendue (catalogue : available false).`,
  population: (n, size, dpc) => `${n} × ${size} (${dpc} par canal)`,
  fHardware: 'Matériel', fSubscription: 'Souscriptions', fTotal: 'Total sur la période', fPerGiB: 'Par Gio de RAM invités utilisable', fPerTB: 'Par To Ceph utile en sécurité',
  costSummary: (t, y, l) => `${t} sur ${count(y, 'fr', 'an', 'ans')} (souscription ${l}).`,
  priceMissing: (g) => `Le nœud ${g} n’a pas de prix (price, ou une plateforme du catalogue) : compté 0.`,
  currencyDiffers: (table, prices) => `${table} ≠ ${prices} : les prix de la table d’abonnement s’ajoutent à ceux du matériel sans conversion.`,
  subscriptionNote: (table, date, level, p, vat) => `Souscription Proxmox VE ${level} ${p} ${vat} par socket et par an (table ${table}, ${date === 'undated' ? 'tarif non daté' : `tarif du ${date}`}) ; tous les nœuds d’un cluster ont le même niveau.`,
  vat: { excluded: 'HT', included: 'TTC', unknown: 'TVA non précisée' },
  subscriptionNone: 'Aucune souscription Proxmox VE comptée (prices.subscription: none).',
  assumptionCourse: 'Règles du cours : mémoire N − f à rules.maxUtilization, données écrites size fois ; Capa ajoute les réserves hôte et la reconstruction après perte d’un hôte.',
  verdictLine: (v) => `Verdict : ${v}`,
};

export type PlanMessages = typeof en;
export const planMessages = (lang: Lang): PlanMessages => (lang === 'fr' ? fr : en);
