/**
 * The planner's scenario form in headless Chromium (setup and timeouts: e2e-chromium.ts): an example
 * opened, its node count and a VM profile's count changed in the form, the plan's figures change and
 * are those of `capa plan` on the downloaded YAML; a refused value is named beside its field.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shot, TEST_MS, withChromium } from './e2e-chromium';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = `${ROOT}packages/cli/bin/capa.js`;

/** `capa plan` on a scenario text saved under the page's own name for it (the report names its file). */
function capaPlan(name: string, text: string, format: 'html' | 'json'): string {
  const how = format === 'json' ? ['--json'] : ['--format', 'html'];
  const dir = mkdtempSync(join(tmpdir(), 'capa-form-'));
  writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [CLI, 'plan', name, ...how], { encoding: 'utf8', cwd: dir });
  if (r.status !== 0 && r.status !== 1) throw new Error(`capa plan exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const downloaded = async (page: Page, id: string): Promise<{ name: string; text: string }> => {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${id}"]`)]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
};

/** Types a value into a form field and leaves it (the change event commits it). */
async function setField(page: Page, path: string, value: string): Promise<void> {
  const input = page.locator(`[data-editor="0"] [data-path="${path}"]`);
  await input.fill(value);
  await input.press('Tab');
}

interface Plan {
  readonly metrics: { readonly nodes: number };
  readonly areas: readonly { readonly id: string; readonly figures: readonly { readonly key: string; readonly display: string }[] }[];
}
const display = (p: Plan, area: string, key: string) => p.areas.find((a) => a.id === area)?.figures.find((f) => f.key === key)?.display ?? '(none)';
/** The sizing figures the page shows (apps/web/src/planner/sizing.tsx), each from the plan's areas. */
const SIZING = [
  ['workloads', 'guestRamBytes'],
  ['workloads', 'vcpus'],
  ['memory', 'requiredNodeRamBytes'],
  ['memory', 'recommendedNodeRamBytes'],
  ['ceph', 'safeDisksPerNode'],
] as const;

