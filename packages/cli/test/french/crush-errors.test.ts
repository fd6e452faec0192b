/**
 * Issue 10: every message the tool can print exists in English and French, the CRUSH reader's refusals
 * included. Builds bad maps from the placement fixture, checks each refusal carries a code both
 * catalogues hold, keeps its English words (the @capa/crush API's `message`), and reads as French
 * (detector: english.ts); then the importer's `ceph.crush-map-unusable` warning in French.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRUSH_ERROR_MESSAGES, CrushInputError, CrushUnsupportedError, crushErrorText, loadPlacement, markDownOut } from '@capa/crush';
import { parseCephJson, Warnings, warningText } from '@capa/importer';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cases.js';
import { englishLines } from './english.js';

const PLACE = join(ROOT, 'packages/cli/test/fixtures/placement');
type Dump = Record<string, unknown> & { buckets: { id: number; alg: string; items: { id: number }[] }[]; rules: { steps: Record<string, unknown>[] }[] };
const crush = (): Dump => JSON.parse(readFileSync(join(PLACE, 'crush-dump.json'), 'utf8')) as Dump;
const osd = (): Record<string, unknown> & { osds: { osd: number }[] } => JSON.parse(readFileSync(join(PLACE, 'osd-dump.json'), 'utf8')) as Record<string, unknown> & { osds: { osd: number }[] };

function refusal(f: () => unknown): CrushInputError | CrushUnsupportedError {
  try {
    f();
  } catch (e) {
    if (e instanceof CrushInputError || e instanceof CrushUnsupportedError) return e;
    throw e;
  }
  throw new Error('not refused');
}

// The English text each refusal had before it carried a code (the wording is kept: API users read `message`).
const BAD: readonly { what: string; refuse: () => unknown; code: string; english: string }[] = [
  {
    what: 'an unknown bucket algorithm',
    refuse: () => loadPlacement(Object.assign(crush(), { buckets: crush().buckets.map((b, i) => (i === 1 ? { ...b, alg: 'nope' } : b)) }), osd()),
    code: 'crush.unknown-alg',
    english: 'crush dump.buckets[1].alg: bucket pve1 uses the unknown algorithm "nope"',
  },
  {
    what: 'a bucket holding a missing bucket',
    refuse: () => loadPlacement(Object.assign(crush(), { buckets: crush().buckets.map((b, i) => (i === 0 ? { ...b, items: [...b.items, { id: -99, weight: 0, pos: 9 }] } : b)) }), osd()),
    code: 'crush.missing-bucket',
    english: 'crush dump.buckets[0].items[5].id: bucket default holds the missing bucket -99',
  },
  {
    what: 'a rule naming an unknown bucket type',
    refuse: () => {
      const d = crush();
      d.rules[0]!.steps[1] = { op: 'chooseleaf_firstn', num: 0, type: 'rack' };
      return loadPlacement(d, osd());
    },
    code: 'crush.unknown-bucket-type',
    english: 'crush dump.rules[0].steps[1].type: unknown bucket type "rack"',
  },
  {
    what: 'an OSD id not below max_osd',
    refuse: () => loadPlacement(crush(), { ...osd(), max_osd: 2 }),
    code: 'crush.osd-above-max',
    english: 'osd dump.osds[2].osd: osd.2 is not below max_osd 2',
  },
  { what: 'an empty map', refuse: () => loadPlacement({}, osd()), code: 'crush.schema', english: 'crush dump.devices: Invalid input: expected array, received undefined' },
  { what: 'a failed OSD not in the map', refuse: () => markDownOut(loadPlacement(crush(), osd()), [99]), code: 'crush.osd-not-in-map', english: 'out: osd.99 is not in the OSD map' },
];

describe('the CRUSH reader’s refusals in English and French', () => {
  it('both catalogues hold the same codes', () => {
    expect(Object.keys(CRUSH_ERROR_MESSAGES.fr).sort()).toEqual(Object.keys(CRUSH_ERROR_MESSAGES.en).sort());
  });

  for (const b of BAD) {
    it(`${b.what}: ${b.code}, English unchanged, French without English`, () => {
      const e = refusal(b.refuse);
      expect(e.code).toBe(b.code);
      expect(Object.keys(CRUSH_ERROR_MESSAGES.en)).toContain(e.code);
      expect(e.message).toBe(b.english);
      expect(crushErrorText(e, 'en')).toBe(b.english);
      const fr = crushErrorText(e, 'fr');
      expect(fr).not.toBe(b.english);
      expect(englishLines(fr)).toEqual([]);
      // The detector does read the English text as English, so the check above is not vacuous.
      expect(englishLines(b.english).length).toBeGreaterThan(0);
    });
  }

  it('ceph.crush-map-unusable carries the code and reads as French', () => {
    const capture = (name: string): unknown => JSON.parse(readFileSync(join(PLACE, 'capture', name), 'utf8'));
    const d = capture('osd-crush-dump.json') as Dump;
    d.buckets[1]!.alg = 'nope';
    const w = new Warnings();
    const files = { osdDf: 'osd-df.json', osdTree: 'osd-tree.json', df: 'df-detail.json', poolLsDetail: 'osd-pool-ls-detail.json', crushRules: 'osd-crush-rule-dump.json', osdDump: 'osd-dump.json' };
    const inputs = { ...Object.fromEntries(Object.entries(files).map(([k, v]) => [k, capture(v)])), crushDump: d } as Parameters<typeof parseCephJson>[0];
    parseCephJson(inputs, w);
    const warning = w.list.find((x) => x.code === 'ceph.crush-map-unusable');
    expect(warning?.params?.['crushCode']).toBe('crush.unknown-alg');
    expect(warning?.message).toMatch(/^crush dump\.buckets\[1\]\.alg: bucket \S+ uses the unknown algorithm "nope": /);
    const fr = warningText(warning!, 'fr');
    expect(fr).toMatch(/^crush dump\.buckets\[1\]\.alg : le bucket « \S+ » utilise l’algorithme inconnu « nope » : /);
    expect(englishLines(fr)).toEqual([]);
  });
});
