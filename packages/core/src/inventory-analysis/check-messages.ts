/**
 * The words of `capa analyze`'s checks, by code (issue 10): the checks carry the code and
 * language-free parameters (counts, ratios, bytes unformatted; node, pool and host names as the
 * inventory spells them), and the text is rendered here. INVENTORY_MESSAGES adds the Ceph
 * calculator's and the CRUSH simulation's codes the analysis shares.
 */
import { CEPH_CHECK_MESSAGES } from '../ceph/check-messages.js';
import { SIMULATION_CHECK_MESSAGES } from '../ceph/simulation-check-messages.js';
import type { Catalogue, Locales, Params } from '../spec/types.js';
import { formatBytes, formatNumber, formatRatio } from '../units/format.js';
import type { SizeSystem } from '../units/size-units.js';
import { E, F } from '../spec/plural.js';

const s = (p: Params, k: string): string => String(p[k]);
const n = (p: Params, k: string): number => Number(p[k]);
const sys = (p: Params): SizeSystem => (p['system'] === 'decimal' ? 'decimal' : 'binary');

/** Which of Ceph's two maps the inventory lacks (one missing is not "no maps"); no params: neither was captured. */
function noMaps(p: Params, lang: 'en' | 'fr'): string {
  const crush = p['noCrushDump'] !== false;
  const osd = p['noOsdDump'] !== false;
  if (lang === 'fr') {
    if (p['refused'] === true) return 'Les cartes de Ceph de l’inventaire ont été capturées mais refusées (voir l’avertissement de l’import)';
    if (crush && !osd) return 'L’inventaire n’a pas de ceph osd crush dump (ceph osd dump a été capturé, mais il faut les deux cartes)';
    if (osd && !crush) return 'L’inventaire n’a pas de ceph osd dump (ceph osd crush dump a été capturé, mais il faut les deux cartes)';
    return 'L’inventaire n’a pas les cartes de Ceph (ceph osd crush dump et ceph osd dump non capturés)';
  }
  if (p['refused'] === true) return 'The inventory’s Ceph maps were captured but refused (see the import’s warning)';
  if (crush && !osd) return 'The inventory has no ceph osd crush dump (ceph osd dump was captured, but both maps are needed)';
  if (osd && !crush) return 'The inventory has no ceph osd dump (ceph osd crush dump was captured, but both maps are needed)';
  return 'The inventory has no Ceph maps (ceph osd crush dump and ceph osd dump not captured)';
}

