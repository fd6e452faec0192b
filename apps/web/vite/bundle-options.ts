/** Rollup options shared by the page's bundle and the inventory engine's (vite/lazy-engine.ts). */
import type { Rollup } from 'vite';

/**
 * The core and the importer's main entry are pure by design (no I/O, clock or globals), but their
 * package.json files do not say sideEffects: false, so rollup would keep every module-level zod
 * schema and parser the page never calls. Declare it here; node_modules keep their own flags.
 */
export const TREESHAKE: Rollup.TreeshakingOptions = { moduleSideEffects: (id) => !/[\\/]packages[\\/](core|importer)[\\/]/.test(id) };

export function onwarn(warning: Rollup.RollupLog, warn: (w: Rollup.RollupLog) => void): void {
  // zod ships explanatory comments where rollup looks for /*#__PURE__*/ annotations: harmless.
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
  warn(warning);
}
