/**
 * The e2e suites' shared setup: the built page (apps/web/dist) in a real headless Chromium, served by a
 * tiny static server on 127.0.0.1. Needs `pnpm build` first. Never skipped: without /usr/bin/chromium a
 * suite FAILS naming it (scripts/install-chromium.sh installs Debian's; `pnpm test` runs it through
 * scripts/test-prereqs.sh).
 *
 * Timeouts are sized for a loaded 2-core machine (the whole suite runs beside these files): Playwright
 * waits up to BROWSER_WAIT_MS for a navigation, a selector or an action, and each test has TEST_MS, so a
 * slow page fails with Playwright's own message, naming what it waited for, before the test's timeout.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumAvailable, launchChromium } from '../tools/chromium.mjs';
import { serveStatic, type StaticServer } from '../tools/static-server.mjs';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));
const BROWSER_WAIT_MS = 90_000;
export const TEST_MS = 300_000;

export interface Watched {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Dialogs (alert, confirm...) opened, page errors and console errors: all must stay empty. */
  readonly dialogs: string[];
  readonly errors: string[];
}

export interface Chromium {
  /** Opens the page at `hash` in a fresh context, watching dialogs and errors. */
  open(hash: string, options?: { locale?: string; base?: string }): Promise<Watched>;
  /** The static server's address (`http://127.0.0.1:PORT/`). */
  readonly url: string;
}

async function openIn(browser: Browser, url: string, hash: string, options: { locale?: string; base?: string }): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: options.locale ?? 'en-US' });
  context.setDefaultTimeout(BROWSER_WAIT_MS);
  context.setDefaultNavigationTimeout(BROWSER_WAIT_MS);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${options.base ?? url}index.html${hash}`);
  return { page, context, dialogs, errors };
}

/**
 * Registers the suite's hooks, to call inside its describe: before, the built page and Chromium are
 * checked (failing loudly when missing), the server started and the browser launched; after, both are
 * closed, so no process outlives the file.
 */
export function withChromium(): Chromium {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    if (!existsSync(`${DIST}index.html`)) throw new Error('apps/web/dist is missing: run `pnpm build` (or `pnpm -r run build`) first');
    if (!chromiumAvailable()) {
      const reason =
        "Chromium is missing: /usr/bin/chromium not found. Install Debian's chromium: bash scripts/install-chromium.sh (pnpm test runs it through scripts/test-prereqs.sh) or apt-get install chromium.";
      console.error(reason);
      throw new Error(reason);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveStatic(DIST);
    browser = await launchChromium();
  }, TEST_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, TEST_MS);

  const started = () => {
    if (browser === undefined || server === undefined) throw new Error('Chromium or the server did not start (see beforeAll)');
    return { browser, url: server.url };
  };
  return {
    open: (hash, options = {}) => openIn(started().browser, started().url, hash, options),
    get url() {
      return started().url;
    },
  };
}

export const figure = (page: Page, id: string) => page.locator(`[data-figure="${id}"] dd`).innerText();
/** Kept in apps/web/test-artifacts: the whole page, or only what the screen shows (`fullPage` false, the projector's tests). */
export const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage });
