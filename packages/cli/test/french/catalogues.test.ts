/**
 * Every message the CLI's own catalogues hold exists in French (fr is typed `typeof en`; this checks
 * the keys at run time too), and commander's errors read back into codes render commander's text.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDER_MESSAGES, commanderErrorText, parseCommanderError } from '../../src/help/commander-errors.js';
import { HELP } from '../../src/help/index.js';
import { CLI_MESSAGES } from '../../src/messages.js';
import { chooseLang } from '../../src/lang.js';
import { englishLines } from './english.js';

describe('the CLI catalogues', () => {
  it.each([
    ['CLI messages', CLI_MESSAGES],
    ['commander errors', COMMANDER_MESSAGES],
    ['help', HELP],
  ] as const)('%s: the same codes in English and French', (_, c) => {
    expect(Object.keys(c.fr).sort()).toEqual(Object.keys(c.en).sort());
  });

  it('the French help texts read as French', () => {
    for (const [key, v] of Object.entries(HELP.fr)) {
      const texts = typeof v === 'function' ? [v({ value: '1', n: 16, dflt: '(défaut 1)', formats: 'text, md, html' })] : Array.isArray(v) ? v : [v as string];
      for (const t of texts) expect(englishLines(t), key).toEqual([]);
    }
  });
});

// commander 14's own texts (lib/command.js), as it writes them.
const COMMANDER = [
  "error: unknown option '--bogus'\n",
  "error: unknown option '--node'\n(Did you mean --nodes?)\n",
  "error: unknown command 'memroy'\n(Did you mean memory?)\n",
  "error: unknown command 'x'\n(Did you mean one of a, b?)\n",
  "error: missing required argument 'inventory'\n",
  "error: option '--nodes <n>' argument missing\n",
  "error: required option '--x <y>' not specified\n",
  "error: too many arguments for 'quorum'. Expected 0 arguments but got 1.\n",
  'error: too many arguments. Expected 1 argument but got 2.\n',
];

describe("commander's errors as data", () => {
  it.each(COMMANDER)('%j: a code, and the English rendering is commander’s own text', (text) => {
    expect(parseCommanderError(text).code).not.toBe('commander.other');
    expect(commanderErrorText(text, 'en')).toBe(text);
    expect(englishLines(commanderErrorText(text, 'fr'))).toEqual([]);
  });
});

describe('the language before parsing', () => {
  it('--lang anywhere, then CAPA_LANG, then LC_ALL / LC_MESSAGES / LANG', () => {
    expect(chooseLang(['--lang', 'fr', 'memory'], {}).lang).toBe('fr');
    expect(chooseLang(['memory', '--lang=fr'], { CAPA_LANG: 'en' }).lang).toBe('fr');
    expect(chooseLang(['memory'], { CAPA_LANG: 'fr', LANG: 'C' }).lang).toBe('fr');
    expect(chooseLang(['memory'], { CAPA_LANG: 'en', LANG: 'fr_FR.UTF-8' }).lang).toBe('en');
    expect(chooseLang(['memory'], { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }).lang).toBe('en');
    expect(chooseLang(['memory'], { LC_MESSAGES: 'fr_CA.UTF-8' }).lang).toBe('fr');
    expect(chooseLang(['memory', '--', '--lang', 'fr'], {}).lang).toBe('en');
    expect(chooseLang(['--lang', 'de', 'memory'], { LANG: 'fr_FR' })).toEqual({ lang: 'fr', bad: 'de' });
  });
});
