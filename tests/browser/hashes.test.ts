// SHA-256 hashes on a 390 px phone (the ear-saver design page, 16 files): each downloads row
// shows a short form on one line; the whole hash is one keypress away, the copy button puts
// all 64 characters on the clipboard (or, with no clipboard, shows and selects them), and
// printing shows every hash in full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, hasChromium, launch, watch, type Watch } from './harness';

const PAGE = '/modeles/attache-masque/';
const PHONE = { width: 390, height: 844 };
const cells = (page: Page) => page.locator('table.downloads td:has([data-short-hash])');

describe.skipIf(!hasChromium)('hashes on a phone', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let w: Watch;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext({ viewport: PHONE });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    page = await context.newPage();
    w = watch(page);
    await page.goto(baseUrl() + PAGE);
  });
  afterAll(async () => browser?.close());

  it('shows each hash short, on one line', async () => {
    expect(await cells(page).count()).toBeGreaterThanOrEqual(16);
    for (const cell of await cells(page).all()) {
      expect((await cell.boundingBox())!.height).toBeLessThan(60);
      const text = await cell.innerText();
      expect(text).toMatch(/^[0-9a-f]{8}…[0-9a-f]{8}\n/);
      expect(text).not.toMatch(/[0-9a-f]{64}/);
      expect(await cell.getByRole('button', { name: /^Copier/ }).isVisible()).toBe(true);
    }
  });

  it('copies the whole hash from the keyboard, the hash of the file served', async () => {
    const row = page.locator('table.downloads tr', { has: page.locator('[data-static-download="defaut"][data-format="stl"]') });
    const href = await row.locator('a[download]').getAttribute('href');
    const served = createHash('sha256').update(await (await page.request.get(baseUrl() + href)).body()).digest('hex');
    const button = row.getByRole('button', { name: /^Copier l’empreinte du fichier attache-masque--defaut\.stl$/ });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => row.getByRole('status').textContent()).toBe('Empreinte copiée');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(served);

    // The whole hash on demand: its summary opens with the keyboard.
    await row.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect((await row.locator('details .hash').innerText()).replace(/\s/g, '')).toBe(served);
    expect(w.errors).toEqual([]);
  });

  it('prints every hash in full, without the short form and the button', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await cells(page).count()).toBeGreaterThanOrEqual(16);
    for (const cell of await cells(page).all()) {
      const full = await cell.locator('[data-short-hash]').getAttribute('data-short-hash');
      expect(full).toMatch(/^[0-9a-f]{64}$/);
      expect((await cell.innerText()).replace(/\s/g, '')).toBe(full);
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('without a clipboard (plain http), shows the whole hash and selects it', async () => {
    const other = await context.newPage();
    await other.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await other.goto(baseUrl() + PAGE);
    const cell = cells(other).first();
    await cell.getByRole('button').click();
    await expect.poll(() => cell.getByRole('status').textContent()).toMatch(/^Copie impossible ici/);
    expect(await cell.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const full = await cell.locator('[data-short-hash]').getAttribute('data-short-hash');
    expect((await other.evaluate(() => String(getSelection()))).replace(/\s/g, '')).toBe(full);
    await other.close();
  });
});
