import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { MINIFY, TREESHAKE, onwarn } from './vite/bundle-options';
import { CHUNK_LOADER } from './vite/chunk-loader';
import { classicScript } from './vite/classic-script';
import { cliOnlyText } from './vite/cli-only-text';
import { coreDecimal } from './vite/core-decimal';
import { cspMeta } from './vite/csp';
import { lazyEngine } from './vite/lazy-engine';
import { offline } from './vite/offline';
import { unusedSources } from './vite/unused-sources';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // Relative URLs: the same dist/ works from any path of a static server and from a folder.
  base: './',
  plugins: [coreDecimal(), cliOnlyText(), lazyEngine('inventory'), lazyEngine('planner'), preact(), cspMeta(), classicScript(), unusedSources(), offline()],
  define: { __CAPA_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    ...MINIFY,
    // Classic scripts (see vite/classic-script.ts): the entry, and the chunks it loads on demand
    // through its AMD loader (vite/chunk-loader.ts); no module preload.
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    rollupOptions: {
      output: {
        format: 'amd',
        amd: { forceJsExtensionForImports: true },
        banner: (chunk) => (chunk.isEntry ? CHUNK_LOADER : ''),
        // `lazy-`: the chunks the page loads on demand (test/built-page.ts reads them with the entry).
        chunkFileNames: 'assets/lazy-[name]-[hash].js',
      },
      // The core and the importer are pure; see vite/bundle-options.ts. The inventory page's engine
      // is a second classic script, loaded on demand (vite/lazy-engine.ts).
      treeshake: TREESHAKE,
      onwarn,
    },
  },
});
