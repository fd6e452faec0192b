import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { classicScript } from './vite/classic-script';
import { coreDecimal } from './vite/core-decimal';
import { cspMeta } from './vite/csp';
import { offline } from './vite/offline';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // Relative URLs: the same dist/ works from any path of a static server and from a folder.
  base: './',
  plugins: [coreDecimal(), preact(), cspMeta(), classicScript(), offline()],
  define: { __CAPA_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One classic script (see vite/classic-script.ts): no module preload, no code splitting.
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    rollupOptions: {
      output: { format: 'iife', inlineDynamicImports: true },
      // The core is pure by design (no I/O, clock or globals), but its package.json does not say
      // sideEffects: false, so rollup would keep every module-level zod schema of calculators the
      // page never calls. Declare it here; node_modules keep their own package.json flags.
      treeshake: { moduleSideEffects: (id) => !/[\\/]packages[\\/]core[\\/]/.test(id) },
      onwarn(warning, warn) {
        // zod ships explanatory comments where rollup looks for /*#__PURE__*/ annotations: harmless.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
        warn(warning);
      },
    },
  },
});
