/**
 * Every report format prints, under each step that defines symbols, the "where" block of the CLI's
 * --explain (the core's lines, symbolTexts), in the report's language, the memory area's included,
 * its inputs named by their scenario fields (issue 12 item 6).
 */
import type { Lang } from '@capa/core';
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/plan.js';
import { escapeHtml, escapeMd } from '../src/report/escape.js';
import { renderPlanHtml } from '../src/report/plan-html.js';
import { renderPlanMarkdown } from '../src/report/plan-markdown.js';
import { renderPlanText } from '../src/report/plan-text.js';
import { catalogue, example } from './helpers.js';

// The course's 200 TB example: the Ceph area's step 17 (disks per node, rule of thumb) divides X, the
// raw capacity step 15 found one host needs, by d, the disk's size (a scenario field). The memory
// area's step 3 (N − f) subtracts R, the reservation step 2 adds up, on M, the scenario's nodes.ram.
const KNOWN = {
  en: {
    where: 'where',
    x: 'X = raw capacity one host needs (bytes); from step 15',
    d: 'd = size of one disk (bytes); input nodes.disks',
    m: 'M = RAM of one node (bytes); input nodes.ram',
    r: 'R = host reservation per node (system + OSDs + ZFS ARC) (bytes); from step 2',
  },
  fr: {
    where: 'où',
    x: 'X = capacité brute nécessaire par hôte (octets)\u00a0; de l’étape 15',
    d: 'd = taille d’un disque (octets)\u00a0; saisie nodes.disks',
    m: 'M = RAM d’un nœud (octets)\u00a0; saisie nodes.ram',
    r: 'R = réserve hôte par nœud (système + OSD + ARC ZFS) (octets)\u00a0; de l’étape 2',
  },
} as const;

const count = (text: string, part: string): number => text.split(part).length - 1;

describe.each(['en', 'fr'] as const)('plan reports define the symbols of each step (%s)', (lang: Lang) => {
  const p = plan(example('course-200tb-12-disks'), { lang, catalogue: catalogue() });
  const ceph = p.areas.find((a) => a.id === 'ceph');
  const memory = p.areas.find((a) => a.id === 'memory');
  const withSymbols = p.areas.flatMap((a) => a.derivation).filter((s) => (s.symbols?.length ?? 0) > 0).length;
  const w = KNOWN[lang];

  it('plans the example the tests name: Ceph step 17 takes X from step 15, memory step 3 R from step 2', () => {
    expect(ceph?.derivation[14]?.id).toBe('ceph.rot-node-raw');
    expect(ceph?.derivation[16]?.id).toBe('ceph.rot-disks');
    expect(memory?.derivation[1]?.id).toBe('memory.reserve-per-node');
    expect(memory?.derivation[2]?.id).toBe('memory.usable');
    expect(memory?.derivation.every((s) => (s.symbols ?? []).length > 0)).toBe(true);
    expect(withSymbols).toBeGreaterThan(memory?.derivation.length ?? 0);
  });

  it('text (--explain): the where block under the step, aligned as capa ceph --explain prints it', () => {
    const text = renderPlanText(p, true);
    const pad = ' '.repeat(w.where.length);
    expect(text).toContain(`       = 9\n       ${w.where} ${w.x}\n       ${pad} ${w.d}\n`);
    expect(count(text, `\n       ${w.where} `)).toBe(withSymbols);
    const mem = text.slice(text.indexOf(`== ${memory?.title}`), text.indexOf('\n== ', text.indexOf(`== ${memory?.title}`) + 1));
    expect(mem).toContain(memory?.derivation[0]?.title);
    expect(mem).toContain(`\n       ${w.where} ${w.m}\n`);
    expect(mem).toContain(`\n       ${pad} ${w.r}\n`);
    expect(count(mem, `\n       ${w.where} `)).toBe(memory?.derivation.length);
    expect(renderPlanText(p, false)).not.toContain(`\n       ${w.where} `);
  });

  it('Markdown: one row per symbol under the step, "where" on the first, the line escaped', () => {
    const md = renderPlanMarkdown(p);
    expect(md).toContain(`| 9 |`);
    expect(md).toContain(`\n| | _${w.where}_ | ${escapeMd(w.x)} | | | |\n| | | ${escapeMd(w.d)} | | | |\n| 18 |`);
    expect(count(md, `| | _${w.where}_ |`)).toBe(withSymbols);
    const mem = md.slice(md.indexOf(`## ${escapeMd(memory?.title ?? '?')}`), md.indexOf('\n## ', md.indexOf(`## ${escapeMd(memory?.title ?? '?')}`) + 1));
    expect(mem).toContain('| 1 |');
    expect(mem).toContain(`\n| | | ${escapeMd(w.r)} | | | |\n| 4 |`);
    expect(count(mem, `| | _${w.where}_ |`)).toBe(memory?.derivation.length);
  });

  it('HTML: a row of escaped text under the step, no empty where, still printable', () => {
    const html = renderPlanHtml(p);
    expect(html).toContain(`<tr class="where"><td></td><td class="muted">${escapeHtml(w.where)}</td><td colspan="4">${escapeHtml(w.x)}<br>${escapeHtml(w.d)}</td></tr>`);
    expect(count(html, '<tr class="where">')).toBe(withSymbols);
    expect(html).not.toMatch(/<td colspan="4"><\/td>/);
    const mem = html.slice(html.indexOf('<section id="area-memory">'), html.indexOf('</section>', html.indexOf('<section id="area-memory">')));
    expect(mem).toContain('<table class="steps">');
    expect(mem).toContain(`${escapeHtml(w.m)}<br>`);
    expect(mem).toContain(`<br>${escapeHtml(w.r)}</td></tr>`);
    expect(count(mem, '<tr class="where">')).toBe(memory?.derivation.length);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<(link|script|img|iframe|object)\b|url\(/i);
  });
});
