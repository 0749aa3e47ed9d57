// Batch traceability in the built site: labels started from a design page carry a QR code that
// decodes to the batch's verify link; the verify page shows the batch and its status, offline
// too; a recall (an invented fixture put in the page's data) shows there.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import sirv from 'sirv';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, baseUrl, watch, customizerSettled, hasChromium } from './harness';
import { DIST } from './site';
import { readPdf } from '../../designs/_kit/pdf/readBack';
import { decodeQr } from '../helpers/qr';
import { decodeBatchLink, HASH_PREFIX } from '../../site/lib/openSante/batchLink';
import { generatorHash } from '../../site/lib/openSante/generator';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

const label = { batch: 'USN-2020-05-014', made: '2020-05-12', contents: '24 serre-têtes', method: 'Éthanol 70–80 %, 5 min', disinfectedOn: '2020-05-13', group: 'Usinette du Loch' };

/** Fills the labels page and returns the PDF it makes. */
async function labelPdf(page: Page) {
  for (const [name, value] of Object.entries(label)) await page.fill(`#label-${name}`, value);
  await page.fill('#label-trace-material', 'PETG');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-label-form] button[type=submit]')]);
  return new Uint8Array(await readFile((await download.path())!));
}

/** The built site with no HTTP caching, on its own origin: offline, only the service worker answers. */
async function noStoreSite() {
  const serve = sirv(DIST, { dev: false, extensions: ['html'], setHeaders: (res) => res.setHeader('Cache-Control', 'no-store') });
  const server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end('not found')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe.skipIf(!hasChromium)('batch labels and the verify page', () => {
  it('starts labels from a design page; the PDF’s QR code decodes to a verify link that shows the batch and its status, offline too', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const w = watch(page);
    await page.goto(`${baseUrl()}/modeles/visiere-serre-tete/`);
    await customizerSettled(page);
    const published = await (await page.request.get(`${baseUrl()}/fichiers/visiere-serre-tete/visiere-serre-tete--defaut.stl`)).body();
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(published).digest('hex');
    await page.click('[data-label-link]');
    await page.waitForURL(/\/protocoles\/etiquettes\/\?/);
    expect(await page.inputValue('#label-trace-design')).toBe('visiere-serre-tete');
    expect(hash.startsWith(await page.inputValue('#label-trace-file'))).toBe(true);
    expect(await page.inputValue('#label-trace-variant')).toBe('s=defaut');
    const generator = generatorHash('visiere-serre-tete').slice(0, HASH_PREFIX);
    expect(await page.inputValue('#label-trace-generator')).toBe(generator);

    const [sheet] = await readPdf(await labelPdf(page));
    const qr = sheet.paths.filter((p) => p.tag === 'QR');
    const first = qr.filter((p) => p.page.every(([x, y]) => x < 105 && y < 80)); // the lower-left label
    const link = decodeQr(first)!;
    expect(link.startsWith(`${baseUrl()}/open-sante/verifier/#`)).toBe(true);
    expect(decodeBatchLink(link)).toMatchObject({ ok: true, link: { design: 'visiere-serre-tete', generator, preset: 'defaut', material: 'PETG', batch: label.batch, date: label.made } });
    expect(w.errors).toEqual([]);
    await context.close();

    // Offline, on a site whose service worker installed from the home page: the verify page never visited still answers.
    const site = await noStoreSite();
    const offline = await browser.newContext();
    try {
      const p = await offline.newPage();
      await p.goto(`${site.url}/`);
      await p.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
      await offline.setOffline(true);
      await p.goto(link.replace(baseUrl(), site.url));
      const result = p.locator('[data-verify-result]');
      await expect.poll(() => result.getAttribute('data-batch')).toBe(label.batch);
      expect(await result.getAttribute('data-status')).toBe('propose');
      expect(await result.getAttribute('data-generator')).toBe('current');
      expect(await result.innerText()).toContain(`celui publié aujourd’hui (empreinte ${generator}…)`);
      expect(await result.innerText()).toContain('Proposé\u00a0: Publié par ses auteurs');
      expect(await result.innerText()).toContain('fichier publié visiere-serre-tete--defaut.stl');
    } finally {
      await offline.close();
      await site.close();
    }
  });

  it('shows a recall of the batch’s file, and names what a wrong code lacks', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const w = watch(page);
    // An invented recall of the default STL, put in the page's data as the build would write it.
    await page.route(`${baseUrl()}/open-sante/verifier/`, async (route) => {
      const html = await (await route.fetch()).text();
      const re = /(<script type="application\/json" data-verify-config>)([\s\S]*?)(<\/script>)/;
      const config = JSON.parse(re.exec(html)![2]);
      const visor = config.designs.find((d: { slug: string }) => d.slug === 'visiere-serre-tete');
      const file = visor.files.find((f: { fileName: string }) => f.fileName === 'visiere-serre-tete--defaut.stl');
      visor.recalls.push({ target: 'file', hash: file.sha256, date: '2020-06-01', problem: 'Rappel inventé pour les tests', href: '/open-sante/rappels/essai/' });
      await route.fulfill({ body: html.replace(re, `$1${JSON.stringify(config)}$3`), contentType: 'text/html; charset=utf-8' });
    });
    await page.goto(`${baseUrl()}/open-sante/verifier/`);
    const files = JSON.parse((await page.locator('[data-verify-config]').textContent())!).designs.find((d: { slug: string }) => d.slug === 'visiere-serre-tete').files;
    const hash = files.find((f: { fileName: string }) => f.fileName === 'visiere-serre-tete--defaut.stl').sha256.slice(0, 16);
    await page.fill('#verify-code', `v=1&d=visiere-serre-tete&h=${hash}&s=defaut&m=PETG&b=USN-7&t=2020-05-12`);
    await page.click('[data-verify-form] button[type=submit]');
    const result = page.locator('[data-verify-result]');
    expect(await result.getAttribute('data-status')).toBe('rappele');
    expect(await result.locator('.recall').innerText()).toContain('Rappel du 2020-06-01\u00a0: Rappel inventé pour les tests');

    await page.fill('#verify-code', `v=1&d=visiere-serre-tete&h=${hash}&m=PETG&t=2020-05-12`);
    await page.click('[data-verify-form] button[type=submit]');
    expect(await page.locator('[data-verify-error]').innerText()).toBe('Il manque au code le numéro de lot.');
    expect(await result.isHidden()).toBe(true);
    expect(w.errors).toEqual([]);
    await context.close();
  });
});
