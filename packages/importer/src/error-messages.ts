/**
 * Every refusal of the importer (an input it cannot use at all), by code, in English and French. An
 * ImportError is built from a code and language-free params only, so a refusal without French words
 * does not compile; its `message` is the English text (API users, logs), and the CLI renders code +
 * params in the user's language. Params never hold a token or a request header.
 */
import type { Catalogue, Lang, Locales, Params } from '@capa/core';
import { reasonText } from './reason-messages.js';

const s = (p: Params, k: string): string => String(p[k]);
const at = (p: Params): string => (typeof p['line'] === 'number' ? ` at line ${s(p, 'line')}, column ${s(p, 'column')}` : '');
const atFr = (p: Params): string => (typeof p['line'] === 'number' ? ` (ligne ${s(p, 'line')}, colonne ${s(p, 'column')})` : '');
/** zod's issue in French from its language-free parts (its own message is English). */
const issueFr = (p: Params): string => {
  if (p['issue'] === 'invalid_type' && typeof p['expected'] === 'string') return `type attendu : ${s(p, 'expected')}`;
  if (p['issue'] === 'invalid_value' && typeof p['allowed'] === 'string') return `valeur attendue : ${s(p, 'allowed')}`;
  return 'valeur refusée';
};
const pathFr = (p: Params): string => (p['path'] === '(top level)' ? 'niveau supérieur' : s(p, 'path'));
/** Another program's words (a parser's refusal, virsh's stderr), quoted in French. */
const quote = (p: Params, k = 'detail'): string => `« ${s(p, k)} »`;
const en_ = (p: Params) => reasonText(p, 'en');
const fr_ = (p: Params) => reasonText(p, 'fr');

