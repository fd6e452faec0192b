/**
 * Issue 10 "publishable packages": the four libraries are packed with `pnpm pack`, installed with npm
 * into a project outside the workspace, and their README examples run there, in Node (ESM) and through
 * `tsc --noEmit` (strict). The expected outputs are the READMEs' own: the test holds the documentation
 * to what the published code prints, so neither can drift from the other.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeExamples } from './readme-examples.js';
import { run, runOk } from './run.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const PACKAGES = ['core', 'crush', 'importer', 'planner'] as const;
const MINUTE = 60_000;
const require = createRequire(import.meta.url);

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  type?: string;
  exports?: Record<string, string | { types?: string; default?: string }>;
  dependencies?: Record<string, string>;
}
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const manifest = (p: string) => readJson<Manifest>(join(ROOT, 'packages', p, 'package.json'));
const examples = Object.fromEntries(PACKAGES.map((p) => [p, readmeExamples(readFileSync(join(ROOT, 'packages', p, 'README.md'), 'utf8'))]));

/** `@capa/importer/node`, `@capa/planner/bundle`…: every export with a types entry (the data files are checked apart). */
const codeEntries = (): string[] =>
  PACKAGES.flatMap((p) =>
    Object.entries(manifest(p).exports ?? {})
      .filter(([, t]) => typeof t !== 'string')
      .map(([key]) => (key === '.' ? `@capa/${p}` : `@capa/${p}/${key.slice(2)}`)),
  );

let project = '';
const tarballs = new Map<string, string>();

