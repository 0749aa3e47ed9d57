// The language switcher keeps the customizer's parameters, also after they change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, customizerSettled, hasChromium, launch } from './harness';

describe.skipIf(!hasChromium)('language switcher on a design page', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());

  it('the language switcher keeps the customizer’s parameters, also after they change', async () => {
    await page.goto(`${baseUrl()}/modeles/visiere-serre-tete/?headCircumference=600&sheetPattern=letter-3#customize-title`);
    await customizerSettled(page);
    expect(await page.getAttribute('.lang-switch', 'href')).toBe('/en/designs/visiere-serre-tete/?headCircumference=600&sheetPattern=letter-3#customize-title');
    const id = await page.evaluate(() => window.__usinette!.lastId);
    await page.fill('#p-headCircumference', '580');
    await customizerSettled(page, id);
    await expect.poll(() => page.url()).toContain('headCircumference=580');
    // A value drawn right after: its address waits (at most one write every 400 ms,
    // customizer/address.ts) and is written before the link is followed.
    const drawn = await page.evaluate(() => window.__usinette!.changeToDrawn.length);
    await page.fill('#p-headCircumference', '590');
    await page.waitForFunction((n) => window.__usinette!.changeToDrawn.length > n, drawn);
    await page.click('.lang-switch');
    await page.waitForURL(/\/en\/designs\/visiere-serre-tete\//);
    expect(new URL(page.url()).searchParams.get('headCircumference')).toBe('590');
    expect(new URL(page.url()).searchParams.get('sheetPattern')).toBe('letter-3');
    expect(await page.inputValue('#p-headCircumference')).toBe('590');
  });
});
