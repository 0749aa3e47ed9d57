// Print projects on the page: the settings the 3MF carries shown beside the downloads
// (following a stack), a plate for a chosen printer in the address and as a download, and a
// plate that cannot be made saying why.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launch, customizerSettled, hasChromium, openCustomizer } from './harness';
import { readPrusaConfig, readThreeMf } from '../../designs/_kit/threemfCheck';
import { PRUSA_CONFIG_PATH } from '../../designs/_kit/threemf';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

const open = (path: string) => openCustomizer(browser, path);

async function downloadBytes(page: Page, selector: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile((await download.path())!)) };
}

const setting = (page: Page, key: string) => page.locator(`[data-setting="${key}"]`).textContent();

describe.skipIf(!hasChromium)('print projects', () => {
  it('shows the settings beside the download, and the 3MF downloaded carries them', async () => {
    const { page, w, context } = await open('/modeles/attache-masque/');
    expect(await setting(page, 'layerHeight')).toBe('0,2 mm');
    expect(await setting(page, 'perimeters')).toBe('2');
    expect(await setting(page, 'infill')).toBe('100 %');
    expect(await page.locator('[data-material]').textContent()).toMatch(/^≈ 2,5 cm³ · PLA 3,1 g · PETG 3,2 g · 1,0 m de filament de 1,75 mm$/);
    expect(await page.locator('[data-material-method]').textContent()).toMatch(/^Estimé d’après les réglages : parois/);
    const { bytes } = await downloadBytes(page, '[data-download="3mf"]');
    expect(readPrusaConfig(readThreeMf(bytes).files[PRUSA_CONFIG_PATH])).toMatchObject({ layer_height: '0.2', perimeters: '2', fill_density: '100%' });
    expect(w.errors).toEqual([]);
    await context.close();
  });

  it('offers a full plate for the default printer, and a plate from the address for another', async () => {
    const { page, context } = await open('/en/designs/attache-masque/');
    expect(await page.locator('[data-plate-status]').textContent()).toBe('10 copies on the Original Prusa MK4 / MK4S’s 250 × 210 mm bed (10 at most).');
    expect(await page.locator('[data-plate-material]').textContent()).toMatch(/^≈ 25\.\d cm³ · PLA 3\d g/);
    const full = await downloadBytes(page, '[data-plate-download]');
    expect(full.name).toBe('attache-masque--defaut--plateau-mk4.3mf');
    expect(readThreeMf(full.bytes).objects).toHaveLength(10);
    await context.close();

    const linked = await open('/en/designs/attache-masque/?printer=mini&copies=3');
    expect(await linked.page.locator('[data-plate-printer]').inputValue()).toBe('mini');
    const three = await downloadBytes(linked.page, '[data-plate-download]');
    expect(three.name).toBe('attache-masque--defaut--plateau-mini-x3.3mf');
    expect(readThreeMf(three.bytes).objects).toHaveLength(3);
    // The values a link gave stay in the address, beside the design's.
    const id = await linked.page.evaluate(() => window.__usinette!.lastId);
    await linked.page.fill('#p-length', '160');
    await customizerSettled(linked.page, id);
    expect(linked.page.url()).toMatch(/length=160.*printer=mini&copies=3|printer=mini&copies=3.*length=160/);
    await linked.context.close();
  });

  it('a parameter file brings its plate, and saving keeps it', async () => {
    const { page, context } = await open('/en/designs/crochet-charlotte/');
    const id = await page.evaluate(() => window.__usinette!.lastId);
    const file = JSON.stringify({ kind: 'usinette-parametres', version: 1, design: 'crochet-charlotte', values: {}, plate: { printer: 'ender3', copies: 2 } });
    await page.setInputFiles('[data-param-load]', { name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await customizerSettled(page, id);
    expect(await page.locator('[data-plate-printer]').inputValue()).toBe('ender3');
    const plate = await downloadBytes(page, '[data-plate-download]');
    expect(plate.name).toBe('crochet-charlotte--defaut--plateau-ender3-x2.3mf');
    expect(readThreeMf(plate.bytes).objects).toHaveLength(2);
    const saved = await downloadBytes(page, '[data-param-save]');
    expect(JSON.parse(new TextDecoder().decode(saved.bytes)).plate).toEqual({ printer: 'ender3', copies: 2 });
    await context.close();
  });

  it('says why a plate does not fit, in the page, with no plate file', async () => {
    const { page, context } = await open('/modeles/visiere-serre-tete/?printer=mini');
    expect(await page.locator('[data-plate-status]').textContent()).toMatch(/est plus grande que le plateau de l’imprimante Original Prusa MINI \/ MINI\+ \(180 × 180 mm\)/);
    expect(await page.locator('[data-plate-download]').getAttribute('aria-disabled')).toBe('true');
    await context.close();
  });
});
