/**
 * The engines of the inventory page (the importer's zod schema and the core's inventory analysis)
 * and of the planner pages (the planner, YAML, classic zod, the built-in catalogue and examples) are
 * not part of the initial script: each is built here as a classic IIFE script of its own,
 * `assets/<name>-<hash>.js`, which the page adds with a <script src> when it needs it
 * (src/inventory/load-engine.ts, src/planner/load-engine.ts). A classic script loads from file://
 * and under the CSP's `script-src 'self'`, where a dynamic import() of a module would not; the
 * service worker precaches it with every other built file. Each carries its own copy of the core
 * code it uses: sharing it with the page (vite/chunk-loader.ts) would keep in the initial script
 * every export of a shared module the engine uses. The planner's script is also its optimizer's
 * Web Worker (src/planner/engine-entry.ts).
 *
 * `virtual:capa-<name>-engine` tells the page where the engine is: its file name in a build; in
 * the dev server, a plain dynamic import of src/<name>/engine.ts.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';
import { MINIFY, TREESHAKE, onwarn } from './bundle-options';
import { cliOnlyText } from './cli-only-text';
import { coreDecimal } from './core-decimal';

/** Builds the engine as one minified classic script; returns its code. */
async function buildEngine(name: string, root: string, define: Record<string, string>): Promise<string> {
  const ENTRY = fileURLToPath(new URL(`../src/${name}/engine-entry.ts`, import.meta.url));
  const out = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    plugins: [coreDecimal(), cliOnlyText()],
    define,
    build: {
      write: false,
      target: 'es2022',
      ...MINIFY,
      modulePreload: false,
      emptyOutDir: false,
      rollupOptions: { input: ENTRY, output: { format: 'iife', inlineDynamicImports: true, entryFileNames: `${name}.js` }, treeshake: TREESHAKE, onwarn },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
  if (!chunk) throw new Error(`capa:lazy-engine: the ${name} engine build produced no script`);
  return chunk.code;
}

export function lazyEngine(name: 'inventory' | 'planner'): Plugin {
  const ID = `virtual:capa-${name}-engine`;
  const RESOLVED = `\0${ID}`;
  let command: 'build' | 'serve' = 'build';
  let root = process.cwd();
  let define: Record<string, string> = {};
  return {
    name: `capa:lazy-engine-${name}`,
    configResolved(config) {
      command = config.command;
      root = config.root;
      define = Object.fromEntries(Object.entries(config.define ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      if (command === 'serve') {
        return `export const ENGINE_FILE = null;\nexport const devEngine = () => import(${JSON.stringify(`/src/${name}/engine.ts`)}).then((m) => m.ENGINE);\n`;
      }
      const code = await buildEngine(name, root, define);
      const fileName = `assets/${name}-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
      return `export const ENGINE_FILE = ${JSON.stringify(fileName)};\nexport const devEngine = null;\n`;
    },
  };
}
