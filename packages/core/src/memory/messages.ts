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
  summary: (usable: string, n: number, f: number, u: string) => `${usable} usable for guests with ${f} of ${n} nodes down at ${u} utilisation.`,
  reservationsOmitted:
    'Host reservations are not counted (the course rule as stated): state a host reservation (~2 GiB for the system), the Ceph OSDs per node (OSD memory, 4 GiB default target, 8 GiB advised) and the ZFS ARC where they apply.',
  reservationsExceed: 'Host reservations use all the memory the N − f rule allows: no room is left for guests.',
  noFailure: 'failures = 0: the cluster is sized with no node failure tolerated.',
  haNodes: (n: number) => `${n} node(s): Proxmox VE HA needs at least 3 nodes (5 advised for production).`,
  heterogeneous: 'Nodes differ in RAM: the largest f nodes are assumed to fail (worst case).',
  osdMemoryLow: (v: string) => `OSD memory target ${v} is below Ceph's 4 GiB default; under 2 GiB is not recommended.`,
  osdMemoryAdvice: (v: string) =>
    `OSD memory ${v} per OSD is below the 8 GiB per OSD advised (Proxmox VE: at least 8 GiB per OSD; Ceph: node RAM above OSDs × osd_memory_target × 2): reserve 8 GiB per OSD.`,
  guestFits: (g: string, u: string) => `${g} of guests fits in ${u} usable with the failures tolerated.`,
  guestTooBig: (g: string, u: string) => `${g} of guests does not fit in ${u} usable with the failures tolerated.`,
  noPurchasable: (r: string, max: string) => `${r} per node exceeds the largest purchasable size (${max}): add nodes.`,
  purchasable: (r: string, p: string) => `Buy ${p} per node (needs at least ${r}).`,
  overcommitOk: (r: string, max: string) => `vCPU:pCPU ${r}:1 with the failures tolerated (limit ${max}:1).`,
  overcommitHigh: (r: string, max: string) => `vCPU:pCPU ${r}:1 with the failures tolerated exceeds ${max}:1.`,
  ksm: (s: string, u: string) =>
    `KSM savings of ${s} assumed as stated; they are not guaranteed: they need guests sharing identical pages, and ksmtuned, which drives KSM on Proxmox VE, starts merging only above its threshold (KSM_THRES_COEF=20: guests committing more than about 80% of the node's RAM, or less than 20% of it free), which a node kept under the ${u} limit may never reach.`,
  quorumLost: (f: number, n: number, held: number, votes: number, quorum: number, tolerated: number) =>
    `With ${f} of ${n} nodes down the survivors hold ${held} of ${votes} corosync votes, below the quorum of ${quorum}: the cluster loses quorum and HA restarts no guest, so the N − f figure does not hold. Quorum survives at most ${tolerated} node failure(s): lower the failures or add nodes (or a QDevice).`,
  nodeBelowReserve: (node: string, ram: string, reserve: string) =>
    `${node}: its ${ram} of RAM does not even hold its host reservations (${reserve}): its OSDs and system do not fit, and it adds nothing for guests (counted as 0, never less).`,
  nodeNoGuestRoom: (node: string, ram: string, reserve: string, u: string) =>
    `${node}: its host reservations (${reserve}) take more than ${u} of its ${ram}: it adds nothing for guests (counted as 0, never less) and runs above the limit.`,
  nodeName: (ram: string, count: number) => (count > 1 ? `Each of the ${count} nodes of ${ram}` : `The ${ram} node`),
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
  summary: (usable, n, f, u) => `${usable} utilisables par les invités avec ${f} nœud(s) sur ${n} en panne à ${u} d’occupation.`,
  reservationsOmitted:
    'Les réserves hôte ne sont pas comptées (règle du cours telle quelle) : indiquez une réserve hôte (~2 Gio pour le système), le nombre d’OSD Ceph par nœud (mémoire des OSD, cible 4 Gio par défaut, 8 Gio conseillés) et l’ARC ZFS le cas échéant.',
  reservationsExceed: 'Les réserves hôte consomment toute la mémoire permise par la règle N − f : il ne reste rien pour les invités.',
  noFailure: 'failures = 0 : le cluster est dimensionné sans tolérer de panne de nœud.',
  haNodes: (n) => `${n} nœud(s) : la HA de Proxmox VE exige au moins 3 nœuds (5 conseillés en production).`,
  heterogeneous: 'Les nœuds n’ont pas tous la même RAM : on suppose la panne des f plus gros (pire cas).',
  osdMemoryLow: (v) => `Cible mémoire OSD ${v} sous les 4 Gio par défaut de Ceph ; moins de 2 Gio est déconseillé.`,
  osdMemoryAdvice: (v) =>
    `Mémoire OSD ${v} par OSD, sous les 8 Gio par OSD conseillés (Proxmox VE : au moins 8 Gio par OSD ; Ceph : RAM du nœud au-delà de OSD × osd_memory_target × 2) : réservez 8 Gio par OSD.`,
  guestFits: (g, u) => `${g} d’invités tiennent dans ${u} utilisables en tolérant les pannes.`,
  guestTooBig: (g, u) => `${g} d’invités ne tiennent pas dans ${u} utilisables en tolérant les pannes.`,
  noPurchasable: (r, max) => `${r} par nœud dépasse la plus grande taille achetable (${max}) : ajoutez des nœuds.`,
  purchasable: (r, p) => `Acheter ${p} par nœud (au moins ${r} nécessaires).`,
  overcommitOk: (r, max) => `vCPU:pCPU ${r}:1 en tolérant les pannes (limite ${max}:1).`,
  overcommitHigh: (r, max) => `vCPU:pCPU ${r}:1 en tolérant les pannes dépasse ${max}:1.`,
  ksm: (s, u) =>
    `Économies KSM de ${s} supposées comme indiqué ; elles ne sont pas garanties : il faut des pages identiques entre invités, et ksmtuned, qui pilote KSM sous Proxmox VE, ne commence à fusionner qu’au-delà de son seuil (KSM_THRES_COEF=20 : invités engageant plus d’environ 80 % de la RAM du nœud, ou moins de 20 % libre), qu’un nœud tenu sous la limite de ${u} peut ne jamais atteindre.`,
  quorumLost: (f, n, held, votes, quorum, tolerated) =>
    `Avec ${f} nœud(s) sur ${n} en panne, les survivants ont ${held} des ${votes} votes corosync, sous le quorum de ${quorum} : le cluster perd le quorum et la HA ne redémarre aucun invité, la règle N − f ne tient donc pas. Le quorum survit à ${tolerated} panne(s) de nœud au plus : réduisez les pannes ou ajoutez des nœuds (ou un QDevice).`,
  nodeBelowReserve: (node, ram, reserve) =>
    `${node} : ses ${ram} de RAM ne couvrent même pas ses réserves hôte (${reserve}) : ses OSD et son système n’y tiennent pas, et il n’apporte rien aux invités (compté 0, jamais moins).`,
  nodeNoGuestRoom: (node, ram, reserve, u) =>
    `${node} : ses réserves hôte (${reserve}) prennent plus de ${u} de ses ${ram} : il n’apporte rien aux invités (compté 0, jamais moins) et dépasse la limite.`,
  nodeName: (ram, count) => (count > 1 ? `Chacun des ${count} nœuds de ${ram}` : `Le nœud de ${ram}`),
};

export const memoryMessages = (lang: Lang) => (lang === 'fr' ? fr : en);
