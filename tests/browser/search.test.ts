// What the site search indexes and offers: notices repeated on every page stay out of the index
// (a mask must not match "visière" through the not-certified warning), terms and their values
// and table headers do not run together into one word, and a search that finds nothing in the
// page's language offers the other language's results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, hasChromium, launch } from './harness';
import fr from '../../site/i18n/fr';
import en from '../../site/i18n/en';
import { searchTypes } from '../../site/lib/search';

/** Every page pagefind indexed for the search page's language, with the text it holds. */
async function indexed(page: Page, searchPath: string): Promise<{ url: string; content: string }[]> {
  await page.goto(baseUrl() + searchPath);
  // A string, so that the test runner does not rewrite the browser's import().
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const found = await pf.search(null, { filters: { type: { any: ${JSON.stringify(searchTypes)} } } });
    return Promise.all(found.results.map(async (r) => {
      const d = await r.data();
      return { url: d.url, content: d.content };
    }));
  })()`);
}

/** Links listed for a query, in the page's own results and in the other language's. */
async function search(page: Page, path: string) {
  await page.goto(baseUrl() + path);
  await page.locator('[data-search-status]:not(:empty)').waitFor({ timeout: 15_000 });
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).not.toMatch(/…$/);
  await page.waitForLoadState('networkidle');
  const hrefs = (sel: string) => page.locator(sel).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return { own: await hrefs('[data-search-results] a'), other: await hrefs('[data-search-other]:not([hidden]) [data-search-other-results] a') };
}

// Names written in camel case by their owners (places, publishers, software) and CSV column names;
// anything else with a lower-case letter followed by a capital is two words the index ran
// together ("DépartementFinistère", "PréréglageFichier").
const CAMEL_CASE_NAMES = /^(LabFab|AtelierLab|FabLabs|MakerTour|PressReader|GitBook|GitHub|GitLab|GeoNames|GliaX|VanPoucke|JavaScript|PubMed|PrusaSlicer|OrcaSlicer|sourceUrl|sourceDate|sourceDateUnknownReason|kB)$/;

describe.skipIf(!hasChromium)('site search', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  });
  afterAll(async () => browser?.close());

  describe.each([
    ['/recherche/', fr],
    ['/en/search/', en],
  ])('the index behind %s', (searchPath, ui) => {
    let pages: { url: string; content: string }[];
    beforeAll(async () => (pages = await indexed(page, searchPath)));

    it('holds the site’s pages', () => {
      expect(pages.length).toBeGreaterThan(20);
      expect(pages.some((p) => /\/(places|lieux)\//.test(p.url))).toBe(true);
    });

    it('leaves out the notices repeated on every page of a kind', () => {
      const notices = [ui['warning.notCertified'], ui['protocols.notCertified'], ui['guides.notCertified'], ui['footer.notCertified'], ui['design.downloadsStaticHelp']];
      for (const notice of notices) expect(pages.filter((p) => p.content.includes(notice)).map((p) => p.url), notice).toEqual([]);
    });

    it('keeps words apart: terms and their values, table headers', () => {
      const joined = pages.flatMap((p) => (p.content.match(/[\p{L}\d-]*\p{Ll}\p{Lu}[\p{L}\d-]*/gu) ?? []).filter((w) => !CAMEL_CASE_NAMES.test(w)).map((w) => `${p.url}: ${w}`));
      expect(joined).toEqual([]);
      const place = pages.find((p) => /\/(places|lieux)\/[^/]+\/$/.test(p.url))!;
      expect(place.content).toMatch(new RegExp(`${ui['place.department']}\\s`));
    });
  });

  it('a mask’s page does not match “visière” through the not-certified warning', async () => {
    const { own } = await search(page, '/recherche/?q=visière');
    expect(own).toContain('/modeles/visiere-serre-tete/');
    expect(own).not.toContain('/modeles/masque-a-plis/');
  });

  it.each([
    ['/recherche/?q=gown', '/en/', '/en/search/?q=gown'],
    ['/en/search/?q=épinglez', '/', '/recherche/?q=%C3%A9pinglez'],
  ])('%s finds nothing in its language and offers the other language’s results', async (path, otherPrefix, otherSearch) => {
    const { own, other } = await search(page, path);
    expect(own).toEqual([]);
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((href) => href!.startsWith(otherPrefix) && (otherPrefix !== '/' || !href!.startsWith('/en/')))).toBe(true);
    expect(await page.locator('[data-search-other-link]').getAttribute('href')).toBe(otherSearch);
    // The page's own index is searched again afterwards, in its own language.
    await page.fill('#search-q', path.startsWith('/en/') ? 'mask' : 'masque');
    await page.press('#search-q', 'Enter');
    await expect.poll(() => page.locator('[data-search-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator('[data-search-other]').isHidden()).toBe(true);
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((h) => h.startsWith('/en/') === path.startsWith('/en/'))).toBe(true);
  });
});
