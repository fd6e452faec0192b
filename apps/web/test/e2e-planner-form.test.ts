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
  const dir = mkdtempSync(join(tmpdir(), 'capa-form-'));
  writeFileSync(join(dir, name), text);
  const r = spawnSync(process.execPath, [CLI, 'plan', name, '--format', format], { encoding: 'utf8', cwd: dir });
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
    await shot(w.page, 'planner-form');
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
