/** Rollup options shared by the page's bundle and the inventory engine's (vite/lazy-engine.ts). */
import type { Rollup } from 'vite';

/**
 * The core and the importer's main entry are pure by design (no I/O, clock or globals), but their
 * package.json files do not say sideEffects: false, so rollup would keep every module-level zod
 * schema and parser the page never calls. Declare it here; node_modules keep their own flags.
 */
export const TREESHAKE: Rollup.TreeshakingOptions = { moduleSideEffects: (id) => !/[\\/]packages[\\/](core|importer)[\\/]/.test(id) };

/**
 * Terser, not esbuild, minifies both scripts: with two compress passes it writes the page's initial
 * script 1.4 KB gzipped smaller (80.4 → 79.0 KB when it went in), which keeps it under the 80 KB
 * budget (docs/web-build.md), and the inventory engine 2.6 KB smaller. Only safe transforms: no `unsafe*`,
 * no `pure_getters`.
 */
export const MINIFY = { minify: 'terser', terserOptions: { compress: { passes: 2 } } } as const;

export function onwarn(warning: Rollup.RollupLog, warn: (w: Rollup.RollupLog) => void): void {
  // zod ships explanatory comments where rollup looks for /*#__PURE__*/ annotations: harmless.
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
  warn(warning);
}
