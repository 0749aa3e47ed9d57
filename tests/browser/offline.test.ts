// Offline use: the service worker keeps visited pages and the customizer working without a
// network (the first page opened included); after one visit every page, style and the search
// index are kept in the background (not under Save-Data, not before the first preview), while
// ready-made files stay on demand; a page never saved shows the offline page; "save everything"
// makes every file of the site available offline. Each test has its own browser context.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, customizerSettled, hasChromium, launch } from './harness';
import { DIST, sitePages } from './site';
import { ARCHIVE_URL, PAGE_DRAWING_CHUNK, SITE_LIST } from '../../site/offline/caches';

const pages = sitePages().filter((p) => p.endsWith('/'));
const designPage = pages.find((p) => /^\/modeles\/[^/]+\/$/.test(p));
const otherDesignPage = pages.find((p) => /^\/modeles\/[^/]+\/$/.test(p) && p !== designPage);
const protocolPage = pages.find((p) => /^\/protocoles\/[^/]+\/$/.test(p) && p !== '/protocoles/etiquettes/');
/** The shell the worker installs with itself (scripts/offline.ts). */
const SHELL = ['/', '/en/', '/hors-ligne/', '/en/offline/'];

async function controlled(page: Page) {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
}

/** Paths of everything in the worker's caches. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
}

/** Search results listed on the search page (links to pages found). */
const results = (page: Page) => page.locator('[data-search-results] a').count();

/**
 * What the page did, in the order the test heard it: the customizer's answers ("answered") and the
 * requests ("request /path"). Tests compare positions in it, never clock times.
 */
async function eventLog(page: Page): Promise<string[]> {
  const log: string[] = [];
  await onCustomizerAnswer(page, () => log.push('answered'));
  page.on('request', (r) => log.push(`request ${new URL(r.url()).pathname}`));
  return log;
}

