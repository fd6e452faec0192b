/**
 * The importer's warnings by code, in English and French. An inventory stores the English message (read
 * by people and by older tools) with the code and language-free params; the CLI renders the params in the
 * user's language. Params that quote another program's answer (an HTTP reason, a parser's refusal) stay
 * as that program wrote them.
 */
import type { Catalogue, Lang, Locales, Params } from '@capa/core';
import { crushErrorMessage } from '@capa/crush';
import { reasonText } from './reason-messages.js';
import { IMPORT_ERROR_MESSAGES } from './error-messages.js';
import { HISTORY_WARNINGS_EN, HISTORY_WARNINGS_FR } from './history/messages.js';
import { E, F } from '@capa/core';

const s = (p: Params, k: string): string => String(p[k]);
const or = (p: Params, k: string, none: string): string => (p[k] === null || p[k] === undefined ? none : String(p[k]));
const at = (p: Params): string => (typeof p['line'] === 'number' ? ` at line ${s(p, 'line')}, column ${s(p, 'column')}` : '');
const atFr = (p: Params): string => (typeof p['line'] === 'number' ? ` ligne ${s(p, 'line')}, colonne ${s(p, 'column')}` : '');
/** The CRUSH reader's refusal in `lang` from its code (crushCode) and params; its English text for an older inventory. */
const crushRefusal = (p: Params, lang: Lang): string => (typeof p['crushCode'] === 'string' ? crushErrorMessage(p['crushCode'], p, lang) : undefined) ?? s(p, 'error');
const missing = (p: Params, crush: string, osd: string, and: string): string => [p['crushDump'] ? crush : '', p['osdDump'] ? osd : ''].filter(Boolean).join(and);

/** What `capa placement` does without Ceph's maps: said once, at import, with the files to capture. */
const NO_MAPS_EN =
  'placement will use a map built from the OSD tree (one straw2 bucket per host, weight = CRUSH weight in TiB, replicated_rule: chooseleaf firstn 0 type host): Ceph’s bucket ids and rules may differ, so per-PG up sets are not Ceph’s, only alike';
const NO_MAPS_FR =
  'placement utilisera une carte construite depuis l’arbre des OSD (un bucket straw2 par hôte, poids = poids CRUSH en Tio, replicated_rule : chooseleaf firstn 0 type host) : les identifiants de buckets et les règles de Ceph peuvent différer, les up sets par PG ne sont donc pas ceux de Ceph, seulement semblables';

/**
 * Which of Ceph's maps the inventory lacks (placement.ts mapsMissingOf): one dump missing is not "no
 * maps". Params absent (an older inventory's warning): neither was captured.
 */
const noMapsWhy = (p: Params, lang: Lang): string => {
  const crush = p['noCrushDump'] !== false;
  const osd = p['noOsdDump'] !== false;
  if (lang === 'fr') {
    if (p['refused'] === true) return 'les cartes de Ceph de l’inventaire ont été capturées mais refusées (voir l’avertissement de l’import)';
    if (crush && !osd) return 'l’inventaire n’a pas de ceph osd crush dump (osd-crush-dump.json non capturé ; ceph osd dump l’a été, mais il faut les deux cartes)';
    if (osd && !crush) return 'l’inventaire n’a pas de ceph osd dump (osd-dump.json non capturé ; ceph osd crush dump l’a été, mais il faut les deux cartes)';
    return 'l’inventaire n’a pas les cartes de Ceph (ceph osd crush dump et ceph osd dump non capturés)';
  }
  if (p['refused'] === true) return 'the inventory’s Ceph maps were captured but refused (see the import’s warning)';
  if (crush && !osd) return 'the inventory has no ceph osd crush dump (osd-crush-dump.json not captured; ceph osd dump was, but both maps are needed)';
  if (osd && !crush) return 'the inventory has no ceph osd dump (osd-dump.json not captured; ceph osd crush dump was, but both maps are needed)';
  return 'the inventory has no Ceph maps (ceph osd crush dump and ceph osd dump not captured)';
};

