// Visits every page of the built site in Chromium, once. At desktop width: no request may leave
// the origin, no console error may appear, axe-core finds no serious or critical accessibility
// violation, and landmarks of one kind have distinct names (the header's search form and the
// search page's). Then on a 360 px-wide phone, on the same page: nothing scrolls sideways in
// either of two font families (Noto Sans, as on Android, and the wider DejaVu Sans), French
// dates read "en 2020", not "au 2020", and every English page has no French typography (a space
// before a colon) and no untagged French in the design metadata, Open Santé criteria, guide and
// protocol sources (French text must sit inside lang="fr").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { axeViolations, baseUrl, customizerSettled, hasChromium, launch, watch, type Watch } from './harness';
import { sitePages } from './site';

const pages = sitePages();
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 360, height: 740 };
// The phone checks run in each family, forced on the root, so a row that fits one font only
// fails whatever this machine's default sans-serif is. .ci/run installs both (Debian packages).
const PHONE_FONTS = [
  { family: 'Noto Sans', pkg: 'fonts-noto-core' },
  { family: 'DejaVu Sans', pkg: 'fonts-dejavu-core' },
];

/**
 * Forces a font family on the page's root through a DevTools style sheet: the site's CSP
 * refuses inline styles, which is what page.addStyleTag would add. Returns the setter for the
 * current document; a navigation drops the sheet.
 */
async function fontForcer(cdp: CDPSession) {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { styleSheetId } = await cdp.send('CSS.createStyleSheet', { frameId: frameTree.frame.id });
  return (family: string) => cdp.send('CSS.setStyleSheetText', { styleSheetId, text: `:root { font-family: "${family}" !important; }` });
}

/** The page's width and, when it is wider than the window, its widest offenders by name. */
function sideways(page: Page) {
  return page.evaluate(() => {
    const w = document.documentElement.scrollWidth;
    const culprits = w > innerWidth
      ? [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5 && !e.closest('[data-scroll-region], .table-scroll, .visually-hidden'))
          .slice(-5)
          .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} → ${Math.round(e.getBoundingClientRect().right)}`)
      : [];
    return { w, culprits };
  });
}

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
const FRENCH = /\b(Première|version paramétrique|Développeurs|imprimée|à plat|pièces|modèle|couturières|consignes|désinfection|selon|avec|pour|dans|être)\b/;

describe.skipIf(!hasChromium)('every built page', () => {
  let browser: Browser;
  let page: Page;
  let w: Watch;
  let cdp: CDPSession;
  beforeAll(async () => {
    browser = await launch();
    // Service workers would answer requests out of sight of the request listener.
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: DESKTOP });
    // One tab for the whole crawl: a navigation replaces the document, its workers and its
    // listeners; opening a tab per page cost a fifth of a second each.
    page = await context.newPage();
    w = watch(page);
    cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
  });
  afterAll(async () => browser?.close());

  it('finds the pages to check', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/en/');
    expect(pages.length).toBeGreaterThan(4);
  });

  // A missing family would fall back to another one silently and the phone checks would prove
  // nothing: the text must be drawn with the very font forced.
  it('draws the phone checks with the fonts they name', async () => {
    await page.goto(baseUrl() + '/', { waitUntil: 'load' });
    const force = await fontForcer(cdp);
    const drawnWith = async () => {
      // DevTools reports the fonts of the last layout: lay the page out anew with the forced family first.
      await page.evaluate(async () => {
        document.body.getBoundingClientRect();
        await document.fonts.ready;
      });
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((f) => f.familyName);
    };
    for (const { family, pkg } of PHONE_FONTS) {
      await force(family);
      await expect.poll(drawnWith, { message: `${family} is not installed: apt-get install -y ${pkg} (bash .ci/run does)`, timeout: 5_000 }).toEqual([family]);
    }
  });

  it.each(pages)('%s: stays on the origin, logs no error, passes axe, fits a phone, reads right', async (path) => {
    w.errors.length = 0;
    w.foreign.length = 0;
    await page.setViewportSize(DESKTOP);
    const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
    expect(response?.status(), `HTTP status of ${path}`).toBeLessThan(path === '/404.html' ? 500 : 400);
    if (await page.locator('[data-customizer]').count()) {
      // The customizer starts a worker and loads the 3D view: let it finish so its errors count.
      await customizerSettled(page);
      // It then fetches more (workers, wasm, export chunks): axe must see the page they leave.
      await page.waitForLoadState('networkidle');
    }

    const violations = await axeViolations(page);
    const grave = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
    // Two landmarks of one kind need distinct names: a "moderate" rule, so asserted by itself.
    const landmarks = violations.filter((v) => v.id === 'landmark-unique').flatMap((v) => v.nodes.map((n) => n.target.join(' ')));

    await page.setViewportSize(PHONE);
    // Folded content (review records, notes) counts too: every <details> is opened. Then two
    // frames, so what reacts to the resize (resize observers, media-query listeners) has run.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
      return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const wide: { family: string; width: number; culprits: string[] }[] = [];
    const force = await fontForcer(cdp);
    for (const { family } of PHONE_FONTS) {
      await force(family);
      const { w: width, culprits } = await sideways(page);
      wide.push({ family, width, culprits });
    }
    const mainText = await page.evaluate(() => document.querySelector('main')?.innerText ?? '');
    const texts = path.startsWith('/en/') ? await untaggedText(page) : [];

    // Every request the page makes is watched: the assertions wait for the network to have been
    // quiet for 500 ms (Playwright's networkidle). Pages without a customizer only ask for their
    // favicon after "load", so by now, after axe, that moment has passed and this returns at once.
    await page.waitForLoadState('networkidle');
    expect(w.foreign, `requests leaving the origin from ${path}`).toEqual([]);
    expect(w.errors, `console errors on ${path}`).toEqual([]);
    expect(grave, `axe violations on ${path}`).toEqual([]);
    expect(landmarks, `landmark-unique on ${path}`).toEqual([]);

    for (const { family, width, culprits } of wide) {
      expect(width, `${path} scrolls sideways at 360 px in ${family}: ${culprits.join(', ')}`).toBeLessThanOrEqual(PHONE.width);
    }
    // "au 2020" is not French: a year or a month takes "en".
    expect(mainText, `date phrase on ${path}`).not.toMatch(/\bau (\d{4}|(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4})\b/);
    if (path.startsWith('/en/')) {
      expect(texts.filter((s) => /[ \u00a0\u202f]:/.test(s)), `French spacing before a colon on ${path}`).toEqual([]);
      if (/^\/en\/(designs|health-partners|guides|protocols)\/./.test(path)) {
        expect(texts.filter((s) => FRENCH.test(s)), `untagged French on ${path}`).toEqual([]);
      }
    }
  });
});
