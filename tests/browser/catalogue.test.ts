// The catalogue page (filters, thumbnails, plain list without JavaScript) and one download per
// format per design from the customizer, checked by reading the bytes back.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launch, baseUrl, watch, customizerSettled, hasChromium } from './harness';
import { designs } from '../../designs';
import { expectValidFile } from '../helpers/formatCheck';
import { readParamFile } from '../../designs/_kit/paramFile';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

type Card = Record<string, string | undefined>;

const visibleCards = (page: Page): Promise<Card[]> =>
  page.$$eval('[data-card]', (cards) =>
    cards.filter((c) => !(c as HTMLElement).hidden).map((c) => ({ ...(c as HTMLElement).dataset })),
  );

type Ticked = Partial<Record<'method' | 'category' | 'status', string[]>>;

/** The filter rule, written out for the test: any ticked value within a group, every group with ticks. */
const expectedSlugs = (all: Card[], ticked: Ticked) =>
  all
    .filter((card) => Object.entries(ticked).every(([group, values]) => values.length === 0 || (card[group] ?? '').split(' ').some((v) => values.includes(v))))
    .map((c) => c.slug);

describe.skipIf(!hasChromium)('catalogue', () => {
  it('filters by method, category and status without reloading, and resets', async () => {
    const page = await browser.newPage();
    const w = watch(page);
    await page.goto(`${baseUrl()}/modeles/`);
    const all = await visibleCards(page);
    expect(all.length).toBe(designs.length);
    const shownSlugs = async () => (await visibleCards(page)).map((c) => c.slug);
    await page.evaluate(() => Reflect.set(window, 'usinetteMarker', 1));

    // Two methods and a category that holds designs made with them and designs made without,
    // so that the test tells "every group must match" from "any group may match".
    const methodsOf = (c: Card) => c.method!.split(' ');
    const methods = [...new Set(all.flatMap(methodsOf))];
    const categories = [...new Set(all.map((c) => c.category!))];
    const combos = methods.flatMap((method) => methods.filter((m) => m !== method).flatMap((other) => categories.map((category) => ({ method, other, category }))));
    const { method, other, category } = combos.find(({ method, other, category }) => {
      const inCategory = all.filter((c) => c.category === category).map(methodsOf);
      return inCategory.some((ms) => ms.includes(method)) && inCategory.some((ms) => !ms.includes(method) && !ms.includes(other));
    }) ?? {};
    if (!method || !other || !category) throw new Error('the catalogue has no category mixing methods: this test needs one');

    await page.check(`input[name=method][value=${method}]`);
    const one = await shownSlugs();
    expect(one).toEqual(expectedSlugs(all, { method: [method] }));
    expect(one.length).toBeLessThan(all.length);
    expect(await page.textContent('[data-count]')).toContain(`${one.length}`);

    // Two methods: either one matches.
    await page.check(`input[name=method][value=${other}]`);
    expect(await shownSlugs()).toEqual(expectedSlugs(all, { method: [method, other] }));

    // Across groups, all must match: the methods still ticked keep filtering.
    await page.check(`input[name=category][value=${category}]`);
    const both = await shownSlugs();
    expect(both).toEqual(expectedSlugs(all, { method: [method, other], category: [category] }));
    expect(both.length).toBeLessThan(expectedSlugs(all, { category: [category] }).length);

    const state = all[0].status!;
    await page.click('button[type=reset]');
    await page.check(`input[name=status][value="${state}"]`);
    expect(await shownSlugs()).toEqual(expectedSlugs(all, { status: [state] }));
    await page.click('button[type=reset]');
    await page.waitForFunction((n) => [...document.querySelectorAll('[data-card]')].filter((c) => !(c as HTMLElement).hidden).length === n, all.length);

    // Still the same document: nothing reloaded.
    expect(await page.evaluate(() => Reflect.get(window, 'usinetteMarker'))).toBe(1);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await page.close();
  });

  it('without JavaScript shows the whole list, no filter form, and every thumbnail', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/en/designs/`);
    expect(await page.locator('[data-filters]').isVisible()).toBe(false);
    expect(await page.locator('[data-card]:visible').count()).toBe(designs.length);
    const images = await page.$$eval('[data-card] .thumb img', (imgs) => Promise.all(imgs.map((i) => (i as HTMLImageElement).decode().then(() => (i as HTMLImageElement).naturalWidth))));
    expect(images.length).toBeGreaterThan(0);
    for (const w of images) expect(w).toBe(480);
    expect(await page.locator('[data-card] .thumb svg').count()).toBe(designs.length - images.length);
    await context.close();
  });
});

describe.skipIf(!hasChromium)('downloads from the customizer', () => {
  it.each(designs.map((d) => [d.slug, d] as const))('%s: one download per format, each a valid file; the static files are listed too', async (slug, d) => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const w = watch(page);
    await page.goto(`${baseUrl()}/modeles/${slug}/`);
    await customizerSettled(page);
    for (const format of d.formats) {
      const link = page.locator(`[data-download="${format}"]`);
      await page.waitForFunction((f) => document.querySelector(`[data-download="${f}"]`)?.getAttribute('aria-disabled') === 'false', format, { timeout: 30_000 });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      // The default values: named like their published file, and for a mesh the same bytes.
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}--defaut\\.`));
      const bytes = new Uint8Array(await readFile((await download.path())!));
      await expectValidFile(format, bytes);
      const published = page.locator(`a[data-static-download="defaut"][data-format="${format}"]`);
      expect(await published.count()).toBe(1);
      if (format === 'stl') {
        const body = await (await page.request.get(baseUrl() + (await published.getAttribute('href')))).body();
        expect(Buffer.from(bytes).equals(body), `${slug}: the page's default STL is the published one`).toBe(true);
      }
    }
    expect(w.errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows the material estimate for printed designs and saves a parameter file that loads back', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/modeles/attache-masque/`);
    await customizerSettled(page);
    expect(await page.textContent('[data-material]')).toMatch(/PLA [\d,]+ g · PETG [\d,]+ g · [\d,]+ m de filament de 1,75 mm/);
    const id = await page.evaluate(() => window.__usinette!.lastId);
    await page.fill('#p-length', '150');
    await customizerSettled(page, id);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-param-save]')]);
    const file = readParamFile(await readFile((await download.path())!, 'utf8'), 'attache-masque', Object.keys(designs.find((d) => d.slug === 'attache-masque')!.params));
    expect(file.ok).toBe(true);
    if (file.ok) expect(file.values.length).toBe(150);

    // Load a file with other values: the page takes them in place, and its address follows.
    const before = await page.evaluate(() => window.__usinette!.lastId);
    await page.setInputFiles('[data-param-load]', {
      name: 'p.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ kind: 'usinette-parametres', version: 1, design: 'attache-masque', values: { length: 190, hookCount: 4 } })),
    });
    await customizerSettled(page, before);
    expect(page.url()).toMatch(/length=190/);
    expect(await page.inputValue('#p-length')).toBe('190');
    // A file for another design is refused, with the reason.
    await page.setInputFiles('[data-param-load]', {
      name: 'q.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ kind: 'usinette-parametres', version: 1, design: 'visiere-serre-tete', values: {} })),
    });
    await expect.poll(() => page.textContent('[data-param-status]')).toMatch(/visiere-serre-tete/);
    await context.close();
  });
});
