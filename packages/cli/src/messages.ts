/**
 * The CLI's own words (usage errors, import summaries, internal errors) as coded messages, rendered
 * per language at the edge like the core's (renderMessage). `fr` is typed `typeof en`: a code
 * without its French text does not compile.
 */
import { type Lang, type Params, E, F, renderMessage } from '@capa/core';

const s = (p: Params, k: string): string => String(p[k]);

const en = {
  'cli.invalidInput': () => 'capa: invalid input',
  'cli.internal': (p: Params) => `capa: internal error: ${s(p, 'message')}`,
  'cli.tooLarge': () => 'the values are too large to compute (a result would not be finite)',
  'cli.lang': () => 'must be en or fr',
  'import.summary': (p: Params) =>
    `${E.c(p['nodes'], 'node', 'nodes')}, ${E.c(p['guests'], 'guest', 'guests')}${p['osds'] === null ? '' : `, ${E.c(p['osds'], 'OSD', 'OSDs')}, ${E.c(p['pools'], 'pool', 'pools')}`}, ${E.c(p['warnings'], 'warning', 'warnings')}`,
  'import.warning': (p: Params) => `capa: warning: ${s(p, 'message')}`,
  'import.moreWarnings': (p: Params) => `capa: … and ${s(p, 'n')} more ${E.w(p['n'], 'warning', 'warnings')} in the inventory's "warnings"`,
  'import.wrote': (p: Params) => `capa: wrote ${s(p, 'file')}: ${s(p, 'summary')}`,
  'import.insecure': () => "capa: warning: --insecure: the server's certificate was not verified",
  'import.failed': (p: Params) => `capa: import failed: ${s(p, 'message')}`,
  'import.cannotWrite': (p: Params) => `cannot be written (${s(p, 'code')})`,
  'import.notDir': () => 'is not a directory',
  'import.missing': () => 'does not exist',
  'import.wholeNumber': (p: Params) => `must be a whole number from ${s(p, 'min')} to ${s(p, 'max')}`,
  'import.url': () => 'is required: https://HOST:8006',
  'import.urlForm': () => 'must be https://HOST[:PORT] (https only, no user or query)',
  'import.token': () => 'is required (or --token-file FILE, or the CAPA_PVE_TOKEN environment variable)',
  'import.tokenForm': () => 'must look like USER@REALM!TOKENID=SECRET (the value is not shown)',
  'import.fingerprint': () => 'must be a SHA-256 fingerprint: 64 hex digits, colons allowed (AB:CD:…)',
  'import.pem': () => 'is not a PEM certificate file',
  'import.insecureFp': () => 'cannot be combined with --fingerprint (pinning already verifies the server)',
  'import.maxBody': () => 'must be a size of at least 1KiB, e.g. 64MiB',
  'import.pveshDir': () => 'is required: the directory of pvesh dumps',
  'import.cephDir': () => 'reads files: --conf and --id apply only to the live import',
  'import.cephId': () => 'must be a client name such as admin or importer',
  'import.libvirt': () => 'give --uri URI (repeatable) or --dir DIR, not both',
  'import.rvtools': () => 'is required: an RVTools CSV directory or vInfo file',
  'import.historyTimeframe': (p: Params) => `must be one of ${s(p, 'allowed')} (the rrddata timeframes of the Proxmox VE API)`,
  'import.historyAppended': (p: Params) =>
    `capa: ${p['created'] ? 'created' : 'appended to'} ${s(p, 'file')}: ${E.c(p['n'], 'point', 'points')} at ${s(p, 'at')}${Number(p['replaced']) > 0 ? `, ${s(p, 'replaced')} replacing one at the same time` : ''}${Number(p['dropped']) > 0 ? `, ${s(p, 'dropped')} oldest dropped (limit per series)` : ''}`,
  'import.historyNothing': (p: Params) => `capa: nothing to append to ${s(p, 'file')}: the inventory has no Ceph`,
  'plan.format': (p: Params) => `must be one of ${s(p, 'allowed')}`,
  'plan.formatJson': () => 'give either --json or --format, not both',
  'plan.oneFile': () => 'capa plan takes one scenario file (capa compare takes several)',
  'plan.fileOrExample': () => 'give a scenario FILE or --example NAME, not both',
  'plan.required': () => 'is required: capa plan FILE, or capa plan --example NAME',
  'optimize.required': () => 'is required: capa optimize FILE (a scenario with an optimize section)',
  'optimize.oneFile': () => 'capa optimize takes one scenario file',
  'optimize.format': () => 'capa optimize prints text or --json',
  'optimize.top': () => 'must be a whole number from 0 to 100',
  'compare.files': () => 'capa compare takes 2 or 3 scenario files',
};
const fr: typeof en = {
  'cli.invalidInput': () => 'capa : entrée refusée',
  'cli.internal': (p) => `capa : erreur interne : ${s(p, 'message')}`,
  'cli.tooLarge': () => 'les valeurs sont trop grandes pour être calculées (un résultat ne serait pas fini)',
  'cli.lang': () => 'doit valoir en ou fr',
  'import.summary': (p) =>
    `${F.c(p['nodes'], 'nœud', 'nœuds')}, ${F.c(p['guests'], 'invité', 'invités')}${p['osds'] === null ? '' : `, ${s(p, 'osds')} OSD, ${F.c(p['pools'], 'pool', 'pools')}`}, ${F.c(p['warnings'], 'avertissement', 'avertissements')}`,
  'import.warning': (p) => `capa : avertissement : ${s(p, 'message')}`,
  'import.moreWarnings': (p) => `capa : … et ${F.c(p['n'], 'autre avertissement', 'autres avertissements')} dans les « warnings » de l’inventaire`,
  'import.wrote': (p) => `capa : ${s(p, 'file')} écrit : ${s(p, 'summary')}`,
  'import.insecure': () => 'capa : avertissement : --insecure : le certificat du serveur n’a pas été vérifié',
  'import.failed': (p) => `capa : échec de l’import : ${s(p, 'message')}`,
  'import.cannotWrite': (p) => `ne peut pas être écrit (${s(p, 'code')})`,
  'import.notDir': () => 'n’est pas un répertoire',
  'import.missing': () => 'n’existe pas',
  'import.wholeNumber': (p) => `doit être un nombre entier de ${s(p, 'min')} à ${s(p, 'max')}`,
  'import.url': () => 'est obligatoire : https://HÔTE:8006',
  'import.urlForm': () => 'doit être https://HÔTE[:PORT] (https seulement, sans utilisateur ni requête)',
  'import.token': () => 'est obligatoire (ou --token-file FICHIER, ou la variable d’environnement CAPA_PVE_TOKEN)',
  'import.tokenForm': () => 'doit avoir la forme USER@REALM!TOKENID=SECRET (la valeur n’est pas affichée)',
  'import.fingerprint': () => 'doit être une empreinte SHA-256 : 64 chiffres hexadécimaux, deux-points permis (AB:CD:…)',
  'import.pem': () => 'n’est pas un fichier de certificat PEM',
  'import.insecureFp': () => 'ne se combine pas avec --fingerprint (l’épinglage vérifie déjà le serveur)',
  'import.maxBody': () => 'doit être une taille d’au moins 1KiB, p. ex. 64MiB',
  'import.pveshDir': () => 'est obligatoire : le répertoire des sorties de pvesh',
  'import.cephDir': () => 'lit des fichiers : --conf et --id ne valent que pour l’import en direct',
  'import.cephId': () => 'doit être un nom de client comme admin ou importer',
  'import.libvirt': () => 'donnez --uri URI (répétable) ou --dir RÉP, pas les deux',
  'import.rvtools': () => 'est obligatoire : un répertoire de CSV RVTools ou un fichier vInfo',
  'import.historyTimeframe': (p) => `doit être l’une des valeurs ${s(p, 'allowed')} (les périodes rrddata de l’API Proxmox VE)`,
  'import.historyAppended': (p) =>
    `capa : ${s(p, 'file')} ${p['created'] ? 'créé' : 'complété'} : ${F.c(p['n'], 'point', 'points')} à ${s(p, 'at')}${Number(p['replaced']) > 0 ? `, dont ${s(p, 'replaced')} remplaçant un point à la même heure` : ''}${Number(p['dropped']) > 0 ? `, ${F.c(p['dropped'], 'plus ancien retiré', 'plus anciens retirés')} (limite par série)` : ''}`,
  'import.historyNothing': (p) => `capa : rien à ajouter à ${s(p, 'file')} : l’inventaire n’a pas de Ceph`,
  'plan.format': (p) => `doit être l’une des valeurs ${s(p, 'allowed')}`,
  'plan.formatJson': () => 'donnez --json ou --format, pas les deux',
  'plan.oneFile': () => 'capa plan prend un seul fichier de scénario (capa compare en prend plusieurs)',
  'plan.fileOrExample': () => 'donnez un FICHIER de scénario ou --example NOM, pas les deux',
  'plan.required': () => 'est obligatoire : capa plan FICHIER, ou capa plan --example NOM',
  'optimize.required': () => 'est obligatoire : capa optimize FICHIER (un scénario avec une section optimize)',
  'optimize.oneFile': () => 'capa optimize prend un seul fichier de scénario',
  'optimize.format': () => 'capa optimize affiche du texte ou --json',
  'optimize.top': () => 'doit être un nombre entier de 0 à 100',
  'compare.files': () => 'capa compare prend 2 ou 3 fichiers de scénario',
};

export const CLI_MESSAGES = { en, fr } as const;
export type CliCode = keyof typeof en;

/** One of the CLI's messages in a language. */
export const say = (code: CliCode, lang: Lang, params: Params = {}): string => renderMessage(CLI_MESSAGES, code, params, lang);
