import type { Lang } from '@capa/core';

/**
 * The language, known before commander parses anything: commander's help and errors are written
 * while it parses, so they must be built in the right language first.
 * Order: `--lang en|fr` anywhere on the line (before or after the command, `--lang=fr` too), then
 * CAPA_LANG, then LC_ALL / LC_MESSAGES / LANG (POSIX order) starting with "fr", else English.
 * `bad` is a --lang value that is neither en nor fr: the command refuses it (exit 2), in the
 * language the rest of the line would have chosen.
 */
export interface LangChoice {
  readonly lang: Lang;
  readonly bad?: string;
}

export function chooseLang(argv: readonly string[], env: NodeJS.ProcessEnv): LangChoice {
  const fromEnv = langFromEnv(env);
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') given = argv[++i];
    else if (a.startsWith('--lang=')) given = a.slice('--lang='.length);
  }
  if (given === undefined) return { lang: fromEnv };
  return given === 'en' || given === 'fr' ? { lang: given } : { lang: fromEnv, bad: given };
}

/** CAPA_LANG (en or fr) wins over the locale; the locale's first set variable decides. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const capa = env['CAPA_LANG']?.toLowerCase();
  if (capa !== undefined && (capa.startsWith('fr') || capa.startsWith('en'))) return capa.startsWith('fr') ? 'fr' : 'en';
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The language of this run, for adapters that print without being handed one (badInput's default). */
export const CLI_LANG: Lang = chooseLang(process.argv.slice(2), process.env).lang;
