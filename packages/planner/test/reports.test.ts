/** Reports escape every string from the scenario; the JSON Schema file is the one the schema generates. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { plan } from '../src/plan/plan.js';
import { renderPlanHtml } from '../src/report/plan-html.js';
import { renderPlanMarkdown } from '../src/report/plan-markdown.js';
import { renderPlanText } from '../src/report/plan-text.js';
import { parseScenarioText } from '../src/scenario/load.js';
import { scenarioJsonSchema } from '../src/scenario/schema.js';
import { catalogue } from './helpers.js';

const hostile = `
name: "<script>alert('x')</script> & | *bold* [link](http://x)"
description: "<img src=x onerror=alert(1)>"
nodes:
  name: "<b>n</b>"
  count: 3
  cores: 16
  ram: 256GiB
  disks: [{ class: ssd, count: 4, size: 1.92TB }]
  network: { ceph: { links: 2, speed: 25Gb/s } }
storage:
  ceph:
    pools: [{ name: "<pool>|x", replicas: 3, data: 1TB }]
`;

describe('reports', () => {
  const r = parseScenarioText(hostile, { require: 'nodes' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const p = plan(r.scenario, { lang: 'en', catalogue: catalogue() });
  it('HTML escapes every scenario string and stays self-contained', () => {
    const html = renderPlanHtml(p);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>n</b>');
    expect(html).toContain('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;');
    expect(html).not.toMatch(/<(link|script|img|iframe|object)\b|url\(/i);
    expect(html).toContain('@media print');
  });
  // Escapes per CommonMark 0.31.2 §2.4 (backslash escapes), §6.6 (raw HTML) and §2.5 (entity
  // references), https://spec.commonmark.org/0.31.2/ ; a `\|` stays inside its cell, GFM §4.10,
  // https://github.github.com/gfm/#tables-extension-
  it('Markdown escapes markup and keeps tables intact', () => {
    const md = renderPlanMarkdown(p);
    expect(md).toContain('&lt;script&gt;');
    expect(md).toContain('&lt;pool&gt;\\|x');
    expect(md).not.toMatch(/<(script|img|b)\b/);
    expect(md).not.toMatch(/\[link\]\(http/);
  });
  it("the red team's file name (blank lines, then <img onerror>) stays one escaped line, and names with ` and | keep tables whole", () => {
    const doc = hostile.replace('"<pool>|x"', '"a`b|c"');
    const s = parseScenarioText(doc, { require: 'nodes' });
    if (!s.ok) throw new Error(JSON.stringify(s.issues));
    const file = 'a\n\n<img src=x onerror=alert(1)>';
    const md = renderPlanMarkdown(plan(s.scenario, { lang: 'en', catalogue: catalogue(), file }));
    expect(md).not.toContain('<img');
    expect(md).toContain('Scenario file: a  &lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(md).toContain('a\\`b\\|c');
    // Every table row has as many unescaped | as its header.
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const lines = md.split('\n');
    lines.forEach((l, i) => {
      if (/^\|---/.test(l)) {
        const n = cells(lines[i - 1] ?? '');
        for (let j = i + 1; lines[j]?.startsWith('|'); j++) expect(cells(lines[j] ?? ''), lines[j]).toBe(n);
      }
    });
  });
  it('text shows the derivation only with --explain', () => {
    expect(renderPlanText(p, false)).not.toContain('Derivation:');
    expect(renderPlanText(p, true)).toContain('Derivation:');
  });
});

describe('scenario.schema.json', () => {
  it('is the JSON Schema the zod schema generates (run `pnpm --filter @capa/planner schema` after a change)', () => {
    const file = JSON.parse(readFileSync(fileURLToPath(new URL('../scenario.schema.json', import.meta.url)), 'utf8')) as unknown;
    expect(file).toEqual(scenarioJsonSchema());
  });
  it('refuses unknown keys and documents units', () => {
    const s = scenarioJsonSchema() as { additionalProperties: boolean; properties: Record<string, { description?: string }> };
    expect(s.additionalProperties).toBe(false);
    expect(JSON.stringify(s)).toContain('512GiB');
  });
});
