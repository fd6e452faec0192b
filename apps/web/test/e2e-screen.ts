/** What the projector tests check on screen (e2e-projector.test.ts, e2e-course.test.ts): boxes inside the viewport, the step shown. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The element's box in CSS pixels, null when absent or not laid out. */
const box = (page: Page, selector: string) => page.locator(selector).first().boundingBox();

/** The element is laid out and wholly inside a viewport of `size`, without scrolling. */
export async function onScreen(page: Page, selector: string, size: { width: number; height: number }) {
  const b = await box(page, selector);
  expect(b, selector).not.toBeNull();
  if (b === null) return;
  expect(b.x, `${selector} left`).toBeGreaterThanOrEqual(0);
  expect(b.y, `${selector} top`).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width, `${selector} right`).toBeLessThanOrEqual(size.width);
  expect(b.y + b.height, `${selector} bottom`).toBeLessThanOrEqual(size.height);
}

/** The stepper's "Step i of n". */
export const stepText = (page: Page) => page.locator('.stepper [aria-live]').innerText();
