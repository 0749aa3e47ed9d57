// Every built page on a 360 px-wide phone: nothing scrolls sideways. Every English page: no
// French typography (a space before a colon) and no untagged French in the design metadata,
// Open Santé criteria and guide sources (French text must sit inside lang="fr"). On every page:
// landmarks of one kind have distinct names, and French dates read "en 2020", not "au 2020".
// And the language switcher keeps the customizer's parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, customizerSettled, hasChromium, launch } from './harness';
import { sitePages } from './site';

const pages = sitePages();
const PHONE = { width: 360, height: 740 };

/** Text nodes outside French-tagged elements (and outside code), with their parent's tag. */
function untaggedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, code, pre, noscript, template')) continue;
      if (el.closest('[lang]')?.getAttribute('lang')?.startsWith('fr')) continue;
      const text = n.textContent ?? '';
      if (text.trim()) out.push(text);
    }
    return out;
  });
}

// Words that only French uses: their presence in untagged text on an English page means French
// text without lang="fr" (place and organisation names are tagged, or avoid these words).
const FRENCH = /\b(Première|version paramétrique|Développeurs|imprimée|à plat|pièces|modèle|couturières|selon|avec|pour|dans|être)\b/;

describe.skipIf(!hasChromium)('every built page on a phone, every English page’s language', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ serviceWorkers: 'block', viewport: PHONE });
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it.each(pages)('%s', async (path) => {
    await page.goto(baseUrl() + path, { waitUntil: 'load' });
    if (await page.locator('[data-customizer]').count()) await customizerSettled(page);
    const wide = await page.evaluate(() => {
      const w = document.documentElement.scrollWidth;
      // Name the widest offenders to make the failure actionable.
      const culprits = w > innerWidth
        ? [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5 && !e.closest('[data-scroll-region], .table-scroll, .visually-hidden'))
            .slice(-5)
            .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} → ${Math.round(e.getBoundingClientRect().right)}`)
        : [];
      return { w, culprits };
    });
    expect(wide.w, `${path} scrolls sideways at 360 px: ${wide.culprits.join(', ')}`).toBeLessThanOrEqual(PHONE.width);

    // Two landmarks of one kind (the header's search form and the search page's) need distinct names.
    const landmarks = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
    expect(landmarks.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))), `landmark-unique on ${path}`).toEqual([]);
    // "au 2020" is not French: a year or a month takes "en".
    expect(await page.evaluate(() => document.querySelector('main')?.innerText ?? ''), `date phrase on ${path}`).not.toMatch(/\bau (\d{4}|(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4})\b/);

    if (path.startsWith('/en/')) {
      const texts = await untaggedText(page);
      expect(texts.filter((s) => /[ \u00a0\u202f]:/.test(s)), `French spacing before a colon on ${path}`).toEqual([]);
      if (/^\/en\/(designs|health-partners|guides)\/./.test(path)) {
        expect(texts.filter((s) => FRENCH.test(s)), `untagged French on ${path}`).toEqual([]);
      }
    }
  });

  it('the language switcher keeps the customizer’s parameters, also after they change', async () => {
    await page.goto(`${baseUrl()}/modeles/visiere-serre-tete/?headCircumference=600&sheetPattern=letter-3#customize-title`);
    await customizerSettled(page);
    expect(await page.getAttribute('.lang-switch', 'href')).toBe('/en/designs/visiere-serre-tete/?headCircumference=600&sheetPattern=letter-3#customize-title');
    const id = await page.evaluate(() => window.__usinette!.lastId);
    await page.fill('#p-headCircumference', '580');
    await customizerSettled(page, id);
    await expect.poll(() => page.url()).toContain('headCircumference=580');
    await page.click('.lang-switch');
    await page.waitForURL(/\/en\/designs\/visiere-serre-tete\//);
    expect(new URL(page.url()).searchParams.get('headCircumference')).toBe('580');
    expect(new URL(page.url()).searchParams.get('sheetPattern')).toBe('letter-3');
    expect(await page.inputValue('#p-headCircumference')).toBe('580');
  });
});