const en = {
  'inventory.not-json': (p: Params) => `${s(p, 'what')}: not valid JSON${at(p)}`,
  'inventory.not-inventory': (p: Params) => `${s(p, 'what')}: not a Capa inventory (schema ${s(p, 'schema')} v${s(p, 'version')}): ${s(p, 'path')}: ${s(p, 'detail')}`,
  'history.too-large': (p: Params) => `${s(p, 'what')}: the history would grow past ${s(p, 'limit')} bytes, the most capa reads back; nothing was written (start a new file)`,
  'history.not-history': (p: Params) => `${s(p, 'what')}: not a Capa history file (schema ${s(p, 'schema')} v${s(p, 'version')}): ${s(p, 'path')}: ${s(p, 'detail')}`,
  'inventory.invalid-build': (p: Params) => `the imported data does not form a valid inventory at ${s(p, 'path')}: ${s(p, 'detail')}`,
  'input.missing': en_,
  'input.directory': en_,
  'input.too-large': en_,
  'input.unreadable': en_,
  'source.unexpected-shape': (p: Params) => `${s(p, 'what')}: unexpected shape${p['path'] === null ? '' : ` at ${s(p, 'path')}`}: ${s(p, 'detail')}`,
  'dir.unreadable': (p: Params) => `--dir ${s(p, 'dir')}: not a readable directory`,
  'dir.not-directory': (p: Params) => `--dir ${s(p, 'dir')}: not a directory`,
  'pve.resources-unreadable': (p: Params) => `/cluster/resources could not be read (${en_(p)}); it is required (the token needs at least PVEAuditor on /)`,
  'pve.tls-untrusted': (p: Params) => `TLS verification failed (${s(p, 'errno')}: ${s(p, 'detail')}); pass --fingerprint SHA256 to pin Proxmox's self-signed certificate, or --ca FILE`,
  'pve.tls-fingerprint': (p: Params) =>
    `the server certificate's SHA-256 fingerprint ${p['got'] === null ? '(none)' : s(p, 'got')} does not match the pinned ${s(p, 'pin')}: refusing to send the request`,
  'pve.memory-not-understood': (p: Params) => `${s(p, 'where')}: memory "${s(p, 'value')}" not understood`,
  'pve.memory-out-of-range': (p: Params) => `${s(p, 'where')}: memory ${s(p, 'value')} is out of range (a whole number of MiB, at least ${s(p, 'min')})`,
  'pve.token-secret-short': (p: Params) =>
    `the token's secret has ${s(p, 'length')} characters: a Proxmox VE API token secret is a UUID (${s(p, 'min')} characters); check that the whole token was given (the value is not shown)`,
  'pve.ceph-osd-no-root': () => '/nodes/{node}/ceph/osd: no root in the answer',
  'ceph.command-required': (p: Params) => `${s(p, 'label')} failed (${en_(p)}), and ceph osd tree could not be read either: one of the two is required to list the OSDs`,
  'ceph.required-invalid-json': (p: Params) => `${s(p, 'label')}: invalid JSON from ${p['from'] === null ? 'the ceph CLI' : s(p, 'from')}${at(p)}`,
  'libvirt.virsh-not-found': (p: Params) => `the ${s(p, 'bin')} command was not found (install libvirt-clients)`,
  'libvirt.virsh-failed': (p: Params) => `${s(p, 'command')}: ${s(p, 'detail')}`,
  'libvirt.no-nodeinfo': (p: Params) => `--dir ${s(p, 'dir')}: no nodeinfo.txt (virsh nodeinfo) here or in a sub-directory`,
  'libvirt.not-a-size': (p: Params) => `${s(p, 'where')}: "${s(p, 'value')}" is not a size`,
  'libvirt.unknown-unit': (p: Params) => `${s(p, 'where')}: unknown unit "${s(p, 'unit')}"`,
  'libvirt.no-memory-line': (p: Params) => `virsh nodeinfo (${s(p, 'name')}): no "Memory size" line`,
  'libvirt.memory-not-understood': (p: Params) => `virsh nodeinfo (${s(p, 'name')}): Memory size "${s(p, 'value')}" not understood`,
  'libvirt.xml-not-well-formed': (p: Params) => `domain XML: not well-formed (${s(p, 'detail')})`,
  'libvirt.no-domain': () => 'domain XML: no <domain> element',
  'libvirt.no-name': () => 'domain XML: no <name>',
  'libvirt.no-memory': (p: Params) => `${s(p, 'where')}: no <memory>`,
  'rvtools.no-such-path': (p: Params) => `${s(p, 'path')}: no such file or directory`,
  'rvtools.xlsx-not-zip': (p: Params) => `${s(p, 'path')}: not an .xlsx workbook (an .xlsx file is a zip archive, and this one does not start like one)`,
  'rvtools.xlsx-unreadable': (p: Params) => `${s(p, 'path')}: the .xlsx workbook cannot be read (${s(p, 'detail')}); open it in a spreadsheet and save it again, or export the tabs as CSV`,
  'rvtools.xlsx-too-large': (p: Params) => `${s(p, 'path')}: sheet ${s(p, 'sheet')} has more than ${s(p, 'limit')} ${p['what'] === 'rows' ? 'rows' : 'cells in all'}; export the tabs as CSV`,
  'rvtools.xlsx-no-vinfo': (p: Params) => `${s(p, 'path')}: no vInfo sheet (sheets: ${s(p, 'sheets')}); is this an RVTools export?`,
  'rvtools.xlsx-several': (p: Params) => `${s(p, 'path')}: several .xlsx workbooks (${s(p, 'files')}) and no vInfo CSV; give the workbook to read`,
  'rvtools.no-vinfo': (p: Params) => `${s(p, 'path')}: no vInfo CSV (expected RVTools_tabvInfo.csv)`,
  'rvtools.csv-unreadable': (p: Params) => `${s(p, 'what')}: CSV not readable (${s(p, 'detail')}, row ${p['row'] === null ? '?' : s(p, 'row')})`,
  'rvtools.no-rows': () => 'vInfo: no rows',
  'rvtools.no-vm-column': () => 'vInfo: no "VM" column (is this an RVTools vInfo export?)',
  'rvtools.no-memory-column': () => 'vInfo: no "Memory" column',
  'rvtools.number-ambiguous': (p: Params) =>
    `${s(p, 'tab')} row ${s(p, 'row')}, column ${s(p, 'column')}: "${s(p, 'value')}" reads two ways (1,234 = 1234 in en-US, 1.234 = 1234 in de-DE, each 1000× the other reading) and the file gives no evidence (no value that reads one way only, no "," or ";" delimiter): write it without a thousands separator, or export the tabs again with RVTools' CSV export`,
  'rvtools.number-format-mixed': (p: Params) =>
    `${s(p, 'tab')}: numbers in two formats: ${s(p, 'pointColumn')} "${s(p, 'pointValue')}" (row ${s(p, 'pointRow')}) has "." as the decimal mark, ${s(p, 'commaColumn')} "${s(p, 'commaValue')}" (row ${s(p, 'commaRow')}) has ","; one file must use one format (was it edited or merged?)`,
} satisfies Catalogue;
const fr: typeof en = {
  'inventory.not-json': (p) => `${s(p, 'what')} : JSON illisible${atFr(p)}`,
  'inventory.not-inventory': (p) => `${s(p, 'what')} : pas un inventaire Capa (schéma ${s(p, 'schema')} v${s(p, 'version')}) : ${pathFr(p)} : ${issueFr(p)}`,
  'history.too-large': (p) => `${s(p, 'what')} : l’historique dépasserait ${s(p, 'limit')} octets, le plus que capa relit ; rien n’a été écrit (commencez un nouveau fichier)`,
  'history.not-history': (p) => `${s(p, 'what')} : pas un fichier d’historique Capa (schéma ${s(p, 'schema')} v${s(p, 'version')}) : ${pathFr(p)} : ${issueFr(p)}`,
  'inventory.invalid-build': (p) => `les données importées ne forment pas un inventaire valide (champ ${s(p, 'path')}) : ${issueFr(p)}`,
  'input.missing': fr_,
  'input.directory': fr_,
  'input.too-large': fr_,
  'input.unreadable': fr_,
  'source.unexpected-shape': (p) => `${s(p, 'what')} : forme inattendue${p['path'] === null ? '' : ` (champ ${s(p, 'path')})`} : ${issueFr(p)}`,
  'dir.unreadable': (p) => `--dir ${s(p, 'dir')} : dossier illisible`,
  'dir.not-directory': (p) => `--dir ${s(p, 'dir')} : pas un dossier`,
  'pve.resources-unreadable': (p) => `/cluster/resources n’a pas pu être lu (${fr_(p)}) ; il est indispensable (le jeton doit avoir au moins PVEAuditor sur /)`,
  'pve.tls-untrusted': (p) => `vérification TLS refusée (${s(p, 'errno')} : ${quote(p)}) ; passez --fingerprint SHA256 pour épingler le certificat autosigné de Proxmox, ou --ca FICHIER`,
  'pve.tls-fingerprint': (p) => `l’empreinte SHA-256 du certificat du serveur, ${p['got'] === null ? '(aucune)' : s(p, 'got')}, diffère de l’empreinte épinglée ${s(p, 'pin')} : requête non envoyée`,
  'pve.memory-not-understood': (p) => `${s(p, 'where')} : mémoire "${s(p, 'value')}" incomprise`,
  'pve.memory-out-of-range': (p) => `${s(p, 'where')} : mémoire ${s(p, 'value')} hors limites (un nombre entier de Mio, au moins ${s(p, 'min')})`,
  'pve.token-secret-short': (p) =>
    `le secret du jeton a ${s(p, 'length')} caractères : le secret d’un jeton d’API Proxmox VE est un UUID (${s(p, 'min')} caractères) ; vérifiez que le jeton a été donné en entier (la valeur n’est pas affichée)`,
  'pve.ceph-osd-no-root': () => '/nodes/{node}/ceph/osd : pas de racine dans la réponse',
  'ceph.command-required': (p) => `${s(p, 'label')} a échoué (${fr_(p)}) et ceph osd tree n’a pas pu être lu non plus : l’une des deux commandes est indispensable pour lister les OSD`,
  'ceph.required-invalid-json': (p) => `${s(p, 'label')} : JSON invalide venant de ${p['from'] === null ? 'la CLI ceph' : s(p, 'from')}${atFr(p)}`,
  'libvirt.virsh-not-found': (p) => `la commande ${s(p, 'bin')} est introuvable (installez libvirt-clients)`,
  'libvirt.virsh-failed': (p) => `${s(p, 'command')} : ${quote(p)}`,
  'libvirt.no-nodeinfo': (p) => `--dir ${s(p, 'dir')} : aucun nodeinfo.txt (virsh nodeinfo) ici ni dans un sous-dossier`,
  'libvirt.not-a-size': (p) => `${s(p, 'where')} : "${s(p, 'value')}" n’est pas une taille`,
  'libvirt.unknown-unit': (p) => `${s(p, 'where')} : unité inconnue "${s(p, 'unit')}"`,
  'libvirt.no-memory-line': (p) => `virsh nodeinfo (${s(p, 'name')}) : pas de ligne "Memory size"`,
  'libvirt.memory-not-understood': (p) => `virsh nodeinfo (${s(p, 'name')}) : Memory size "${s(p, 'value')}" incompris`,
  'libvirt.xml-not-well-formed': (p) => `XML de domaine mal formé (${quote(p)})`,
  'libvirt.no-domain': () => 'XML de domaine : pas d’élément <domain>',
  'libvirt.no-name': () => 'XML de domaine : pas de <name>',
  'libvirt.no-memory': (p) => `${s(p, 'where')} : pas de <memory>`,
  'rvtools.no-such-path': (p) => `${s(p, 'path')} : fichier ou dossier introuvable`,
  'rvtools.xlsx-not-zip': (p) => `${s(p, 'path')} : pas un classeur .xlsx (un fichier .xlsx est une archive zip, et celui-ci n’en a pas le début)`,
  'rvtools.xlsx-unreadable': (p) => `${s(p, 'path')} : le classeur .xlsx est illisible (${quote(p)}) ; ouvrez-le dans un tableur et enregistrez-le à nouveau, ou exportez les onglets en CSV`,
  'rvtools.xlsx-too-large': (p) => `${s(p, 'path')} : la feuille ${s(p, 'sheet')} a plus de ${s(p, 'limit')} ${p['what'] === 'rows' ? 'lignes' : 'cellules au total'} ; exportez les onglets en CSV`,
  'rvtools.xlsx-no-vinfo': (p) => `${s(p, 'path')} : pas de feuille vInfo (feuilles : ${s(p, 'sheets')}) ; est-ce bien un export RVTools ?`,
  'rvtools.xlsx-several': (p) => `${s(p, 'path')} : plusieurs classeurs .xlsx (${s(p, 'files')}) et aucun CSV vInfo ; indiquez le classeur à lire`,
  'rvtools.no-vinfo': (p) => `${s(p, 'path')} : pas de CSV vInfo (attendu : RVTools_tabvInfo.csv)`,
  'rvtools.csv-unreadable': (p) => `${s(p, 'what')} : CSV illisible (${quote(p)}, ligne ${p['row'] === null ? '?' : s(p, 'row')})`,
  'rvtools.no-rows': () => 'vInfo : aucune ligne',
  'rvtools.no-vm-column': () => 'vInfo : pas de colonne "VM" (est-ce bien un export vInfo de RVTools ?)',
  'rvtools.no-memory-column': () => 'vInfo : pas de colonne "Memory"',
  'rvtools.number-ambiguous': (p) =>
    `${s(p, 'tab')} ligne ${s(p, 'row')}, colonne ${s(p, 'column')} : « ${s(p, 'value')} » se lit de deux façons (1,234 = 1234 en en-US, 1.234 = 1234 en de-DE, chaque lecture 1000 fois l’autre) et le fichier ne tranche pas (aucune valeur lisible d’une seule façon, ni délimiteur « , » ou « ; ») : écrivez-le sans séparateur de milliers, ou exportez à nouveau les onglets avec l’export CSV de RVTools`,
  'rvtools.number-format-mixed': (p) =>
    `${s(p, 'tab')} : nombres en deux formats : ${s(p, 'pointColumn')} « ${s(p, 'pointValue')} » (ligne ${s(p, 'pointRow')}) a « . » comme séparateur décimal, ${s(p, 'commaColumn')} « ${s(p, 'commaValue')} » (ligne ${s(p, 'commaRow')}) a « , » ; un fichier doit suivre un seul format (a-t-il été modifié ou fusionné ?)`,
};
export const IMPORT_ERROR_MESSAGES: Locales<typeof en> = { en, fr };
export type ImportErrorKey = keyof typeof en;

