// The network section and the site search in a real browser: search finds a design by a word of
// its documentation in French and in English, the language switcher keeps the page, the map shows
// every place and its filters hide them, the coverage layer and CSV agree with the page, and
// searching requests nothing from another origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { csvParse } from 'd3-dsv';
import { baseUrl, hasChromium, launch, watch, type Watch } from './harness';
import { readEntryFolder } from '../../site/lib/entryFiles';

const places = readEntryFolder('network/places').map(({ id, data }) => ({ id, ...(data as { kind: string; department: string }) }));
const visibleRows = (p: Page) =>
  p.locator('.place-row').evaluateAll((rows) => rows.filter((r) => getComputedStyle(r).display !== 'none').map((r) => r.getAttribute('data-place')));
const visibleMarkers = (p: Page) =>
  p.locator('svg .place').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('data-place')));
const shownLayers = (p: Page) =>
  p.locator('[data-layer]').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('data-layer')));
// crawl.test.ts checks every built page for foreign requests and console errors; searching is
// what it does not do (it loads the search pages without a query).
const SEARCHES = ['/recherche/?q=visière', '/en/search/?q=shield'];

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

  /** A long indexed word from a paragraph of a design's page, not in its title. */
  async function bodyWord(path: string): Promise<string> {
    await page.goto(baseUrl() + path);
    return page.evaluate(() => {
      const body = document.querySelector('[data-pagefind-body]')!;
      const title = (document.querySelector('h1')?.textContent ?? '').toLowerCase();
      // Only text pagefind indexes: repeated notices are left out on purpose.
      const text = [...body.querySelectorAll('h2 ~ p')].filter((p) => !p.closest('[data-pagefind-ignore]')).map((p) => p.textContent ?? '').join(' ');
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

  it.each([
    ['/recherche/', 'défaut', '/modeles/'],
    ['/en/search/', 'default', '/en/designs/'],
  ])('%s?q=%s: design excerpts come from the downloads table, without its SHA-256 hashes', async (searchPath, q, designs) => {
    await page.goto(`${baseUrl()}${searchPath}?q=${encodeURIComponent(q)}`);
    const items = page.locator('[data-search-results] section[data-type="design"] li');
    await items.first().waitFor({ timeout: 15_000 });
    const found = await items.evaluateAll((lis) => lis.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', excerpt: li.querySelector('p')?.textContent ?? '' })));
    expect(found.every((f) => f.href.startsWith(designs))).toBe(true);
    // The excerpts quote the table ("Réglages par défaut", the file names): the hashes beside them are not indexed.
    expect(found.filter((f) => /--defaut\./.test(f.excerpt)).length).toBeGreaterThan(0);
    expect(found.filter((f) => /[0-9a-f]{64}/i.test(f.excerpt))).toEqual([]);
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
    expect(await page.getAttribute('.lang-switch', 'href'), 'the switcher leads back').toBe(from);
  });

  it('the map draws Brittany’s four departments and every place as a link to its page; the tables list them by department', async () => {
    await page.goto(`${baseUrl()}/reseau/carte/`);
    expect(await page.locator('svg .departments path').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-department')))).toEqual(['22', '29', '35', '56']);
    const markers = await page.locator('svg a.place').evaluateAll((as) => as.map((a) => [a.getAttribute('data-place'), a.getAttribute('href')]));
    expect(markers.sort()).toEqual(places.map((p) => [p.id, `/reseau/lieux/${p.id}/`]).sort());
    expect((await visibleMarkers(page)).length).toBe(places.length);
    const listed = await page.locator('[data-department] .place-row').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-place'), r.closest('[data-department]')!.getAttribute('data-department')]));
    expect(listed.sort()).toEqual(places.map((p) => [p.id, p.department]).sort());
    expect(await page.textContent('[data-map-sources]')).toMatch(/Natural Earth.*GeoNames \(CC BY 4\.0\).*Insee/);
  });

  it('the English map draws the same places, linking to the English pages', async () => {
    await page.goto(`${baseUrl()}/en/network/map/`);
    expect(await page.locator('svg .departments path').count()).toBe(4);
    const hrefs = await page.locator('svg a.place').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(places.map((p) => `/en/network/places/${p.id}/`).sort());
  });

  it('unchecking a kind hides its places on the map and in the tables, and choosing a machine keeps only the places a source equips with it', async () => {
    await page.goto(`${baseUrl()}/reseau/carte/`);
    await page.locator('#kind-fablab').uncheck();
    const remaining = places.filter((p) => p.kind !== 'fablab').map((p) => p.id).sort();
    expect((await visibleMarkers(page)).sort()).toEqual(remaining);
    expect((await visibleRows(page)).sort()).toEqual(remaining);
    expect(remaining.length).toBeGreaterThan(1);
    expect(await page.textContent('[data-map-count]')).toBe(`${remaining.length} lieux affichés sur ${places.length}`);
    await page.locator('#machine-imprimante-3d').check();
    const printers = places.filter((p) => p.kind !== 'fablab' && (p as { machines?: { kind: string }[] }).machines?.some((m) => m.kind === 'imprimante-3d')).map((p) => p.id).sort();
    expect(printers.length).toBeGreaterThan(0);
    expect((await visibleMarkers(page)).sort()).toEqual(printers);
    expect((await visibleRows(page)).sort()).toEqual(printers);
    // Unchecking the kinds of the remaining printer places leaves none.
    const printerKinds = [...new Set(places.filter((p) => printers.includes(p.id)).map((p) => p.kind))];
    for (const kind of printerKinds) await page.locator(`#kind-${kind}`).uncheck();
    expect(await visibleMarkers(page)).toEqual([]);
    // French counts 0 in the singular.
    expect(await page.textContent('[data-map-count]')).toBe(`0 lieu affiché sur ${places.length}`);
    for (const kind of printerKinds) await page.locator(`#kind-${kind}`).check();
    await page.locator('#machine-any').check();
    await page.locator('#kind-fablab').check();
    expect((await visibleMarkers(page)).length).toBe(places.length);
    expect((await visibleRows(page)).length).toBe(places.length);
    expect(await page.textContent('[data-map-count]')).toBe(`${places.length} lieux affichés sur ${places.length}`);
  });

  it('counts the places shown in the page’s language, singular for one', async () => {
    const kinds = [...new Set(places.map((p) => p.kind))];
    const single = kinds.find((k) => places.filter((p) => p.kind === k).length === 1);
    expect(single, 'a kind with a single place').toBeDefined();
    for (const [path, one, several] of [
      ['/reseau/carte/', `1 lieu affiché sur ${places.length}`, `${places.length} lieux affichés sur ${places.length}`],
      ['/en/network/map/', `1 of ${places.length} places shown`, `${places.length} of ${places.length} places shown`],
    ]) {
      await page.goto(baseUrl() + path);
      expect(await page.textContent('[data-map-count]'), path).toBe(several);
      for (const k of kinds) if (k !== single) await page.locator(`#kind-${k}`).uncheck();
      expect(await visibleMarkers(page), path).toEqual(places.filter((p) => p.kind === single).map((p) => p.id));
      expect(await page.textContent('[data-map-count]'), path).toBe(one);
    }
  });

  it('the filters and the coverage layer work without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const bare = await context.newPage();
    await bare.goto(`${baseUrl()}/reseau/carte/`);
    expect((await visibleMarkers(bare)).length).toBe(places.length);
    await bare.locator('#kind-fablab').uncheck();
    expect((await visibleMarkers(bare)).length).toBe(places.filter((p) => p.kind !== 'fablab').length);
    expect((await visibleRows(bare)).length).toBe(places.filter((p) => p.kind !== 'fablab').length);
    expect(await shownLayers(bare)).toEqual(['all']);
    await bare.locator('#layer-visiere').check();
    expect(await shownLayers(bare)).toEqual(['visiere']);
    await context.close();
  });

  it('the coverage layer draws a dot for every placed commune, and the radio switches or hides it', async () => {
    await page.goto(`${baseUrl()}/reseau/carte/`);
    const rows = csvParse(await (await page.request.get(`${baseUrl()}/reseau/couverture-communes.csv`)).text());
    const placed = rows.filter((r) => r.lat !== '');
    expect(await shownLayers(page)).toEqual(['all']);
    expect(await page.locator('[data-layer="all"] circle').count()).toBe(placed.length);
    await page.locator('#layer-visiere').check();
    expect(await shownLayers(page)).toEqual(['visiere']);
    await page.locator('#layer-none').check();
    expect(await shownLayers(page)).toEqual([]);
  });

  it('the coverage CSV lists all 1,202 communes, unplaced ones with an empty distance, and agrees with the page', async () => {
    await page.goto(`${baseUrl()}/reseau/carte/`);
    const rows = csvParse(await (await page.request.get(`${baseUrl()}/reseau/couverture-communes.csv`)).text());
    expect(rows).toHaveLength(1202);
    const placed = rows.filter((r) => r.lat !== '');
    const unplaced = rows.filter((r) => r.lat === '');
    expect(unplaced.every((r) => r.distance_km_all === '' && ['absent', 'ambiguous'].includes(r.unlocated!))).toBe(true);
    expect(placed.every((r) => Number(r.distance_km_all) >= 0 && r.unlocated === '')).toBe(true);
    const nf = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
    expect(await page.textContent('[data-coverage-extent]')).toContain(`les ${nf(placed.length)} communes que nous savons placer, sur ${nf(1202)}`);
    // The "all places" table: population beyond 20 km in Brittany agrees with the CSV, whose
    // distances are rounded to 0.1 km (a commune shown at 20.0 km may lie just beyond).
    const population = (keep: (km: number) => boolean) => placed.filter((r) => keep(Number(r.distance_km_all))).reduce((s, r) => s + Number(r.population), 0);
    const shown = Number(await page.getAttribute('[data-coverage="all"] tr[data-department="all"]', 'data-population-beyond'));
    expect(shown).toBeGreaterThanOrEqual(population((km) => km > 20));
    expect(shown).toBeLessThanOrEqual(population((km) => km >= 20));
    expect(await page.locator('[data-unlocated] summary').textContent()).toContain(`${nf(unplaced.length)} communes`);
  });

  it('the production charts plot the same total as the table, without adding reports within a wider one', async () => {
    await page.goto(`${baseUrl()}/en/network/production/`);
    const sum = (sel: string) => page.locator(sel).evaluateAll((els) => els.reduce((s, e) => s + Number(e.getAttribute('data-value') ?? e.getAttribute('data-quantity')), 0));
    const table = await sum('tr[data-quantity]:not([data-within])');
    expect(table).toBeGreaterThan(0);
    expect(await sum('[data-chart="by-item"] .bar')).toBe(table);
    expect(await page.locator('[data-chart="periods"] .period').count()).toBe(await page.locator('tr[data-quantity]').count());
    expect(await page.locator('[data-chart="periods"] .period.within').count()).toBe(await page.locator('tr[data-within]').count());
  });

  it('on a 390 px phone the chart words are page text of at least 14 px, inside the figure', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${baseUrl()}/reseau/production/`);
    const words = await phone.locator('[data-chart] .chart-label, [data-chart] .chart-axis span').evaluateAll((els) => els.map((e) => {
      // The text's own extent, not its box: a block label's box keeps the figure's width even when its words overflow.
      const range = document.createRange();
      range.selectNodeContents(e);
      const r = range.getBoundingClientRect();
      const fig = e.closest('figure')!.getBoundingClientRect();
      return { size: parseFloat(getComputedStyle(e).fontSize), inside: r.left >= fig.left - 0.5 && r.right <= fig.right + 0.5, text: e.textContent };
    }));
    expect(words.length).toBeGreaterThan(3);
    for (const w of words) {
      expect(w.size, w.text ?? '').toBeGreaterThanOrEqual(14);
      expect(w.inside, w.text ?? '').toBe(true);
    }
    await phone.close();
  });

  it('the map and the coverage tables say the list is partial, with the number of places listed and the last addition', async () => {
    const lastAdded = places.map((p) => String((p as { added?: string }).added)).sort().at(-1)!;
    const day = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${lastAdded}T12:00:00Z`));
    await page.goto(`${baseUrl()}/reseau/carte/`);
    for (const sel of ['[data-map-partial]', '[data-coverage-partial]']) {
      const notice = (await page.textContent(sel))!;
      expect(notice).toContain('Liste partielle');
      expect(notice).toContain(`${places.length} lieux`);
      expect(notice).toContain(`dernier ajout le ${day}`);
      expect(await page.getAttribute(`${sel} a`, 'href')).toMatch(/\/contribuer\/editer\/#\/collections\/lieux\/new/);
    }
    expect(await page.textContent('.coverage-section h2')).toBe('Distance au lieu listé le plus proche');
  });

  it('on a 390 px phone the network tables stack each row, every cell showing its column, the distance included', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${baseUrl()}/reseau/carte/`);
    const cell = phone.locator('[data-coverage="all"] td[data-distance]').first();
    expect(await cell.isVisible()).toBe(true);
    const shown = await cell.evaluate((td) => ({
      display: getComputedStyle(td).display,
      before: getComputedStyle(td, '::before').content,
      right: td.getBoundingClientRect().right,
      text: td.textContent,
    }));
    expect(shown.display).toBe('block');
    expect(shown.before).toContain('Distance au lieu listé le plus proche');
    expect(shown.right).toBeLessThanOrEqual(390);
    expect(shown.text).toMatch(/km|aucun lieu listé/);
    const scrolls = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrolls).toBe(false);
    await phone.close();
  });

  it('requests nothing from another origin and logs no error while searching', async () => {
    w.foreign.length = 0;
    w.errors.length = 0;
    for (const path of SEARCHES) {
      await page.goto(baseUrl() + path);
      await page.locator('[data-search-results] section').first().waitFor();
      // pagefind fetches its index and fragments as results arrive.
      await page.waitForLoadState('networkidle');
    }
    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
