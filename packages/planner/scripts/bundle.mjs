// One ESM file for the CLI to load on demand (`capa plan`, `optimize`, `compare`): the planner, the
// core (tree-shaken: mathjs keeps only its BigNumber), YAML and zod. Loading the tsc output instead
// would import all of mathjs through the core's dist (~1.5 s); bundling it into the CLI's own file
// would make esbuild wrap the shared core lazily and evaluate all of mathjs at every start.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

await build({
  entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: fileURLToPath(new URL('../dist/planner.bundle.mjs', import.meta.url)),
  minify: true,
  legalComments: 'none',
  banner: { js: "import { createRequire as __capaRequire } from 'node:module'; const require = __capaRequire(import.meta.url);" },
  logLevel: 'warning',
});
