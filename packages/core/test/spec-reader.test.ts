/**
 * The generic spec reader (issue 10): refusals as data, what memory needed, and the CLI help derived
 * from the spec (the specs’ completeness in both languages: spec.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CalculatorSpec, Echoed } from '../src/index.js';
import { BOND_MODES, BOND_SPEC, HASH_POLICIES, type Lang, MEMORY_SPEC, optionFlags, optionHelp, optionName, QUORUM_SPEC, readInputs } from '../src/index.js';

describe('the generic reader', () => {
  it("reads text into the core's fields, parsing with the units (speed → speedBps)", () => {
    const r = readInputs(BOND_SPEC.inputs, { links: '2', speed: '25GbE', mode: '802.3ad', flows: '8' }, 'en');
    // 25GbE = 25 × 10^9 b/s (core units/rate.ts); 802.3ad is Linux's name for lacp (torvalds/linux:Documentation/networking/bonding.rst)
    expect(r).toEqual({ ok: true, input: { links: 2, speedBps: 25e9, mode: 'lacp', flows: 8 }, system: undefined });
  });
  it("refuses as data: key, value, code, params, and the text in the reader's language", () => {
    const r = readInputs(BOND_SPEC.inputs, { links: '0', mode: 'round-robin' }, 'fr');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.key, i.value, i.code])).toEqual([
      ['links', '0', 'input.count'],
      ['speed', undefined, 'input.required'],
      ['mode', 'round-robin', 'input.choice'],
    ]);
    expect(r.issues[2]?.params).toEqual({ allowed: BOND_MODES.join(', ') });
    expect(r.issues[1]?.message).toBe('est obligatoire');
    expect(r.issues[2]?.message).toContain('doit être l’une des valeurs lacp, active-backup');
  });
  it('flags: booleans from the CLI, 1/0 from the web; a blank web field is the default', () => {
    expect(readInputs(QUORUM_SPEC.inputs, { nodes: '3', qdevice: true, sharedStorage: '0', mons: '' }, 'en', { blankIsAbsent: true })).toEqual({
      ok: true,
      input: { nodes: 3, qdevice: true, sharedStorage: false },
      system: undefined,
    });
    const bad = readInputs(QUORUM_SPEC.inputs, { nodes: '3', qdevice: 'yes' }, 'en');
    expect(bad.ok ? [] : bad.issues.map((i) => i.code)).toEqual(['input.flag']);
  });
  it("the core's own limits come back coded too (limit.atMostLinks for --down above --links)", () => {
    const o = BOND_SPEC.run({ links: 2, speedBps: 1e10, down: 3, lang: 'fr' });
    expect(o.ok ? [] : o.issues.map((i) => [i.field, i.code, i.params, i.message])).toEqual([
      ['down', 'limit.atMostLinks', { k: 'atMostLinks', max: 2 }, 'doit valoir au plus le nombre de liens (2)'],
    ]);
  });
});

describe('the generic reader, what memory needed (a list giving a count, a question chosen by presence)', () => {
  const cli = (given: Record<string, string | boolean>, lang: Lang = 'en') => readInputs(MEMORY_SPEC.inputs, given, lang, { surface: 'cli', name: optionName });
  const web = (given: Record<string, string>, lang: Lang = 'en') => readInputs(MEMORY_SPEC.inputs, given, lang, { surface: 'web', blankIsAbsent: true });
  const refused = (r: ReturnType<typeof cli>) => (r.ok ? [] : r.issues.map((i) => [i.key, i.code, i.message]));
  it('a list of several sizes gives the node count: --nodes may be left out, and must match when given', () => {
    // 512 GiB = 2^39 bytes (core units/size.ts, IEC binary prefixes)
    expect(cli({ nodeRam: '512GiB,512GiB,256GiB' })).toMatchObject({ ok: true, input: { dir: 'usable', nodeRamBytes: [2 ** 39, 2 ** 39, 2 ** 38] } });
    expect(refused(cli({ nodes: '2', nodeRam: '512GiB,512GiB,256GiB' }, 'fr'))).toEqual([['nodes', 'input.countMatch', 'doit correspondre aux 3 tailles données à --node-ram']]);
    expect(refused(cli({ nodeRam: '512GiB' }))).toEqual([['nodes', 'input.required', 'is required']]);
    // The web names the other input by its label.
    expect(refused(web({ nodes: '2', nodeRam: '512GiB,256GiB,256GiB' }))).toEqual([['nodes', 'input.countMatch', 'must match the 3 sizes given to RAM per node']]);
  });
  it('the CLI derives the question: --guest-ram without --node-ram asks for the RAM per node; neither: the refusal offers both', () => {
    expect(cli({ nodes: '5', guestRam: '700GB' })).toMatchObject({ ok: true, input: { dir: 'required', nodes: 5, guestRamBytes: 700e9 }, system: 'decimal' });
    expect(refused(cli({ nodes: '3' }, 'fr'))).toEqual([['nodeRam', 'input.requiredOr', 'est obligatoire, ou indiquez --guest-ram (RAM nécessaire par nœud)']]);
    expect(refused(cli({ nodes: '3', nodeRam: '512GiB', guestRam: '1TB', purchasable: '256GiB' }))).toEqual([
      ['purchasable', 'input.notWith', 'does not apply with --node-ram (--guest-ram without --node-ram asks for the RAM each node needs)'],
    ]);
  });
  it('the web reads its dir choice: the guest RAM is required only when asking for the RAM per node; KSM savings stop at 90 %', () => {
    expect(refused(web({ dir: 'required', nodes: '5', nodeRam: '512GiB' }))).toEqual([['guestRam', 'input.required', 'is required']]);
    expect(web({ nodes: '3', nodeRam: '512GiB', ksm: '10%' })).toMatchObject({ ok: true, input: { ksmSavings: 0.1 } });
    expect(refused(web({ nodes: '3', nodeRam: '512GiB', ksm: '95%' }, 'fr'))).toEqual([['ksm', 'input.savings', 'doit être entre 0 et 0,9 (0 % à 90 %)']]);
  });
});

describe('the CLI help derived from the spec says what the hand-written help said', () => {
  it('option names, argument names, choices and defaults', () => {
    const help = (spec: CalculatorSpec<Echoed>) => spec.inputs.map((i) => `${optionFlags(i)}  ${optionHelp(i, 'en')}`);
    // packages/cli/src/main.ts at 9b7a525 (the hand-written options)
    expect(help(QUORUM_SPEC as unknown as CalculatorSpec<Echoed>)).toEqual([
      '--nodes <n>  cluster nodes',
      '--qdevice  an external QDevice votes',
      '--mons <n>  Ceph monitors',
      '--no-shared-storage  guests have no shared or replicated storage',
    ]);
    expect(help(BOND_SPEC as unknown as CalculatorSpec<Echoed>)).toContain(`--hash <policy>  xmit_hash_policy: ${HASH_POLICIES.join(', ')} (default layer2, Linux's default)`);
    expect(help(BOND_SPEC as unknown as CalculatorSpec<Echoed>)).toContain('--down <k>  links down for the degraded figure (default 1)');
    // packages/cli/src/main.ts before the memory spec: the defaults as typed (4GiB), the argument names kept
    const memory = help(MEMORY_SPEC as unknown as CalculatorSpec<Echoed>);
    expect(memory).toContain('--failures <f>  nodes that may fail (default 1)');
    expect(memory).toContain('--max-utilization <u>  maximum memory utilisation with the failures (default 0.75)');
    expect(memory).toContain('--osd-memory <size>  osd_memory_target per OSD (default 4GiB, 8GiB advised)');
    expect(memory).toContain('--ksm <ratio>  stated KSM savings as a fraction of guest RAM (never assumed)');
    expect(memory).toContain('--purchasable <sizes>  comma list of purchasable node RAM sizes (replaces the default list)');
  });
});
