import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { launch, baseUrl, watch, customizerSettled, hasChromium } from './harness';
import { readPdf } from '../../designs/_kit/pdf/readBack';
import { sizeKey } from '../../designs/_kit/pattern';
import plis from '../../designs/masque-a-plis/design';
import bec from '../../designs/masque-bec-de-canard/design';
import blouse from '../../designs/surblouse/design';
import cap from '../../designs/charlotte/design';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launch();
});
afterAll(async () => browser?.close());

async function downloadBytes(page: Page, selector: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return new Uint8Array(await readFile((await download.path())!));
}

const PAPER: Record<string, [number, number]> = { 'pdf-a4': [210, 297], 'pdf-letter': [215.9, 279.4], 'pdf-a0': [841, 1189] };

describe.skipIf(!hasChromium)('sewing patterns in the browser', () => {
  for (const [design, size] of [[plis, 'adult'], [bec, 'child48'], [blouse, 'L'], [cap, 'child']] as const) {
    it(`${design.slug}: one size chosen, every format (the projector's too) downloads with that size only, at true scale`, async () => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const w = watch(page);
      await page.goto(`${baseUrl()}/modeles/${design.slug}/`);
      await customizerSettled(page);
      for (const s of Object.keys(design.pattern.sizes)) {
        const box = page.locator(`#p-${sizeKey(s)}`);
        if ((await box.isChecked()) !== (s === size)) {
          const id = await page.evaluate(() => window.__usinette!.lastId);
          await box.click();
          await customizerSettled(page, id);
        }
      }
      expect(design.formats).toContain('pdf-projector');
      for (const format of design.formats) {
        await page.locator(`[data-download="${format}"][aria-disabled="false"]`).waitFor();
        const bytes = await downloadBytes(page, `[data-download="${format}"]`);
        const others = Object.keys(design.pattern.sizes).filter((s) => s !== size);
        if (format === 'pdf-projector') {
          // One page at 1:1: its 1 cm grid read back from the downloaded file.
          const pages = await readPdf(bytes);
          expect(pages).toHaveLength(1);
          const xs = pages[0].paths.filter((x) => x.tag === 'grid-x').map((x) => x.page[0][0]).sort((a, b) => a - b);
          expect(xs.length).toBeGreaterThan(10);
          xs.forEach((x, i) => expect(Math.abs(x - 10 * (i + 1))).toBeLessThan(0.01));
          expect(pages[0].paths.some((x) => x.tag.startsWith(`cut:${size}--`))).toBe(true);
          expect(pages[0].texts.some((x) => x.tag === 'chart-head')).toBe(true);
        } else if (format.startsWith('pdf')) {
          const pages = await readPdf(bytes);
          for (const p of pages) {
            expect([p.widthMm, p.heightMm].sort((a, b) => a - b)).toEqual([expect.closeTo(PAPER[format][0], 2), expect.closeTo(PAPER[format][1], 2)]);
          }
          const square = pages[0].paths.find((x) => x.tag === 'calib-50mm')!.page;
          expect(Math.abs(square[1][0] - square[0][0] - 50)).toBeLessThan(0.1);
          // Traced pieces (cut:) or, on tiled pages, pieces cut by measure drawn on the diagram (diagram-cut:).
          const tags = new Set(pages.flatMap((p) => p.paths.map((x) => x.tag.replace(/^diagram-cut:/, 'cut:'))));
          expect([...tags].some((t) => t.startsWith(`cut:${size}--`))).toBe(true);
          for (const o of others) expect([...tags].some((t) => t.startsWith(`cut:${o}--`))).toBe(false);
          // The size chart is on the first page, every size of the pattern in it.
          const chart = pages[0].texts.filter((x) => x.tag === 'chart-head').map((x) => x.text);
          for (const s of Object.keys(design.pattern.sizes)) expect(chart).toContain(design.pattern.sizes[s].fr.replace('–', '-'));
        } else {
          const svg = new TextDecoder().decode(bytes);
          expect(svg).toMatch(/<svg[^>]* width="[\d.]+mm" height="[\d.]+mm"/);
          expect(svg).toContain('class="cut"');
        }
      }
      expect(w.errors).toEqual([]);
      expect(w.foreign).toEqual([]);
      await context.close();
    });
  }

  it('the fabric calculator takes quantities per size, refuses a fabric narrower than the body and a bad quantity on its own field', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const w = watch(page);
    await page.goto(`${baseUrl()}/modeles/surblouse/`);
    const form = page.locator('form[data-fabric]');
    const qty = (s: string) => form.locator(`input[name="q-${s}"]`);
    const compute = () => form.locator('button[type="submit"]').click();
    await qty('S').fill('0');
    await qty('XXL').fill('2');
    await form.locator('input[name="width"]').fill('1500');
    await compute();
    await expect.poll(() => form.locator('output').textContent()).toMatch(/Laize 1500 mm.*\(taille XXL\).*1620 mm/);
    expect(await form.locator('input[name="width"]').getAttribute('aria-invalid')).toBe('true');
    await form.locator('input[name="width"]').fill('2400');
    await compute();
    await expect.poll(() => form.locator('output').textContent()).toMatch(/coton \(drap\)\u00a0: 2,72 m.*Élastique\u00a0: 0,8 m \(2 × 2 × 20 cm\)/);
    expect(await form.locator('input[name="width"]').getAttribute('aria-invalid')).toBeNull();
    // A mix of sizes on a single-bed sheet, pieces allowed to turn: one layout, drawn.
    await qty('XXL').fill('0');
    await qty('S').fill('2');
    await form.locator('input[name="width"]').fill('1800');
    await form.locator('input[name="rotate"]').check();
    await compute();
    await expect.poll(() => form.locator('output').textContent()).toMatch(/coton \(drap\)\u00a0: 2,74 m \(\d+ pièces tournées d’un quart de tour\)/);
    expect(await form.locator('output svg rect').count()).toBeGreaterThan(10);
    await qty('M').fill('2.5');
    await compute();
    await expect.poll(() => form.locator('output').textContent()).toMatch(/Quantité 2,5 en taille M : indiquez un nombre entier de 0 à 1000/);
    expect(await qty('M').getAttribute('aria-invalid')).toBe('true');
    expect(await qty('S').getAttribute('aria-invalid')).toBeNull();
    expect(w.errors).toEqual([]);
    await context.close();
  });

  for (const [width, height] of [[1366, 900], [390, 844]] as const) {
    it(`at ${width} px the fabric layout fills its column for 1 and for 100 gowns, numbered with a key; the width table says each error once`, async () => {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      const w = watch(page);
      await page.goto(`${baseUrl()}/modeles/surblouse/`);
      const form = page.locator('form[data-fabric]');
      for (const n of ['1', '100']) {
        await form.locator('input[name="q-S"]').fill(n);
        await form.locator('input[name="width"]').fill('1400');
        await form.locator('button[type="submit"]').click();
        const svg = form.locator('output svg.fabric-svg');
        await svg.first().waitFor();
        const [drawn, column] = await Promise.all([svg.first().evaluate((e) => e.getBoundingClientRect().width), form.locator('output').evaluate((e) => e.getBoundingClientRect().width)]);
        expect(drawn, `${n} gowns`).toBeGreaterThan(column * 0.98);
        // Tall enough to read: the layout runs in rows, not a sliver.
        expect(await svg.first().evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(40);
        expect(await form.locator('output .layout-key li').count()).toBe(4);
        expect(await svg.first().locator('text').count()).toBeGreaterThan(4);
        expect(await svg.first().locator('path.scale-bar').count()).toBe(1);
      }
      // Errors of the width table: a dash in the cells, each sentence once under the table.
      const notes = await page.locator('.fabric-notes li').allTextContents();
      expect(notes.length).toBeGreaterThan(0);
      expect(new Set(notes).size).toBe(notes.length);
      expect(await page.locator('.fabric table td', { hasText: 'Laize' }).count()).toBe(0);
      // The guide's sheet layouts fill their column too.
      await page.goto(`${baseUrl()}/guides/surblouse/`);
      for (const fig of await page.locator('figure.fabric-layout').all()) {
        const [drawn, column] = await Promise.all([fig.locator('svg.fabric-svg').evaluate((e) => e.getBoundingClientRect().width), fig.evaluate((e) => e.getBoundingClientRect().width)]);
        expect(drawn).toBeGreaterThan(column * 0.98);
      }
      expect(w.errors).toEqual([]);
      await context.close();
    });
  }

  it('the pattern preview draws each size in its own colour and line style, with a legend and the pieces named', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const w = watch(page);
    await page.goto(`${baseUrl()}/en/designs/surblouse/`);
    await customizerSettled(page);
    const view = page.locator('[data-viewport] svg.pattern-view');
    await view.waitFor();
    const styles = await view.locator('path[data-size]').evaluateAll((ps) => ps.map((p) => `${p.getAttribute('data-size')}|${p.getAttribute('stroke')}|${p.getAttribute('stroke-dasharray') ?? 'solid'}`));
    const bySize = new Map(styles.map((x) => [x.split('|')[0], x.split('|').slice(1).join('|')]));
    expect([...bySize.keys()]).toEqual(['S', 'M', 'L', 'XL', 'XXL']);
    // One style per size, and distinct by dashes alone (black and white).
    expect(new Set(styles).size).toBe(5);
    expect(new Set([...bySize.values()].map((v) => v.split('|')[1])).size).toBe(5);
    expect((await page.locator('[data-viewport] .size-legend li').allTextContents()).map((t) => t.trim())).toEqual(['S', 'M', 'L', 'XL', 'XXL']);
    expect(await view.locator('text.piece-label').allTextContents()).toEqual(['Gown, body (front and back)', 'Gown, sleeve', 'Gown, belt', 'Gown, neck tie']);
    expect(w.errors).toEqual([]);
    await context.close();
  });

  it('a guide shows its steps with diagrams drawn from the pattern and links to the pattern both ways', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const w = watch(page);
    await page.goto(`${baseUrl()}/en/guides/surblouse/`);
    expect(await page.locator('.step').count()).toBe(9);
    expect(await page.locator('a[href="/en/designs/surblouse/"]').count()).toBeGreaterThan(0);
    await page.goto(`${baseUrl()}/en/designs/surblouse/`);
    expect(await page.locator('a[href="/en/guides/surblouse/"]').count()).toBe(1);
    await page.goto(`${baseUrl()}/guides/charlotte/`);
    expect(await page.locator('.step').count()).toBe(5);
    expect(await page.locator('.warning').textContent()).toMatch(/charlotte en tissu cousue à la maison n’est pas un équipement certifié/);
    // The size chart, in the guide and on the pattern's page, in the page's language.
    await page.goto(`${baseUrl()}/en/guides/surblouse/`);
    const chart = page.locator('.size-chart table');
    expect(await chart.locator('thead th').allTextContents()).toEqual(['Measurement', 'S', 'M', 'L', 'XL', 'XXL', 'Origin']);
    expect(await chart.locator('tr', { hasText: 'Length, shoulder to hem' }).locator('td').allTextContents()).toEqual(['120 cm', '122 cm', '124 cm', '126 cm', '128 cm', 'drafting choice']);
    await page.goto(`${baseUrl()}/modeles/charlotte/`);
    expect(await page.locator('.size-chart tr', { hasText: 'Élastique' }).locator('td').allTextContents()).toEqual(['44,5 cm', '47 cm', 'MHP (mars 2020)']);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${baseUrl()}/guides/masque-a-plis/`);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await context.close();
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`every step of every guide has its assembly figure, named by its caption, with a key (${lang})`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const w = watch(page);
      await page.goto(`${baseUrl()}${lang === 'fr' ? '/guides/' : '/en/guides/'}`);
      const guides = [...new Set(await page.locator('main a[href*="/guides/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => /\/guides\/[a-z-]+\/$/.test(h))))];
      expect(guides.length).toBe(4);
      for (const href of guides) {
        await page.goto(baseUrl() + href);
        const steps = await page.locator('.step').evaluateAll((els) =>
          els.map((step) => {
            const svg = step.querySelector('figure.assembly-figure svg[role="img"]');
            const name = svg && document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent?.trim();
            const box = svg?.getBoundingClientRect();
            return {
              title: step.querySelector('h3')!.textContent!.trim(),
              name,
              pieces: svg?.querySelectorAll('g.piece').length ?? 0,
              actions: svg?.querySelectorAll('.action, .turn, .check').length ?? 0,
              key: [...step.querySelectorAll('.legend li')].map((li) => li.textContent!.trim()),
              width: box?.width ?? 0,
              lang: step.closest('[lang]')!.getAttribute('lang'),
            };
          }),
        );
        expect(steps.length, href).toBeGreaterThanOrEqual(5);
        for (const s of steps) {
          const where = `${href} ${s.title}`;
          expect(s.name, where).toBeTruthy();
          expect(s.pieces, where).toBeGreaterThan(0);
          expect(s.actions, where).toBeGreaterThan(0);
          // The key says which side is which in words, whatever the printer's colours.
          expect(s.key[0], where).toBe(lang === 'fr' ? 'endroit du tissu (blanc)' : 'right side of the fabric (white)');
          // Within a 390 px phone's column.
          expect(s.width, where).toBeGreaterThan(200);
          expect(s.width, where).toBeLessThanOrEqual(390);
          expect(s.lang, where).toBe(lang);
        }
      }
      expect(w.errors).toEqual([]);
      await context.close();
    });
  }
});
