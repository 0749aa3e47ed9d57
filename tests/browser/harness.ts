import { existsSync } from 'node:fs';
import { inject } from 'vitest';
import axe from 'axe-core';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page, type ConsoleMessage, type Request } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

// Under CI a missing browser is a failure; on a developer machine the suite is skipped, loudly.
if (!hasChromium) {
  const text = `Chromium not found at ${CHROMIUM}: browser tests ${process.env.CI ? 'cannot run' : 'are SKIPPED'} (apt-get install -y chromium).`;
  if (process.env.CI) throw new Error(text);
  console.warn(`\n!!! ${text}\n`);
}

export const baseUrl = () => inject('baseUrl');

/** Chromium, headless; `args` adds command-line switches (e.g. `--host-resolver-rules`). */
export async function launch(args: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...args],
  });
}

/** Console errors, page errors and requests that leave the site's origin, gathered per page. */
export interface Watch {
  errors: string[];
  foreign: string[];
}

export function watch(page: Page): Watch {
  const w: Watch = { errors: [], foreign: [] };
  const origin = new URL(baseUrl()).origin;
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('request', (r: Request) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')) w.foreign.push(u);
  });
  return w;
}

/** Opens a customizer page in its own context (downloads allowed) and waits for its first answer. */
export async function openCustomizer(browser: Browser, path: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const w = watch(page);
  await page.goto(baseUrl() + path);
  await customizerSettled(page);
  return { page, w, context };
}

/** Waits until the customizer has answered for the current parameters (preview or errors), its address written. */
export async function customizerSettled(page: Page, afterId = 0) {
  await page.waitForFunction((id) => {
    const u = window.__usinette;
    return !!u && u.ready && u.lastId > id && !u.addressPending && document.querySelector('[data-status]')?.getAttribute('data-state') !== 'busy';
  }, afterId, { timeout: 30_000 });
  // page.url() hears of an address replaced a moment after the page: it may have just been written.
  await page.waitForURL(await page.evaluate(() => location.href), { timeout: 5_000 });
}

/**
 * Every axe rule's violations in the page (or in the part `include` selects), as
 * `new AxeBuilder({ page }).include(include).analyze()` finds them. The builder injects axe-core
 * twice and opens a blank tab to merge frame results, about a second a call; a page without
 * frames (every page of the site today) needs neither: axe runs in it directly, gathering only
 * violations. A page with frames goes through the builder, which reaches into each of them.
 */
export async function axeViolations(page: Page, include?: string): Promise<axe.Result[]> {
  if (page.frames().length > 1) {
    const builder = new AxeBuilder({ page });
    if (include) builder.include(include);
    return (await builder.analyze()).violations;
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    (include) => (window as unknown as { axe: typeof axe }).axe.run(include ? { include: [include] } : document, { resultTypes: ['violations'] }).then((r) => r.violations),
    include,
  );
}
