import type { Lang } from '@capa/core';

/** --lang wins; otherwise LC_ALL / LC_MESSAGES / LANG starting with "fr" picks French. */
export function detectLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
