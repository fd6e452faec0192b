import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CEPH_DEFAULTS, MEMORY_DEFAULTS, PG_DEFAULTS } from '../src/index.js';

/**
 * Issue 10, item 3: the core's results echo the defaults they used (`used`) and the core exports them
 * (explain/defaults.ts), so no adapter restates one. This test reads the adapters' sources and fails on
 * a default written as a bare number: Ceph's fill ratios (mon_osd_nearfull_ratio 0.85, backfillfull
 * 0.90, full 0.95: ceph/ceph:src/common/options/global.yaml.in), mon_osd_down_out_interval 600 s
 * (ceph/ceph:src/common/options/mon.yaml.in), the course's 0.75 memory utilisation (docs/memory.md#sources)
 * and mon_max_pg_per_osd 250 (ceph/ceph:src/common/options/global.yaml.in).
 */
const ROOT = new URL('../../../', import.meta.url).pathname;
const ADAPTERS = ['packages/cli/src', 'packages/planner/src', 'packages/importer/src', 'apps/web/src'];
const SKIP = new Set(['node_modules', 'dist']);

const LITERALS: readonly { name: string; re: RegExp }[] = [
  { name: 'nearfull 0.85', re: /(?<![\w.])0?\.85(?![\d])/ },
  { name: 'backfillfull 0.9', re: /(?<![\w.])0?\.90?(?![\d])/ },
  { name: 'full 0.95', re: /(?<![\w.])0?\.95(?![\d])/ },
  { name: 'mark-out 600', re: /(?<![\w.])600(?![\d])/ },
  { name: 'utilisation 0.75', re: /(?<![\w.])0?\.75(?![\d])/ },
  { name: 'mon_max_pg_per_osd 250', re: /(?<![\w.])250(?![\d])/ },
];

/** Where one of these numbers is legitimately something else; each says why. */
const ALLOWED: readonly { file: string; literal: string; line: RegExp; why: string }[] = [
  { file: 'packages/cli/src/help/en.ts', literal: 'utilisation 0.75', line: /Ratios: 0\.75 or 75%/, why: 'the ratio syntax shown in the top-level help, not a default' },
  {
    file: 'packages/planner/src/scenario/value-messages.ts',
    literal: 'utilisation 0.75',
    line: /a fraction like 0\.75|une fraction comme 0\.75/,
    why: 'the ratio syntax named in a refusal, not a default',
  },
  ...['en', 'fr'].map((l) => ({
    file: `packages/cli/src/help/${l}.ts`,
    literal: 'backfillfull 0.9',
    line: /data:ratio=0\.9/,
    why: "pg's worked example: a pool holding 90 % of the data (target_size_ratio)",
  })),
  { file: 'apps/web/src/i18n/ui.ts', literal: 'utilisation 0.75', line: /ratios: 0\.75 or 75%/, why: 'the ratio syntax shown on the page, not a default' },
  { file: 'packages/planner/src/scenario/values.ts', literal: 'utilisation 0.75', line: /0\.75/, why: "the ratio syntax in the scenario schema's messages and examples, not a default" },
  { file: 'apps/web/src/calc/presets/others.ts', literal: 'backfillfull 0.9', line: /ratio: '0\.9'/, why: "a preset pool's target_size_ratio" },
  { file: 'apps/web/src/planner/form/form-texts.ts', literal: 'utilisation 0.75', line: /ratio: '0\.75 or 75%'/, why: 'the ratio syntax shown beside a form field, not a default' },
  { file: 'apps/web/src/pictures/waterfall-chart.tsx', literal: 'mon_max_pg_per_osd 250', line: /const BAR = 250;/, why: "the longest bar's length in SVG units" },
];

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : e.isFile() && /\.(ts|tsx|css|html)$/.test(e.name) ? [p] : [];
  });

/**
 * Comments may name a default to explain it; only code counts. CSS lengths and font weights
 * (`.85em`, `0.75rem`, `font-weight: 600`, in stylesheets and the report's inline CSS) are not defaults.
 */
const code = (line: string): string =>
  line
    .replace(/\/\/.*$/, '')
    .replace(/\/\*.*?\*\//g, '')
    .replace(/^\s*\*.*$/, '')
    .replace(/\d*\.?\d+(rem|em|px)\b/g, '')
    .replace(/font-weight:\s*\d+/g, '');

describe('no adapter restates a core default', () => {
  it("the literals are the core's defaults (so this test watches the right numbers)", () => {
    expect([CEPH_DEFAULTS.nearfull, CEPH_DEFAULTS.backfillfull, CEPH_DEFAULTS.full, CEPH_DEFAULTS.markOutSeconds]).toEqual([0.85, 0.9, 0.95, 600]);
    expect([MEMORY_DEFAULTS.maxUtilization, PG_DEFAULTS.maxPgPerOsd]).toEqual([0.75, 250]);
  });

  it('cli, planner, importer and web sources name CEPH_DEFAULTS, MEMORY_DEFAULTS... or read `used`', () => {
    const hits: string[] = [];
    for (const dir of ADAPTERS) {
      for (const f of files(join(ROOT, dir))) {
        const rel = relative(ROOT, f);
        readFileSync(f, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const c = code(line);
            for (const { name, re } of LITERALS) {
              if (!re.test(c)) continue;
              if (ALLOWED.some((a) => a.file === rel && a.literal === name && a.line.test(c))) continue;
              hits.push(`${rel}:${i + 1}: ${name}: ${line.trim().slice(0, 120)}`);
            }
          });
      }
    }
    expect(hits).toEqual([]);
  });

  it('every allowance still matches a line (a stale one is removed)', () => {
    for (const a of ALLOWED) {
      const lines = readFileSync(join(ROOT, a.file), 'utf8').split('\n').map(code);
      expect(
        lines.some((l) => a.line.test(l)),
        `${a.file}: ${a.why}`,
      ).toBe(true);
    }
  });
});