/** An input the importer cannot use at all (not a partial answer): a code and its params; the message is the English text. */
export class ImportError extends Error {
  constructor(
    /** The catalogue entry the CLI renders in the user's language, with `params`. */
    readonly code: ImportErrorKey,
    readonly params: Params,
    readonly source?: string,
  ) {
    super(en[code](params));
    this.name = 'ImportError';
  }
}

/** A zod issue as language-free params: the field's path (null at the top), zod's English words, and the parts French is built from. */
export function issueParams(i: { path: readonly PropertyKey[]; message: string; code: string } | undefined): Params {
  const expected = i !== undefined && 'expected' in i && typeof i.expected === 'string' ? i.expected : null;
  const allowed = i !== undefined && 'values' in i && Array.isArray(i.values) ? i.values.map((v) => JSON.stringify(v)).join(', ') : null;
  return { path: i && i.path.length > 0 ? i.path.map(String).join('.') : null, detail: i?.message ?? 'invalid', issue: i?.code ?? null, expected, allowed };
}

/** A caught error as a warning's params: its English message as `error`, and an ImportError's code (`errorCode`) and params to word it in French. */
export function errorParams(e: unknown): Params {
  if (e instanceof ImportError) return { ...e.params, error: e.message, errorCode: e.code };
  return { error: e instanceof Error ? e.message : String(e) };
}

/** An error in `lang` when it carries a known code, its own message otherwise. */
export function importErrorText(e: unknown, lang: Lang): string {
  if (e instanceof ImportError) {
    const f = (IMPORT_ERROR_MESSAGES[lang] as Catalogue)[e.code];
    if (f) return f(e.params);
  }
  return e instanceof Error ? e.message : String(e);
}
