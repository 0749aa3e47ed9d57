// The flat designs' customizer pages (the sheet visor, the sewing patterns) write a file only
// when its download link is activated, in the files worker, for the values shown; while the
// values are a preset's or the defaults', the links are the files published at build.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { launch, baseUrl, customizerSettled, hasChromium, openCustomizer } from './harness';
import { DIST } from './site';

let browser: Browser;
let cliDir: string;
beforeAll(async () => {
  cliDir = mkdtempSync(join(tmpdir(), 'usinette-flat-cli-'));
  if (hasChromium) browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(cliDir, { recursive: true, force: true });
});

/** The file `npm run export` writes for these values, and its name. */
function cliFile(slug: string, sets: Record<string, string>, format: string) {
  const out = mkdtempSync(join(cliDir, 'out-'));
  const r = spawnSync('npx', ['tsx', 'scripts/export.ts', slug, ...Object.entries(sets).flatMap(([k, v]) => ['--set', `${k}=${v}`]), '--format', format, '--out', `${out}/`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`export failed: ${r.stderr}`);
  const name = spawnSync('ls', [out], { encoding: 'utf8' }).stdout.trim();
  return { name, bytes: new Uint8Array(readFileSync(join(out, name))) };
}

/** Activates a download link (a click or a key) and gives the file the browser saved. */
async function download(page: Page, activate: () => Promise<unknown>) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), activate()]);
  return { name: d.suggestedFilename(), bytes: new Uint8Array(await readFile((await d.path())!)) };
}

/** The scripts a page requested, by path. */
function scriptsOf(page: Page) {
  const seen: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) seen.push(path);
  });
  return seen;
}
/** Built chunks holding the file writers (the format registry, pdf-lib, JSCAD's serializers). */
const writerChunk = (path: string) => /\/_astro\/(export|pdf|outline2d)-[\w-]+\.js$/.test(path);

const setValue = async (page: Page, selector: string, value: string) => {
  const id = await page.evaluate(() => window.__usinette!.lastId);
  await page.fill(selector, value);
  await customizerSettled(page, id);
};

describe.skipIf(!hasChromium)('flat designs: files written when asked for', () => {
  it('the sheet: for other values, each format is written when its link is activated, byte-identical to the CLI’s', async () => {
    const { page, w, context } = await openCustomizer(browser, '/modeles/visiere-feuille/');
    await setValue(page, '#p-height', '233');
    for (const format of ['svg', 'dxf', 'gabarit-a4']) {
      const link = page.locator(`[data-download="${format}"]`);
      // Offered, not written yet: enabled, keyboard-focusable, named, with no address until written.
      expect(await link.getAttribute('aria-disabled')).toBe('false');
      expect(await link.getAttribute('tabindex')).toBe('0');
      expect(await link.getAttribute('href')).toBeNull();
      const file = await download(page, () => link.click());
      const cli = cliFile('visiere-feuille', { height: '233' }, format);
      expect(file.name).toBe(cli.name);
      expect(file.name).toMatch(/^visiere-feuille--perso\./);
      expect(Buffer.from(file.bytes).equals(Buffer.from(cli.bytes)), format).toBe(true);
      // Now the link holds the bytes: its size is told, and the status says the file was written.
      expect(await link.getAttribute('href')).toMatch(/^blob:/);
      expect(Number(await link.getAttribute('data-bytes'))).toBe(cli.bytes.byteLength);
      expect(await link.locator('[data-size]').textContent()).toMatch(/^ \(\d[\d,\u202f]*\u00a0ko\)$/);
      expect(await page.locator('[data-download-status]').textContent()).toMatch(/^Fichier .+ écrit \(.+\u00a0ko\)\u00a0: téléchargement lancé\.$/);
    }
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await context.close();
  });

  it('a pattern: the PDF for other values, asked for from the keyboard, is byte-identical to the CLI’s', async () => {
    const { page, w, context } = await openCustomizer(browser, '/en/designs/surblouse/');
    await setValue(page, '#p-allowance', '12');
    await page.locator('[data-download="pdf-a4"]').focus();
    const file = await download(page, () => page.keyboard.press('Enter'));
    const cli = cliFile('surblouse', { allowance: '12' }, 'pdf-a4');
    expect(file.name).toBe(cli.name);
    expect(Buffer.from(file.bytes).equals(Buffer.from(cli.bytes))).toBe(true);
    expect(await page.locator('[data-download-status]').textContent()).toMatch(/^PDF A4 file written \(.+ kB\): download started\.$/);
    expect(w.errors).toEqual([]);
    await context.close();
  });

  it('a preset’s links are its published files: nothing is written in the page', async () => {
    // Service workers blocked: on a first visit the offline support keeps what the page may need later.
    const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts = scriptsOf(page);
    await page.goto(`${baseUrl()}/modeles/visiere-feuille/?preset=menton`);
    await customizerSettled(page);
    for (const format of ['svg', 'gabarit-a4']) {
      const link = page.locator(`[data-download="${format}"]`);
      const published = page.locator(`a[data-static-download="menton"][data-format="${format}"]`);
      const href = await published.getAttribute('href');
      expect(href).toMatch(/^\/fichiers\/visiere-feuille\/visiere-feuille--menton\./);
      expect(await link.getAttribute('href')).toBe(href);
      expect(await link.getAttribute('data-bytes')).toBe(await published.getAttribute('data-bytes'));
      const file = await download(page, () => link.click());
      expect(Buffer.from(file.bytes).equals(readFileSync(join(DIST, href!)))).toBe(true);
    }
    // The default values, chosen back from the menu, are published too.
    const id = await page.evaluate(() => window.__usinette!.lastId);
    await page.selectOption('[data-preset]', '');
    await customizerSettled(page, id);
    expect(await page.locator('[data-download="dxf"]').getAttribute('href')).toBe('/fichiers/visiere-feuille/visiere-feuille--defaut.dxf');
    expect(scripts.filter(writerChunk)).toEqual([]);
    await context.close();
  });

  it('a file asked for values that changed while it was written is never downloaded; invalid values offer none', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    // The format registry is held back until the values have changed: the file being written is then stale.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let asked!: () => void;
    const writing = new Promise<void>((r) => (asked = r));
    await page.route(/\/_astro\/export-[\w-]+\.js$/, async (route: Route) => {
      asked();
      await held;
      await route.continue();
    });
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto(`${baseUrl()}/modeles/visiere-feuille/?height=233`);
    await customizerSettled(page);
    await page.locator('[data-download="svg"]').click();
    await writing;
    expect(await page.locator('[data-download-status]').textContent()).toMatch(/^Écriture du fichier SVG pour les valeurs affichées…$/);
    await setValue(page, '#p-height', '999');
    // Refused values: every link disabled, no address, no file.
    for (const link of await page.locator('[data-download]').all()) {
      expect(await link.getAttribute('aria-disabled')).toBe('true');
      expect(await link.getAttribute('href')).toBeNull();
    }
    await setValue(page, '#p-height', '240');
    expect(await page.locator('[data-download-status]').textContent()).toBe('');
    // The stale file is written once its writers have loaded, and dropped.
    release();
    await page.waitForLoadState('networkidle');
    expect(downloads).toEqual([]);
    // The next file asked for is the new values', and the only one downloaded.
    const file = await download(page, () => page.locator('[data-download="dxf"]').click());
    expect(Buffer.from(file.bytes).equals(Buffer.from(cliFile('visiere-feuille', { height: '240' }, 'dxf').bytes))).toBe(true);
    expect(downloads).toEqual(['visiere-feuille--perso.dxf']);
    await context.close();
  });
});
