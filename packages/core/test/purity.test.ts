import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The core is pure (no Node module, no I/O, no clock, no randomness, no ambient globals) and @capa/crush
 * too: biome.jsonc enforces it with lint rules on packages/core/src and packages/crush/src (`pnpm lint`,
 * the first step of `pnpm test`). This test proves the rules bite: each snippet is linted as if it were
 * a core (or crush, or CLI) file, in a scratch copy of the configuration, and must be refused by the
 * named rule, or pass. Rule names: https://biomejs.dev/linter/rules/no-restricted-imports/,
 * https://biomejs.dev/linter/rules/no-restricted-globals/,
 * https://biomejs.dev/linter/rules/no-js-restricted-properties/ and the GritQL plugin
 * scripts/biome/core-crush-types-only.grit (https://biomejs.dev/linter/plugins/), reported as `plugin`.
 */
const ROOT = new URL('../../../', import.meta.url).pathname;
const BIOME = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
const IMPORTS = 'lint/style/noRestrictedImports';
const GLOBALS = 'lint/style/noRestrictedGlobals';
const PROPERTY = 'lint/nursery/noJsRestrictedProperties';
const PLUGIN = 'plugin';
const PURITY = [IMPORTS, GLOBALS, PROPERTY, PLUGIN];

interface Probe {
  readonly name: string;
  readonly dir: 'packages/core/src' | 'packages/crush/src' | 'packages/cli/src';
  readonly code: string;
  /** The purity rule that must refuse it; null: no purity rule may fire. */
  readonly refusedBy: string | null;
}

const core = (name: string, code: string, refusedBy: string | null): Probe => ({ name, dir: 'packages/core/src', code, refusedBy });
const PROBES: readonly Probe[] = [
  // Node modules and packages other than mathjs and zod/mini, however imported.
  ...['node:fs', 'fs', 'path', 'node:path', 'os', 'child_process', 'http', 'https', 'net', 'process', 'node:process', 'url', 'yaml', 'zod', '@capa/core'].map((m) =>
    core(`import from '${m}'`, `import * as m from '${m}';\nexport const x = m;\n`, IMPORTS),
  ),
  core('dynamic import of node:fs', `export const x = await import('node:fs');\n`, IMPORTS),
  core('re-export from node:os', `export * from 'node:os';\n`, IMPORTS),
  core('re-export by name from fs', `export { readFileSync } from 'fs';\n`, IMPORTS),
  // @capa/crush: types only.
  core('value import of @capa/crush', `import { simulatePlacement } from '@capa/crush';\nexport const x = simulatePlacement;\n`, PLUGIN),
  core('namespace value import of @capa/crush', `import * as Crush from '@capa/crush';\nexport const x = Crush;\n`, PLUGIN),
  core(
    'inline type among values from @capa/crush',
    `import { type CrushMap, simulatePlacement } from '@capa/crush';\nexport const x: CrushMap | typeof simulatePlacement | undefined = undefined;\n`,
    PLUGIN,
  ),
  // verbatimModuleSyntax keeps `import {} from '@capa/crush'` for this one: the module would load.
  core('only inline types from @capa/crush', `import { type CrushMap } from '@capa/crush';\nexport type T = CrushMap;\n`, PLUGIN),
  core('re-export from @capa/crush', `export { simulatePlacement } from '@capa/crush';\n`, PLUGIN),
  core('dynamic import of @capa/crush', `export const x = await import('@capa/crush');\n`, PLUGIN),
  // Ambient globals: environment, clock, randomness, console, network, timers, browser.
  ...[
    ['process.env', 'process.env.HOME'],
    ['Date.now()', 'Date.now()'],
    ['new Date()', 'new Date().getTime()'],
    ['performance.now()', 'performance.now()'],
    ['console.log', 'console.log(1)'],
    ['fetch', "fetch('https://example.org')"],
    ['setTimeout', 'setTimeout(() => 1, 1)'],
    ['globalThis', 'globalThis.x'],
    ['window', 'window.location'],
    ['document', 'document.title'],
    ['require', "require('fs')"],
    ['Intl', 'new Intl.NumberFormat()'],
  ].map(([name, expr]) => core(name ?? '', `export const x = () => ${expr};\n`, GLOBALS)),
  core('Math.random()', 'export const x = () => Math.random();\n', PROPERTY),
  // What the core may do.
  core(
    'relative, mathjs, zod/mini, @capa/crush types',
    `import type * as Crush from '@capa/crush';\nimport type { CrushMap } from '@capa/crush';\nimport { bignumber } from 'mathjs';\nimport { z } from 'zod/mini';\nimport { x as y } from './units/bytes.js';\nexport type { OsdDump } from '@capa/crush';\nexport type T = Crush.OsdDump | CrushMap;\nexport const x = [bignumber, z, y, Math.max(1, 2)];\n`,
    null,
  ),
  core('a local named like a global', 'export const x = (process: number, Date: string) => [process, Date];\n', null),
  // @capa/crush: its own files and zod/mini only.
  { name: 'crush: mathjs', dir: 'packages/crush/src', code: `import { bignumber } from 'mathjs';\nexport const x = bignumber;\n`, refusedBy: IMPORTS },
  { name: 'crush: node:fs', dir: 'packages/crush/src', code: `import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n`, refusedBy: IMPORTS },
  { name: 'crush: Date.now()', dir: 'packages/crush/src', code: 'export const x = () => Date.now();\n', refusedBy: GLOBALS },
  { name: 'crush: zod/mini', dir: 'packages/crush/src', code: `import { z } from 'zod/mini';\nexport const x = z;\n`, refusedBy: null },
  // The adapters do I/O: the rules stop at the core and crush.
  {
    name: 'cli: node:fs and Date',
    dir: 'packages/cli/src',
    code: `import { readFileSync } from 'node:fs';\nexport const x = () => [readFileSync, Date.now(), process.env, Math.random()];\n`,
    refusedBy: null,
  },
];

/** Lints every probe at once in a scratch copy of the configuration; returns each probe's rule names. */
function lintProbes(): Map<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'capa-purity-'));
  scratch.push(dir);
  copyFileSync(join(ROOT, 'biome.jsonc'), join(dir, 'biome.jsonc'));
  for (const f of readdirSync(join(ROOT, 'scripts/biome'))) {
    mkdirSync(join(dir, 'scripts/biome'), { recursive: true });
    copyFileSync(join(ROOT, 'scripts/biome', f), join(dir, 'scripts/biome', f));
  }
  const files = PROBES.map((p, i) => {
    const rel = `${p.dir}/purity-probe-${i}.ts`;
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), p.code);
    return rel;
  });
  // The GitHub reporter prints one line per diagnostic: `::error title=RULE,file=PATH,line=...`.
  const r = spawnSync(process.execPath, [BIOME, 'lint', '--vcs-enabled=false', '--reporter=github', '--max-diagnostics=none', ...files], { cwd: dir, encoding: 'utf8' });
  expect(r.error).toBeUndefined();
  const found = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const m of r.stdout.matchAll(/^::\w+ title=([^,]+),file=([^,]+),/gm)) {
    const rel = (m[2] ?? '').slice(dir.length + 1);
    found.get(rel)?.push(m[1] ?? '');
  }
  return new Map(files.map((f, i) => [PROBES[i]?.name ?? f, found.get(f) ?? []]));
}

const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

describe('core purity, enforced by biome.jsonc', () => {
  const found = lintProbes();
  for (const p of PROBES) {
    it(`${p.dir}: ${p.name} → ${p.refusedBy ?? 'allowed'}`, () => {
      const rules = (found.get(p.name) ?? []).filter((r) => PURITY.includes(r));
      if (p.refusedBy === null) expect(rules).toEqual([]);
      else expect(rules).toContain(p.refusedBy);
    });
  }

  it('the core and crush sources pass the rules', () => {
    const r = spawnSync(process.execPath, [BIOME, 'lint', '--reporter=github', 'packages/core/src', 'packages/crush/src'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
    expect(r.status).toBe(0);
  });
});