/** @capa/crush's assumption about a legacy straw bucket (its `message` is this English text); older inventories hold the English `detail` only. */
const strawEn = (p: Params): string =>
  `bucket ${s(p, 'bucket')} is a legacy straw bucket: its straw lengths are not in the dump, so Capa recomputes them with straw_calc_version ${s(p, 'strawCalcVersion')}; Ceph keeps the lengths from the bucket's last change, which may have used another version (convert with "ceph osd crush set-all-straw-buckets-to-straw2")`;
const strawFr = (p: Params): string =>
  `le bucket « ${s(p, 'bucket')} » est un bucket straw historique : les longueurs de ses straws ne sont pas dans le dump, Capa les recalcule avec straw_calc_version ${s(p, 'strawCalcVersion')} ; Ceph garde celles de la dernière modification du bucket, qui a pu suivre une autre version (convertir avec « ceph osd crush set-all-straw-buckets-to-straw2 »)`;
/** The words of an ImportError a warning wraps (its code and params ride along), or its stored English message. */
const errorFr = (p: Params): string => {
  const f = typeof p['errorCode'] === 'string' ? (IMPORT_ERROR_MESSAGES.fr as Catalogue)[p['errorCode']] : undefined;
  return f ? f(p) : s(p, 'error');
};

/** What the inventory accepts for a value of each kind (schema.ts). */
const RANGE_EN: Record<string, string> = { size: 'a size is 0 or more', count: 'a count is a whole number from 0 to 2147483648', vcpus: 'vCPUs are from 0 to 1048576' };
const RANGE_FR: Record<string, string> = { size: 'une taille vaut 0 ou plus', count: 'un nombre entier de 0 à 2147483648 est attendu', vcpus: 'les vCPU vont de 0 à 1048576' };

const MEM_NONE_EN = ' (none: memory unknown)';
/** An item of an inventory by kind (guest ids and pool names are the sources' own words). */
const KIND_EN: Readonly<Record<string, string>> = { guest: 'guest', node: 'node', storage: 'storage', osd: 'OSD', pool: 'pool', ceph: '' };
const KIND_FR: Readonly<Record<string, string>> = { guest: 'invité', node: 'nœud', storage: 'stockage', osd: 'OSD', pool: 'pool', ceph: '' };
const item = (p: Params, kinds: Readonly<Record<string, string>>): string => `${kinds[s(p, 'kind')] ?? ''} ${s(p, 'name')}`.trim();
const boundEn = (p: Params): string => (p['bound'] === 'min' ? `at least ${s(p, 'limit')}` : p['bound'] === 'max' ? `at most ${s(p, 'limit')}` : 'a whole number');
const boundFr = (p: Params): string => (p['bound'] === 'min' ? `au moins ${s(p, 'limit')}` : p['bound'] === 'max' ? `au plus ${s(p, 'limit')}` : 'un nombre entier');
/** Memory and threads a node keeps from cluster/resources when its status is not read. */
const keptEn = (p: Params): string =>
  `kept with cluster/resources' maxmem ${or(p, 'maxmem', 'unknown')} bytes and maxcpu ${or(p, 'maxcpu', 'unknown')}; sockets, cores, CPU model and available memory unknown`;
const keptFr = (p: Params): string =>
  `gardé avec maxmem ${or(p, 'maxmem', 'inconnu')} octets et maxcpu ${or(p, 'maxcpu', 'inconnu')} de cluster/resources ; sockets, cœurs, modèle de CPU et mémoire disponible inconnus`;
const MEM_NONE_FR = ' (aucun : mémoire inconnue)';

