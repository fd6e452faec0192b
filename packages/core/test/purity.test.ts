import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The core is pure: no Node module, no I/O, no clock, no randomness, no ambient globals. */
const SRC = new URL('../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const ALLOWED_PACKAGES = new Set(['mathjs', 'zod/mini']);
const FORBIDDEN = [/\bprocess\./, /\bDate\b/, /Math\.random/, /\bglobalThis\b/, /\bconsole\./, /\brequire\(/, /\bfetch\(/, /\bperformance\./, /\bsetTimeout\b/, /\bwindow\b/, /\bdocument\b/];

describe('core purity', () => {
  const all = files(SRC);
  it('finds the sources', () => expect(all.length).toBeGreaterThan(20));
  for (const f of all) {
    it(f.slice(SRC.length), () => {
      const text = readFileSync(f, 'utf8');
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      for (const m of code.matchAll(/import\s+(type\s+)?[^;]*?from\s+'([^']+)'/g)) {
        const spec = m[2] ?? '';
        // @capa/crush (LGPL-2.1, pure) is handed in by the adapters; the core may name its types only.
        const typeOnly = m[1] !== undefined && spec === '@capa/crush';
        expect(spec.startsWith('.') || ALLOWED_PACKAGES.has(spec) || typeOnly, `${spec} imported`).toBe(true);
      }
      expect(/from\s+'@capa\/crush'/.test(code.replace(/import\s+type\s+[^;]*?from\s+'@capa\/crush'/g, '')), '@capa/crush imported as a value').toBe(false);
      for (const re of FORBIDDEN) expect(re.test(code), `${re} used`).toBe(false);
    });
  }
});
