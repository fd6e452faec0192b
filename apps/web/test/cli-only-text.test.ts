/**
 * vite/cli-only-text.ts drops what the page never reads from the core's specs (inputs' `help`,
 * `defaultWhy`, `metavar`, the inputs only the CLI has, the calculator's `title`, `description` and
 * `messages` catalogue) from the web bundle. The transform is
 * checked on a spec-shaped snippet, then on the built page: no help line, every label of a web input.
 * The fields' meanings: packages/core/src/spec/types.ts (InputSpec, CalculatorSpec).
 */
import { type InputSpec, SPECS } from '@capa/core';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { builtPageScript, holds } from './built-page';
import { cliOnlyRanges, without } from '../vite/cli-only-text';

const strip = (code: string): string => without(code, cliOnlyRanges(parseAst(code) as never, code));

describe('the CLI-only words of a spec', () => {
  it('are dropped from inputs and from the calculator, nothing else', () => {
    const code = [
      'const t = (en, fr) => ({ en, fr });',
      "const recovery = { advanced: true, help: t('not an input', 'pas une entrée') };",
      "const A = { key: 'a', kind: 'count', label: t('A', 'A'), help: t('help a', 'aide a'), defaultWhy: t('why', 'pourquoi'), example: '3' };",
      "const CLI = { key: 'c', kind: 'hostOsds', surface: 'cli', label: t('only on the CLI', 'CLI seulement') };",
      "export const SPEC = { id: 'x', title: { en: (r) => 'T', fr: (r) => 'T' }, description: t('D', 'D'), inputs: [A, { ...recovery, key: 'b', kind: 'rate', 'help': t('help b', 'aide b'), metavar: 'rate' }, { key: 'd', kind: 'size', surface: 'cli', label: t('cli input', 'entrée cli') }, { key: 'w', kind: 'flag', surface: 'web', label: t('web input', 'entrée web') }], figures: [{ id: 'f', title: 'kept' }], messages: { en: { 'x.y': () => 'a check' }, fr: { 'x.y': () => 'une vérification' } }, run: (i) => i };",
    ].join('\n');
    const out = strip(code);
    expect(out).not.toMatch(/help a|aide a|pourquoi|help b|'T'|t\('D'|metavar|cli input|a check|une vérification/);
    // An input only the CLI has leaves the page's arrays; a web one stays.
    expect(out).toContain("label: t('web input'");
    // Only array elements are dropped: a constant stays, whoever else refers to it.
    expect(out).toContain("label: t('only on the CLI'");
    // Kept: a `help` outside an input-shaped object, labels, examples, a figure's own `title`.
    expect(out).toContain("help: t('not an input'");
    expect(out).toContain("label: t('A', 'A')");
    expect(out).toContain("example: '3'");
    expect(out).toContain("title: 'kept'");
    expect(() => parseAst(out)).not.toThrow();
  });

  it('are not in the built page, where every web input keeps its label', () => {
    const js = builtPageScript();
    const has = (s: string) => holds(js, s);
    const inputs: InputSpec[] = SPECS.flatMap((s) => [...s.inputs]);
    const shown = new Set(inputs.flatMap((i) => [i.label.en, i.label.fr, ...Object.values(i.choiceLabels ?? {}).flatMap((l) => [l.en, l.fr])]));
    // Short help lines ("xmit_hash_policy", "Ceph monitors") are also words of the page's own; long ones are the CLI's alone.
    const helps = inputs.flatMap((i) => [i.help.en, i.help.fr, ...(i.defaultWhy ? [i.defaultWhy.en, i.defaultWhy.fr] : [])]).filter((h) => !shown.has(h) && h.length >= 30);
    expect(helps.length).toBeGreaterThan(15);
    expect(helps.filter(has)).toEqual([]);
    expect(SPECS.map((s) => s.description.en).filter(has)).toEqual([]);
    expect(
      inputs
        .filter((i) => i.surface !== 'cli')
        .map((i) => i.label.en)
        .filter((l) => !has(l)),
    ).toEqual([]);
  });
});
