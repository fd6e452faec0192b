/**
 * The built page's scripts: its entry (apps/web/dist/assets/index-*.js) and the chunks it loads on
 * demand (lazy-*.js, vite/chunk-loader.ts), for the tests that check what the
 * bundle keeps or drops, and the match of a source string as the minifier writes it (JSON escapes).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function builtPageScript(): string {
  const assets = fileURLToPath(new URL('../dist/assets/', import.meta.url));
  if (!existsSync(assets)) throw new Error('apps/web/dist is missing: run `pnpm build` first');
  return readdirSync(assets)
    .filter((f) => /^(index|lazy)-.*\.js$/.test(f))
    .map((f) => readFileSync(assets + f, 'utf8'))
    .join('\n');
}

/** Whether `js` holds `text` as a string literal's contents. */
export const holds = (js: string, text: string): boolean => js.includes(JSON.stringify(text).slice(1, -1));