const en = {
  ...HISTORY_WARNINGS_EN,
  'libvirt.domblkinfo-failed': (p: Params) => `${s(p, 'name')}: ${s(p, 'error')}`,
  'libvirt.disk-size-missing': (p: Params) => `${s(p, 'where')} ${s(p, 'slot')}: size unknown (no virsh domblkinfo capacity)`,
  'ceph.command-failed': (p: Params) => `${s(p, 'label')} could not be read (${s(p, 'reason')})`,
  'ceph.capture-missing': (p: Params) => `${s(p, 'label')} could not be read (no ${s(p, 'file')} in ${s(p, 'dir')})`,
  'ceph.invalid-json': (p: Params) => `${s(p, 'label')}: invalid JSON${p['from'] ? ` from ${s(p, 'from')}` : p['cli'] ? ' from the ceph CLI' : ''}${at(p)}`,
  'rvtools.no-vdisk': () => 'RVTools vDisk tab not given: each VM has one disk of its "Total disk capacity MiB"',
  'rvtools.memory-unknown': (p: Params) => `vInfo row ${s(p, 'row')} (${s(p, 'name')}): Memory "${s(p, 'value')}" not a number`,
  'rvtools.srm-placeholders': (p: Params) => `${E.c(p['n'], 'SRM placeholder VM', 'SRM placeholder VMs')} skipped (not real workloads)`,
  'rvtools.duplicate-vm': (p: Params) => `VM id ${s(p, 'id')} appears twice in vInfo`,
  'rvtools.host-memory-unknown': (p: Params) => `vHost ${s(p, 'name')}: "# Memory" missing or not a number`,
  'rvtools.no-vhost': () => 'RVTools vHost tab not given: no hosts, only the workload (add nodes with --add-node in capa analyze)',
  'rvtools.value-out-of-range': (p: Params) =>
    `${s(p, 'tab')} row ${s(p, 'row')} (${s(p, 'name')}): ${s(p, 'column')} "${s(p, 'value')}" is out of range (${RANGE_EN[s(p, 'range')] ?? s(p, 'range')}): left unknown`,
  'rvtools.guest-host-unknown': (p: Params) =>
    `${E.c(p['guests'], 'VM runs', 'VMs run')} on ${E.c(p['hosts'], 'host', 'hosts')} missing from the vHost tab (${s(p, 'names')}${Number(p['more']) > 0 ? `, and ${s(p, 'more')} more` : ''}): their memory counts in the totals but on no node, so per-node figures leave it out; export vHost from the same vCenter or check the host names`,
  'rvtools.number-format-from-delimiter': (p: Params) =>
    `${s(p, 'tab')}: ${E.c(p['n'], 'number', 'numbers')} such as ${s(p, 'column')} "${s(p, 'value')}" (row ${s(p, 'row')}) read two ways and no value of the export settles it: read with "${s(p, 'decimal')}" as the decimal mark, as the "${s(p, 'delimiter')}" delimiter implies`,
  'ceph.osd-size-from-crush-weight': (p: Params) =>
    `${s(p, 'name')} reports no size (kb ${or(p, 'kb', 'missing')}, reweight ${or(p, 'reweight', '?')}): its size is taken from crush_weight ${s(p, 'crushWeight')} TiB = ${s(p, 'bytes')} bytes`,
  'pve.osd-size-from-crush-weight': (p: Params) => `${s(p, 'name')} has no usage stats (total_space ${or(p, 'total', 'missing')}): size from crush_weight ${s(p, 'crushWeight')} TiB`,
  'ceph.osd-size-unknown': (p: Params) =>
    `${s(p, 'name')} reports neither a size nor a CRUSH weight: recorded as 0 bytes${p['in'] ? ' (it is in: capa analyze refuses an in OSD of 0 bytes; give its size or mark it out)' : ''}`,
  'ceph.no-osds': () => 'ceph osd df lists no OSD',
  'ceph.osds-from-tree': (p: Params) =>
    `ceph osd df (osd-df.json) not imported: the ${E.c(p['n'], 'OSD comes', 'OSDs come')} from ceph osd tree (osd-tree.json); sizes from crush_weight × 1024⁴ (TiB by convention: ${s(p, 'bytes')} bytes for ${E.c(p['sized'], 'OSD', 'OSDs')}), used bytes and PGs per OSD unknown, raw used unknown`,
  'ceph.osd-host-unknown': (p: Params) => `${E.c(p['n'], 'OSD has', 'OSDs have')} no CRUSH host (plain osd df without osd tree): host-loss figures are not available for ${E.w(p['n'], 'it', 'them')}`,
  'ceph.no-osd-df-summary': () => 'ceph osd df has no summary: raw used is the sum of the OSDs’ kb_used',
  'pve.disk-size-unparsed': (p: Params) => `${s(p, 'where')} ${s(p, 'slot')}: size "${s(p, 'size')}" not understood`,
  'pve.disk-size-missing': (p: Params) => `${s(p, 'where')} ${s(p, 'slot')}: no size= in the config (passthrough or not rescanned)`,
  'pve.lxc-all-cores': (p: Params) => `${s(p, 'where')}: no cores set, the container may use all ${or(p, 'threads', '?')} ${E.w(p['threads'], 'host thread', 'host threads')} (counted as such)`,
  'pve.ceph-pool-status-missing': (p: Params) => `pool ${s(p, 'pool')}: /ceph/pool/${s(p, 'pool')}/status not read, stored bytes unknown`,
  'pve.ceph-ec-profile': (p: Params) => `pool ${s(p, 'pool')} is erasure-coded: the PVE API does not expose k and m; import the Ceph CLI JSON (capa import ceph) for them`,
  'pve.node-without-name': (p: Params) => `cluster/resources has a node entry without a name (${or(p, 'id', '?')})`,
  'pve.guest-without-vmid': (p: Params) => `cluster/resources has a ${s(p, 'type')} entry without a vmid (${or(p, 'id', '?')})`,
  'pve.node-offline': (p: Params) => `node ${s(p, 'node')} is offline or unknown in cluster/resources: its status, guest configs and network cannot be read`,
  'pve.guest-no-stats': (p: Params) => `${s(p, 'id')} (${s(p, 'name')}) has no memory figures in cluster/resources (status ${s(p, 'status')}, node ${or(p, 'node', '?')})`,
  'pve.no-guests': () => 'cluster/resources lists no guest: either there is none or the token lacks VM.Audit (permissions filter silently)',
  'ceph.no-crush-rules': () => 'ceph osd crush rule dump not imported: pools have no failure domain',
  'ceph.no-df': () => 'ceph df detail (df-detail.json) not imported: every pool’s stored bytes, used bytes and max avail are unknown',
  'ceph.no-pool-detail': () =>
    'neither ceph osd pool ls detail (osd-pool-ls-detail.json) nor ceph osd dump (osd-dump.json) imported: the pools are only the names ceph df gives; their sizes, rules and pg_num are unknown',
  'ceph.pools-from-osd-dump': () =>
    'ceph osd pool ls detail (osd-pool-ls-detail.json) not imported: the pools (size, min_size, pg_num, CRUSH rule, EC profile) are read from ceph osd dump (osd-dump.json), which holds the same definitions',
  'ceph.no-pools': () => 'none of ceph osd pool ls detail (osd-pool-ls-detail.json), ceph osd dump (osd-dump.json) or ceph df (df-detail.json) imported: no pool is known, only the OSDs',
  'ceph.non-finite': (p: Params) =>
    `${p['file'] ? `${s(p, 'file')} (${s(p, 'label')})` : s(p, 'label')}: ${E.c(p['n'], 'value', 'values')} written as nan or inf, which JSON has no number for (${s(p, 'keys')}): read as unknown`,
  'ceph.ec-profile-missing': (p: Params) => `pool ${s(p, 'pool')}: erasure-code profile ${or(p, 'profile', '(none)')} not imported, k and m unknown`,
  'ceph.pool-not-in-df': (p: Params) => `pool ${s(p, 'pool')} is not in ceph df`,
  'ceph.df-pre-nautilus': () => 'ceph df has no `stored` (Ceph before Nautilus): stored = bytes_used, raw used = raw_bytes_used',
  'ceph.no-autoscale-status': () => 'ceph osd pool autoscale-status not imported (pg_autoscaler module off, or not collected): PG counts are compared with Capa’s autoscaler only',
  'ceph.no-crush-map': (p: Params) => `${missing(p, 'ceph osd crush dump (osd-crush-dump.json)', 'ceph osd dump (osd-dump.json)', ' and ')} not imported: ${NO_MAPS_EN}`,
  'ceph.crush-map-assumption': (p: Params) => (typeof p['bucket'] === 'string' ? strawEn(p) : s(p, 'detail')),
  'ceph.crush-map-unusable': (p: Params) => `${crushRefusal(p, 'en')}: ${NO_MAPS_EN}`,
  'pve.endpoint-unreadable': (p: Params) => `${s(p, 'what')} could not be read (${s(p, 'reason')}): ${s(p, 'path')}`,
  'pve.node-unreachable': (p: Params) => `node ${s(p, 'node')} is listed online but ${s(p, 'path')} answered ${s(p, 'reason')}: treated as offline`,
  'pve.node-status-missing': (p: Params) => `node ${s(p, 'node')} is listed online but ${s(p, 'path')} could not be read (${s(p, 'reason')}): ${keptEn(p)}`,
  'pve.node-status-invalid': (p: Params) => `node ${s(p, 'node')}: ${s(p, 'error')}: ${keptEn(p)}`,
  'libvirt.domain-skipped': (p: Params) => `${s(p, 'file')} skipped: ${s(p, 'error')}`,
  'import.value-out-of-range': (p: Params) => `${item(p, KIND_EN)}: ${s(p, 'field')} ${s(p, 'value')} is out of range (${boundEn(p)}): recorded as unknown`,
  'pve.guest-config-skipped': (p: Params) =>
    `${s(p, 'id')} (${s(p, 'name')}) is on ${or(p, 'node', 'no node')}, which is offline: its config cannot be read; figures from cluster/resources${p['memoryUnknown'] ? MEM_NONE_EN : ' (boot disk only, vCPUs capped at host threads)'}`,
  'pve.guest-config-missing': (p: Params) =>
    `${s(p, 'id')} (${s(p, 'name')}): config not readable (${s(p, 'reason')}); using cluster/resources figures${p['memoryUnknown'] ? MEM_NONE_EN : ' (memory = maxmem, boot disk only, vCPUs capped at host threads)'}`,
  'pve.guest-config-invalid': (p: Params) => `${s(p, 'id')} (${s(p, 'name')}): ${s(p, 'error')}; using cluster/resources figures`,
  'pve.network-invalid': (p: Params) => s(p, 'error'),
  'pve.ceph-invalid': (p: Params) => s(p, 'error'),
  'pve.ceph-unavailable': (p: Params) =>
    `Ceph not read through the API (${s(p, 'reason')}): no Ceph, not initialised, or the token lacks Sys.Audit; import it with capa import ceph if the cluster has Ceph`,
  'pve.ha-invalid': (p: Params) => s(p, 'error'),
  'pve.tls-insecure': () => 'TLS certificate verification was turned off (--insecure): the server was not authenticated',
  'placement.map-from-osd-tree': (p: Params) => `${noMapsWhy(p, 'en')}: ${NO_MAPS_EN}; erasure pools use chooseleaf indep 0 type host`,
  'placement.osd-without-host': (p: Params) => `${E.c(p['n'], 'OSD has', 'OSDs have')} no host in the inventory and ${E.w(p['n'], 'is', 'are')} left out of the map: ${s(p, 'osds')}`,
  'placement.weight-from-size': (p: Params) => `${E.c(p['n'], 'OSD has', 'OSDs have')} no CRUSH weight: weight = size in TiB`,
  'placement.pool-skipped': (p: Params) => `${E.l(p['pools'], 'pool without pg_num, size or type is', 'pools without pg_num, size or type are')} left out: ${s(p, 'pools')}`,
} satisfies Catalogue;

