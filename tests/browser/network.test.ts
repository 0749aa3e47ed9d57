// The network section and the site search in a real browser: search finds a design by a word of
// its documentation in French and in English, the language switcher keeps the page, the places
// page lists every place by department and its filters hide them, and nothing is requested from
// another origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { baseUrl, hasChromium, launch, watch, type Watch } from './harness';

const places: { id: string; kind: string; department: string }[] = parseYaml(readFileSync('network/places.yaml', 'utf8'));
const visibleRows = (p: Page) =>
  p.locator('.place-row').evaluateAll((rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').map((r) => r.getAttribute('data-place')));
const NETWORK_PAGES = [
  '/reseau/', '/en/network/', '/reseau/carte/', '/en/network/map/', '/reseau/production/', '/en/network/production/',
  '/reseau/modeles/usinette/', '/en/network/models/p2p/', '/reseau/presse-et-ressources/', '/en/network/things-to-make/',
  '/recherche/?q=visière', '/en/search/?q=shield',
];

describe.skipIf(!hasChromium)('network section and search', () => {
  let browser: Browser;
  let page: Page;
  let w: Watch;
  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({ serviceWorkers: 'block' });
    page = await context.newPage();
    w = watch(page);
  });
  afterAll(async () => browser?.close());

  /** A long word from the first paragraph of a design's documentation, not in its title. */
  async function bodyWord(path: string): Promise<string> {
    await page.goto(baseUrl() + path);
    return page.evaluate(() => {
      const body = document.querySelector('[data-pagefind-body]')!;
      const title = (document.querySelector('h1')?.textContent ?? '').toLowerCase();
      const text = [...body.querySelectorAll('h2 ~ p')].map((p) => p.textContent ?? '').join(' ');
      const words = text.match(/[\p{L}]{9,}/gu) ?? [];
      return words.find((x) => !title.includes(x.toLowerCase())) ?? '';
    });
  }

  it.each([
    ['/modeles/visiere-serre-tete/', '/recherche/'],
    ['/en/designs/visiere-serre-tete/', '/en/search/'],
  ])('search finds %s by a word of its body', async (designPath, searchPath) => {
    const word = await bodyWord(designPath);
    expect(word.length).toBeGreaterThanOrEqual(9);
    await page.goto(`${baseUrl()}${searchPath}?q=${encodeURIComponent(word)}`);
    const link = page.locator(`[data-search-results] section[data-type="design"] a[href="${designPath}"]`);
    await link.waitFor({ timeout: 15_000 });
    expect(await link.count()).toBe(1);
  });

  it('filters search results by kind', async () => {
    await page.goto(`${baseUrl()}/recherche/?q=visière`);
    await page.locator('[data-search-results] section').first().waitFor();
    expect(await page.locator('section[data-type="design"]').count()).toBe(1);
    await page.locator('input[name="type"][value="design"]').uncheck();
    await page.waitForFunction(() => !document.querySelector('section[data-type="design"]') && document.querySelector('[data-search-results] section'));
    expect(new URL(page.url()).searchParams.getAll('type')).not.toContain('design');
  });

  it('the header search box leads to the search page with the query', async () => {
    await page.goto(`${baseUrl()}/en/network/`);
    await page.fill('#site-search-q', 'gown');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/en\/search\/\?q=gown/);
    await page.locator('[data-search-status]:not(:empty)').waitFor();
    expect(await page.inputValue('#search-q')).toBe('gown');
  });

  it.each([
    ['/reseau/carte/', '/en/network/map/'],
    ['/en/network/models/point-de-collecte/', '/reseau/modeles/point-de-collecte/'],
    ['/reseau/lieux/fabrique-du-loch/', '/en/network/places/fabrique-du-loch/'],
  ])('the language switcher on %s leads to %s', async (from, to) => {
    await page.goto(baseUrl() + from);
    const lang = await page.getAttribute('html', 'lang');
    await page.click('.lang-switch');
    await page.waitForURL(baseUrl() + to);
    expect(await page.getAttribute('html', 'lang')).toBe(lang === 'fr' ? 'en' : 'fr');
    expect(await page.getAttribute(`link[rel="alternate"][hreflang="${lang}"]`, 'href')).toBe(from);
  });

  it('the places page lists every place under its department and says why no map is drawn', async () => {
    await page.goto(`${baseUrl()}/reseau/carte/`);
    const listed = await page.locator('[data-department] .place-row').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-place'), r.closest('[data-department]')!.getAttribute('data-department')]));
    expect(listed.sort()).toEqual(places.map((p) => [p.id, p.department]).sort());
    expect(await page.textContent('[data-map-not-drawn]')).toContain('contours et les centres des communes');
    // No invented geography: nothing is drawn.
    expect(await page.locator('main svg').count()).toBe(0);
  });

  it('unchecking a kind hides its places, and a machine no source documents hides them all', async () => {
    await page.goto(`${baseUrl()}/reseau/carte/`);
    await page.locator('#kind-fablab').uncheck();
    const remaining = places.filter((p) => p.kind !== 'fablab').map((p) => p.id).sort();
    expect((await visibleRows(page)).sort()).toEqual(remaining);
    expect(await page.textContent('[data-map-count]')).toContain(`${remaining.length} lieux affichés sur ${places.length}`);
    await page.locator('#machine-imprimante-3d').check();
    expect(await visibleRows(page)).toEqual([]);
    await page.locator('#machine-any').check();
    await page.locator('#kind-fablab').check();
    expect((await visibleRows(page)).length).toBe(places.length);
  });

  it('the place filters still work without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const bare = await context.newPage();
    await bare.goto(`${baseUrl()}/reseau/carte/`);
    expect((await visibleRows(bare)).length).toBe(places.length);
    await bare.locator('#kind-fablab').uncheck();
    expect((await visibleRows(bare)).length).toBe(places.filter((p) => p.kind !== 'fablab').length);
    await context.close();
  });

  it('the production charts plot the same total as the table', async () => {
    await page.goto(`${baseUrl()}/en/network/production/`);
    const sum = (sel: string) => page.locator(sel).evaluateAll((els) => els.reduce((s, e) => s + Number(e.getAttribute('data-value') ?? e.getAttribute('data-quantity')), 0));
    const table = await sum('tr[data-quantity]');
    expect(table).toBeGreaterThan(0);
    expect(await sum('[data-chart="by-item"] .bar')).toBe(table);
    expect(await sum('[data-chart="by-territory"] .bar')).toBe(table);
  });

  it('requests nothing from another origin and logs no error on the network pages', async () => {
    w.foreign.length = 0;
    w.errors.length = 0;
    for (const path of NETWORK_PAGES) {
      await page.goto(baseUrl() + path);
      await page.waitForLoadState('networkidle');
    }
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