/** Calls `answered` each time the customizer's status turns ready or failed, from the first page load on. */
async function onCustomizerAnswer(page: Page, answered: () => void) {
  await page.exposeFunction('__answered', answered);
  await page.addInitScript(() => {
    new MutationObserver((records) => {
      for (const r of records) {
        const state = (r.target as HTMLElement).dataset?.state;
        if ((r.target as HTMLElement).matches?.('[data-status]') && (state === 'ready' || state === 'error')) Reflect.get(window, '__answered')();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
  });
}

/**
 * The built site served with `Cache-Control: no-store`: the browser keeps nothing in its HTTP
 * cache, so offline only the service worker's caches can answer (the shared test server lets the
 * HTTP cache hide a file the worker never saved). Its own port is its own origin: no worker yet.
 */
async function noStoreSite(options: { hold?: RegExp } = {}) {
  const serve = sirv(DIST, { dev: false, extensions: ['html'], setHeaders: (res) => res.setHeader('Cache-Control', 'no-store') });
  // Requests matching `hold` wait until release(): a slow link, without timing anything.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  if (!options.hold) release();
  const server = createServer(async (req, res) => {
    if (options.hold?.test(req.url ?? '')) await released;
    serve(req, res, () => void res.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    release,
    close: () => new Promise<void>((resolve) => (release(), server.close(() => resolve()))),
  };
}

/** The kernel's WASM: until it arrives, the customizer cannot answer. */
const KERNEL_WASM = /\.wasm$/;

/**
 * Opens `path` with the kernel held back, gives the page room to do what it must not do before
 * the customizer answers (keep files for later), then lets the kernel through.
 */
async function openWithSlowKernel(page: Page, site: Awaited<ReturnType<typeof noStoreSite>>, path: string) {
  await page.goto(site.origin + path);
  await controlled(page);
  await page.waitForTimeout(1500); // room for a download that must not start yet
  site.release();
  await customizerSettled(page);
}

describe.skipIf(!hasChromium)('offline use', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launch()));
  afterAll(async () => browser?.close());

  /** A fresh browser context for one test, closed whatever happens (so never left offline). */
  async function fresh(run: (context: BrowserContext, page: Page) => Promise<void>, options: { saveData?: boolean } = {}) {
    const context = await browser.newContext();
    try {
      // Chromium's "Lite mode" sets navigator.connection.saveData; headless has no switch for it.
      if (options.saveData) await context.addInitScript(() => Object.defineProperty(Object.getPrototypeOf((navigator as unknown as { connection: object }).connection), 'saveData', { get: () => true }));
      await run(context, await context.newPage());
    } finally {
      await context.close();
    }
  }

  it('installs the worker and marks the first page as available offline', () => fresh(async (_, page) => {
    await page.goto(baseUrl() + '/');
    await controlled(page);
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 15_000 }).toMatch(/hors ligne/);
  }));

  it.runIf(designPage)('keeps a visited design page and its customizer working offline', () => fresh(async (context, page) => {
    await page.goto(baseUrl() + designPage!);
    await controlled(page);
    await customizerSettled(page);
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 30_000 }).toMatch(/disponible hors ligne/);
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('[data-offline-missing]').count(), 'the saved page, not the offline page').toBe(0);
    expect(await page.locator('[data-customizer]').count()).toBe(1);
    await customizerSettled(page);
    // The file built in the page for the current values is offered, as online.
    const href = await page.locator('[data-download]').first().getAttribute('href');
    expect(href).toMatch(/^blob:/);
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 10_000 }).toMatch(/Hors ligne/);
  }), 120_000);

  it('keeps search working offline on a search page already used', () => fresh(async (context, page) => {
    await page.goto(baseUrl() + '/recherche/');
    await controlled(page);
    for (const q of ['masque', 'visière']) {
      await page.goto(baseUrl() + `/recherche/?q=${q}`);
      await expect.poll(() => results(page), { timeout: 20_000 }).toBeGreaterThan(0);
    }
    // One saved copy of the index's entry, whatever the queries it was asked with.
    const entries = (await cachedPaths(page)).filter((u) => u === '/pagefind/pagefind-entry.json');
    expect(entries).toHaveLength(1);
    await context.setOffline(true);
    // pagefind asks for pagefind-entry.json?ts=<now>: a new address on every load.
    await page.reload();
    await expect.poll(() => results(page), { timeout: 20_000 }).toBeGreaterThan(0);
  }));

  it('under Save-Data keeps only what was opened, and shows the offline page in the reader’s language for the rest', () => fresh(async (context, page) => {
    await page.goto(baseUrl() + '/en/');
    await controlled(page);
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 15_000 }).toMatch(/available offline/);
    await page.waitForTimeout(1000); // room for a background download, which must not start
    expect((await cachedPaths(page)).filter((u) => u.endsWith('/') && !SHELL.includes(u))).toEqual([]);
    await context.setOffline(true);
    const unseen = pages.find((p) => p.startsWith('/en/') && p !== '/en/' && p !== '/en/offline/')!;
    await page.goto(baseUrl() + unseen);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('[data-offline-missing]').isVisible(), { timeout: 10_000 }).toBe(true);
  }, { saveData: true }));

  it.runIf(designPage && protocolPage)('after one visit, the catalogue, a protocol and search work offline, heavy files stay on demand', async () => {
    const site = await noStoreSite({ hold: KERNEL_WASM });
    try {
      await fresh(async (context, page) => {
        // The site is kept only once the first page is shown and its customizer has answered.
        const log = await eventLog(page);
        await openWithSlowKernel(page, site, designPage!);
        await page.locator('[data-offline-status][data-site="kept"]').waitFor({ state: 'attached', timeout: 90_000 });
        const siteList = log.indexOf(`request ${SITE_LIST}`);
        expect(siteList, 'the list of the site’s files was fetched').toBeGreaterThan(-1);
        expect(log.indexOf('answered'), 'the customizer answered before the site list was fetched').toBeGreaterThan(-1);
        expect(log.indexOf('answered')).toBeLessThan(siteList);
        const inBackground = log.slice(siteList + 1).filter((e) => e.startsWith('request ')).map((e) => e.slice('request '.length));
        expect(inBackground.length, 'pages, styles and the index came afterwards').toBeGreaterThan(100);
        // Heavy files stay on demand: no ready-made file (the preview's STL came with the page), no PDF writer, no WASM.
        expect(inBackground.filter((u) => /^\/fichiers\/|\/_astro\/pdf[-.]|\.wasm$/.test(u))).toEqual([]);

        await context.setOffline(true);
        const open = async (path: string) => {
          const response = await page.goto(site.origin + path);
          expect(response?.ok(), path).toBe(true);
          expect(await page.locator('[data-offline-missing]:not([hidden])').count(), `${path}: the page, not the offline page`).toBe(0);
        };
        await open('/modeles/');
        expect(await page.locator('main a[href^="/modeles/"]').count()).toBeGreaterThan(1);
        await open(protocolPage!);
        expect(await page.locator('main li').count()).toBeGreaterThan(0);
        for (const path of ['/recherche/?q=masque', '/en/search/?q=mask']) {
          await open(path);
          await expect.poll(() => results(page), { timeout: 20_000, message: path }).toBeGreaterThan(0);
        }
        // Another design's page says which of its ready-made files this device holds: none.
        await open(otherDesignPage!);
        await expect.poll(() => page.locator('[data-kept="false"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        expect(await page.locator('[data-kept="true"]').count()).toBe(0);
        expect(await page.locator('[data-kept]').first().textContent()).toMatch(/Pas enregistré/);
      });
    } finally {
      await site.close();
    }
  }, 180_000);

  it.runIf(designPage)('a design page opened first, in a fresh browser, keeps its customizer working offline', async () => {
    const site = await noStoreSite({ hold: KERNEL_WASM });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // What is kept for later (file writers the page has not used, the WASM's second copy) waits
      // for the customizer's first answer: on a slow link it must not compete with the preview.
      const log = await eventLog(page);
      await openWithSlowKernel(page, site, designPage!);
      // The footer says so only once the page's files are stored.
      await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 30_000 }).toMatch(/disponible hors ligne/);
      const notSaved = await page.evaluate(async () => {
        const missing: string[] = [];
        for (const e of performance.getEntriesByType('resource')) {
          const url = new URL(e.name);
          if (url.origin === location.origin && !(await caches.match(e.name, { ignoreSearch: true }))) missing.push(url.pathname + url.search);
        }
        return missing;
      });
      expect(notSaved, 'every file the page loaded is in the worker’s caches').toEqual([]);
      expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/_astro\/Customizer[^/]*\.js$/.test(e.name))), 'the customizer’s script was among them').toBe(true);
      expect(await page.getAttribute('[data-customizer]', 'data-formats')).not.toMatch(/pdf/);
      const answered = log.indexOf('answered');
      expect(answered, 'the customizer answered').toBeGreaterThan(-1);
      // The PDF writer: no file of a printed design needs it, the offline list holds it.
      const keptEarly = log.slice(0, answered).filter((e) => /^request .*\/_astro\/pdf[-.]/.test(e));
      expect(keptEarly, 'files kept for offline use fetched before the customizer answered').toEqual([]);
      expect(log.slice(answered).some((e) => /^request .*\/_astro\/pdf[-.]/.test(e)), 'the PDF writer was kept afterwards').toBe(true);

      // The rest of the site is kept in the background, by the page: let it finish, or going
      // offline would fail its downloads, which are not this page's.
      await page.locator('[data-offline-status][data-site="kept"]').waitFor({ state: 'attached', timeout: 90_000 });
      await context.setOffline(true);
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
      page.on('pageerror', (e) => failed.push(e.message));
      await page.reload();
      expect(await page.locator('[data-offline-missing]').count(), 'the saved page, not the offline page').toBe(0);
      await customizerSettled(page);
      expect(await page.locator('[data-status]').getAttribute('data-state')).not.toBe('error');
      expect(await page.locator('[data-download]').first().getAttribute('href')).toMatch(/^blob:/);
      // The workers, their chunks and the WASM came from the worker's caches, like the page's files.
      expect(failed).toEqual([]);
    } finally {
      await context.close();
      await site.close();
    }
  }, 120_000);

  it('says in the right number how many files could not be saved', async () => {
    // No service worker here: the save page fills the caches itself, from a catalogue listing
    // files that do not exist.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    let missing = 1;
    await context.route('**/offline-catalogue.json', (route) => {
      const files = [{ url: '/favicon.svg', bytes: 1 }, ...Array.from({ length: missing }, (_, i) => ({ url: `/introuvable-${i}.svg`, bytes: 1 }))];
      return route.fulfill({ json: { files, bytes: files.length } });
    });
    try {
      const page = await context.newPage();
      const attempt = async (path: string, n: number) => {
        missing = n;
        await page.goto(baseUrl() + path);
        const button = page.locator('[data-offline-save] button');
        await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
        await button.click();
        await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
        return page.locator('[data-offline-save] [data-message]').textContent();
      };
      expect(await attempt('/hors-ligne/', 1)).toMatch(/^1 fichier n’a pas pu être enregistré\./);
      expect(await attempt('/hors-ligne/', 2)).toMatch(/^2 fichiers n’ont pas pu être enregistrés\./);
      expect(await attempt('/en/offline/', 1)).toMatch(/^1 file could not be saved\./);
      expect(await attempt('/en/offline/', 3)).toMatch(/^3 files could not be saved\./);
    } finally {
      await context.close();
    }
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
      const cached = await cachedPaths(page);
      expect(cached.filter((u) => /^\/_astro\/viewer\.worker[-.]/.test(u))).toHaveLength(1);
      expect(cached.filter((u) => PAGE_DRAWING_CHUNK.test(u))).toEqual([]);
      // The portable archive is downloaded, not saved in the browser.
      expect(cached).not.toContain(ARCHIVE_URL);

      await context.setOffline(true);
      const missing: string[] = [];
      for (const path of pages) {
        const response = await page.goto(baseUrl() + path);
        const fallback = await page.locator('[data-offline-missing]:not([hidden])').count();
        if (!response?.ok() || fallback) missing.push(path);
      }
      expect(missing).toEqual([]);

      // Search, in both languages, from the saved index.
      for (const path of ['/recherche/?q=masque', '/en/search/?q=mask']) {
        await page.goto(baseUrl() + path);
        await expect.poll(() => results(page), { timeout: 20_000, message: path }).toBeGreaterThan(0);
      }
    } finally {
      await context.close();
    }
  }, 240_000);
});
