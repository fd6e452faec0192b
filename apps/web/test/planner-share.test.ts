/**
 * A planner page's state in its link (src/planner/share.ts, src/planner/routes.ts): random edits of
 * an example round-trip through the link to the same scenario; an opened scenario's text too; hostile
 * links are refused with a coded refusal, never a crash, and what they yield is read like any file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyEdits, diffValues, formatPath, scenarioValue } from '@capa/planner/browser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlannerLink, writePlannerLink } from '../src/planner/routes';
import { decodeEdits, encodeEdits, linkOf, slotFromLink, toBase64Url } from '../src/planner/share';
import type { Source } from '../src/planner/source';
import type { PlannerEngine } from '../src/planner/types';
import { MAX_HASH_LENGTH } from '../src/state/hash';

const DIR = fileURLToPath(new URL('../../../examples/', import.meta.url));
const EXAMPLES = Object.fromEntries(
  readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), readFileSync(`${DIR}${f}`, 'utf8')]),
);
/** The engine's link-related half, as engine.ts builds it from @capa/planner/browser. */
const engine = {
  examples: EXAMPLES,
  valueOf: scenarioValue,
  edit: applyEdits,
  formatPath,
  diff: (a: string, b: string) => diffValues(scenarioValue(a), scenarioValue(b)),
} as unknown as PlannerEngine;

/** Every path of a value with a scalar at its end (what a form field edits). */
function leaves(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [path];
}

const roundTrip = (route: 'plan' | 'compare', slots: (Source | null)[]) => {
  const { link, refusals } = linkOf(slots, engine);
  const hash = writePlannerLink({ route, ...link });
  const back = readPlannerLink(hash);
  if (!back) throw new Error(hash);
  return { hash, refusals, slots: slots.map((_, i) => slotFromLink(back, i, engine, 'edited')) };
};

const value = fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.constantFrom('8GiB', '25Gb/s', '75%', 'nvme', 'lots', ''), fc.string({ maxLength: 20 }), fc.constant(undefined));

describe('planner links', () => {
  const names = Object.keys(EXAMPLES);

  it('carries random edits of an example, read back to the same scenario', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.tuple(fc.nat(), value), { minLength: 1, maxLength: 6 }), (name, picks) => {
        const text = EXAMPLES[name] ?? '';
        const paths = leaves(scenarioValue(text));
        const edits = picks.map(([i, v]) => {
          const path = paths[i % paths.length] ?? ['name'];
          return v === undefined ? { path } : { path, value: v };
        });
        // Scalars set or removed at existing leaves: every such edit applies (a refusal fails the property).
        const r = applyEdits(text, edits);
        if (!r.ok) throw new Error(`edits refused (${r.reason}): ${JSON.stringify(edits)}`);
        const rt = roundTrip('plan', [{ kind: 'file', file: `${name}.yaml (edited)`, text: r.text, base: name, edited: true }]);
        expect(rt.hash.length).toBeLessThanOrEqual(MAX_HASH_LENGTH);
        expect(rt.refusals).toEqual([]);
        const back = rt.slots[0]?.source;
        const got = back?.kind === 'file' ? back.text : EXAMPLES[back?.kind === 'example' ? back.name : ''];
        expect(scenarioValue(got ?? '')).toEqual(scenarioValue(r.text));
      }),
      { numRuns: 150 },
    );
  });

  it('carries an opened scenario whole, and says when one is too large for a link', () => {
    const text = EXAMPLES['optimize-300-vms'] ?? '';
    const rt = roundTrip('compare', [{ kind: 'file', file: 'mine.yaml', text }, { kind: 'example', name: 'procurement-1s-epyc' }, null]);
    expect(rt.slots[0]?.source).toEqual({ kind: 'file', file: 'link-1.yaml', text, edited: true });
    expect(rt.slots[1]?.source).toEqual({ kind: 'example', name: 'procurement-1s-epyc' });
    expect(rt.hash).not.toContain('mine');
    const big = `${text}\ndescription: "${'x'.repeat(9000)}"\n`;
    const { link, refusals } = linkOf([{ kind: 'file', file: 'big.yaml', text: big }], engine);
    expect(refusals).toMatchObject([{ slot: 0, kind: 'too-long', example: false }]);
    expect(link.scenarios).toEqual([null]);
    expect(writePlannerLink({ route: 'plan', ...link }).length).toBeLessThanOrEqual(MAX_HASH_LENGTH);
  });

  it('refuses hostile links with a coded refusal, never a crash', () => {
    const hostile = [
      toBase64Url('not json'),
      toBase64Url('{"a":1}'),
      toBase64Url('[[["__proto__","polluted"],1]]'),
      toBase64Url('[[["name","deeper"],1]]'),
      toBase64Url(`[[["name"],${'['.repeat(5000)}${']'.repeat(5000)}]]`),
      toBase64Url('[[["nodes","count"],1e400]]'),
      toBase64Url(JSON.stringify(Array.from({ length: 600 }, () => [['name'], 'x']))),
      toBase64Url(JSON.stringify([[[-1], 1]])),
      encodeEdits([{ path: [], value: 1 }]),
      'A',
      '\u00e9\u00e9',
    ];
    for (const e of hostile) {
      const link = readPlannerLink(`#/plan?example=procurement-1s-epyc&edit=${e}`);
      if (!link) throw new Error('not a planner link');
      const r = slotFromLink(link, 0, engine, 'edited');
      expect(r?.source, e.slice(0, 40)).toEqual({ kind: 'example', name: 'procurement-1s-epyc' });
      // A value that is not base64url never reaches the reader (the link keeps none).
      if (link.edits?.[0]) expect(r?.refusal, e.slice(0, 40)).toMatchObject({ slot: 0, kind: 'edits' });
    }
    // A change the planner refuses at a place names that place, as the planner writes a path.
    const deeper = readPlannerLink(`#/plan?example=procurement-1s-epyc&edit=${toBase64Url('[[["nodes","count","n"],1]]')}`);
    expect(deeper && slotFromLink(deeper, 0, engine, 'edited')?.refusal).toEqual({ slot: 0, kind: 'edits', path: 'nodes.count.n' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(decodeEdits(toBase64Url('[[["a",1],{"__proto__":{"x":1}}]]'))).toBeNull();
    const bad = readPlannerLink(`#/plan?scenario=${toBase64Url('x').slice(0, 1)}`);
    expect(bad && slotFromLink(bad, 0, engine, 'edited')).toEqual({ source: null, refusal: { slot: 0, kind: 'scenario' } });
  });

  it('reads any hash without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.base64String({ maxLength: 200 }), (junk, b64) => {
        for (const hash of [`#/plan?${junk}`, `#/compare?a=procurement-1s-epyc&ea=${b64.replace(/=/g, '')}&sb=${junk}`, `#/plan?scenario=${b64}`]) {
          const link = readPlannerLink(hash);
          if (!link) continue;
          for (let i = 0; i < link.examples.length; i++) {
            const r = slotFromLink(link, i, engine, 'edited');
            if (r?.source?.kind === 'file' && r.source.base !== undefined) expect(scenarioValue(r.source.text)).not.toBeNull();
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