const en = {
  'inventory.memory.n-minus-f.passes': (p: Params) =>
    `With the ${s(p, 'failures')} largest ${E.w(p['failures'], 'node', 'nodes')} down, guests plus reservations would use ${formatRatio(n(p, 'utilization'), 'en')} of the survivors' RAM: within ${formatRatio(n(p, 'max'), 'en')}.`,
  'inventory.memory.n-minus-f.fails': (p: Params) =>
    `With the ${s(p, 'failures')} largest ${E.w(p['failures'], 'node', 'nodes')} down, guests plus reservations would need ${formatRatio(n(p, 'utilization'), 'en')} of the survivors' RAM: more than ${formatRatio(n(p, 'max'), 'en')}.`,
  'inventory.memory.no-survivors': (p: Params) => `${E.c(p['failures'], 'failure', 'failures')} asked but only ${E.c(p['online'], 'online node', 'online nodes')}: no node would survive.`,
  'inventory.memory.no-nodes': () => 'The inventory has no node with a known RAM size: add nodes in a what-if to analyse the workload.',
  'inventory.memory.unknown-guest-memory': (p: Params) =>
    `${E.c(p['guests'], 'guest has', 'guests have')} no known memory size and ${E.w(p['guests'], 'is', 'are')} NOT counted: the utilisation is understated.`,
  'inventory.memory.node-ram-unknown': (p: Params) => `${E.l(p['nodes'], 'Node without a known RAM size, left out', 'Nodes without a known RAM size, left out')}: ${s(p, 'nodes')}.`,
  'inventory.memory.offline-nodes': (p: Params) => `${E.l(p['nodes'], 'Offline node', 'Offline nodes')} counted as already failed (their RAM is not available): ${s(p, 'nodes')}.`,
  'inventory.memory.counted': (p: Params) =>
    `Counted: configured RAM of ${E.c(p['guests'], 'guest', 'guests')}, running or stopped (HA or an operator may start any of them); ${E.c(p['templates'], 'template', 'templates')} excluded; ${E.c(p['stopped'], 'stopped guest', 'stopped guests')} included.`,
  'inventory.memory.not-ha': (p: Params) =>
    `${E.c(p['guests'], 'counted guest is', 'counted guests are')} not HA-managed: after a failure ${E.w(p['guests'], 'it needs capacity but restarts', 'they need capacity but restart')} only by hand.`,
  'inventory.memory.placement.ok': (p: Params) =>
    `First-fit decreasing places ${E.w(p['guests'], 'the', 'all')} ${E.c(p['guests'], 'guest', 'guests')} of the failed nodes on the survivors within the limit.`,
  'inventory.memory.placement.warn': (p: Params) =>
    `${E.c(p['guests'], 'guest', 'guests')} of the failed nodes ${E.w(p['guests'], 'does', 'do')} not fit on any single survivor within ${formatRatio(n(p, 'max'), 'en')} (first-fit decreasing); ${E.w(p['guests'], 'it fits', 'they fit')} only above it.`,
  'inventory.memory.placement.fail': (p: Params) =>
    `${E.c(p['guests'], 'guest', 'guests')} of the failed nodes ${E.w(p['guests'], 'fits', 'fit')} on no survivor even at 100 % RAM: ${E.w(p['guests'], 'it', 'they')} could not restart.`,
  'inventory.cpu.overcommit.ok': (p: Params) => `vCPU:thread ${formatNumber(n(p, 'ratio'), 'en', 2)}:1 with the failures (limit ${formatNumber(n(p, 'max'), 'en', 2)}:1).`,
  'inventory.cpu.overcommit.high': (p: Params) => `vCPU:thread ${formatNumber(n(p, 'ratio'), 'en', 2)}:1 with the failures exceeds ${formatNumber(n(p, 'max'), 'en', 2)}:1.`,
  'inventory.cpu.threads-unknown': (p: Params) => `Thread count unknown for ${E.l(p['nodes'], 'survivor', 'survivors')} ${s(p, 'nodes')}: CPU overcommit not computed.`,
  'inventory.headroom': (p: Params) =>
    `${s(p, 'guests')} more ${E.w(p['guests'], 'guest', 'guests')} of ${formatBytes(n(p, 'guestRamBytes'), sys(p), 'en')} / ${s(p, 'guestVcpus')} vCPU ${E.w(p['guests'], 'fits', 'fit')} while still passing N − f.`,
  'inventory.memory.nodes-to-add': (p: Params) => `Add ${E.c(p['nodes'], 'node', 'nodes')} of ${formatBytes(n(p, 'nodeRamBytes'), sys(p), 'en')} (like the largest) to pass N − f.`,
  'inventory.memory.osd-host-unmatched': (p: Params) =>
    `${E.l(p['hosts'], 'Ceph host without a matching node, its', 'Ceph hosts without a matching node, their')} OSD memory is not reserved: ${s(p, 'hosts')}.`,
  'inventory.ceph.single-host': () => 'All OSDs are in one CRUSH host: losing that host loses every copy. Host-loss figures do not apply.',
  'inventory.ceph.single-host-in': (p: Params) =>
    `All the OSDs that are in are in one CRUSH host (${s(p, 'hosts')} ${E.l(p['hosts'], 'holds', 'hold')} only out OSDs, which hold no data): losing that host loses every copy. Host-loss figures do not apply.`,
  'inventory.ceph.osds-out': (p: Params) => `${E.c(p['n'], 'OSD is', 'OSDs are')} out: ${s(p, 'osds')}. An out OSD holds no data, so it counts in neither the raw capacity nor the hosts.`,
  'inventory.ceph.failure-domain-osd': (p: Params) => `${E.l(p['pools'], 'Pool', 'Pools')} with failure domain osd (${s(p, 'pools')}): a host loss can take several copies of a PG at once.`,
  'inventory.ceph.unplaceable': (p: Params) =>
    `${E.l(p['pools'], 'Pool', 'Pools')} ${s(p, 'pools')} ${E.l(p['pools'], 'needs', 'need')} more failure domains than the ${E.c(p['hosts'], 'host', 'hosts')}.`,
  'inventory.ceph.cannot-heal': (p: Params) => `${E.c(p['hosts'], 'host', 'hosts')} = the widest pool's width: after a host loss the data stays degraded (nothing to refill onto).`,
  'inventory.ceph.no-hosts': () => 'OSDs have no CRUSH host: host-loss figures are not available (import osd tree).',
  'inventory.ceph.pg.same': (p: Params) => `Pool ${s(p, 'pool')}: pg_num ${s(p, 'pgNum')}; the autoscaler rule gives ${s(p, 'autoscaler')}.`,
  'inventory.ceph.pg.change': (p: Params) => `Pool ${s(p, 'pool')}: pg_num ${s(p, 'pgNum')}, the autoscaler rule gives ${s(p, 'autoscaler')} (Ceph would change it, 3× threshold).`,
  'inventory.ceph.pg-vs-ceph': (p: Params) =>
    `Pool ${s(p, 'pool')}: Capa's autoscaler gives ${s(p, 'autoscaler')}, Ceph's autoscale-status says ${s(p, 'ceph')} (different CRUSH subtree or Ceph release).`,
  'inventory.ceph.pg-unknown': (p: Params) => `Pool ${s(p, 'pool')}: protection unknown (EC profile not imported), PG count not compared.`,
  'inventory.ceph.pg-not-compared': (p: Params) =>
    `${E.l(p['pools'], 'Pool', 'Pools')} ${s(p, 'pools')}: PG count not compared with the autoscaler rule, which refuses their settings (${s(p, 'reason')}).`,
  'inventory.ceph.used-unknown': () => 'Ceph raw used unknown: fill figures not computed.',
  'inventory.memory.not-applicable': () =>
    'Memory N − f: not applicable. The inventory has no guest and no node with a known RAM size (a Ceph-only import, for instance): the verdict rests on the other areas.',
  'inventory.ceph.placement-from-osd-tree': (p: Params) =>
    `${noMaps(p, 'en')}: the placement is simulated on the map Proxmox VE builds from the OSD tree, so PGs land elsewhere than in the real cluster and only their statistics are alike. Capture both dumps (capa import ceph) for the cluster’s own placement.`,
  'inventory.ceph.placement-not-simulated.added': (p: Params) =>
    notSimulatedEn(`the added ${E.l(p['nodes'], 'node', 'nodes')} ${s(p, 'nodes')} ${E.l(p['nodes'], 'carries', 'carry')} OSDs that the inventory’s CRUSH map does not have`),
  'inventory.ceph.placement-not-simulated.refused': (p: Params) => notSimulatedEn(`the inventory’s maps are refused (${s(p, 'reason')})`),
  'inventory.ceph.placement-not-simulated.no-bytes': () => notSimulatedEn('no pool has stored bytes (ceph df)'),
} satisfies Catalogue;
function notSimulatedEn(why: string): string {
  return `CRUSH placement not simulated: ${why}. The fill after a host loss below is the average model’s, which misses the fullest OSD.`;
}
function notSimulatedFr(why: string): string {
  return `Placement CRUSH non simulé : ${why}. Le remplissage après perte d’hôte ci-dessous est celui du modèle moyen, qui ignore l’OSD le plus plein.`;
}
const fr: typeof en = {
  'inventory.memory.n-minus-f.passes': (p) =>
    `Avec ${F.w(p['failures'], 'le', 'les')} ${s(p, 'failures')} plus ${F.w(p['failures'], 'gros nœud', 'gros nœuds')} en panne, invités et réserves occuperaient ${formatRatio(n(p, 'utilization'), 'fr')} de la RAM des survivants : dans la limite de ${formatRatio(n(p, 'max'), 'fr')}.`,
  'inventory.memory.n-minus-f.fails': (p) =>
    `Avec ${F.w(p['failures'], 'le', 'les')} ${s(p, 'failures')} plus ${F.w(p['failures'], 'gros nœud', 'gros nœuds')} en panne, invités et réserves demanderaient ${formatRatio(n(p, 'utilization'), 'fr')} de la RAM des survivants : plus que ${formatRatio(n(p, 'max'), 'fr')}.`,
  'inventory.memory.no-survivors': (p) => `${F.c(p['failures'], 'panne demandée', 'pannes demandées')} pour ${F.c(p['online'], 'nœud', 'nœuds')} en ligne : aucun ne survivrait.`,
  'inventory.memory.no-nodes': () => 'L’inventaire n’a aucun nœud de RAM connue : ajoutez des nœuds dans un scénario pour analyser la charge.',
  'inventory.memory.unknown-guest-memory': (p) =>
    `${F.c(p['guests'], 'invité', 'invités')} sans taille mémoire connue ne ${F.w(p['guests'], 'est PAS compté', 'sont PAS comptés')} : l’occupation est sous-estimée.`,
  'inventory.memory.node-ram-unknown': (p) => `${F.l(p['nodes'], 'Nœud sans RAM connue laissé', 'Nœuds sans RAM connue laissés')} de côté : ${s(p, 'nodes')}.`,
  'inventory.memory.offline-nodes': (p) => `${F.l(p['nodes'], 'Nœud hors ligne compté', 'Nœuds hors ligne comptés')} comme déjà en panne (leur RAM n’est pas disponible) : ${s(p, 'nodes')}.`,
  'inventory.memory.counted': (p) =>
    `Comptés : RAM configurée de ${F.c(p['guests'], 'invité, démarré ou arrêté', 'invités, démarrés ou arrêtés')} (la HA ou un opérateur peut démarrer chacun) ; ${F.c(p['templates'], 'modèle exclu', 'modèles exclus')} ; ${F.c(p['stopped'], 'invité arrêté inclus', 'invités arrêtés inclus')}.`,
  'inventory.memory.not-ha': (p) =>
    `${F.c(p['guests'], 'invité compté n’est pas géré', 'invités comptés ne sont pas gérés')} par la HA : après une panne il ${F.w(p['guests'], 'lui', 'leur')} faut de la place, mais ${F.w(p['guests'], 'il ne redémarre', 'ils ne redémarrent')} qu’à la main.`,
  'inventory.memory.placement.ok': (p) =>
    `Le placement first-fit décroissant loge ${F.w(p['guests'], '', 'les ')}${F.c(p['guests'], 'invité', 'invités')} des nœuds en panne sur les survivants dans la limite.`,
  'inventory.memory.placement.warn': (p) =>
    `${F.c(p['guests'], 'invité', 'invités')} des nœuds en panne ne ${F.w(p['guests'], 'tient', 'tiennent')} sur aucun survivant sous ${formatRatio(n(p, 'max'), 'fr')} (first-fit décroissant) ; seulement au-delà.`,
  'inventory.memory.placement.fail': (p) =>
    `${F.c(p['guests'], 'invité', 'invités')} des nœuds en panne ne ${F.w(p['guests'], 'tient', 'tiennent')} sur aucun survivant même à 100 % de RAM : ${F.w(p['guests'], 'il ne pourrait', 'ils ne pourraient')} pas redémarrer.`,
  'inventory.cpu.overcommit.ok': (p) => `vCPU:thread ${formatNumber(n(p, 'ratio'), 'fr', 2)}:1 avec les pannes (limite ${formatNumber(n(p, 'max'), 'fr', 2)}:1).`,
  'inventory.cpu.overcommit.high': (p) => `vCPU:thread ${formatNumber(n(p, 'ratio'), 'fr', 2)}:1 avec les pannes dépasse ${formatNumber(n(p, 'max'), 'fr', 2)}:1.`,
  'inventory.cpu.threads-unknown': (p) => `Nombre de threads inconnu pour ${F.l(p['nodes'], 'le survivant', 'les survivants')} ${s(p, 'nodes')} : surallocation CPU non calculée.`,
  'inventory.headroom': (p) =>
    `${F.c(p['guests'], 'invité', 'invités')} de plus de ${formatBytes(n(p, 'guestRamBytes'), sys(p), 'fr')} / ${s(p, 'guestVcpus')} vCPU ${F.w(p['guests'], 'tient', 'tiennent')} en respectant N − f.`,
  'inventory.memory.nodes-to-add': (p) => `Ajouter ${F.c(p['nodes'], 'nœud', 'nœuds')} de ${formatBytes(n(p, 'nodeRamBytes'), sys(p), 'fr')} (comme le plus gros) pour respecter N − f.`,
  'inventory.memory.osd-host-unmatched': (p) => `${F.l(p['hosts'], 'Hôte', 'Hôtes')} Ceph sans nœud correspondant, mémoire des OSD non réservée : ${s(p, 'hosts')}.`,
  'inventory.ceph.single-host': () => 'Tous les OSD sont dans un seul hôte CRUSH : perdre cet hôte perd toutes les copies. Les chiffres de perte d’hôte ne s’appliquent pas.',
  'inventory.ceph.single-host-in': (p) =>
    `Tous les OSD « in » sont dans un seul hôte CRUSH (${s(p, 'hosts')} ${F.l(p['hosts'], 'n’a', 'n’ont')} que des OSD « out », qui ne portent aucune donnée) : perdre cet hôte perd toutes les copies. Les chiffres de perte d’hôte ne s’appliquent pas.`,
  'inventory.ceph.osds-out': (p) => `${s(p, 'n')} OSD « out » : ${s(p, 'osds')}. Un OSD « out » ne porte aucune donnée : il ne compte ni dans la capacité brute ni dans les hôtes.`,
  'inventory.ceph.failure-domain-osd': (p) => `${F.l(p['pools'], 'Pool', 'Pools')} avec domaine de panne osd (${s(p, 'pools')}) : une perte d’hôte peut emporter plusieurs copies d’un PG.`,
  'inventory.ceph.unplaceable': (p) =>
    `${F.l(p['pools'], 'Pool', 'Pools')} ${s(p, 'pools')} : plus de domaines de panne nécessaires que ${F.w(p['hosts'], '', 'les ')}${F.c(p['hosts'], 'hôte', 'hôtes')}.`,
  'inventory.ceph.cannot-heal': (p) => `${F.c(p['hosts'], 'hôte', 'hôtes')} = la largeur du pool le plus large : après une perte d’hôte les données restent dégradées.`,
  'inventory.ceph.no-hosts': () => 'Les OSD n’ont pas d’hôte CRUSH : chiffres de perte d’hôte indisponibles (importez osd tree).',
  'inventory.ceph.pg.same': (p) => `Pool ${s(p, 'pool')} : pg_num ${s(p, 'pgNum')} ; la règle de l’autoscaler donne ${s(p, 'autoscaler')}.`,
  'inventory.ceph.pg.change': (p) => `Pool ${s(p, 'pool')} : pg_num ${s(p, 'pgNum')}, la règle de l’autoscaler donne ${s(p, 'autoscaler')} (Ceph le changerait, seuil 3×).`,
  'inventory.ceph.pg-vs-ceph': (p) =>
    `Pool ${s(p, 'pool')} : l’autoscaler de Capa donne ${s(p, 'autoscaler')}, autoscale-status de Ceph indique ${s(p, 'ceph')} (autre sous-arbre CRUSH ou autre version).`,
  'inventory.ceph.pg-unknown': (p) => `Pool ${s(p, 'pool')} : protection inconnue (profil EC non importé), PG non comparés.`,
  'inventory.ceph.pg-not-compared': (p) => `${F.l(p['pools'], 'Pool', 'Pools')} ${s(p, 'pools')} : PG non comparés à la règle de l’autoscaler, qui refuse leurs réglages (${s(p, 'reason')}).`,
  'inventory.ceph.used-unknown': () => 'Brut utilisé Ceph inconnu : remplissage non calculé.',
  'inventory.memory.not-applicable': () =>
    'Mémoire N − f : sans objet. L’inventaire n’a ni invité ni nœud de RAM connue (un import Ceph seul, par exemple) : le verdict repose sur les autres domaines.',
  'inventory.ceph.placement-from-osd-tree': (p) =>
    `${noMaps(p, 'fr')} : le placement est simulé sur la carte que Proxmox VE construit à partir de l’arbre des OSD ; les PG tombent ailleurs que dans le vrai cluster, seules leurs statistiques se ressemblent. Capturez les deux dumps (capa import ceph) pour le placement propre au cluster.`,
  'inventory.ceph.placement-not-simulated.added': (p) =>
    notSimulatedFr(`${F.l(p['nodes'], 'le nœud ajouté', 'les nœuds ajoutés')} ${s(p, 'nodes')} ${F.l(p['nodes'], 'porte', 'portent')} des OSD absents de la carte CRUSH de l’inventaire`),
  'inventory.ceph.placement-not-simulated.refused': (p) => notSimulatedFr(`les cartes de l’inventaire sont refusées (${s(p, 'reason')})`),
  'inventory.ceph.placement-not-simulated.no-bytes': () => notSimulatedFr('aucun pool n’a d’octets stockés (ceph df)'),
};
export const INVENTORY_CHECK_MESSAGES: Locales<typeof en> = { en, fr };

/** Every code `capa analyze` emits: its own, the capacity calculator's fill words and the CRUSH verdicts. */
export const INVENTORY_MESSAGES = {
  en: { ...en, ...CEPH_CHECK_MESSAGES.en, ...SIMULATION_CHECK_MESSAGES.en },
  fr: { ...fr, ...CEPH_CHECK_MESSAGES.fr, ...SIMULATION_CHECK_MESSAGES.fr },
} satisfies Locales;
