/**
 * The CLI's help and commander's own words in the run's language. The language is known before
 * commander parses (lang.ts), so the command tree is built in it: descriptions and option help come
 * from en.ts / fr.ts, commander's titles and errors are rendered here from codes. English is left
 * to commander untouched, so it stays byte-identical.
 */
import type { Lang } from '@capa/core';
import { type Command, Help, type Option } from 'commander';
import { en, type HelpTexts } from './en.js';
import { commanderErrorText } from './commander-errors.js';
import { fr } from './fr.js';

type P = Readonly<Record<string, string | number>>;
export type TextKey = { [K in keyof HelpTexts]: HelpTexts[K] extends string ? K : never }[keyof HelpTexts];
type FnKey = { [K in keyof HelpTexts]: HelpTexts[K] extends (p: P) => string ? K : never }[keyof HelpTexts];
export type ListKey = { [K in keyof HelpTexts]: HelpTexts[K] extends readonly string[] ? K : never }[keyof HelpTexts];

export const HELP: Readonly<Record<Lang, HelpTexts>> = { en, fr };

/** A help text: a plain one, or one with parameters (a default, a list of formats). */
export function h(lang: Lang, key: TextKey): string;
export function h(lang: Lang, key: FnKey, params: P): string;
export function h(lang: Lang, key: TextKey | FnKey, params: P = {}): string {
  const v = HELP[lang][key] as string | ((p: P) => string);
  return typeof v === 'function' ? v(params) : v;
}

/** "(default 0.85)" / "(défaut 0.85)". */
export const dfltText = (lang: Lang, value: number | string): string => h(lang, 'dflt', { value });

/** The worked examples after a command's help: the lines of `key`, or given lines (commands not yet here). */
export function examplesText(lang: Lang, lines: ListKey | readonly string[]): string {
  const list = typeof lines === 'string' ? HELP[lang][lines] : lines;
  return `\n${h(lang, 'examples')}\n${list.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/**
 * commander in the run's language: titles, "(default: …)", the help and version options, the help
 * command and every parse error. Call on the program before adding commands: they inherit it.
 */
export function configureCommander(program: Command, lang: Lang, version: string): Command {
  program.showHelpAfterError(h(lang, 'afterError'));
  if (lang === 'en') return program.version(version);
  const titles: Readonly<Record<string, string>> = {
    'Usage:': h(lang, 'title.Usage:'),
    'Options:': h(lang, 'title.Options:'),
    'Commands:': h(lang, 'title.Commands:'),
    'Arguments:': h(lang, 'title.Arguments:'),
    'Global Options:': h(lang, 'title.Global Options:'),
  };
  program.configureHelp({
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage(this: Help, cmd: Command) {
      return Help.prototype.commandUsage.call(this, cmd).replace(/\[command\]$/, h(lang, 'usage.command'));
    },
    boxWrap(this: Help, text: string, width: number) {
      // commander breaks lines at any white space, a no-break space too ("Ratios\n: 0,75"): hide them from it.
      return Help.prototype.boxWrap.call(this, text.replace(/\u00a0/g, '\ue000'), width).replace(/\ue000/g, '\u00a0');
    },
    optionDescription(this: Help, option: Option) {
      // commander appends "(default: [], choices: …)" in English: the same, in the run's language.
      const text = Help.prototype.optionDescription.call(this, option);
      const extra = / \((?:default|choices): [^()]*\)$/.exec(text);
      if (!extra) return text;
      return text.slice(0, extra.index) + extra[0].replace('default:', h(lang, 'commander.default')).replace('choices:', h(lang, 'commander.choices'));
    },
  });
  program.configureOutput({ outputError: (text, write) => write(commanderErrorText(text, lang)) });
  program.helpOption('-h, --help', h(lang, 'help.option'));
  program.helpCommand(`help ${h(lang, 'usage.command')}`, h(lang, 'help.command'));
  return program.version(version, '-V, --version', h(lang, 'version.option'));
}
