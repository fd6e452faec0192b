/**
 * Swaps @capa/core's one door to mathjs (units/decimal.js) for src/core-shims/decimal.ts in the web
 * bundle: the same arithmetic (mathjs's BigNumber, i.e. decimal.js at precision 64) done exactly on
 * BigInt, without mathjs's typed-function machinery (~30 KB gzipped) nor decimal.js (~12 KB), which
 * keeps the page under its 80 KB budget. test/core-decimal.test.ts proves both give the same bytes.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SHIM = fileURLToPath(new URL('../src/core-shims/decimal.ts', import.meta.url));
const CORE_DECIMAL = /[\\/]packages[\\/]core[\\/](dist|src)[\\/]units[\\/]decimal\.(js|ts)$/;

export function coreDecimal(): Plugin {
  return {
    name: 'capa:core-decimal',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.includes('decimal')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && CORE_DECIMAL.test(resolved.id) ? SHIM : null;
    },
  };
}
