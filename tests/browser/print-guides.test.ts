// Sewing guides on paper (Chromium's PDF of the print layout, read back with pdf.js): no sheet
// is left mostly empty, so a step and its figure move on together only when they must, and the
// guide takes fewer sheets than it did with figures alone under their text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, hasChromium, launch } from './harness';
import { printedSheets } from './printed';

/**
 * A4 sheets each guide printed on before its print stylesheet (main at f3d0232, figures
 * under their text), French then English: the gown's were up to two-thirds empty.
 */
const SHEETS_BEFORE: Record<string, [number, number]> = { surblouse: [12, 11], charlotte: [7, 6], 'masque-a-plis': [6, 6], 'masque-bec-de-canard': [5, 5] };
/** Every sheet but the last has ink at least this far down: none is left 40 % blank or more. */
const FILLED = 0.6;

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

describe.skipIf(!hasChromium)('guides on paper', () => {
  for (const [slug, before] of Object.entries(SHEETS_BEFORE)) {
    for (const [lang, path] of [['fr', `/guides/${slug}/`], ['en', `/en/guides/${slug}/`]] as const) {
      it(`${path}: no sheet but the last is mostly empty, and fewer sheets than before`, async () => {
        const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
        await page.goto(baseUrl() + path);
        const sheets = await printedSheets(page);
        for (const [i, s] of sheets.slice(0, -1).entries()) expect(s.reach, `sheet ${i + 1} of ${sheets.length}: ${s.text.slice(0, 80)}`).toBeGreaterThan(FILLED);
        expect(sheets.length).toBeLessThan(before[lang === 'fr' ? 0 : 1]);
        // Each step prints whole on one sheet: its title and the end of its figure's caption together.
        const steps = await page.locator('.step').evaluateAll((els) => els.map((e) => [e.querySelector('h3')!.textContent!.trim(), e.querySelector('figcaption span')!.textContent!.trim()]));
        const flat = sheets.map((s) => s.text.replace(/\s+/g, ''));
        for (const [title, caption] of steps) {
          const sheet = flat.findIndex((t) => t.includes(title.replace(/\s+/g, '')));
          expect(sheet, title).toBeGreaterThanOrEqual(0);
          expect(flat[sheet], title).toContain(caption.replace(/\s+/g, '').slice(-25));
        }
        await page.context().close();
      });
    }
  }
});
