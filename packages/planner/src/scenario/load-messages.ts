/**
 * Messages about reading scenario and catalogue files, in English and French. A YAML syntax error is
 * told by its code and position only: the parser's own messages quote the offending text, and a
 * file's content never goes into a message (a scenario can point its catalogue at any file).
 */
import type { Lang } from '@capa/core';

/** How the planner reads a file; the command line passes its bounded reader (@capa/importer/read-input). */
export type ReadText = (path: string) => { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const YAML_EN: Readonly<Record<string, string>> = {
  BAD_INDENT: 'wrong indentation',
  TAB_AS_INDENT: 'a tab is used for indentation (YAML indents with spaces)',
  DUPLICATE_KEY: 'a key appears twice in the same mapping',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line (a missing ": " or quote?)',
  BLOCK_AS_IMPLICIT_KEY: 'a key runs over more than one line (a missing ": " or quote?)',
  MISSING_CHAR: 'a closing quote, bracket or ": " is missing',
  UNEXPECTED_TOKEN: 'an unexpected character',
  MULTIPLE_DOCS: 'more than one YAML document (one per file)',
  BAD_DQ_ESCAPE: 'an invalid escape sequence in a double-quoted string',
  BAD_SCALAR_START: 'a plain value starts with a reserved character (quote it)',
  TAG_RESOLVE_FAILED: 'an unknown YAML tag',
  BAD_ALIAS: 'an alias (*name) refers to no anchor (&name) set before it',
  ALIAS_COUNT: 'too many aliases (*name): the document expands beyond reason',
};
const YAML_FR: Readonly<Record<string, string>> = {
  BAD_INDENT: 'indentation incorrecte',
  TAB_AS_INDENT: 'une tabulation sert d’indentation (YAML indente avec des espaces)',
  DUPLICATE_KEY: 'une clé figure deux fois dans le même objet',
  MULTILINE_IMPLICIT_KEY: 'une clé s’étend sur plusieurs lignes (« : » ou guillemet manquant ?)',
  BLOCK_AS_IMPLICIT_KEY: 'une clé s’étend sur plusieurs lignes (« : » ou guillemet manquant ?)',
  MISSING_CHAR: 'il manque un guillemet, un crochet ou « : » fermant',
  UNEXPECTED_TOKEN: 'un caractère inattendu',
  MULTIPLE_DOCS: 'plus d’un document YAML (un seul par fichier)',
  BAD_DQ_ESCAPE: 'une séquence d’échappement invalide entre guillemets doubles',
  BAD_SCALAR_START: 'une valeur commence par un caractère réservé (mettez-la entre guillemets)',
  TAG_RESOLVE_FAILED: 'une étiquette YAML inconnue',
  BAD_ALIAS: 'un alias (*nom) ne renvoie à aucune ancre (&nom) définie avant lui',
  ALIAS_COUNT: 'trop d’alias (*nom) : le document s’étend démesurément',
};

export function yamlSyntaxMessage(code: string, lang: Lang): string {
  const table = lang === 'fr' ? YAML_FR : YAML_EN;
  const what = table[code] ?? (lang === 'fr' ? `erreur de syntaxe (${code})` : `syntax error (${code})`);
  return lang === 'fr' ? `YAML/JSON invalide : ${what}` : `not valid YAML/JSON: ${what}`;
}

/** The code of an error thrown while building the data (aliases), never its message's text. */
export function yamlBuildErrorCode(e: unknown): string {
  return e instanceof Error && /alias count/i.test(e.message) ? 'ALIAS_COUNT' : 'BAD_ALIAS';
}

// biome-ignore format: a table, several short entries per line as it reads
const M = {
  en: {
    notMapping: 'expected a mapping with name, nodes, workloads, storage… (see docs/scenario.md)',
    catalogueOutside: (dir: string) => `must name a catalogue inside the scenario's directory (${dir}): no absolute path, no ".." and no symbolic link leading out of it. To use this path, give it with --catalogue PATH, or add --allow-catalogue-path`,
    catalogueFileOutside: (file: string, dir: string) => `${file} leads outside the scenario's directory (${dir}) through a symbolic link: not read (add --allow-catalogue-path to allow it)`,
    catalogueUnreadable: (p: string) => `cannot read the catalogue at ${p}`,
    atLine: (line: number) => ` (line ${line})`,
    notFinite: 'the values are too large to compute (a result would not be finite)',
  },
  fr: {
    notMapping: 'un objet avec name, nodes, workloads, storage… est attendu (voir docs/scenario.md)',
    catalogueOutside: (dir: string) => `doit désigner un catalogue dans le dossier du scénario (${dir}) : ni chemin absolu, ni « .. », ni lien symbolique qui en sort. Pour utiliser ce chemin, donnez-le avec --catalogue CHEMIN, ou ajoutez --allow-catalogue-path`,
    catalogueFileOutside: (file: string, dir: string) => `${file} sort du dossier du scénario (${dir}) par un lien symbolique : non lu (ajoutez --allow-catalogue-path pour l’autoriser)`,
    catalogueUnreadable: (p: string) => `impossible de lire le catalogue ${p}`,
    atLine: (line: number) => ` (ligne ${line})`,
    notFinite: 'les valeurs sont trop grandes pour être calculées (un résultat ne serait pas fini)',
  },
} as const;

export const loadMessages = (lang: Lang) => M[lang];
