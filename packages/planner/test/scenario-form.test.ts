/**
 * The scenario form generated from the schema (src/form/form.ts): every key of every example is a
 * field of the form, every field has a label in both languages, the value kinds and bounds are the
 * schema's own; edits written back into the YAML keep the rest of the text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdits, diffValues, scenarioValue } from '../src/form/edit.js';
import { FORM_DESCRIPTIONS_FR } from '../src/form/form-descriptions-fr.js';
import { type FormNode, formNodeAt, scenarioForm } from '../src/form/form.js';
import { parseScenarioText } from '../src/scenario/load.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ f, text: readFileSync(`${EXAMPLES}${f}`, 'utf8') }));

function* paths(v: unknown, path: (string | number)[] = []): Generator<(string | number)[]> {
  if (path.length > 0) yield path;
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* paths(x, [...path, i]);
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* paths(x, [...path, k]);
}

function* nodes(n: FormNode, at = ''): Generator<[string, FormNode]> {
  yield [at, n];
  if (n.kind === 'group') for (const f of n.fields) yield* nodes(f, `${at}.${f.key}`);
  if (n.kind === 'list') yield* nodes(n.item, `${at}[]`);
  if (n.kind === 'map') yield* nodes(n.entry, `${at}{}`);
  if (n.kind === 'choice') {
    yield* nodes(n.list, at);
    yield* nodes(n.single, at);
  }
}

describe('the scenario form', () => {
  it('reaches every key of every example', () => {
    expect(examples.length).toBeGreaterThan(10);
    for (const { f, text } of examples) for (const p of paths(parse(text))) expect(formNodeAt(p), `${f}: ${p.join('.')}`).not.toBeNull();
  });

  it('labels every field in English and French', () => {
    const unlabelled = [...nodes(scenarioForm())].filter(([at, n]) => at !== '' && (n.label.en === '' || n.label.fr === '')).map(([at]) => at);
    expect(unlabelled).toEqual([]);
  });

  it('carries the schema meta: descriptions, examples, defaults, bounds and value kinds', () => {
    const ram = formNodeAt(['nodes', 'ram']);
    // packages/planner:src/scenario/schema.ts (nodeSpec.ram: sizeUpTo(...).meta) and values.ts (size's examples)
    expect(ram).toMatchObject({ kind: 'field', value: 'size', required: true, description: { en: 'RAM per node: 512GiB.' }, examples: ['512GiB', '3.84TB'] });
    expect(formNodeAt(['nodes', 0, 'count'])).toMatchObject({ value: 'integer', min: 1, default: 1, required: false });
    // packages/planner:src/scenario/schema.ts (vm.vcpus: count(1, 4096))
    expect(formNodeAt(['workloads', 'vms', 3, 'vcpus'])).toMatchObject({ value: 'integer', min: 1, max: 4096 });
    expect(formNodeAt(['workloads', 'growth', 'perYear'])).toMatchObject({ value: 'growth', numeric: true });
    // packages/planner:src/scenario/schema.ts (pool.application: z.enum(['rbd', 'cephfs', 'rgw']), Ceph's pool applications)
    expect(formNodeAt(['storage', 'ceph', 'pools', 0, 'application'])).toMatchObject({ value: 'enum', options: ['rbd', 'cephfs', 'rgw'] });
    expect(formNodeAt(['nodes', 'network', 'ceph', 'carries', 'recovery'])).toMatchObject({ kind: 'field' });
    expect(formNodeAt(['nodes', 'nosuchkey'])).toBeNull();
  });

  it('describes every described field in French too (a description changed in the schema needs its French)', () => {
    const missing = [...nodes(scenarioForm())].filter(([, n]) => n.description !== undefined && n.description.fr === '').map(([at, n]) => `${at}: ${n.description?.en}`);
    expect(missing).toEqual([]);
    for (const [en, fr] of Object.entries(FORM_DESCRIPTIONS_FR)) expect(fr.trim(), en).not.toBe('');
  });
});

describe('edits of the scenario text', () => {
  const text = readFileSync(`${EXAMPLES}optimize-300-vms.yaml`, 'utf8');

  it('sets a value, keeps the comments, and the planner reads the result', () => {
    const r = applyEdits(text, [{ path: ['workloads', 'vms', 0, 'count'], value: 250 }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((scenarioValue(r.text) as { workloads: { vms: { count: number }[] } }).workloads.vms[0]?.count).toBe(250);
    const comments = text.split('\n').filter((l) => l.trim().startsWith('#'));
    for (const c of comments) expect(r.text).toContain(c.trim());
    expect(parseScenarioText(r.text, { require: 'optimize' }).ok).toBe(true);
  });

  it('removes a key and the section it left empty', () => {
    const r = applyEdits('name: x\nworkloads:\n  ksm: 0.1\n', [{ path: ['workloads', 'ksm'] }]);
    expect(r).toEqual({ ok: true, text: 'name: x\n' });
    // Removed twice (a link's edits may repeat one): the second finds nothing to remove, the section already pruned.
    expect(applyEdits('name: x\nworkloads:\n  ksm: 0.1\n', [{ path: ['workloads', 'ksm'] }, { path: ['workloads', 'ksm'] }])).toEqual({ ok: true, text: 'name: x\n' });
  });

  it('refuses a path through a value, naming the edit refused', () => {
    expect(applyEdits('name: x\n', [{ path: ['name', 'deeper'], value: 1 }])).toEqual({ ok: false, reason: 'path', path: ['name', 'deeper'] });
    expect(applyEdits('name: x\n', [{ path: ['__proto__', 'x'], value: 1 }])).toEqual({ ok: false, reason: 'path', path: ['__proto__', 'x'] });
    // The first edit applies; the second, through the scalar the first wrote, is the one named.
    expect(
      applyEdits('name: x\n', [
        { path: ['rules', 'failures'], value: 2 },
        { path: ['rules', 'failures', 'n'], value: 1 },
      ]),
    ).toEqual({ ok: false, reason: 'path', path: ['rules', 'failures', 'n'] });
    expect(applyEdits('a: [\n', [])).toEqual({ ok: false, reason: 'syntax' });
  });

  it('diffs two scenarios into the edits that turn one into the other', () => {
    const a = scenarioValue(text);
    const r = applyEdits(text, [{ path: ['workloads', 'vms', 1, 'count'], value: 60 }, { path: ['workloads', 'growth'] }, { path: ['rules', 'failures'], value: 2 }]);
    if (!r.ok) throw new Error(r.reason);
    const b = scenarioValue(r.text);
    const back = applyEdits(text, diffValues(a, b));
    expect(back.ok && scenarioValue(back.text)).toEqual(b);
  });
});
