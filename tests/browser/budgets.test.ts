// JavaScript budgets of the built site, asserted by size (gzip), never by time:
// pages that are not tools stay within 30 kB whatever they may load; the labels page loads
// pdf-lib only when a sheet is asked for; a customizer page loads little before its first
// paint, and a flat design's page none of the 3D preview, and no file writer before a file is
// asked for.
import { readFileSync } from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, baseUrl, hasChromium } from './harness';
import { DIST, fileFor, sitePages } from './site';
import { FLAT_PAGE_JS_BUDGET, KB, SVG_WRITER_JS_BUDGET, PAGE_JS_BUDGET, chunkHolds, gzipped, reachableScripts, staticScripts, totalOf } from '../../scripts/bench/jsWeight';

const html = (page: string) => readFileSync(fileFor(page), 'utf8');
const isTool = (page: string) => /data-customizer|data-label-form/.test(html(page));
/** A built script holding pdf-lib, three.js: recognised by names their code defines. */
const holds = (script: string, marker: string) => readFileSync(`${DIST}${script}`, 'utf8').includes(marker);
const PDF_LIB = 'PDFDocument';
const THREE = 'WebGLRenderer';

describe('JavaScript budgets (gzip)', () => {
  it(`pages that are not tools can load at most ${PAGE_JS_BUDGET / KB} kB of JavaScript`, () => {
    const pages = sitePages().filter((p) => p.endsWith('/') && !isTool(p));
    expect(pages.length).toBeGreaterThan(50);
    const over = pages
      .map((p) => ({ page: p, kB: totalOf(DIST, reachableScripts(DIST, fileFor(p))) / KB }))
      .filter((x) => x.kB * KB > PAGE_JS_BUDGET)
      .map((x) => `${x.page}: ${x.kB.toFixed(1)} kB`);
    expect(over).toEqual([]);
  });

  it(`a customizer page's own scripts (without its workers and what it loads on demand) stay within ${PAGE_JS_BUDGET / KB} kB`, () => {
    const pages = sitePages().filter((p) => p.endsWith('/') && html(p).includes('data-customizer'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(totalOf(DIST, staticScripts(DIST, fileFor(page))), page).toBeLessThanOrEqual(PAGE_JS_BUDGET);
  });
});

/** Loads a page and lists the scripts it requested (service workers blocked), in order. */
async function scriptsRequested(page: Page, path: string, until: (page: Page) => Promise<unknown>) {
  const seen: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.endsWith('.js') && !seen.includes(u.pathname)) seen.push(u.pathname);
  });
  await page.goto(baseUrl() + path);
  await until(page);
  await page.waitForLoadState('networkidle');
  return seen;
}

describe.skipIf(!hasChromium)('JavaScript a tool page loads (gzip)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  const fresh = async () => (await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true })).newPage();

  it('the labels page loads pdf-lib only once a sheet is asked for', async () => {
    const page = await fresh();
    const atLoad = await scriptsRequested(page, '/protocoles/etiquettes/', async () => undefined);
    expect(atLoad.filter((s) => holds(s, PDF_LIB))).toEqual([]);
    expect(totalOf(DIST, atLoad)).toBeLessThanOrEqual(PAGE_JS_BUDGET);
    const label = { batch: 'USN-2020-05-014', made: '2020-05-12', contents: '24 serre-têtes', method: 'Éthanol 70 %', disinfectedOn: '2020-05-13', group: 'Usinette du Loch' };
    for (const [name, value] of Object.entries(label)) await page.fill(`#label-${name}`, value);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-label-form] button[type=submit]')]);
    expect(download.suggestedFilename()).toBe('etiquettes-lot-USN-2020-05-014.pdf');
    const pdfLib = (await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))).filter((s) => s.endsWith('.js') && holds(s, PDF_LIB));
    expect(pdfLib.length).toBeGreaterThan(0);
    await page.context().close();
  });

  const drawn = (page: Page) => page.waitForFunction(() => (window.__usinette?.changeToDrawn.length ?? 0) > 0 && window.__usinette?.ready, null, { timeout: 60_000 });

  it('a flat design’s page loads nothing of the 3D preview', async () => {
    for (const path of ['/modeles/visiere-feuille/', '/modeles/surblouse/']) {
      const page = await fresh();
      const loaded = await scriptsRequested(page, path, drawn);
      expect(loaded.filter((s) => holds(s, THREE)), path).toEqual([]);
      expect(gzipped(DIST, loaded[0])).toBeGreaterThan(0);
      await page.context().close();
    }
  });

  const flatPages = sitePages().filter((p) => /^\/modeles\/[^/]+\/$/.test(p) && html(p).includes('data-dimensions="2d"'));
  const writers = (scripts: string[]) => [...new Set(scripts.flatMap((s) => chunkHolds(DIST, s)).filter((h) => h === 'pdf-lib' || h.includes('serializers')))].sort();

  it(`a flat design’s page loads no file writer (pdf-lib, JSCAD’s serializers) before a file is asked for, and at most ${FLAT_PAGE_JS_BUDGET / KB} kB by its first preview`, async () => {
    expect(flatPages).toEqual(['/modeles/charlotte/', '/modeles/masque-a-plis/', '/modeles/masque-bec-de-canard/', '/modeles/surblouse/', '/modeles/visiere-feuille/']);
    for (const path of flatPages) {
      const page = await fresh();
      const loaded = await scriptsRequested(page, path, drawn);
      expect(loaded.some((s) => /\/design\.worker[.-]/.test(s)), `${path}: its design worker`).toBe(true);
      expect(writers(loaded), path).toEqual([]);
      expect(totalOf(DIST, loaded), path).toBeLessThanOrEqual(FLAT_PAGE_JS_BUDGET);
      await page.context().close();
    }
  });

  it(`a flat design’s page loads the writer of the format asked for, when it is asked for; the SVG/DXF writer within ${SVG_WRITER_JS_BUDGET / KB} kB`, async () => {
    const page = await fresh();
    const loaded = await scriptsRequested(page, '/modeles/visiere-feuille/?height=233', drawn);
    const before = totalOf(DIST, loaded);
    const ask = async (format: string) => {
      await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click(`[data-download="${format}"]`)]);
      await page.waitForLoadState('networkidle');
      return writers(loaded);
    };
    expect(writers(loaded)).toEqual([]);
    expect(await ask('svg')).toEqual(['JSCAD SVG/DXF serializers']);
    expect(totalOf(DIST, loaded) - before).toBeLessThanOrEqual(SVG_WRITER_JS_BUDGET);
    expect(await ask('gabarit-a4')).toEqual(['JSCAD SVG/DXF serializers', 'pdf-lib']);
    await page.context().close();
  });
});
