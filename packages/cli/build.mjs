// Bundles the CLI and the core into one ESM file: resolving and compiling dozens of modules at
// every start would cost more than the commands themselves.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/capa.js',
  minify: true,
  legalComments: 'none',
  // commander is CommonJS and requires node: built-ins; give the ESM bundle a real require.
  banner: { js: "import { createRequire as __capaRequire } from 'node:module'; const require = __capaRequire(import.meta.url);" },
  logLevel: 'warning',
});
