// Offline use: the service worker keeps visited pages and the customizer working without a
// network, shows the offline page for a page never saved, and "save everything" makes every
// page of the site readable offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, customizerSettled, hasChromium, launch } from './harness';
import { sitePages } from './site';
import { PAGE_DRAWING_CHUNK } from '../../site/offline/caches';

const pages = sitePages().filter((p) => p.endsWith('/'));
const designPage = pages.find((p) => /^\/modeles\/[^/]+\/$/.test(p));

async function controlled(page: Page) {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
}

describe.skipIf(!hasChromium)('offline use', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser?.close());

  describe('visited pages', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext();
      page = await context.newPage();
    });
    afterAll(async () => context?.close());

    it('installs the worker and marks the first page as available offline', async () => {
      await page.goto(baseUrl() + '/');
      await controlled(page);
      await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 15_000 }).toMatch(/hors ligne/);
    });

    it.runIf(designPage)('keeps a visited design page and its customizer working offline', async () => {
      await page.goto(baseUrl() + designPage!);
      await customizerSettled(page);
      await context.setOffline(true);
      await page.reload();
      expect(await page.locator('[data-offline-missing]').count(), 'the saved page, not the offline page').toBe(0);
      expect(await page.locator('[data-customizer]').count()).toBe(1);
      await customizerSettled(page);
      // The file built in the page for the current values is offered, as online.
      const href = await page.locator('[data-download]').first().getAttribute('href');
      expect(href).toMatch(/^blob:/);
      await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 10_000 }).toMatch(/Hors ligne/);
      await context.setOffline(false);
    });

    it('shows the offline page in the reader’s language for a page never saved', async () => {
      await context.setOffline(true);
      const unseen = pages.find((p) => p.startsWith('/en/') && p !== '/en/' && p !== '/en/offline/')!;
      await page.goto(baseUrl() + unseen);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await expect.poll(() => page.locator('[data-offline-missing]').isVisible(), { timeout: 10_000 }).toBe(true);
      await context.setOffline(false);
    });
  });

  it('"save everything" makes every page readable offline', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(baseUrl() + '/hors-ligne/');
      await controlled(page);
      const button = page.locator('[data-offline-save] button');
      await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
      await button.click();
      await expect.poll(() => page.locator('[data-offline-save] [data-message]').textContent(), { timeout: 120_000 }).toMatch(/tout le site est enregistré/);
      // Chromium's worker draws WebGL: the page's own copy of three.js is not saved, the worker's is.
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
        return urls;
      });
      expect(cached.filter((u) => /^\/_astro\/viewer\.worker[-.]/.test(u))).toHaveLength(1);
      expect(cached.filter((u) => PAGE_DRAWING_CHUNK.test(u))).toEqual([]);

      await context.setOffline(true);
      const missing: string[] = [];
      for (const path of pages) {
        const response = await page.goto(baseUrl() + path);
        const fallback = await page.locator('[data-offline-missing]:not([hidden])').count();
        if (!response?.ok() || fallback) missing.push(path);
      }
      expect(missing).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
