// Open Santé in the built site: status badges, review records, protocol links from design pages,
// the printable review form bound to the published files, and the batch label PDF.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { launch, baseUrl, watch, hasChromium } from './harness';
import { designs } from '../../designs';
import { readCriteria } from '../../site/lib/openSante/records';
import { TRANSITIONS, STATES } from '../../site/lib/openSante/states';
import { readPdf } from '../../designs/_kit/pdf/readBack';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

async function open(path: string) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const w = watch(page);
  const response = await page.goto(baseUrl() + path);
  expect(response?.status(), path).toBe(200);
  return { page, w, context };
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const visor = 'visiere-serre-tete';

describe.skipIf(!hasChromium)('Open Santé status', () => {
  it('shows a status badge on every catalogue card, "proposé" while no review exists', async () => {
    for (const [path, label] of [['/modeles/', 'Proposé'], ['/en/designs/', 'Proposed']] as const) {
      const { page, w, context } = await open(path);
      const badges = page.locator('.card [data-status-badge]');
      expect(await badges.count()).toBe(designs.length);
      for (const b of await badges.all()) {
        expect(await b.getAttribute('data-status-badge')).toBe('propose');
        expect(await b.innerText()).toContain(label);
      }
      expect(w.errors).toEqual([]);
      await context.close();
    }
  });

  it('shows the badge and the (empty) review records on the design page, linking to how to review', async () => {
    const { page, w, context } = await open(`/modeles/${visor}/`);
    expect(await page.locator('h1 ~ p [data-status-badge]').first().getAttribute('data-status-badge')).toBe('propose');
    const section = page.locator('[data-open-sante]');
    expect(await section.locator('[data-review-record]').count()).toBe(0);
    await section.locator('[data-no-review] a').click();
    await page.waitForURL(/\/partenaires-sante\/$/);
    expect(await page.locator('[data-review-form-link]').count()).toBe(designs.length);
    expect(w.errors).toEqual([]);
    await context.close();
  });

  it('links the protocols of the design’s category, and they open', async () => {
    const { page, w, context } = await open(`/modeles/${visor}/`);
    const links = page.locator('[data-design-protocols] [data-protocol-link]');
    const ids = await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-protocol-link')));
    expect(ids).toContain('desinfection-pieces-imprimees');
    expect(ids).toContain('lots-et-quarantaine');
    expect(ids).not.toContain('lavage-textiles');
    await page.locator('[data-protocol-link="desinfection-pieces-imprimees"]').click();
    await page.waitForURL(/\/protocoles\/desinfection-pieces-imprimees\/$/);
    expect(await page.locator('h1').innerText()).toBe('Désinfecter les pièces imprimées');
    expect(await page.locator('[data-checklist] input[type=checkbox]').count()).toBeGreaterThan(3);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('[data-print-checklist]').isVisible()).toBe(false);
    expect(await page.locator('[data-checklist]').isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!hasChromium)('review form for health partners', () => {
  it('is pre-filled with the criteria and the hashes of the files actually served', async () => {
    const { page, w, context } = await open(`/partenaires-sante/${visor}/`);
    const criteria = readCriteria(join(process.cwd(), 'data/open-sante/criteria.yaml'));
    const ids = await page.locator('[data-form-criterion]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-form-criterion')));
    expect(ids).toEqual(criteria.visiere.map((c) => c.id));
    const rows = await page.locator('[data-form-file]').evaluateAll((rs) => rs.map((r) => [r.getAttribute('data-form-file'), r.querySelector('code')?.textContent]));
    expect(rows.length).toBeGreaterThan(0);
    for (const [name, hash] of rows) {
      const res = await page.request.get(`${baseUrl()}/fichiers/${visor}/${name}`);
      expect(res.status()).toBe(200);
      expect(sha256(await res.body()), name!).toBe(hash);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('[data-form-criterion]').first().isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
    await context.close();
  });

  it('offers a YAML template with the same files and hashes', async () => {
    const { page, context } = await open(`/partenaires-sante/${visor}/`);
    const res = await page.request.get(`${baseUrl()}/partenaires-sante/${visor}/revue.yaml`);
    expect(res.status()).toBe(200);
    const template = parse(await res.text());
    expect(template.design).toBe(visor);
    const formHashes = await page.locator('[data-form-file] code').allTextContents();
    expect(template.files.map((f: { sha256: string }) => f.sha256)).toEqual(formHashes);
    await context.close();
  });

  it('prints every SHA-256 on one line, in groups of eight, copied whole', async () => {
    // One tab for every form: an A4 page less 12 mm margins is about 700 CSS px wide, and the
    // print media stays emulated from one page to the next.
    const context = await browser.newContext({ viewport: { width: 700, height: 1000 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const d of designs) {
      for (const path of [`/partenaires-sante/${d.slug}/`, `/en/health-partners/${d.slug}/`]) {
        const res = await page.goto(baseUrl() + path);
        if (res?.status() !== 200) {
          expect(path.startsWith('/en/'), path).toBe(true);
          continue;
        }
        const hashes = await page.locator('[data-form-file] .hash').evaluateAll((els) =>
          els.map((el) => ({
            text: el.textContent,
            value: el.getAttribute('data-hash'),
            groups: [...el.children].map((s) => s.textContent!.length),
            tops: [...new Set([...el.children].map((s) => Math.round(s.getBoundingClientRect().top)))].length,
            lines: el.getClientRects().length,
            right: el.getBoundingClientRect().right,
            page: document.documentElement.clientWidth,
          })),
        );
        expect(hashes.length, path).toBeGreaterThan(0);
        for (const h of hashes) {
          expect(h.text, path).toBe(h.value);
          expect(h.text, path).toMatch(/^[0-9a-f]{64}$/);
          expect(h.groups, path).toEqual([8, 8, 8, 8, 8, 8, 8, 8]);
          expect(h.tops, `${path} ${h.value}`).toBe(1);
          expect(h.lines, `${path} ${h.value}`).toBe(1);
          expect(h.right, path).toBeLessThanOrEqual(h.page);
        }
      }
    }
    await context.close();
  });

  it('draws the process diagram from the state machine', async () => {
    const { page, context } = await open('/open-sante/');
    const drawn = await page.locator('[data-process-diagram] [data-transition]').count();
    expect(drawn).toBe(STATES.reduce((n, s) => n + TRANSITIONS[s].length, 0));
    expect(await page.locator('[data-process-diagram] [data-state]').count()).toBe(STATES.length);
    await context.close();
    const en = await open('/en/open-sante/');
    expect(await en.page.locator('h1').innerText()).toBe('Open Santé');
    await en.context.close();
  });

  it('renders the diagram labels at 12 px or more, scrolling sideways with a hint where the column is narrower', async () => {
    for (const [width, narrow] of [[1366, false], [390, true]] as const) {
      const { page, w, context } = await open('/open-sante/');
      await page.setViewportSize({ width, height: 900 });
      const figure = await page.locator('[data-process-diagram]').evaluate((fig) => {
        const svg = fig.querySelector('svg')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('[data-transition-label]')].map((l) => parseFloat(getComputedStyle(l).fontSize) * scale);
        const scroller = fig.querySelector('.process-scroll')!;
        return { sizes, scrolls: scroller.scrollWidth > scroller.clientWidth, page: document.documentElement.scrollWidth };
      });
      expect(figure.sizes.length, `${width}`).toBeGreaterThan(0);
      expect(Math.min(...figure.sizes), `${width}`).toBeGreaterThanOrEqual(12);
      expect(figure.scrolls, `${width}`).toBe(narrow);
      expect(await page.locator('[data-scroll-hint]').isVisible(), `${width}`).toBe(narrow);
      expect(figure.page, `${width}: the page itself does not scroll sideways`).toBeLessThanOrEqual(width);
      expect(w.errors).toEqual([]);
      await context.close();
    }
  });
});

describe.skipIf(!hasChromium)('batch label generator', () => {
  it('shows inline errors in the page’s language and makes no PDF from bad input', async () => {
    for (const [path, text] of [['/protocoles/etiquettes/', /Numéro de lot\u00a0: «\u00a0lot 14!\u00a0» n’est pas accepté/], ['/en/protocols/etiquettes/', /Batch number: “lot 14!” is not accepted/]] as const) {
      const { page, w, context } = await open(path);
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.fill('#label-batch', 'lot 14!');
      await page.click('[data-label-form] button[type=submit]');
      await expect.poll(() => page.locator('[data-error-for="batch"]').innerText()).toMatch(text);
      expect(await page.locator('[data-error-for="group"]').isVisible()).toBe(true);
      expect(await page.locator('#label-batch').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('[data-form-errors]').isVisible()).toBe(true);
      expect(await page.locator('[data-label-download]').count()).toBe(0);
      expect(downloads).toBe(0);
      expect(w.errors).toEqual([]);
      await context.close();
    }
  });

  it('downloads a PDF that reads back with the entered batch number', async () => {
    const { page, w, context } = await open('/protocoles/etiquettes/');
    await page.fill('#label-batch', 'USN-2020-05-014');
    await page.fill('#label-made', '2020-05-12');
    await page.fill('#label-contents', '24 serre-têtes de visière');
    await page.fill('#label-method', 'Éthanol 70–80 %, 5 min');
    await page.fill('#label-disinfectedOn', '2020-05-13');
    await page.fill('#label-group', 'Usinette du Loch');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-label-form] button[type=submit]')]);
    expect(download.suggestedFilename()).toBe('etiquettes-lot-USN-2020-05-014.pdf');
    const bytes = new Uint8Array(await readFile((await download.path())!));
    const [sheet] = await readPdf(bytes);
    const texts = sheet.texts.map((t) => t.text);
    expect(texts.filter((t) => t === 'Lot USN-2020-05-014')).toHaveLength(8);
    expect(texts.some((t) => t.includes('Usinette du Loch'))).toBe(true);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await context.close();
  });

  it('makes a PDF from every suggested disinfection method, in both languages', async () => {
    for (const path of ['/protocoles/etiquettes/', '/en/protocols/etiquettes/']) {
      const { page, w, context } = await open(path);
      const methods = await page.locator('#label-methods option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(methods.some((m) => m.includes('≥'))).toBe(true);
      await page.fill('#label-batch', 'MORLAIX-MAKERS-2020-0514');
      await page.fill('#label-made', '2020-05-12');
      await page.fill('#label-contents', '24 serre-têtes de visière');
      await page.fill('#label-disinfectedOn', '2020-05-13');
      await page.fill('#label-group', 'Makers du Pays de Morlaix et Fablab de la Maison du Libre');
      for (const method of methods) {
        await page.fill('#label-method', method);
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-label-form] button[type=submit]')]);
        const [sheet] = await readPdf(new Uint8Array(await readFile((await download.path())!)));
        expect(sheet.texts.length, method).toBeGreaterThan(8);
      }
      expect(w.errors).toEqual([]);
      await context.close();
    }
  });
});