describe('web app in headless Chromium: the scenario form', { timeout: TEST_MS }, () => {
  const chromium = withChromium();

  it('edits an example in the form: the plan follows, and is capa plan on the downloaded YAML', async () => {
    const w = await chromium.open('#/plan?example=procurement-1s-epyc');
    const areas = w.page.locator('[data-table="areas"]');
    await areas.waitFor();
    const before = await areas.innerText();
    expect(await w.page.locator('[data-editor="0"] [data-path="nodes.count"]').inputValue()).toBe('5');
    await setField(w.page, 'nodes.count', '4');
    await setField(w.page, 'workloads.vms[0].count', '120');
    await expect.poll(() => areas.innerText()).not.toBe(before);
    const yaml = await downloaded(w.page, 'scenario');
    expect(yaml.text).toMatch(/count: 4\b/);
    expect(yaml.text).toMatch(/name: app servers, count: 120,/);
    // The example's comments survive the edits.
    expect(yaml.text).toContain('# 12 × 48 GiB: one per channel on 12 channels');
    const report = await downloaded(w.page, 'report');
    expect(report.text).toBe(capaPlan('procurement-1s-epyc.yaml (edited)', yaml.text, 'html'));
    // What the workloads size to: the plan's own figures, as capa plan --format json gives them.
    const cli = JSON.parse(capaPlan('procurement-1s-epyc.yaml (edited)', yaml.text, 'json')) as Plan;
    expect(cli.metrics.nodes).toBe(4);
    expect(await w.page.locator('[data-sizing] [data-figure="nodes"] dd').innerText()).toBe('4');
    for (const [area, key] of SIZING) expect(await w.page.locator(`[data-sizing] [data-figure="${area}.${key}"] dd`).innerText(), `${area}.${key}`).toBe(display(cli, area, key));
    await shot(w.page, 'planner-form');
    // The link carries the changes (apps/web/src/planner/share.ts): opened elsewhere, the same scenario and plan.
    await expect.poll(() => w.page.url()).toContain('edit=');
    const again = await chromium.open(new URL(w.page.url()).hash);
    const areas2 = again.page.locator('[data-table="areas"]');
    await areas2.waitFor();
    expect(await again.page.locator('[data-editor="0"] [data-path="nodes.count"]').inputValue()).toBe('4');
    expect(await again.page.locator('[data-editor="0"] [data-path="workloads.vms[0].count"]').inputValue()).toBe('120');
    expect(await areas2.innerText()).toBe(await areas.innerText());
    expect((await downloaded(again.page, 'scenario')).text).toBe(yaml.text);
    expect([...w.errors, ...again.errors, ...again.dialogs]).toEqual([]);
  });

  it('refuses a link whose changes cannot be read, and shows the example as it is', async () => {
    const w = await chromium.open('#/plan?example=procurement-1s-epyc&edit=W1tbIl9fcHJvdG9fXyIsIngiXSwxXV0&lang=fr');
    await w.page.locator('[data-table="areas"]').waitFor();
    expect(await w.page.locator('[data-link-problems] [data-refusal="edits"]').innerText()).toContain('n’ont pas pu être lues');
    expect(await w.page.locator('[data-editor="0"] [data-path="nodes.count"]').inputValue()).toBe('5');
    // The refusal was about the link's version of the scenario: changing the scenario drops it.
    await setField(w.page, 'nodes.count', '4');
    await expect.poll(() => w.page.locator('[data-link-problems]').count()).toBe(0);
    expect([...w.errors, ...w.dialogs]).toEqual([]);
  });

  it('adds and removes VM profiles: the demand follows, and is capa plan on the downloaded YAML', async () => {
    const w = await chromium.open('#/plan?example=procurement-1s-epyc');
    const vcpus = w.page.locator('[data-sizing] [data-figure="workloads.vcpus"] dd');
    await vcpus.waitFor();
    // examples/procurement-1s-epyc.yaml: 80 × 4 + 10 × 8 vCPUs = 400, grown 10 % a year for 2 years = 484 (capa plan)
    expect(await vcpus.innerText()).toBe('484');
    await w.page.click('[data-action="add-vm"]');
    await expect.poll(() => w.page.locator('[data-table="vms"] tbody tr').count()).toBe(3);
    await setField(w.page, 'workloads.vms[2].vcpus', '16');
    await setField(w.page, 'workloads.vms[2].count', '6');
    await w.page.locator('[data-table="vms"] tbody tr').nth(1).locator('[data-action="remove-vm"]').click();
    await expect.poll(() => w.page.locator('[data-table="vms"] tbody tr').count()).toBe(2);
    // 80 × 4 + 6 × 16 = 416 vCPUs today, × 1.1² over 2 years = 503.36, rounded up to 504 as capa plan shows it
    // (examples/procurement-1s-epyc.yaml with this edit; capa plan's workloads area, figure vcpus)
    await expect.poll(() => vcpus.innerText()).toBe('504');
    const yaml = await downloaded(w.page, 'scenario');
    const cli = JSON.parse(capaPlan('procurement-1s-epyc.yaml (edited)', yaml.text, 'json')) as Plan;
    // The same 504 from capa plan on the downloaded YAML (416 vCPUs × 1.1², rounded up)
    expect(display(cli, 'workloads', 'vcpus')).toBe('504');
    for (const [area, key] of SIZING) expect(await w.page.locator(`[data-sizing] [data-figure="${area}.${key}"] dd`).innerText(), `${area}.${key}`).toBe(display(cli, area, key));
    expect(w.errors).toEqual([]);
  });

  it('names a refused value beside its field, in French, and keeps the form', async () => {
    const w = await chromium.open('#/plan?example=procurement-1s-epyc&lang=fr');
    await w.page.locator('[data-table="areas"]').waitFor();
    await setField(w.page, 'nodes.ram', '576');
    const issue = w.page.locator('[data-editor="0"] [data-issue="nodes.ram"]');
    // packages/planner:src/scenario/value-messages.ts (the size refusals), with the field's label and the value written
    await expect.poll(() => issue.innerText()).toMatch(/^RAM : « 576 » /);
    expect(await w.page.locator('[data-editor="0"] [data-path="nodes.ram"]').getAttribute('aria-invalid')).toBe('true');
    await setField(w.page, 'nodes.ram', '576GiB');
    await expect.poll(() => issue.count()).toBe(0);
    expect(w.errors).toEqual([]);
  });
});
