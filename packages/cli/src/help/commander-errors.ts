/**
 * commander's parse errors as data: its English text is read back into a code and parameters
 * (the flag, the command, the counts), then rendered in the run's language. The English catalogue
 * renders commander's own text, so a test can check the round trip on every pattern.
 */
import { count, type Lang, type Params, plural, renderMessage } from '@capa/core';

const q = (p: Params, k: string): string => String(p[k]);
/** "(Did you mean --nodes?)" after the message, when commander has a suggestion. */
const mean = (p: Params, lang: Lang): string => {
  const s = p['suggest'];
  if (typeof s !== 'string' || s === '') return '';
  const several = s.includes(', ');
  if (lang === 'fr') return `\n(Vouliez-vous dire ${several ? 'l’un de ' : ''}${s}\u00a0?)`;
  return `\n(Did you mean ${several ? 'one of ' : ''}${s}?)`;
};

const en = {
  'commander.unknownOption': (p: Params) => `error: unknown option '${q(p, 'flag')}'${mean(p, 'en')}`,
  'commander.unknownCommand': (p: Params) => `error: unknown command '${q(p, 'name')}'${mean(p, 'en')}`,
  'commander.missingArgument': (p: Params) => `error: missing required argument '${q(p, 'name')}'`,
  'commander.optionMissingArgument': (p: Params) => `error: option '${q(p, 'flags')}' argument missing`,
  'commander.missingMandatoryOptionValue': (p: Params) => `error: required option '${q(p, 'flags')}' not specified`,
  'commander.excessArguments': (p: Params) =>
    `error: too many arguments${p['command'] === null ? '' : ` for '${q(p, 'command')}'`}. Expected ${q(p, 'expected')} argument${p['expected'] === 1 ? '' : 's'} but got ${q(p, 'got')}.`,
  'commander.invalidArgument': (p: Params) => `error: option '${q(p, 'flags')}' argument '${q(p, 'value')}' is invalid.${q(p, 'more')}`,
  'commander.other': (p: Params) => q(p, 'text'),
};
const fr: typeof en = {
  'commander.unknownOption': (p) => `erreur\u00a0: option inconnue «\u00a0${q(p, 'flag')}\u00a0»${mean(p, 'fr')}`,
  'commander.unknownCommand': (p) => `erreur\u00a0: commande inconnue «\u00a0${q(p, 'name')}\u00a0»${mean(p, 'fr')}`,
  'commander.missingArgument': (p) => `erreur\u00a0: argument obligatoire manquant «\u00a0${q(p, 'name')}\u00a0»`,
  'commander.optionMissingArgument': (p) => `erreur\u00a0: l’option «\u00a0${q(p, 'flags')}\u00a0» attend une valeur`,
  'commander.missingMandatoryOptionValue': (p) => `erreur\u00a0: l’option obligatoire «\u00a0${q(p, 'flags')}\u00a0» manque`,
  'commander.excessArguments': (p) =>
    `erreur\u00a0: trop d’arguments${p['command'] === null ? '' : ` pour «\u00a0${q(p, 'command')}\u00a0»`}. ${count(p['expected'], 'fr', 'argument attendu', 'arguments attendus')}, ${q(p, 'got')} ${plural(p['got'], 'fr', 'reçu', 'reçus')}.`,
  'commander.invalidArgument': (p) => `erreur\u00a0: la valeur «\u00a0${q(p, 'value')}\u00a0» de l’option «\u00a0${q(p, 'flags')}\u00a0» est refusée.`,
  'commander.other': (p) => `erreur\u00a0: ${q(p, 'text').replace(/^error: /, '')}`,
};
export const COMMANDER_MESSAGES = { en, fr } as const;
export type CommanderCode = keyof typeof en;

const SUGGEST = String.raw`(?:\n\(Did you mean (?:one of )?(?<suggest>.+)\?\))?`;
/** commander 14's messages (lib/command.js), most specific first. */
const PATTERNS: readonly (readonly [CommanderCode, RegExp])[] = [
  ['commander.unknownOption', new RegExp(`^error: unknown option '(?<flag>.+?)'${SUGGEST}$`, 's')],
  ['commander.unknownCommand', new RegExp(`^error: unknown command '(?<name>.+?)'${SUGGEST}$`, 's')],
  ['commander.missingArgument', /^error: missing required argument '(?<name>.+)'$/s],
  ['commander.optionMissingArgument', /^error: option '(?<flags>.+)' argument missing$/s],
  ['commander.missingMandatoryOptionValue', /^error: required option '(?<flags>.+)' not specified$/s],
  ['commander.excessArguments', /^error: too many arguments(?: for '(?<command>.+?)')?\. Expected (?<expected>\d+) arguments? but got (?<got>\d+)\.$/s],
  ['commander.invalidArgument', /^error: option '(?<flags>.+?)' argument '(?<value>.*?)' is invalid\.(?<more>.*)$/s],
];

/** commander's English error → code and parameters (numbers as numbers; an absent group is null). */
export function parseCommanderError(text: string): { readonly code: CommanderCode; readonly params: Params } {
  const body = text.replace(/\n$/, '');
  for (const [code, re] of PATTERNS) {
    const m = re.exec(body);
    if (!m) continue;
    const params: Record<string, string | number | null> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = v === undefined ? null : /^\d+$/.test(v) && k !== 'flag' && k !== 'name' && k !== 'value' ? Number(v) : v;
    return { code, params };
  }
  return { code: 'commander.other', params: { text: body } };
}

/** What commander would write, in the run's language (a trailing newline kept). */
export function commanderErrorText(text: string, lang: Lang): string {
  const { code, params } = parseCommanderError(text);
  const nl = text.endsWith('\n') ? '\n' : '';
  return `${renderMessage(COMMANDER_MESSAGES, code, params, lang)}${nl}`;
}
