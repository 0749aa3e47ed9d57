// Visits every page of the built site in Chromium: no request may leave the origin, no
// console error may appear, and axe-core finds no serious or critical accessibility violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { baseUrl, customizerSettled, hasChromium, launch, watch } from './harness';
import { sitePages } from './site';

const pages = sitePages();

describe.skipIf(!hasChromium)('every built page', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
    // Service workers would answer requests out of sight of the request listener.
    context = await browser.newContext({ serviceWorkers: 'block' });
  });
  afterAll(async () => browser?.close());

  it('finds the pages to check', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/en/');
    expect(pages.length).toBeGreaterThan(4);
  });

  it.each(pages)('%s: stays on the origin, logs no error, passes axe', async (path) => {
    const page = await context.newPage();
    try {
      const w = watch(page);
      const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
      expect(response?.status(), `HTTP status of ${path}`).toBeLessThan(path === '/404.html' ? 500 : 400);
      // The customizer starts a worker and loads the 3D view: let it finish so its errors count.
      if (await page.locator('[data-customizer]').count()) await customizerSettled(page);
      await page.waitForLoadState('networkidle');

      const results = await new AxeBuilder({ page }).analyze();
      const grave = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);

      expect(w.foreign, `requests leaving the origin from ${path}`).toEqual([]);
      expect(w.errors, `console errors on ${path}`).toEqual([]);
      expect(grave, `axe violations on ${path}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
