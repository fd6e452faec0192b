/**
 * A detector of English sentences in text meant to be French (issue 10: "the French CLI and web show
 * no English sentence"). It drops what is not prose (option names, identifiers, paths, units, code
 * spans, quoted values, check ids, example command lines), then looks for English function words
 * and error words that French never uses. Shared by the CLI and the web tests.
 */

/** Words of English prose that are not French words (so a French line never contains them). */
export const ENGLISH_WORDS = [
  'the',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'of',
  'and',
  'with',
  'without',
  'must',
  'give',
  'not',
  'invalid',
  'error',
  'should',
  'cannot',
  'can',
  'does',
  'this',
  'that',
  'these',
  'those',
  'which',
  'when',
  'where',
  'from',
  'will',
  'would',
  'only',
  'than',
  'each',
  'every',
  'required',
  'missing',
  'unknown',
  'expected',
  'default',
  'or',
  'to',
  'for',
  'by',
  'has',
  'have',
  'into',
  'after',
  'its',
  'it',
  'their',
  'there',
  'if',
  'per',
  'at',
  'as',
  'one',
  'no',
  'display',
  'output',
  'print',
  'show',
  'commands',
  'warning',
  'failed',
  'got',
] as const;

const WORD = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(${ENGLISH_WORDS.join('|')}|Usage:|Options:|Commands:|Arguments:|Examples:)(?![\\p{L}\\p{N}_'’-])`, 'iu');

/** The prose of one line: what a translator would have to translate. */
export function prose(line: string): string {
  return line
    .replace(/^\s*\$ .*?(?=\s#\s|$)/, '') // a worked example: the command is code, its comment is prose
    .replace(/`[^`]*`/g, ' ') // code spans
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/"[^"\n]*"/g, ' ') // quoted values: what the user or a file wrote
    .replace(/«[^»\n]*»/g, ' ') // a quotation (a source's own words, a flag)
    .replace(/(?<![\p{L}])[KMGTPE]i?[oB](?![\p{L}])/gu, ' ') // units: To, Tio, GiB (French "To" is not "to")
    .replace(/\[[a-z0-9][\w.:-]*\]/gi, ' ') // check and warning ids: [memory.n-minus-f]
    .replace(/(^|\s)--?[a-zA-Z][\w-]*(=\S*)?/g, ' ') // option names
    .replace(/<[^<>\s]+>|\[[^\]\s]+\]/g, ' ') // <size>, [options], [file]
    .replace(/[\p{L}\p{N}_]*[_./=@+:\\#*%$][\p{L}\p{N}_./=@+:\\#*%$-]*/gu, (m) => (/^[\p{L}]+[.:]$/u.test(m) ? m : ' ')) // identifiers, paths, sizes, key=value; a word before its period or colon stays
    .replace(/\b[A-Z][A-Z0-9]+\b/g, ' '); // FILE, NAME, STORED: placeholders and Ceph's column names
}

/** The lines of `text` that read as English. */
export function englishLines(text: string): string[] {
  return text.split('\n').filter((l) => WORD.test(prose(l)));
}

/** The first English word found in a line (for failure messages). */
export function englishWord(line: string): string | undefined {
  return WORD.exec(prose(line))?.[1];
}