const fr: typeof en = {
  ...HISTORY_WARNINGS_FR,
  'libvirt.domblkinfo-failed': (p) => `${s(p, 'name')} : ${errorFr(p)}`,
  'libvirt.disk-size-missing': (p) => `${s(p, 'where')} ${s(p, 'slot')} : taille inconnue (pas de capacité dans virsh domblkinfo)`,
  'ceph.command-failed': (p) => `${s(p, 'label')} n’a pas pu être lu (${reasonText(p, 'fr')})`,
  'ceph.capture-missing': (p) => `${s(p, 'label')} n’a pas pu être lu (pas de ${s(p, 'file')} dans ${s(p, 'dir')})`,
  'ceph.invalid-json': (p) => `${s(p, 'label')} : JSON invalide${p['from'] ? ` venant de ${s(p, 'from')}` : p['cli'] ? ' venant de la CLI ceph' : ''}${atFr(p)}`,
  'rvtools.no-vdisk': () => 'onglet vDisk de RVTools absent : chaque VM a un disque de sa « Total disk capacity MiB »',
  'rvtools.memory-unknown': (p) => `vInfo ligne ${s(p, 'row')} (${s(p, 'name')}) : Memory « ${s(p, 'value')} » n’est pas un nombre`,
  'rvtools.srm-placeholders': (p) => `${F.c(p['n'], 'VM fictive SRM ignorée', 'VM fictives SRM ignorées')} (pas de vraie charge)`,
  'rvtools.duplicate-vm': (p) => `la VM d’id ${s(p, 'id')} figure deux fois dans vInfo`,
  'rvtools.host-memory-unknown': (p) => `vHost ${s(p, 'name')} : « # Memory » absent ou pas un nombre`,
  'rvtools.no-vhost': () => 'onglet vHost de RVTools absent : pas d’hôtes, seulement la charge (ajoutez des nœuds avec --add-node dans capa analyze)',
  'rvtools.value-out-of-range': (p) =>
    `${s(p, 'tab')} ligne ${s(p, 'row')} (${s(p, 'name')}) : ${s(p, 'column')} « ${s(p, 'value')} » hors limites (${RANGE_FR[s(p, 'range')] ?? s(p, 'range')}) : laissé inconnu`,
  'rvtools.guest-host-unknown': (p) =>
    `${s(p, 'guests')} VM ${F.w(p['guests'], 'tourne', 'tournent')} sur ${F.c(p['hosts'], 'hôte absent', 'hôtes absents')} de l’onglet vHost (${s(p, 'names')}${Number(p['more']) > 0 ? `, et ${F.c(p['more'], 'autre', 'autres')}` : ''}) : leur mémoire compte dans les totaux mais sur aucun nœud, les chiffres par nœud l’omettent donc ; exportez vHost depuis le même vCenter ou vérifiez les noms d’hôtes`,
  'rvtools.number-format-from-delimiter': (p) =>
    `${s(p, 'tab')} : ${F.c(p['n'], 'nombre', 'nombres')} comme ${s(p, 'column')} « ${s(p, 'value')} » (ligne ${s(p, 'row')}) ${F.w(p['n'], 'se lit', 'se lisent')} de deux façons et aucune valeur de l’export ne tranche : ${F.w(p['n'], 'lu', 'lus')} avec « ${s(p, 'decimal')} » comme séparateur décimal, comme l’indique le délimiteur « ${s(p, 'delimiter')} »`,
  'ceph.osd-size-from-crush-weight': (p) =>
    `${s(p, 'name')} n’indique pas de taille (kb ${or(p, 'kb', 'absent')}, reweight ${or(p, 'reweight', '?')}) : sa taille est tirée du crush_weight ${s(p, 'crushWeight')} Tio = ${s(p, 'bytes')} octets`,
  'pve.osd-size-from-crush-weight': (p) => `${s(p, 'name')} n’a pas de statistiques d’usage (total_space ${or(p, 'total', 'absent')}) : taille tirée du crush_weight ${s(p, 'crushWeight')} Tio`,
  'ceph.osd-size-unknown': (p) =>
    `${s(p, 'name')} n’indique ni taille ni poids CRUSH : compté pour 0 octet${p['in'] ? ' (il est in : capa analyze refuse un OSD in de 0 octet ; donnez sa taille ou marquez-le out)' : ''}`,
  'ceph.no-osds': () => 'ceph osd df ne liste aucun OSD',
  'ceph.osds-from-tree': (p) =>
    `ceph osd df (osd-df.json) non importé : les ${s(p, 'n')} OSD viennent de ceph osd tree (osd-tree.json) ; tailles tirées du crush_weight × 1024⁴ (Tio par convention : ${s(p, 'bytes')} octets pour ${s(p, 'sized')} OSD), octets utilisés et PG par OSD inconnus, brut utilisé inconnu`,
  'ceph.osd-host-unknown': (p) => `${s(p, 'n')} OSD sans hôte CRUSH (osd df seul, sans osd tree) : les chiffres de perte d’hôte ne sont pas disponibles pour eux`,
  'ceph.no-osd-df-summary': () => 'ceph osd df n’a pas de résumé : le brut utilisé est la somme des kb_used des OSD',
  'pve.disk-size-unparsed': (p) => `${s(p, 'where')} ${s(p, 'slot')} : taille « ${s(p, 'size')} » non comprise`,
  'pve.disk-size-missing': (p) => `${s(p, 'where')} ${s(p, 'slot')} : pas de size= dans la configuration (passthrough ou pas de rescan)`,
  'pve.lxc-all-cores': (p) =>
    `${s(p, 'where')} : aucun cœur fixé, le conteneur peut utiliser ${F.w(p['threads'], 'le', 'les')} ${or(p, 'threads', '?')} ${F.w(p['threads'], 'thread', 'threads')} de l’hôte (comptés ainsi)`,
  'pve.ceph-pool-status-missing': (p) => `pool ${s(p, 'pool')} : /ceph/pool/${s(p, 'pool')}/status non lu, octets stockés inconnus`,
  'pve.ceph-ec-profile': (p) => `le pool ${s(p, 'pool')} est en erasure coding : l’API PVE ne donne pas k et m ; importez le JSON de la CLI Ceph (capa import ceph) pour les avoir`,
  'pve.node-without-name': (p) => `cluster/resources a une entrée de nœud sans nom (${or(p, 'id', '?')})`,
  'pve.guest-without-vmid': (p) => `cluster/resources a une entrée ${s(p, 'type')} sans vmid (${or(p, 'id', '?')})`,
  'pve.node-offline': (p) => `le nœud ${s(p, 'node')} est hors ligne ou inconnu dans cluster/resources : son état, les configurations de ses invités et son réseau ne peuvent être lus`,
  'pve.guest-no-stats': (p) => `${s(p, 'id')} (${s(p, 'name')}) n’a pas de chiffres de mémoire dans cluster/resources (état ${s(p, 'status')}, nœud ${or(p, 'node', '?')})`,
  'pve.no-guests': () => 'cluster/resources ne liste aucun invité : soit il n’y en a pas, soit le jeton n’a pas VM.Audit (les permissions filtrent sans rien dire)',
  'ceph.no-crush-rules': () => 'ceph osd crush rule dump non importé : les pools n’ont pas de domaine de panne',
  'ceph.no-df': () => 'ceph df detail (df-detail.json) non importé : les octets stockés, utilisés et le max avail de chaque pool sont inconnus',
  'ceph.no-pool-detail': () =>
    'ni ceph osd pool ls detail (osd-pool-ls-detail.json) ni ceph osd dump (osd-dump.json) importés : les pools se réduisent aux noms que donne ceph df ; leurs tailles, règles et pg_num sont inconnus',
  'ceph.pools-from-osd-dump': () =>
    'ceph osd pool ls detail (osd-pool-ls-detail.json) non importé : les pools (size, min_size, pg_num, règle CRUSH, profil EC) sont lus dans ceph osd dump (osd-dump.json), qui en donne les mêmes définitions',
  'ceph.no-pools': () => 'aucun de ceph osd pool ls detail (osd-pool-ls-detail.json), ceph osd dump (osd-dump.json) ou ceph df (df-detail.json) importé : aucun pool connu, seulement les OSD',
  'ceph.non-finite': (p) =>
    `${p['file'] ? `${s(p, 'file')} (${s(p, 'label')})` : s(p, 'label')} : ${F.c(p['n'], 'valeur écrite', 'valeurs écrites')} nan ou inf, que JSON ne sait pas écrire en nombre (${s(p, 'keys')}) : ${F.w(p['n'], 'lue comme inconnue', 'lues comme inconnues')}`,
  'ceph.ec-profile-missing': (p) => `pool ${s(p, 'pool')} : profil d’erasure coding ${or(p, 'profile', '(aucun)')} non importé, k et m inconnus`,
  'ceph.pool-not-in-df': (p) => `le pool ${s(p, 'pool')} n’est pas dans ceph df`,
  'ceph.df-pre-nautilus': () => 'ceph df n’a pas de `stored` (Ceph avant Nautilus) : stocké = bytes_used, brut utilisé = raw_bytes_used',
  'ceph.no-autoscale-status': () => 'ceph osd pool autoscale-status non importé (module pg_autoscaler arrêté, ou non collecté) : les nombres de PG sont comparés au seul autoscaler de Capa',
  'ceph.no-crush-map': (p) =>
    `${missing(p, 'ceph osd crush dump (osd-crush-dump.json)', 'ceph osd dump (osd-dump.json)', ' et ')} non ${p['crushDump'] && p['osdDump'] ? 'importés' : 'importé'} : ${NO_MAPS_FR}`,
  'ceph.crush-map-assumption': (p) => (typeof p['bucket'] === 'string' ? strawFr(p) : s(p, 'detail')),
  'ceph.crush-map-unusable': (p) => `${crushRefusal(p, 'fr')} : ${NO_MAPS_FR}`,
  'pve.endpoint-unreadable': (p) => `${s(p, 'path')} n’a pas pu être lu (${reasonText(p, 'fr')})`,
  'pve.node-unreachable': (p) => `le nœud ${s(p, 'node')} est listé en ligne mais ${s(p, 'path')} a répondu ${reasonText(p, 'fr')} : traité comme hors ligne`,
  'pve.node-status-missing': (p) => `le nœud ${s(p, 'node')} est listé en ligne mais ${s(p, 'path')} n’a pas pu être lu (${reasonText(p, 'fr')}) : ${keptFr(p)}`,
  'pve.node-status-invalid': (p) => `nœud ${s(p, 'node')} : ${errorFr(p)} : ${keptFr(p)}`,
  'libvirt.domain-skipped': (p) => `${s(p, 'file')} ignoré : ${errorFr(p)}`,
  'import.value-out-of-range': (p) => `${item(p, KIND_FR)} : ${s(p, 'field')} ${s(p, 'value')} hors limites (${boundFr(p)}) : noté inconnu`,
  'pve.guest-config-skipped': (p) =>
    `${s(p, 'id')} (${s(p, 'name')}) est sur ${or(p, 'node', 'aucun nœud')}, hors ligne : sa configuration ne peut être lue ; chiffres de cluster/resources${p['memoryUnknown'] ? MEM_NONE_FR : ' (disque de démarrage seul, vCPU plafonnés aux threads de l’hôte)'}`,
  'pve.guest-config-missing': (p) =>
    `${s(p, 'id')} (${s(p, 'name')}) : configuration illisible (${reasonText(p, 'fr')}) ; chiffres de cluster/resources${p['memoryUnknown'] ? MEM_NONE_FR : ' (mémoire = maxmem, disque de démarrage seul, vCPU plafonnés aux threads de l’hôte)'}`,
  'pve.guest-config-invalid': (p) => `${s(p, 'id')} (${s(p, 'name')}) : ${errorFr(p)} ; chiffres de cluster/resources`,
  'pve.network-invalid': errorFr,
  'pve.ceph-invalid': errorFr,
  'pve.ceph-unavailable': (p) =>
    `Ceph non lu par l’API (${reasonText(p, 'fr')}) : pas de Ceph, Ceph non initialisé, ou le jeton n’a pas Sys.Audit ; importez-le avec capa import ceph si le cluster a Ceph`,
  'pve.ha-invalid': errorFr,
  'pve.tls-insecure': () => 'la vérification du certificat TLS a été désactivée (--insecure) : le serveur n’a pas été authentifié',
  'placement.map-from-osd-tree': (p) => `${noMapsWhy(p, 'fr')} : ${NO_MAPS_FR} ; les pools en erasure coding utilisent chooseleaf indep 0 type host`,
  'placement.osd-without-host': (p) => `${s(p, 'n')} OSD sans hôte dans l’inventaire, ${F.w(p['n'], 'laissé', 'laissés')} hors de la carte : ${s(p, 'osds')}`,
  'placement.weight-from-size': (p) => `${s(p, 'n')} OSD sans poids CRUSH : poids = taille en Tio`,
  'placement.pool-skipped': (p) => `${F.l(p['pools'], 'pool sans pg_num, taille ou type laissé', 'pools sans pg_num, taille ou type laissés')} de côté : ${s(p, 'pools')}`,
};

export const WARNING_MESSAGES: Locales<typeof en> = { en, fr };
export type WarningKey = keyof typeof en;

/** The English message stored in the inventory. */
export const warningEn = (key: WarningKey, params: Params): string => en[key](params);

/**
 * A stored warning in `lang`: from its `key` (or code) and params when it has them; a warning saved
 * before they existed, or from an unknown code, keeps its stored English message.
 */
export function warningText(w: { readonly code: string; readonly message: string; readonly key?: string | undefined; readonly params?: Params | undefined }, lang: Lang): string {
  if (w.params === undefined) return w.message;
  const f = (WARNING_MESSAGES[lang] as Catalogue)[w.key ?? w.code];
  return f ? f(w.params) : w.message;
}
