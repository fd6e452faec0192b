/**
 * Issue 12, "Done when": a trainer runs the course's memory, Ceph and failure examples on a 1280×720
 * projector with the arrow keys only. → past a derivation's last step opens the page's next course
 * example, past the page's last example the next page of the course at its first example and step; ←
 * mirrors it, arriving at the previous example's last step. At every stop the headline, the picture and
 * the current step are on screen. Headless Chromium (setup and timeouts: e2e-chromium.ts); screenshots
 * of each stop go to apps/web/test-artifacts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../src/calc/pages';
import { COURSE_ROUTES, courseExamples } from '../src/components/course';
import { shot, TEST_MS, withChromium } from './e2e-chromium';
import { onScreen, stepText } from './e2e-screen';

const SIZE = { width: 1280, height: 720 } as const;
// The course's nine examples in teaching order (docs/web.md, the arrow-key course):
// written out, so a preset dropped from a page or moved out of the course fails here.
const STOPS = [
  'memory/course-3x512',
  'memory/course-700gb',
  'memory/course-5x256',
  'ceph/course-5x20tb',
  'ceph/course-3x40tb',
  'ceph/course-200tb',
  'ceph/ec-4x4',
  'failure/course-5x20tb-lacp',
  'failure/course-3x40tb',
];
// A bound on the presses (every step of every example, twice), never reached when the arrows work.
const MAX_PRESSES = 600;

/** Where the lesson stands: the page, the example pressed, the step and what → will do. */
const where = (page: Page) =>
  page.evaluate(() => ({
    stop: `${document.querySelector('main')?.getAttribute('data-route') ?? ''}/${document.querySelector('.preset-group:first-child .preset[aria-pressed="true"]')?.getAttribute('data-preset') ?? ''}`,
    step: document.querySelector('.stepper [aria-live]')?.textContent ?? '',
    hint: document.querySelector('.next-hint')?.textContent ?? '',
  }));
type Where = Awaited<ReturnType<typeof where>>;
const key = (w: Where) => `${w.stop} ${w.step}`;
/** "Step 3 of 12" → [3, 12]. */
const stepOf = (w: Where) => (/(\d+)\D+(\d+)/.exec(w.step) ?? []).slice(1).map(Number);

/** Presses `arrow` once and waits for the page to move (a new step, example or page, its chunk loaded). */
async function press(page: Page, arrow: 'ArrowRight' | 'ArrowLeft', from: Where): Promise<Where> {
  await page.keyboard.press(arrow);
  await expect.poll(async () => key(await where(page))).not.toBe(key(from));
  await page.waitForSelector('main[data-route] .step.current');
  return where(page);
}

async function checkScreen(page: Page) {
  for (const selector of ['h1', '.main-figures', '.picture svg', '.step.current', '.stepper']) await onScreen(page, selector, SIZE);
}

describe('the course on a 1280×720 projector, arrow keys only', { timeout: TEST_MS }, () => {
  const chromium = withChromium();

  it('the course has examples on each of its pages', () => {
    // The digits and arrows pick each page's course presets, in the pages' order.
    expect(COURSE_ROUTES.flatMap((route) => courseExamples(PAGES[route].presets).map((p) => `${route}/${p.id}`))).toEqual(STOPS);
  });

  it('→ alone goes through memory, Ceph and failure, every example from its first step; ← alone comes back', async () => {
    const w = await chromium.open('#/memory?teach=1');
    await w.page.setViewportSize(SIZE);
    await w.page.waitForSelector('.step.current');
    let now = await where(w.page);
    const seen = [now.stop];
    await checkScreen(w.page);
    await shot(w.page, `course-1-${now.stop.replace('/', '-')}`, false);
    for (let i = 0; i < MAX_PRESSES && !(now.hint.startsWith('Last example') && stepOf(now)[0] === stepOf(now)[1]); i++) {
      const before = now;
      now = await press(w.page, 'ArrowRight', now);
      if (now.stop === before.stop) continue;
      // A new example starts at its first step, with the headline, the picture and the step on screen.
      expect(now.step, now.stop).toMatch(/^Step 1 of /);
      seen.push(now.stop);
      await checkScreen(w.page);
      await shot(w.page, `course-${seen.length}-${now.stop.replace('/', '-')}`, false);
    }
    expect(seen).toEqual(STOPS);
    // At the very end → has nowhere to go, and says so.
    expect(now.hint).toContain('Last example of the course');

    // ← back to the start: each example is entered at its last step.
    const back = [now.stop];
    for (let i = 0; i < MAX_PRESSES && !(now.stop === STOPS[0] && stepOf(now)[0] === 1); i++) {
      const before = now;
      now = await press(w.page, 'ArrowLeft', now);
      if (now.stop === before.stop) continue;
      const [at, of] = stepOf(now);
      expect(at, now.stop).toBe(of);
      back.push(now.stop);
      await checkScreen(w.page);
    }
    expect(back).toEqual([...STOPS].reverse());
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });

  it('the hint names what → does next, in English and French, and the digits and i still work', async () => {
    const w = await chromium.open('#/memory?teach=1&lang=fr');
    await w.page.setViewportSize(SIZE);
    await w.page.waitForSelector('.step.current');
    // No hint before the last step: → only reveals the next step there.
    expect(await w.page.locator('.next-hint').count()).toBe(0);
    await w.page.locator('.stepper button.secondary').click();
    // The memory page's course examples (apps/web/src/calc/presets/memory.ts): the second is 700 GB of guests on 5 nodes.
    await expect.poll(() => w.page.locator('.next-hint').innerText()).toContain('Suivant : exemple 2 — 700 Go d’invités sur 5 nœuds');
    await onScreen(w.page, '.next-hint', SIZE);
    // 3: the third example, then its last step: → leads to the Ceph page.
    await w.page.keyboard.press('3');
    await expect.poll(() => w.page.locator('.preset[data-preset="course-5x256"]').getAttribute('aria-pressed')).toBe('true');
    expect(await stepText(w.page)).toMatch(/^Étape 1 sur /);
    await w.page.locator('.stepper button.secondary').click();
    await expect.poll(() => w.page.locator('.next-hint').innerText()).toContain('Suivant : Capacité Ceph, exemple 1');
    await shot(w.page, 'course-hint-fr', false);
    await w.page.keyboard.press('ArrowRight');
    await w.page.waitForSelector('main[data-route="ceph"] .step.current');
    await expect.poll(() => w.page.locator('.preset[aria-pressed="true"]').first().getAttribute('data-preset')).toBe('course-5x20tb');
    expect(await stepText(w.page)).toMatch(/^Étape 1 sur /);
    // i still opens the inputs.
    await w.page.keyboard.press('i');
    await expect.poll(() => w.page.locator('#inputs').isVisible()).toBe(true);

    await w.page.goto(`${chromium.url}index.html#/memory?teach=1&lang=en`);
    await w.page.waitForSelector('main[data-route="memory"] .step.current');
    await w.page.locator('.stepper button.secondary').click();
    await expect.poll(() => w.page.locator('.next-hint').innerText()).toContain('Next: example 2 — 700 GB of guests on 5 nodes');
    expect([...w.dialogs, ...w.errors]).toEqual([]);
    await w.context.close();
  });
});