beforeAll(async () => {
  for (const p of PACKAGES) {
    if (!existsSync(join(ROOT, 'packages', p, 'dist', 'index.js'))) throw new Error(`packages/${p}/dist is missing: run \`pnpm build\` first`);
  }
  project = mkdtempSync(join(tmpdir(), 'capa-packed-'));
  const packs = join(project, 'tarballs');
  for (const p of PACKAGES) {
    await runOk('pnpm', ['pack', '--pack-destination', packs], join(ROOT, 'packages', p), 2 * MINUTE);
    const m = manifest(p);
    tarballs.set(p, join(packs, `${m.name.replace('@', '').replace('/', '-')}-${m.version}.tgz`));
  }
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'capa-packed-check', private: true, type: 'module' }, null, 2)}\n`);
  // Node's own types, at the workspace's version, for `tsc`; third-party dependencies come from the npm cache or registry.
  const typesNode = readJson<{ devDependencies: Record<string, string> }>(join(ROOT, 'package.json')).devDependencies['@types/node'];
  await runOk('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...tarballs.values(), `@types/node@${typesNode}`], project, 5 * MINUTE);
  // One module importing every entry point: run by Node below, and type-checked with the examples.
  const code = codeEntries()
    .map((spec, i) => `import * as e${i} from '${spec}';\nconsole.log('${spec}', Object.keys(e${i}).length > 0);`)
    .join('\n');
  writeFileSync(join(project, 'exports-check.mjs'), `${code}\n`);
  writeFileSync(join(project, 'exports-check.ts'), `${code}\n`);
}, 8 * MINUTE);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('packed tarballs', () => {
  it('the test project lies outside the workspace', () => {
    expect(relative(ROOT, project).startsWith('..') || relative(ROOT, project).includes(':'), project).toBe(true);
  });

  for (const p of PACKAGES) {
    it(`@capa/${p}: publishable manifest, licence, README, typed exports, real dependency versions`, () => {
      const size = statSync(tarballs.get(p) ?? '').size;
      // A packed test tree or source maps would show here: the four are 50–300 kB today.
      expect(size, `@capa/${p} tarball bytes`).toBeLessThan(1024 * 1024);
      const dir = join(project, 'node_modules', '@capa', p);
      // Installed from the tarball, not linked back into the workspace.
      expect(realpathSync(dir).startsWith(realpathSync(project) + sep)).toBe(true);
      const m = readJson<Manifest>(join(dir, 'package.json'));
      expect(m.private).toBeUndefined();
      expect(m.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(m.license).toBe(p === 'crush' ? 'LGPL-2.1-only' : 'MIT');
      expect(m.type).toBe('module');
      for (const [dep, range] of Object.entries(m.dependencies ?? {})) expect(range, dep).not.toMatch(/^workspace:/);
      for (const f of ['LICENSE', 'README.md']) expect(existsSync(join(dir, f)), f).toBe(true);
      expect(readdirSync(dir).filter((f) => ['src', 'test', 'bench', 'node_modules', 'tsconfig.json'].includes(f))).toEqual([]);
      const entries = Object.entries(m.exports ?? {});
      expect(entries.length).toBeGreaterThan(0);
      for (const [key, target] of entries) {
        if (typeof target === 'string') {
          if (!target.includes('*')) expect(existsSync(join(dir, target)), `${key} → ${target}`).toBe(true);
          continue;
        }
        expect(target.types, `${key} has types`).toBeDefined();
        for (const file of [target.types, target.default]) expect(existsSync(join(dir, file ?? '')), `${key} → ${file}`).toBe(true);
      }
    });
  }

  it(
    'every code entry point (export) loads in Node from the installed packages',
    async () => {
      const r = await run(process.execPath, ['exports-check.mjs'], project, MINUTE);
      expect(r.stderr).toBe('');
      expect(r.stdout.trim().split('\n')).toEqual(codeEntries().map((spec) => `${spec} true`));
    },
    2 * MINUTE,
  );

  it('@capa/planner ships its catalogue and the scenario JSON Schema', () => {
    const dir = join(project, 'node_modules', '@capa', 'planner');
    expect(
      readdirSync(join(dir, 'catalogue'))
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    ).toEqual(
      readdirSync(join(ROOT, 'packages/planner/catalogue'))
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    );
    expect(readJson<{ $schema?: string }>(join(dir, 'scenario.schema.json')).$schema).toBeDefined();
  });
});

describe('README examples, run from the installed tarballs', () => {
  for (const p of PACKAGES) {
    it(`@capa/${p} README has examples, each followed by its output`, () => {
      expect(examples[p]?.length ?? 0).toBeGreaterThanOrEqual(2);
      for (const ex of examples[p] ?? []) expect(ex.output, `README line ${ex.line}: no \`\`\`text output block after the example`).not.toBeNull();
    });
    for (const ex of examples[p] ?? []) {
      it(
        `@capa/${p} README example ${ex.index} (line ${ex.line}) prints its output in Node`,
        async () => {
          const file = join(project, `readme-${p}-${ex.index}.mjs`);
          writeFileSync(file, ex.code);
          const r = await run(process.execPath, [file], project, MINUTE);
          expect(r.stderr, `packages/${p}/README.md line ${ex.line}`).toBe('');
          expect(r.code).toBe(0);
          expect(r.stdout.trimEnd(), `packages/${p}/README.md line ${ex.line}`).toBe(ex.output);
        },
        2 * MINUTE,
      );
    }
  }

  it(
    'every example type-checks with tsc --noEmit (strict) against the packed types',
    async () => {
      const files: string[] = [];
      for (const p of PACKAGES)
        for (const ex of examples[p] ?? []) {
          const file = `readme-${p}-${ex.index}.ts`;
          writeFileSync(join(project, file), ex.code);
          files.push(file);
        }
      files.push('exports-check.ts');
      // skipLibCheck off: the packages' own .d.ts files are checked as a consumer's compiler sees them.
      const tsconfig = {
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['node'],
        },
        files,
      };
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
      const tsc = require.resolve('typescript/bin/tsc');
      const r = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], project, 4 * MINUTE);
      expect(r.stdout + r.stderr).toBe('');
      expect(r.code).toBe(0);
    },
    5 * MINUTE,
  );
});
